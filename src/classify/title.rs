//! Title: the document's own title, found by the evidence a page gives, strongest first.
//!
//! 1. **Label** — a gov.cn header row `标　　题：X`: the title is X, and the lines that hold it (whole,
//!    or broken over two or three lines, letter-spaced or not) are the title lines.
//! 2. **Markdown** — the first line is `# X`; a link or bold around X is markup (`# **关于…的通知**`).
//!    Counter-example: `## [标题](…)` first — a lower rank may be the title or a section (left to the
//!    other methods: a clipper's `##` post title was seen in one source only).
//! 3. **Title block** — title lines followed by a subtitle (`——在…上的讲话`), possibly joined in one line
//!    with U+2028, often followed by a date line and the speaker.
//! 4. **Cover** — the text opens with its title broken over two or three lines (`公司` / `…年度社会责任
//!    报告`), before a running header that repeats it further down can be taken for it.
//!    **Repeat** — a head line that the page shows twice (once maybe inside a breadcrumb or with a site
//!    suffix).
//! 5. **Position** — the last title-like line of a short page header, right before the body; in a
//!    one-line text, its head cut off before a byline field (`一国两制彰显…自信` / `作者：\t饶戈平本文为…`).
//!    Counter-example: a short first paragraph followed by text, or a label (`主题类别`) — no title.
//!
//! A site suffix (`…_共产党员网`, `… - 中华人民共和国教育部政府门户网站`) is stripped and reported as the
//! site.

use super::boilerplate::{is_document_text, Boiler, LineView, Zones};
use regex::Regex;
use std::sync::LazyLock;

/// How the title was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// A `标题：` label.
    Label,
    /// A Markdown `#` first line.
    Markdown,
    /// Title lines followed by a subtitle.
    Block,
    /// A line the page repeats.
    Repeat,
    /// The line right above the page's byline (author, date, source, counters).
    Byline,
    /// The last line of the page header.
    Position,
    /// A court's or procuratorate's instrument: its name and its kind (`某某市中级人民法院` /
    /// `刑事裁定书`).
    Instrument,
    /// A standard's cover: the line under its number (`GB/T 12345—2020` / `电子商务平台…服务规范`).
    Standard,
}

/// A segment of the title block: a line, or a U+2028-separated part of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Index of the line.
    pub line: usize,
    /// Absolute byte range of the segment's trimmed text.
    pub range: (usize, usize),
}

/// The title found, with what the title block says about date and speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleInfo {
    /// The title text (suffix stripped, pieces joined).
    pub text: String,
    /// Absolute byte range of the title (its first piece) in the text.
    pub range: (usize, usize),
    /// Indices of the lines that hold the title, a piece of it or a repeat of it.
    pub lines: Vec<usize>,
    /// The subtitle's line index, range and text.
    pub subtitle: Option<(usize, (usize, usize), String)>,
    /// How it was found.
    pub method: Method,
    /// A site name stripped from the title.
    pub site: Option<String>,
    /// A date the title block gives (`（2017年10月18日）`).
    pub block_date: Option<String>,
    /// A speaker the title block names (`习近平`).
    pub speaker: Option<String>,
    /// The line under the title that names the speaker or author, when it is a line of its own: part
    /// of the title block, never a heading (`在…会议上的讲话` / `张三`).
    pub speaker_line: Option<usize>,
}

static SITE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.{4,}?)\s*(?:_|\||｜| - | – | — |——|-)\s*([^_|｜]{2,30}?(?:网|站|网站|门户|频道|在线|官网|日报|晚报|新闻|平台|中心|政府|\.com|\.cn|\.net|\.org))\s*$")
        .expect("site suffix regex")
});
static MD_LINK_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[([^\]]+)\]\([^)]*\)$").expect("markdown link regex"));
static SUBTITLE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—–-]{1,2}\s*([\p{Han}·]{2,4}?)(?:同志)?(?:在|于)\S*(?:讲话|发言|谈话|致辞|报告|演讲|讲课|座谈)")
        .expect("subtitle speaker regex")
});
static SUBTITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[—–-]{1,2}\s*\S.{3,}$").expect("subtitle regex"));

/// Whether a line (its trimmed content) is a subtitle: a dash and then the occasion or the theme
/// (`——在全市会议上的讲话`, `——2024年1月9日在…会议上`), no sentence.
pub(crate) fn is_subtitle(t: &str) -> bool {
    // (Two ideographs at least: a quote's change, `-0.12%`, is no subtitle.)
    SUBTITLE.is_match(t)
        && t.chars().count() <= 80
        && !t.ends_with('。')
        && t.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)).count() >= 2
}
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[（(]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$")
        .expect("date-only regex")
});
static DOC_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(通知|通报|意见|办法|方案|规定|细则|决定|决议|报告|请示|批复|纪要|条例|规则|章程|纲要|规划|计划|总结|说明|名单|清单|标准|指南|须知|公告|通告|公报|守则|预案|要点|讲话|发言|致辞|讲稿|发言稿|教案|教学设计|说明书|倡议书|公开信|函|简报|快报|专报|建议|提案|议案|规范|手册|制度|白皮书|蓝皮书|汇编|招标文件|投标文件|磋商文件|采购文件|导则|指引|合同|合同书|协议|协议书|条款|文字版|文字稿|实录)$")
        .expect("document type regex")
});
static AUTHOR_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    // One body or several set apart by spaces (`县委政策研究室　县农业农村局联合调研组`, `江州市实验中学
    // 物理教研组`): a working group, or bodies by their kind's suffix.
    Regex::new(concat!(
        r"^(?:[\u{4E00}-\u{9FFF}]{2,20}(?:室|局|委|办|厅|部|院|所|中心|协会|学会|大学|学院|中学|小学|学校|医院|公司|集团|政府|委员会)[ \u{3000}]+){0,3}",
        r"[\u{4E00}-\u{9FFF}]{2,20}(?:课题组|调研组|调查组|写作组|编写组|起草组|研究组|研究室|研究中心|研究院|教研组|教研室|备课组|项目组|工作组)$"
    ))
    .expect("author unit regex")
});
static META_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"发布时间|发表时间|来源[：:]|作者[：:]|浏览|编辑于|发布于|发表于").expect("meta words regex")
});
static LABEL_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)[\p{Han}]{1,4}\s*[：:]\s*\S").expect("label value regex"));
static LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^标\s*题\s*[：:\t]\s*(.+)$").expect("label regex"));

/// Whether `s`, white space ignored, is one of `words` (`目　　录` is 目录), without allocating.
pub fn is_word(s: &str, words: &[&str]) -> bool {
    if s.len() > 48 {
        return false;
    }
    // The first non-space character rules out most lines before any word is compared in full.
    let Some(first) = s.chars().find(|c| !c.is_whitespace()) else {
        return words.iter().any(|w| w.is_empty());
    };
    words.iter().any(|w| w.starts_with(first) && s.chars().filter(|c| !c.is_whitespace()).eq(w.chars()))
}

/// `s` without any white space, for comparing titles written with letter spacing.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether a line could be a title: short, not a sentence, not a label. A line with a full stop
/// inside it (`…日益突出。我们走访了`) holds the end of one sentence and the start of the next: it is
/// running text, wrapped or not, never a title.
fn title_like(v: &LineView<'_>) -> bool {
    let f = v.feat;
    let end = v.text.chars().last();
    let inner_stop = v.text.trim_end_matches(['。', '”', '’', '）', ')', '」', '』']).contains('。');
    !inner_stop
        && f.chars >= 4
        && f.weight() <= 60
        && !matches!(end, Some('。' | '；' | '：' | ':' | '，' | ',' | '、'))
        && f.stops <= 2
        && f.punct <= 3
        && v.marker.is_none()
        && f.tabs == 0
        && !DATE_ONLY.is_match(v.text)
        && !v.shape.toc_label
        && names_line(v.text).is_none()
        && v.text.chars().any(char::is_alphanumeric)
}

/// Whether a line is a title by its words, though it reads as the document's text by
/// [`is_document_text`]'s evidence: a year or a date inside it (`机关第三党支部2024年6月主题党日活动方案`,
/// `第十四个五年规划和二〇三五年远景目标纲要`) with a document type at its end and no sentence.
/// Counter-example: `2024年6月18日召开支部大会` (no document type), a dense paragraph.
fn names_document(v: &LineView<'_>) -> bool {
    title_like(v) && DOC_TYPE.is_match(v.text) && !v.feat.is_sentence() && !v.feat.is_dense()
}

/// Whether lines `a` and `b` read together (`临川市国民经济和社会发展` + `第十四个五年规划…纲要`) stand whole
/// in another line of the page — the body naming the document, a download link — the evidence that
/// they are one title broken over two lines. Read once per document, for one pair of lines.
fn whole_elsewhere(views: &[LineView<'_>], a: usize, b: usize) -> bool {
    let (first, _) = strip_site(views[a].text);
    let whole = format!("{first}{}", views[b].text);
    if whole.chars().count() < 8 {
        return false;
    }
    // (The page's first and last lines, where a body names its document and a download link stands:
    // a text of a million lines is not read through for a title.)
    let finder = memchr::memmem::Finder::new(whole.as_bytes());
    let n = views.len();
    let near = (0..n.min(2000)).chain(n.saturating_sub(200).max(2000)..n);
    near.filter(|&j| j != a && j != b).any(|j| finder.find(views[j].text.as_bytes()).is_some())
}

/// Labels of what stands before a document's body (`温馨提示`, `前言`, `写在前面`): never its title, and
/// never the parent of the numbered parts after them ([`crate::outline`]).
pub const FRONT_MATTER: &[&str] = &[
    "重要内容提示",
    "重要提示",
    "温馨提示",
    "提示",
    "前言",
    "引言",
    "导语",
    "导读",
    "写在前面",
    "编者按",
    "内容提要",
    "摘要",
    "序言",
    "序",
    // (The summary box a procurement notice opens with, above `一、项目基本情况`.)
    "项目概况",
];

/// Names of what closes a work (`参考文献`, `致谢`, `写在最后`): never its title, and a top-level heading
/// ([`super::headings`]).
pub const BACK_MATTER: &[&str] = &[
    "参考文献",
    "主要参考文献",
    "参考书目",
    "致谢",
    "谢辞",
    "后记",
    "写在最后",
    "结束语",
    "结语",
    "名词解释",
    "名词注释",
    "术语解释",
];

/// Whether a line is a label of a part of the body (front or back matter, an itinerary's overview):
/// never the title.
fn is_section_label(t: &str) -> bool {
    let t = t.trim_end_matches(['：', ':']);
    is_word(t, FRONT_MATTER) || is_word(t, BACK_MATTER) || is_word(t, &["行程总览"])
}

/// Strips a site suffix, returning the title and the site.
pub fn strip_site(text: &str) -> (String, Option<String>) {
    if let Some(c) = SITE_SUFFIX.captures(text) {
        return (c[1].trim().to_string(), Some(c[2].trim().to_string()));
    }
    (text.to_string(), None)
}

/// Finds the title. `line_start[i]` is the absolute offset of line `i`'s trimmed text.
///
/// `head`: the first line when it is the head of a longer physical line, cut off where its title
/// block ends ([`crate::logical`]): a one-line text's title, when nothing else names one.
pub fn detect(
    views: &[LineView<'_>],
    starts: &[usize],
    boiler: &[Option<Boiler>],
    zones: Zones,
    head: Option<usize>,
) -> Option<TitleInfo> {
    let mut ti = find(views, starts, boiler, zones).or_else(|| by_head(views, starts, boiler, head?))?;
    if ti.method != Method::Label {
        cut_at_line_separators(&mut ti);
        read_title_block(&mut ti, views, boiler);
    }
    Some(ti)
}

/// A title found as one line whose pieces are set apart by U+2028 (a page's title block pasted as
/// one paragraph: `在全市会议上的讲话`␤`张三`␤`（2024年1月5日）`): the title ends before the first piece
/// that names a person or is only a date, and those pieces are the block's speaker and date. A title
/// broken over pieces that are all title (`关于…`␤`…的通知`) stays whole.
fn cut_at_line_separators(ti: &mut TitleInfo) {
    if !ti.text.contains('\u{2028}') || ti.subtitle.is_some() {
        return;
    }
    let pieces: Vec<&str> = ti.text.split('\u{2028}').collect();
    let Some(cut) = pieces.iter().position(|p| {
        let p = p.trim_matches(crate::lines::is_space);
        is_person_name(p) || DATE_ONLY.is_match(p)
    }) else {
        return;
    };
    if cut == 0 {
        return;
    }
    for p in &pieces[cut..] {
        let p = p.trim_matches(crate::lines::is_space);
        if DATE_ONLY.is_match(p) {
            ti.block_date.get_or_insert_with(|| p.to_string());
        } else if is_person_name(p) {
            ti.speaker.get_or_insert_with(|| p.to_string());
        }
    }
    let head = pieces[..cut].join("\u{2028}");
    let head = head.trim_end_matches(crate::lines::is_space).to_string();
    // The range is the first piece's line: it now ends where the kept text ends.
    if ti.range.1 - ti.range.0 > head.len() {
        ti.range.1 = ti.range.0 + head.len();
    }
    ti.text = head;
}

/// The title a front-matter block names (`title: '10000亿元+1000亿美元！浙江省政府发文…'`), the
/// block spanning lines `fm.0..=fm.1`: its value, quotes and site suffix taken off; the lines below
/// the block that repeat it (as text, a `#` heading or a `<p>` line) are its title lines. The title's
/// range is the value's in the front-matter line.
pub fn from_front_matter(
    views: &[LineView<'_>],
    starts: &[usize],
    boiler: &[Option<Boiler>],
    fm: (usize, usize),
) -> Option<TitleInfo> {
    let (i, value) = (fm.0 + 1..fm.1).find_map(|i| {
        let t = views[i].text;
        let v = t.strip_prefix("title:")?;
        Some((i, v))
    })?;
    let raw = value.trim();
    let unquoted = super::meta::unquote(raw).trim();
    if unquoted.is_empty() {
        return None;
    }
    let quote = usize::from(unquoted.len() < raw.len());
    let at = views[i].text.len() - value.len() + (value.len() - value.trim_start().len()) + quote;
    let (text, site) = strip_site(unquoted);
    let want = squash(&text);
    let lines: Vec<usize> = nonblank(views, fm.1 + 1)
        .take(30)
        .filter(|&j| boiler[j].is_none())
        .filter(|&j| {
            let plain = super::patterns::plain(views[j].text);
            let plain = strip_tags(plain.trim_start_matches('#').trim());
            squash(&strip_site(plain.trim()).0) == want
        })
        .collect();
    let mut ti = info(text, (starts[i] + at, starts[i] + at + unquoted.len()), lines, Method::Label);
    ti.site = site;
    Some(ti)
}

/// `s` without HTML tags (`<p>　　标题</p>` → `　　标题`).
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn find(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    by_label(views, starts, boiler)
        .or_else(|| by_markdown(views, starts, boiler))
        .or_else(|| by_instrument(views, starts, boiler))
        .or_else(|| by_standard(views, starts))
        .or_else(|| by_block(views, starts, boiler, zones))
        .or_else(|| by_cover(views, starts, boiler))
        .or_else(|| by_repeat(views, starts, boiler, zones))
        .or_else(|| by_byline(views, starts, boiler, zones))
        .or_else(|| by_entry(views, starts, boiler, zones))
        .or_else(|| by_standout(views, starts, boiler, zones))
        .or_else(|| by_position(views, starts, boiler, zones))
        .or_else(|| by_crumb(views, starts, boiler))
}

/// A cover: the text opens with its title broken over two or three lines ([`broken_title_above`]:
/// `华晟能源集团有限公司` / `2023年度社会责任报告`), neither of them page chrome — the strongest
/// evidence of position, before a running header that repeats the title further down
/// (`华晟能源 2023社会责任报告`) can be taken for it.
fn by_cover(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>]) -> Option<TitleInfo> {
    let mut lines = nonblank(views, 0);
    let first = lines.next()?;
    let (second, third) = (lines.next()?, lines.next());
    if let Some(ti) = own_issuer_title(views, starts, boiler, first, second) {
        return Some(ti);
    }
    let clean = |i: usize| boiler[i].is_none();
    let found = [Some(second), third].into_iter().flatten().find_map(|p| {
        let above = broken_title_above(views, boiler, p);
        (above.first() == Some(&first) && clean(p) && above.iter().all(|&q| clean(q))).then_some((above, p))
    })?;
    let (above, p) = found;
    // A 公文's masthead (`青河区人民政府办公室` / `专 题 会 议 纪 要`), its 发文字号 and a rule under it,
    // then the document's own title (`关于推进…工作的会议纪要`): the masthead is no title.
    let below: Vec<usize> = nonblank(views, p + 1).take(3).collect();
    let titled_below = below.first().is_some_and(|&d| super::boilerplate::is_doc_no_line(views[d].text))
        && below[1..].iter().any(|&j| {
            let t = views[j].text;
            t.starts_with("关于") && DOC_TYPE.is_match(t) && title_like(&views[j])
        });
    if titled_below {
        return None;
    }
    let pieces: Vec<usize> = above.iter().copied().chain([p]).collect();
    let joined: String = pieces.iter().map(|&j| piece(views[j].text)).collect();
    let (text, site) = strip_site(&joined);
    let mut ti = info(text, (starts[first], starts[p] + views[p].text.len()), pieces, Method::Position);
    ti.site = site;
    Some(ti)
}

/// A cover whose title names its issuer itself, under the issuer's name (`中诚安泰人寿保险股份有限
/// 公司` / `中诚安泰附加意外伤害医疗保险条款`, `华晟能源集团有限公司` / `华晟能源2023年度报告`): the
/// second line, alone, is the title — the first is the masthead, and joining them would name the
/// issuer twice. The first line ends as an issuer does; the second ends with a document type and
/// opens with the first's first two characters.
///
/// Counter-example: `国务院办公厅` / `关于…的通知` (the title goes on from its issuer: one title,
/// [`broken_title_above`]).
fn own_issuer_title(
    views: &[LineView<'_>],
    starts: &[usize],
    boiler: &[Option<Boiler>],
    first: usize,
    second: usize,
) -> Option<TitleInfo> {
    let (a, b) = (&views[first], &views[second]);
    let masthead = (boiler[first].is_none()
        || boiler[first].as_ref().is_some_and(|x| x.kind == crate::model::BoilerplateKind::Banner))
        && a.feat.chars <= 24
        && a.feat.punct == 0
        && ISSUER_END.is_match(a.text);
    let prefix: String = a.text.chars().take(2).collect();
    let titled = boiler[second].is_none()
        && title_like(b)
        && b.feat.chars <= 40
        && DOC_TYPE.is_match(b.text)
        && prefix.chars().count() == 2
        && b.text.starts_with(prefix.as_str());
    (masthead && titled).then(|| {
        info(b.text.to_string(), (starts[second], starts[second] + b.text.len()), vec![second], Method::Position)
    })
}

/// A one-line text's head, cut off from what follows it (`一国两制彰显中国共产党政治自信` before
/// `作者：\t饶戈平…`): the title when it reads as one.
fn by_head(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], i: usize) -> Option<TitleInfo> {
    let v = &views[i];
    if boiler[i].is_some() || !title_like(v) || is_document_text(v) || LABEL_VALUE.is_match(v.text) {
        return None;
    }
    // (What follows is the title block's next field, a byline: a short first paragraph, a label or a
    // list's name, is followed by text.)
    let next = nonblank(views, i + 1).next()?;
    if META_WORDS.find(views[next].text).is_none_or(|m| m.start() != 0) {
        return None;
    }
    let (text, site) = strip_site(v.text);
    let mut ti = info(text, (starts[i], starts[i] + v.text.len()), vec![i], Method::Position);
    ti.site = site;
    Some(ti)
}

/// A judicial instrument's kind on a line of its own, letter-spaced or not, maybe after its body's
/// name (`民 事 判 决 书`, `刑事裁定书`, `某某市人民检察院起诉书`).
static INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\u{4E00}-\u{9FFF}]{0,24}?(民事|刑事|行政|执行|国家赔偿|赔偿委员会)?(判决书|裁定书|调解书|决定书|裁决书|支付令|起诉书|抗诉书|不起诉决定书)$")
        .expect("instrument regex")
});

/// Whether a line names a court or a procuratorate on its own (`浙江省绍兴市中级人民法院`).
fn names_court(squashed: &str) -> bool {
    squashed.chars().count() <= 30
        && ["人民法院", "人民检察院", "仲裁委员会", "法院"].iter().any(|w| squashed.ends_with(w))
}

/// Whether a line is a judicial instrument's kind ([`INSTRUMENT`]), letter-spaced or not.
pub fn is_instrument(t: &str) -> bool {
    t.chars().count() <= 48 && (t.ends_with('书') || t.ends_with('令')) && INSTRUMENT.is_match(&squash(t))
}

/// A judgment, ruling or indictment typed as such: the first lines of the text are the court's name
/// and the instrument's kind (`浙江省绍兴市中级人民法院` / `刑事裁定书`), or the kind alone; the title is
/// both, letter-spacing squashed (`某某市某某区人民法院民事判决书`). The case number under them
/// (`（2022）浙06刑终218号`) is not the title. A page that titles the case above them (a judgments
/// site) is read by the other methods: these lines must open the text.
fn by_instrument(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>]) -> Option<TitleInfo> {
    // The first lines the page kept: the instrument opens the text, or follows a few short lines of
    // chrome the first pass let through (a site's name, a menu item).
    let open: Vec<usize> = nonblank(views, 0).filter(|&i| boiler[i].is_none()).take(12).collect();
    let found = (0..open.len()).find_map(|k| {
        let a = open[k];
        let b = open.get(k + 1).copied();
        let chrome_before = open[..k].iter().all(|&j| views[j].feat.chars <= 30 && views[j].feat.punct == 0);
        if !chrome_before {
            return None;
        }
        if is_instrument(views[a].text) {
            Some((vec![a], a))
        } else if names_court(&squash(views[a].text)) && b.is_some_and(|b| is_instrument(views[b].text)) {
            b.map(|b| (vec![a, b], b))
        } else {
            None
        }
    });
    let (lines, kind) = found?;
    let text: String = lines.iter().map(|&i| squash(views[i].text)).collect();
    let range = (starts[lines[0]], starts[kind] + views[kind].text.len());
    Some(info(text, range, lines, Method::Instrument))
}

/// A standard's number on a line of its own (`GB/T 12345—2020`, `T/LZYL 001—2024`, `SB/T 11262—2023`,
/// `DB11/T 100—2024`), or the number it replaces (`代替GB/T 12345—2012`).
static STANDARD_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(代替\s*)?(?:GB(?:/[TZ])?|DB\d{2,6}(?:/T)?|[TQ]/[A-Z0-9]{2,12}|[A-Z]{2,3}(?:/[TZ])?)\s*\d{1,6}(?:\.\d{1,3})?\s*[—–－-]\s*\d{4}$")
        .expect("standard number regex")
});

/// A standard's issue line: its dates of issue and of effect (`2020-11-19发布　　2021-06-01实施`).
static STANDARD_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}\s*[-－年]\s*\d{1,2}.*发\s*布.*\d.*实\s*施$").expect("standard issue regex"));

/// A standard's cover (GB/T 1.1's 封面): what it holds, by line index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StandardCover {
    /// The title: the first line of Chinese under the standard's number.
    pub title: usize,
    /// The cover's last line: its issuing body's (`…　发布`), or its issue line.
    pub end: usize,
}

/// The cover of a standard converted from its PDF: among the first twenty lines, the standard's
/// number on a line of its own and, below it, its issue line (`2024-03-20 发布 … 2024-04-01 实施`). All
/// of it — ICS and CCS codes, the kind (`团　体　标　准`, `中华人民共和国国家标准`), the number, the
/// title, its English rendering, the dates, the issuing bodies — is the document's own front
/// matter, not a page's banner; the title is the first line of Chinese under the number.
///
/// Counter-examples: a running header `GB/T 42386—2022` opening a page with no issue line below it
/// (a text that starts at its 前言); a standard cited in running text (`按GB/T 1.1—2020的规定`: not
/// alone on its line).
pub fn standard_cover(views: &[LineView<'_>]) -> Option<StandardCover> {
    let open: Vec<usize> = nonblank(views, 0).take(20).collect();
    let number = open.iter().position(|&i| STANDARD_NO.captures(views[i].text).is_some_and(|c| c.get(1).is_none()))?;
    let issue = (number + 1..open.len()).take(12).find(|&k| STANDARD_ISSUE.is_match(views[open[k]].text))?;
    let title = open[number + 1..issue].iter().copied().find(|&i| {
        let v = &views[i];
        !STANDARD_NO.is_match(v.text) && v.feat.cjk >= 4 && title_like(v)
    })?;
    // The issuing bodies, one or two lines, the last ending with 发布 (letter-spaced or not).
    let end = (issue + 1..open.len().min(issue + 4))
        .find(|&k| squash(views[open[k]].text).ends_with("发布"))
        .unwrap_or(issue);
    Some(StandardCover { title, end: open[end] })
}

/// A standard's title, from its cover ([`standard_cover`]).
fn by_standard(views: &[LineView<'_>], starts: &[usize]) -> Option<TitleInfo> {
    let cover = standard_cover(views)?;
    let i = cover.title;
    let t = views[i].text;
    Some(info(t.to_string(), (starts[i], starts[i] + t.len()), vec![i], Method::Standard))
}

/// The non-blank line indices, in order, from `from`.
fn nonblank<'a>(views: &'a [LineView<'a>], from: usize) -> impl Iterator<Item = usize> + 'a {
    (from..views.len()).filter(move |&i| !views[i].text.is_empty())
}

fn info(text: String, range: (usize, usize), lines: Vec<usize>, method: Method) -> TitleInfo {
    TitleInfo {
        text,
        range,
        lines,
        subtitle: None,
        method,
        site: None,
        block_date: None,
        speaker: None,
        speaker_line: None,
    }
}

fn by_label(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>]) -> Option<TitleInfo> {
    let (label_line, value) = views.iter().enumerate().take(60).find_map(|(i, v)| {
        LABEL.captures(v.text).map(|c| (i, c.get(1).map_or("", |m| m.as_str()).trim().to_string()))
    })?;
    if value.is_empty() {
        return None;
    }
    let want = squash(&value);
    // The title stands near the label: within the first few hundred lines.
    let lines: Vec<usize> = nonblank(views, 0).take(300).filter(|&i| i != label_line && boiler[i].is_none()).collect();
    // Whole line, or two to four consecutive lines that together make the title.
    for (k, &i) in lines.iter().enumerate() {
        let mut acc = String::new();
        for (m, &j) in lines[k..].iter().enumerate().take(4) {
            acc.push_str(&squash(views[j].text));
            if acc == want {
                let pieces: Vec<usize> = lines[k..=k + m].to_vec();
                let t = views[i].text;
                return Some(info(value, (starts[i], starts[i] + t.len()), pieces, Method::Label));
            }
            if !want.starts_with(&acc) {
                break;
            }
        }
    }
    // The title is only in the label: point at it there.
    let t = views[label_line].text;
    let at = t.rfind(value.as_str()).unwrap_or(0);
    Some(info(value.clone(), (starts[label_line] + at, starts[label_line] + at + value.len()), vec![], Method::Label))
}

/// The first line is an ATX heading `# X`: its text without the markup a clipper wraps it in, a
/// link (`# [标题](https://…)`) or bold (`# **关于…的通知**`).
fn by_markdown(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>]) -> Option<TitleInfo> {
    let i = nonblank(views, 0).find(|&i| boiler[i].is_none())?;
    let t = views[i].text;
    if !(t.starts_with("# ") || t.starts_with("#\u{3000}")) {
        return None;
    }
    let rest = &t[1..];
    let body = rest.trim_start_matches(crate::lines::is_space).trim_end_matches(['#', ' ']);
    if body.is_empty() {
        return None;
    }
    let mut at = t.len() - rest.len() + (rest.len() - rest.trim_start_matches(crate::lines::is_space).len());
    let mut body = body;
    // (Bold first, then a link inside it, or the other way round.)
    for _ in 0..2 {
        if let Some(inner) = body.strip_prefix("**").and_then(|b| b.strip_suffix("**")).filter(|b| !b.contains("**")) {
            at += 2;
            body = inner;
        }
        // A clipped page's title is often its link: `# [标题](https://…)`.
        if let Some(c) = MD_LINK_ONLY.captures(body) {
            let m = c.get(1).expect("link text group");
            at += m.start();
            body = m.as_str();
        }
    }
    if body.trim().is_empty() {
        return None;
    }
    let (text, site) = strip_site(body);
    let mut ti = info(text, (starts[i] + at, starts[i] + at + body.len()), vec![i], Method::Markdown);
    ti.site = site;
    // The page shows its title again right below (`# [标题](…)` then `## 标题`): a repeat, not a heading.
    let want = squash(&ti.text);
    for j in nonblank(views, i + 1).take(4) {
        if boiler[j].is_some() {
            continue;
        }
        let plain = super::patterns::plain(views[j].text);
        let plain = plain.trim_start_matches('#').trim();
        if squash(strip_site(plain).0.as_str()) == want {
            ti.lines.push(j);
            break;
        }
    }
    // A `——在…上的讲话` line right under the `#` title (page widgets between them skipped) is its
    // subtitle.
    if let Some(j) = nonblank(views, i + 1).take(4).find(|&j| boiler[j].is_none()) {
        let t = views[j].text.trim_matches(crate::lines::is_space);
        if is_subtitle(t) {
            let lead = views[j].text.len() - views[j].text.trim_start_matches(crate::lines::is_space).len();
            let s = starts[j] + lead;
            ti.subtitle = Some((j, (s, s + t.len()), t.to_string()));
        }
    }
    Some(ti)
}

/// Segments of the head: lines, split at U+2028.
fn segments(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], limit: usize) -> Vec<Segment> {
    let mut out = Vec::new();
    for i in nonblank(views, 0).take(limit) {
        if boiler[i].is_some() {
            continue;
        }
        let t = views[i].text;
        let mut at = 0;
        for part in t.split('\u{2028}') {
            let trimmed = part.trim_matches(crate::lines::is_space);
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start_matches(crate::lines::is_space).len();
                let s = starts[i] + at + lead;
                out.push(Segment { line: i, range: (s, s + trimmed.len()) });
            }
            at += part.len() + '\u{2028}'.len_utf8();
        }
    }
    out
}

fn by_block(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    let src_of = |s: &Segment| -> &str {
        let base = starts[s.line];
        &views[s.line].text[s.range.0 - base..s.range.1 - base]
    };
    // (The title block stands in the page header, however long its menu: the first 40 lines.)
    let segs = segments(views, starts, boiler, 40);
    let sub = segs.iter().position(|s| {
        let t = src_of(s);
        is_subtitle(t)
    })?;
    if sub == 0 {
        return None;
    }
    // Up to three title pieces right before the subtitle.
    let mut first = sub;
    while first > 0 && sub - first < 3 {
        let t = src_of(&segs[first - 1]);
        let f = super::features::Features::of(t);
        if f.chars == 0
            || f.weight() > 40
            || f.terminal
            || t.ends_with('：')
            || super::boilerplate::has_date(t)
            || t.ends_with('电')
        {
            break;
        }
        // (A piece is the line right above the next: a removed line between, `当前位置：首页 > 要闻`,
        // ends the block.)
        let (above, below) = (segs[first - 1].line, segs[first].line);
        if above != below && (above + 1..below).any(|j| !views[j].text.is_empty()) {
            break;
        }
        first -= 1;
    }
    if first == sub || segs[first].line > zones.core_start.max(1) + 2 {
        return None;
    }
    let mut pieces: Vec<&str> = segs[first..sub].iter().map(src_of).collect();
    // A title the page repeats (once in its header, once above the text) is one title, both its lines.
    pieces.dedup_by(|a, b| squash(a) == squash(b));
    let mut text = pieces.join(" ");
    let mut lines: Vec<usize> = segs[first..=sub].iter().map(|s| s.line).collect();
    lines.dedup();
    // … and so is a page's headline above its byline that names the document as fully or more
    // (`2024年江州市政府工作报告` / `发布时间：…` / `政府工作报告` / `——2024年1月18日在…`): the headline's
    // words are the title.
    let top = segs[first].line;
    let mut range = segs[first].range;
    if let Some(h) = (0..top).rev().filter(|&j| !views[j].text.is_empty()).take(3).find(|&j| boiler[j].is_none()) {
        let (whole, part) = (squash(views[h].text), squash(&text));
        if whole.ends_with(&part) && title_like(&views[h]) {
            text = views[h].text.to_string();
            lines.insert(0, h);
            range = (starts[h], starts[h] + views[h].text.len());
        }
    }
    let sub_seg = &segs[sub];
    let mut ti = info(text, range, lines, Method::Block);
    ti.subtitle = Some((sub_seg.line, sub_seg.range, src_of(sub_seg).to_string()));
    // Date and speaker right after the subtitle.
    for s in segs.iter().skip(sub + 1).take(3) {
        let t = src_of(s);
        if DATE_ONLY.is_match(t) && ti.block_date.is_none() {
            ti.block_date = Some(t.to_string());
        } else if is_person_name(t) && ti.speaker.is_none() {
            ti.speaker = Some(t.to_string());
        } else {
            break;
        }
    }
    Some(ti)
}

/// Whether `t` reads as a person's name on a line of its own (2–4 CJK characters, maybe with 同志).
/// Counter-examples: page widgets and labels that open with a surname's character (`关注`, `全文`,
/// `时间`, [`NOT_A_NAME`]).
pub fn is_person_name(t: &str) -> bool {
    let t = t.trim_end_matches("同志");
    if NOT_A_NAME.contains(&t) || t.starts_with("关注") {
        return false;
    }
    let n = t.chars().count();
    let compound = COMPOUND_SURNAMES.iter().any(|s| t.starts_with(s));
    let single = t.chars().next().is_some_and(|c| SURNAMES.contains(c));
    t.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '·')
        && (compound && (3..=4).contains(&n) || single && (2..=3).contains(&n))
}

/// The names of a paper's authors on a line of their own (`王晓梅1  刘建国2  陈思远1`,
/// `刘明远1，陈静怡1，赵  宏2`, `张三、李四`): two names or more, set apart by commas, 、 or white
/// space, each maybe marked with its affiliation's number or a `*`; a two-character name may be
/// letter-spaced (`赵  宏`). Returns the names without their marks. Counter-examples: one name (a
/// speaker under a speech's title), `王晓梅 副教授` (a title after the name), a sentence.
pub fn names_line(t: &str) -> Option<Vec<String>> {
    const MARKS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '*', '＊', '†'];
    if t.chars().count() > 60 {
        return None;
    }
    let name_of = |tok: &str| -> Option<String> {
        let bare = tok.trim_end_matches(|c: char| c.is_ascii_digit() || MARKS.contains(&c) || c == ',');
        let squashed: String = bare.chars().filter(|c| !c.is_whitespace()).collect();
        is_person_name(&squashed).then_some(squashed)
    };
    let by_comma: Vec<&str> = t.split(['，', ',', '、', '；', ';']).map(str::trim).filter(|x| !x.is_empty()).collect();
    let tokens: Vec<&str> =
        if by_comma.len() >= 2 { by_comma } else { t.split_whitespace().filter(|x| !x.is_empty()).collect() };
    if tokens.len() < 2 {
        return None;
    }
    tokens.into_iter().map(name_of).collect()
}

/// Words of page chrome and document labels that open with a surname's character and stand alone on
/// a line: a follow button, a menu's or a label's word — never a name.
const NOT_A_NAME: &[&str] = &[
    "关注",
    "已关注",
    "关闭",
    "关于",
    "全文",
    "全部",
    "文章",
    "文档",
    "时间",
    "方法",
    "常见",
    "高级",
    "应用",
    "安装",
    "经验",
    "顾问",
    "成员",
    "任务",
];

/// The common single-character surnames (about 97% of the population).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习胥杭揭芮蔺粟";
/// Compound surnames.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙", "宇文", "司徒",
    "端木",
];

fn by_repeat(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    // (Past a table of contents, a line and its repeat are an entry and the heading it names.)
    let head: Vec<usize> = nonblank(views, 0).take(20).take_while(|&i| !views[i].shape.toc_label).collect();
    for &i in &head {
        // A form's field repeated for each party (`联系电话：____　　电子信箱：____`) is no title.
        if boiler[i].is_some()
            || !title_like(&views[i])
            || i > zones.core_start + 2
            || LABEL_VALUE.is_match(views[i].text)
        {
            continue;
        }
        let (cand, site) = strip_site(views[i].text);
        if cand.chars().count() < 6 {
            continue;
        }
        let mut same = vec![i];
        let mut seen = false;
        for &j in &head {
            if j == i {
                continue;
            }
            let t = views[j].text;
            // (A breadcrumb names the page by its last crumb; a crumb before it names a section that
            // the menu lists too: `首页 > 菜谱分类 > 家常菜 > 红烧肉` repeats the menu's `菜谱分类`.)
            if last_crumb(t).is_some_and(|last| last.trim() != cand) {
                continue;
            }
            let (stripped, _) = strip_site(t);
            if stripped == cand {
                same.push(j);
                seen = true;
            } else if t.contains(cand.as_str()) && t.len() > cand.len() {
                seen = true;
            }
        }
        // The title (or its repeat) stands right before the body: only page chrome and the document's
        // own short lines (date, byline) lie between. A repeated item of a link list does not.
        let last_head = (0..zones.core_start)
            .rev()
            .find(|&j| !views[j].text.is_empty() && boiler[j].is_none() && !is_document_text(&views[j]));
        if seen && last_head.is_some_and(|l| same.contains(&l)) {
            same.sort_unstable();
            let first = same[0];
            // A title broken over two lines, the page's other copy whole (`临川市国民经济和社会发展` /
            // `第十四个五年规划和二〇三五年远景目标纲要`, and the full name in the body or a download
            // link): the repeat shows where the title ends — the next line is its second half.
            if let Some(n) = nonblank(views, first + 1).next().filter(|&n| {
                boiler[n].is_none()
                    && title_like(&views[n])
                    && (!is_document_text(&views[n]) || names_document(&views[n]))
                    && whole_elsewhere(views, first, n)
            }) {
                let text = format!("{cand}{}", views[n].text);
                let end = starts[n] + views[n].text.len();
                let mut ti = info(text, (starts[first], end), vec![first, n], Method::Repeat);
                ti.site = site;
                return Some(ti);
            }
            // … or the line above is its first half, taken into the page's menu run by its shortness.
            if let Some(q) = (0..first)
                .rev()
                .find(|&j| !views[j].text.is_empty())
                .filter(|&q| views[q].marker.is_none() && title_like(&views[q]) && whole_elsewhere(views, q, first))
            {
                let text = format!("{}{}", strip_site(views[q].text).0, views[first].text);
                let end = starts[first] + views[first].text.len();
                let mut ti = info(text, (starts[q], end), vec![q, first], Method::Repeat);
                ti.site = site;
                return Some(ti);
            }
            let t = views[first].text;
            let mut ti = info(
                cand.clone(),
                (starts[first], starts[first] + t.len().min(cand.len().max(1))),
                same,
                Method::Repeat,
            );
            ti.range = (starts[first], starts[first] + cand.len().min(t.len()));
            ti.site = site;
            return Some(ti);
        }
    }
    None
}

/// A breadcrumb's last crumb (`首页 > 菜谱分类 > 家常菜 > 红烧肉` → ` 红烧肉`), when the line has crumb
/// separators at all.
fn last_crumb(t: &str) -> Option<&str> {
    const SEPARATORS: [char; 4] = ['>', '＞', '»', '›'];
    t.contains(SEPARATORS).then(|| t.rsplit(SEPARATORS).next().unwrap_or(""))
}

/// The page named by its breadcrumb: a breadcrumb's last crumb is the page it stands on, often
/// shortened (`家用电器 > 空气净化器 > 澜舍（LANSHE） > 澜舍K8 Pro`); a title-like line among the next five
/// that holds the crumb's characters in order (`澜舍（LANSHE）空气净化器K8 Pro 除甲醛…`) is the title.
/// Read last, when no other evidence names a title (a product page: no byline, no body sentence
/// under its title). Counter-examples: a crumb of a section (`首页 > 新闻 > 正文`, `… > 通知公告`:
/// under four characters, or not in the line under it in order), a breadcrumb after the body, a menu
/// row or a label line repeating the crumb (`企业新闻　|　行业动态`, `留言对象：岳麓区委书记`).
fn by_crumb(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>]) -> Option<TitleInfo> {
    let head: Vec<usize> = nonblank(views, 0).take(40).collect();
    for (k, &i) in head.iter().enumerate() {
        let t = views[i].text;
        let Some(last) = last_crumb(t).filter(|_| super::patterns::find(t).is_some_and(|r| r.id == "nav_breadcrumb"))
        else {
            continue;
        };
        let crumb: Vec<char> = last.chars().filter(|c| !c.is_whitespace() && *c != '…').collect();
        if crumb.len() < 4 {
            continue;
        }
        for &j in head.iter().skip(k + 1).take(5) {
            let v = &views[j];
            // (A menu row or a label：value line that repeats the crumb — `企业新闻　|　行业动态`,
            // `留言对象：岳麓区委书记` — names no page.)
            let row = v.text.contains(['|', '｜', '：', ':']);
            if boiler[j].is_some() || row || !title_like(v) || is_document_text(v) || v.feat.chars < crumb.len() as u32
            {
                continue;
            }
            let mut want = crumb.iter().peekable();
            for c in v.text.chars() {
                want.next_if(|&&w| w == c);
            }
            if want.peek().is_none() {
                let (text, site) = strip_site(v.text);
                let mut ti = info(text, (starts[j], starts[j] + v.text.len()), vec![j], Method::Repeat);
                ti.site = site;
                return Some(ti);
            }
        }
    }
    None
}

/// The title-like line right above the first byline or counter line of the page header. A byline
/// after the body's last dense line is not the page's: it dates an entry of a related-articles list
/// (`单反市场硝烟正浓 尼康D60套机仅4670 2008-04-28 07:50`), and the line above it is another entry or
/// that list's header (`陈亮的其他文章`).
fn by_byline(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    use crate::model::BoilerplateKind as K;
    // The page header, however long its menu: the lines before the body core (and the first 25).
    let header = zones.core_start.clamp(25, 200);
    for i in nonblank(views, 0).take_while(|&i| i <= header) {
        if boiler[i].is_none() || views[i].feat.tabs > 0 || zones.in_tail(i) {
            continue;
        }
        // Only a page's own byline or counter: an edge pattern (a bare 来源 or phone line) is not enough.
        let byline = |r: &super::patterns::Rule| {
            r.strength != super::patterns::Strength::Edge && matches!(r.kind, K::Metadata | K::Counter)
        };
        let t = views[i].text;
        let strong = super::patterns::find(t).is_some_and(byline)
            || super::patterns::find_structural(t).is_some_and(byline)
            || META_WORDS.is_match(t) && super::boilerplate::has_date(t);
        if !strong {
            continue;
        }
        // Above it, skipping a few short widget lines (关注问题, 写回答) and the other label lines of a
        // cover (文档编号：…, 版　　本：…, 编制单位：…), the title.
        let mut p = (0..i).rev().find(|&j| !views[j].text.is_empty())?;
        for _ in 0..4 {
            // (The line right above a follow button is the author's — a name, a bio, a count of fans
            // or a level, `独立书店店员，偶尔写书评，前出版社编辑` / `关注`: in the gold of ten writers' pages
            // never the title — and so is the line right above a byline that a follow button closes,
            // `慢半拍旅行笔记` / `2024-04-13 10:27发布于江西` / `+关注`.)
            let follows = |j: usize| {
                nonblank(views, j + 1).next().is_some_and(|b| super::patterns::is_follow_button(views[b].text))
            };
            let author = follows(p) || p + 1 == i && follows(i) && views[p].feat.chars <= 12;
            if views[p].feat.chars > 6 && !COVER_LABEL.is_match(views[p].text) && !author {
                break;
            }
            match (0..p).rev().find(|&j| !views[j].text.is_empty()) {
                Some(q) => p = q,
                None => break,
            }
        }
        if boiler[p].is_none()
            && title_like(&views[p])
            && (!is_document_text(&views[p]) || names_document(&views[p]))
            && !named_in_byline(views, p)
        {
            let mut above = broken_title_above(views, boiler, p);
            // The first half of a title broken over two lines, taken into the page's menu run by its
            // shortness: the page names the whole title elsewhere (its body, a download link).
            if above.is_empty() {
                if let Some(q) = (0..p).rev().find(|&j| !views[j].text.is_empty()) {
                    let v = &views[q];
                    if v.marker.is_none() && title_like(v) && whole_elsewhere(views, q, p) {
                        above.push(q);
                    }
                }
            }
            let lines: Vec<usize> = above.into_iter().chain([p]).collect();
            let joined: String = lines.iter().map(|&j| piece(views[j].text)).collect();
            let (text, site) = strip_site(&joined);
            let first = lines[0];
            let mut ti = info(text, (starts[first], starts[p] + views[p].text.len()), lines, Method::Byline);
            ti.site = site;
            return Some(ti);
        }
        // A page that puts the author's block first (a 雪球 or forum post: `价投老周` / `关注` /
        // `发布于…` / `修改于…`) gives the title right under the byline lines, the body under it.
        if let Some(b) = below_byline(views, boiler, i) {
            let (text, site) = strip_site(views[b].text);
            let mut ti = info(text, (starts[b], starts[b] + views[b].text.len()), vec![b], Method::Byline);
            ti.site = site;
            return Some(ti);
        }
    }
    None
}

/// Whether line `p` is a name that a byline of the next lines gives again as one of its fields: the
/// account or the author a WeChat or 头条 page shows above its date (`禾木健康说` / `2024-07-12 07:30`
/// / title / `原创　林晓禾　禾木健康说　2024年07月12日 07:30　湖南`; `老周谈三农` / … /
/// `2024-06-08 07:42·老周谈三农`). A name, not the title (three writers' pages: never once the title).
/// Counter-example: a title that a later line quotes inside a sentence (not a field beside a date).
fn named_in_byline(views: &[LineView<'_>], p: usize) -> bool {
    let name = views[p].text.trim();
    if !(2..=12).contains(&name.chars().count()) {
        return false;
    }
    nonblank(views, p + 1).take(10).any(|j| {
        let t = views[j].text;
        super::boilerplate::has_date(t)
            && t.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '·' | '丨')).any(|f| f == name)
    })
}

/// The title under a byline `i`: past the other byline and counter lines right under it, a
/// title-like line that ends in no full stop, followed by the body (a dense line next, a blank between
/// allowed). Counter-examples: a byline above the first paragraph (`发布于2024-03-18` / `这两个月…。`:
/// no title line between), a byline above a menu (`发布于…` / `首页` / `行情`: no dense line under).
fn below_byline(views: &[LineView<'_>], boiler: &[Option<Boiler>], i: usize) -> Option<usize> {
    use crate::model::BoilerplateKind as K;
    let mut next = nonblank(views, i + 1);
    let mut b = next.next()?;
    while boiler[b].as_ref().is_some_and(|x| matches!(x.kind, K::Metadata | K::Counter)) {
        b = next.next()?;
    }
    let body = next.next()?;
    let v = &views[b];
    let fits = boiler[b].is_none()
        && title_like(v)
        && !v.feat.full_stop
        && !is_document_text(v)
        && v.feat.chars >= 8
        && views[body].feat.is_dense()
        && boiler[body].is_none();
    fits.then_some(b)
}

/// The headline that stands out of a page's menu: a browser copy's header is dozens of short link
/// lines (`首页` / `看贴` / `精品` / `只看楼主`), and the page's title is one line among them at least
/// two and a half times their usual length and ten characters or more, with no long line above it
/// and not the first of two long lines below (`二战上岸985计算机，说几点血泪教训，给25届的学弟学妹`),
/// within eight lines of the body; of several, the longest. A
/// question's ？ and a comma are a headline's, not a sentence's, when it ends in no full stop.
/// Counter-examples: a list of headlines (long lines side by side: a related list), a promotion
/// (`加价购 满999.00元另加29.90元…`: a price), a label line, a line of the body. (An encyclopedia's
/// `同义词桐溪（…）一般指桐溪镇（…）` under its entry's name would stand out: [`by_entry`], read first,
/// names the entry.)
/// An encyclopedia entry's name: a short line in the page header right above the entry's read-aloud
/// button (`青石镇` / `播报` / `编辑`) or above its sense in brackets (`桐溪镇` /
/// `（浙江省丽水市松岩县下辖镇）`) — how 百科 pages head an entry, the name alone, too short for a
/// title by length. Counter-examples: a speech's title above its date (`（2024年6月26日）`: digits), a
/// speaker above an office (`张三` / `（县委书记）`: an office in the brackets), a menu item.
fn by_entry(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(书记|主任|长|委员|主席|代表|教授|老师|同志|经理|董事|总监|院士)[）)]$").expect("office regex")
    });
    static SENSE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[（(][^（）()\d]{2,30}[）)]$").expect("entry sense regex"));
    let head: Vec<usize> = nonblank(views, 0).take_while(|&i| i < zones.core_start).take(60).collect();
    for w in head.windows(2) {
        let (i, j) = (w[0], w[1]);
        let (t, next) = (views[i].text.trim(), views[j].text.trim());
        let n = t.chars().count();
        let name = boiler[i].is_none()
            && (2..=20).contains(&n)
            && t.chars().all(|c| c.is_alphanumeric() || c == '·')
            && views[i].marker.is_none();
        // (An office in the brackets is a speaker's: `张三` / `（县委书记）`.)
        let office = OFFICE.is_match(next);
        let button = next == "播报" || next.starts_with("播报") && next.contains("编辑");
        if name && (button || SENSE.is_match(next) && !office) {
            let (text, site) = strip_site(t);
            let mut ti = info(text, (starts[i], starts[i] + views[i].text.len()), vec![i], Method::Position);
            ti.site = site;
            return Some(ti);
        }
    }
    None
}

/// A price (`29.90元`, `￥399`): a promotion's, never a headline's in a page header.
static PRICE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+(?:\.\d+)?元|[￥¥]\s*\d").expect("price regex"));

fn by_standout(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    let head: Vec<usize> = nonblank(views, 0).take_while(|&i| i < zones.core_start).take(80).collect();
    if head.len() < 6 {
        return None;
    }
    let mut lens: Vec<u32> = head.iter().map(|&i| views[i].feat.chars).collect();
    lens.sort_unstable();
    let median = lens[lens.len() / 2].max(1);
    let short = head.iter().filter(|&&i| views[i].feat.chars <= 6).count();
    if short < 4 || median > 8 {
        return None;
    }
    let body = nonblank(views, 0).position(|i| i >= zones.core_start)?;
    // (A removed line beside it, a breadcrumb, is no headline of a list.)
    let long =
        |k: usize, n: u32| head.get(k).is_some_and(|&j| boiler[j].is_none() && views[j].feat.chars * 10 >= n * 6);
    let mut best: Option<usize> = None;
    for (k, &i) in head.iter().enumerate() {
        let v = &views[i];
        let n = v.feat.chars;
        let fits = boiler[i].is_none()
            && n >= 10
            && n * 2 >= median * 5
            && title_like(v)
            && !v.feat.full_stop
            && !v.text.contains(['|', '｜', '：', ':'])
            && body.saturating_sub(k) <= 8
            && !(k > 0 && long(k - 1, n))
            && !(long(k + 1, n) && long(k + 2, n))
            && !PRICE.is_match(v.text);
        // (The longest such line: a promotion under a product's name is shorter.)
        if fits && best.is_none_or(|b| views[b].feat.chars < n) {
            best = Some(i);
        }
    }
    let i = best?;
    let (text, site) = strip_site(views[i].text);
    let mut ti = info(text, (starts[i], starts[i] + views[i].text.len()), vec![i], Method::Position);
    ti.site = site;
    Some(ti)
}

fn by_position(views: &[LineView<'_>], starts: &[usize], boiler: &[Option<Boiler>], zones: Zones) -> Option<TitleInfo> {
    let mut head: Vec<usize> =
        nonblank(views, 0).take_while(|&i| i < zones.core_start).filter(|&i| boiler[i].is_none()).collect();
    let first_line = nonblank(views, 0).next();
    // A short document may have no header before its body core: its first line is still the title
    // when it names a document type (…的讲话, …的通知) and more text follows.
    if head.is_empty() {
        if let Some(f) = first_line.filter(|&f| boiler[f].is_none() && DOC_TYPE.is_match(views[f].text)) {
            if views[f].marker.is_none() && nonblank(views, f + 1).take(2).count() >= 2 {
                head.push(f);
            }
        }
    }
    // Candidates are the title-like lines of a short page header. The first line of a document and the
    // line right before the body are where titles stand; a line that names a document type (…通知,
    // …报告, 《…》教学设计) is a title; a label：value line is a byline, not a title.
    // Both limits only grow down the header, so the scan stops at the first line past them (a header
    // of thousands of lines is not read once per line).
    let mut cands: Vec<(i32, usize)> = Vec::new();
    let mut before = 0;
    let mut nonblank_before = nonblank(views, 0).peekable();
    let mut nonblank_count = 0;
    // Past a menu of three lines or more the header is read on, to its thirtieth line, for a line that
    // names a document type in six characters or more (`维生素C片说明书` under `首页` / `全部分类` /
    // `购物车`) right above a sentence.
    let mut named_late = None;
    for &i in &head {
        while nonblank_before.next_if(|&j| j < i).is_some() {
            nonblank_count += 1;
        }
        if before > 2 || nonblank_count > 10 {
            let v = &views[i];
            if nonblank_count > 30 {
                break;
            }
            if named_late.is_none()
                && v.feat.chars >= 6
                && title_like(v)
                && !is_document_text(v)
                && !is_section_label(v.text)
                && DOC_TYPE.is_match(v.text)
                // (Right above a sentence: not a menu's item, `养猫新手必备清单` / `提问`, nor a
                // standard's masthead above its code, nor a cover's title above its dates, whose lines
                // above are the document's.)
                && nonblank(views, i + 1).next().is_some_and(|j| {
                    let w = &views[j];
                    w.feat.full_stop || w.feat.is_dense()
                })
            {
                named_late = Some(i);
            }
            continue;
        }
        let v = &views[i];
        // A web title may be a question with commas (`写给新人：一份报告，到底应该怎么写？`): punctuated,
        // yet not body when it ends with its ？ or ！ and is short.
        let question = matches!(v.text.chars().last(), Some('？' | '?' | '！' | '!'))
            && v.feat.chars <= 40
            && !v.feat.is_dense()
            && v.marker.is_none();
        let document = is_document_text(v) && !question;
        if !document {
            before += 1;
        }
        // A section's label (`写在前面`, `前言`, `温馨提示`) opens the body; it titles no document.
        if !title_like(v) || document || is_section_label(v.text) {
            continue;
        }
        let mut score = 0;
        if DOC_TYPE.is_match(v.text) || v.text.contains('《') {
            score += 2;
        }
        if Some(i) == first_line {
            score += 1;
        }
        if LABEL_VALUE.is_match(v.text) {
            score -= 3;
        }
        cands.push((score, i));
    }
    // The last title-like line of the header stands right above the body.
    if let Some(last) = cands.last_mut() {
        last.0 += 1;
    }
    // A header of many title-like lines is a link list: no line of it is the title by position, unless
    // the document's first line names a document type (…会议纪要). Rows of fields (单位　职务　姓名) are
    // not links.
    let link_like = |i: usize| {
        let t = views[i].text;
        title_like(&views[i])
            && !is_document_text(&views[i])
            && !t.contains(['：', ':'])
            && t.split(['\u{3000}', ' ']).filter(|f| !f.is_empty()).count() < 3
    };
    // (A table of contents under the title, `本期要目` and its entries, is the document's, not links.)
    let toc = head.iter().position(|&i| views[i].shape.toc_label).unwrap_or(head.len());
    let title_like_lines = head[..toc].iter().filter(|&&i| link_like(i)).count();
    let named_first = cands.iter().any(|&(s, i)| Some(i) == first_line && s >= 3);
    let named = cands.iter().any(|&(s, _)| s >= 2);
    if named_late.is_some() && !named {
        cands = vec![(3, named_late.unwrap_or_default())];
    } else if title_like_lines > 4 && !named_first {
        return None;
    }
    let best = cands.iter().max_by_key(|c| c.0).map(|&(s, i)| (s, 0, i));
    let (_, _, i) = best.filter(|&(s, _, _)| s >= 0)?;
    // A title broken over lines: a cover's short second half (`2022年年度报告`, `接口技术规范`) under
    // its first.
    let above = broken_title_above(views, boiler, i);
    if let Some(&q) = above.first() {
        let pieces: Vec<usize> = above.iter().copied().chain([i]).collect();
        let joined: String = pieces.iter().map(|&j| piece(views[j].text)).collect();
        let (text, site) = strip_site(&joined);
        let mut ti = info(text, (starts[q], starts[i] + views[i].text.len()), pieces, Method::Position);
        ti.site = site;
        return Some(ti);
    }
    // A 公文 title broken over lines: `…关于印发…` above `…办法的通知`.
    let mut pieces = vec![i];
    while pieces.len() < 3 {
        let Some(&k) = head.iter().rev().find(|&&j| j < pieces[0]) else { break };
        let (above, here) = (views[k].text, views[pieces[0]].text);
        let joins = title_like(&views[k])
            && !DOC_TYPE.is_match(above)
            && (above.contains("关于") || above.contains("印发"))
            && DOC_TYPE.is_match(views[i].text)
            && !here.contains("关于");
        if !joins {
            break;
        }
        pieces.insert(0, k);
    }
    let joined: String = pieces.iter().map(|&j| views[j].text).collect();
    let (text, site) = strip_site(&joined);
    let first = pieces[0];
    let first_len = views[first].text.len();
    let mut ti = info(text, (starts[first], starts[first] + first_len), pieces, Method::Position);
    ti.site = site;
    Some(ti)
}

/// A cover's label line (`文档编号：LCSW-JS-2023-007`, `版    本：V1.2`, `编制单位：…`): a field's
/// name — it ends as field names do (编号, 版本, 单位, 机构, 分类, 日期, 密级, 作者, 负责人, 审核 …)
/// — and a colon.
/// Counter-example: `学术讲座预告：面向复杂场景的…` — a headline with a colon, the title itself.
static COVER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\u{4E00}-\u{9FFF}\s\u{3000}]{0,6}(号|本|次|位|门|构|类|码|源|期|间|级|者|人|制|核|批|准|写|订|称|别|态|数|型)\s*[：:]")
        .expect("cover label regex")
});

/// A piece of a title broken over lines, as the title reads it: letter-spacing squashed (`招 标 文 件`).
fn piece(t: &str) -> std::borrow::Cow<'_, str> {
    if super::patterns::is_letter_spaced(t) {
        squash(t).into()
    } else {
        t.into()
    }
}

/// The first half of a title broken over two lines above line `p`, when `p` is a short second half:
/// a document type of at most 12 characters (`2022年年度报告`, `接口技术规范`) — or a `关于…` title
/// under its issuer (`…股份有限公司` / `关于…的公告`) — under a line of at most 24 with no punctuation
/// and no document type of its own (`浙江恒远智能装备股份有限公司`,
/// `智慧水务数据交换平台` — a banner to the first pass, a site's name by its shape), within two blank
/// lines; and a cover's third line above those, when blank lines set all three apart
/// (`江城市第一人民医院` / `核磁共振成像系统采购项目` / `招 标 文 件`). Returns the lines above `p`, in
/// order (none when `p` is no second half).
fn broken_title_above(views: &[LineView<'_>], boiler: &[Option<Boiler>], p: usize) -> Vec<usize> {
    use crate::model::BoilerplateKind as K;
    // (Letter-spaced on a cover: `招 标 文 件`.)
    let here = squash(views[p].text);
    // (Or a 公文 title under its issuer: `浙江恒远新材料股份有限公司` / `关于对外投资…的公告`.)
    let issued = here.starts_with("关于") && DOC_TYPE.is_match(&here);
    // (Or a longer second half that cannot stand without its issuer: it opens with the year or the
    // session the issuer's document belongs to — `启泰新材料股份有限公司` / `2024年度液氨泄漏事故专项应急演练方案`,
    // `…第二党支部` / `2024年第5次支部党员大会会议记录`, `…股份有限公司` / `第三届董事会第十五次会议决议公告` —
    // right under the issuer's line.)
    let typed = DOC_TYPE.is_match(&here) || here.ends_with("会议记录") || here.ends_with("大纲");
    let long_typed = (13..=30).contains(&here.chars().count()) && typed;
    let continued = !issued && long_typed && CONTINUED_HALF.is_match(&here);
    // (Or a cover's two lines that open the text, one under the other, the second naming the kind:
    // `滨江新城安置房三期工程` / `基坑支护及土方开挖专项施工方案`, `桐岭学院2025年普通专升本招生考试` /
    // `《管理学原理》课程考试大纲` — two writers' covers, the gold joining both.)
    let opening = !issued && !continued && typed && (6..=30).contains(&here.chars().count()) && {
        let mut lines = (0..p).filter(|&j| !views[j].text.is_empty());
        // (The first line names no kind itself: `江淮理工大学本科课程教学大纲` above `《数据结构》课程教学
        // 大纲` is the running header.)
        matches!((lines.next(), lines.next()), (Some(q), None) if q + 1 == p
            && !SITE_NAME_END.is_match(views[q].text)
            && !views[q].text.trim_end().ends_with("大纲"))
    };
    if !issued && !continued && !opening && (here.chars().count() > 12 || !DOC_TYPE.is_match(&here))
        || views[p].feat.punct > 0
    {
        return Vec::new();
    }
    let above = |p: usize| (p.saturating_sub(3)..p).rev().find(|&j| !views[j].text.is_empty());
    let fits = |q: usize| {
        let v = &views[q];
        boiler[q].as_ref().is_none_or(|b| b.kind == K::Banner)
            // (A code, `SB/T 11262—2023`, is no half of a title.)
            && v.feat.cjk >= 2
            && v.feat.chars >= 4
            && v.feat.chars <= 24
            && v.feat.punct == 0
            && v.marker.is_none()
            && !v.atx
            && !DOC_TYPE.is_match(v.text)
            && !COVER_LABEL.is_match(v.text)
            && !super::boilerplate::has_date(v.text)
            && !CIRCULATION.is_match(v.text)
    };
    let Some(q) = above(p).filter(|&q| fits(q)) else { return Vec::new() };
    if (issued || continued) && !ISSUER_END.is_match(views[q].text) || (continued || opening) && q + 1 != p {
        return Vec::new();
    }
    // A cover of three lines, each set apart (`江城市第一人民医院` / `核磁共振成像系统采购项目` /
    // `招 标 文 件`): the line above the first half, when it fits too and blank lines stand between
    // all three (lines one under the other are a header's, a site name above a title).
    let spaced = |a: usize, b: usize| (a + 1..b).any(|j| views[j].text.is_empty());
    match above(q).filter(|&r| !issued && !continued && !opening && fits(r) && spaced(r, q) && spaced(q, p)) {
        Some(r) => vec![r, q],
        None => vec![q],
    }
}

/// The end of a site's name (`中国政府网`, `…门户网站`, `…在线`): a banner, never half of a title.
static SITE_NAME_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(网|网站|门户|在线|平台|频道|首页)$").expect("site name end regex"));

/// The opening of a title's second half that needs the issuer above it: a year (`2024年度…`,
/// `2024年第5次…`) or a session (`第三届董事会…`).
static CONTINUED_HALF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4}\s*年|第[一二三四五六七八九十百\d]+[届次期])").expect("continued half regex"));

/// A circulation or secrecy mark over a document's masthead (`内部资料　注意保存`, `秘密★1年`,
/// `内部刊物`): GB/T 9704's 密级 and a bulletin's handling note, never half of its title.
pub(crate) static CIRCULATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(内部资料|内部刊物|内部文件|内部发行|注意保存|妥善保管|秘密|机密|绝密|内部|限国内发行)")
        .expect("circulation regex")
});

/// The end of an issuing body's name (`…股份有限公司`, `…人民政府`, `…委员会`, `…局`, and the meeting
/// that adopts a resolution, `…人民代表大会第三次会议`).
static ISSUER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(公司|集团|人民政府|政府|委员会|办公厅|办公室|局|厅|部|委|院|中心|协会|学会|大学|学院|会议|大会|党组)$",
    )
    .expect("issuer regex")
});

/// Fills in what the lines right under the title say: a date line (`（2024年1月18日）`) and the
/// speaker or author (`习近平`, `某某局党组书记、局长　贺立群`).
fn read_title_block(ti: &mut TitleInfo, views: &[LineView<'_>], boiler: &[Option<Boiler>]) {
    // The speaker a subtitle names: `——任正非在“广东学习论坛”第十六期报告会上的讲话`.
    if let Some(c) = ti.subtitle.as_ref().and_then(|s| SUBTITLE_SPEAKER.captures(&s.2)) {
        if is_person_name(&c[1]) {
            ti.speaker = Some(c[1].to_string());
        }
    }
    let Some(&last) = ti.lines.iter().max() else { return };
    let after = ti.subtitle.as_ref().map_or(last, |s| s.0.max(last));
    for i in nonblank(views, after + 1).take(4) {
        if boiler[i].is_some() {
            continue;
        }
        let t = views[i].text;
        if DATE_ONLY.is_match(t) {
            ti.block_date.get_or_insert_with(|| t.to_string());
            continue;
        }
        if ti.speaker.is_none()
            && views[i].feat.chars <= 40
            && views[i].feat.stops == 0
            && views[i].marker.is_none()
            && !views[i].atx
            && !t.starts_with(['#', '*', '【'])
        {
            if is_person_name(t) || AUTHOR_UNIT.is_match(t) {
                ti.speaker = Some(t.to_string());
                ti.speaker_line = Some(i);
                continue;
            }
            // 单位、职务 + wide space + name
            if let Some(last) = t.split(|c: char| c.is_whitespace()).rfind(|w| !w.is_empty()) {
                if last != t && is_person_name(last) {
                    ti.speaker = Some(last.to_string());
                    ti.speaker_line = Some(i);
                    continue;
                }
            }
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_tell_a_subtitle_from_a_quote() {
        assert!(is_subtitle("——在全市会议上的讲话"));
        assert!(is_subtitle("——2024年1月18日在江州市第十六届人民代表大会第三次会议上"));
        assert!(!is_subtitle("-0.12%"), "a quote's change is no subtitle");
        assert!(!is_subtitle("--------"));
    }

    #[test]
    fn should_end_a_title_block_pasted_as_one_line_at_its_speaker() {
        let text = "在全市会议上的讲话\u{2028}张三\n一、总则\n正文。\n";
        let doc = crate::parse(text);
        let t = doc.title.as_ref().expect("a title");
        assert_eq!(t.text, "在全市会议上的讲话");
        assert_eq!(&text[t.span.start..t.span.end], "在全市会议上的讲话", "the span is the text's");
        assert_eq!(doc.meta.author.as_deref(), Some("张三"));
        // A subtitle and a date in the block: the line is the title block, not a byline.
        let text = "关于加强管理的通知\u{2028}——在全市会议上的讲话\u{2028}（2020年2月3日）\n一、总则\n正文。\n";
        let doc = crate::parse(text);
        assert_eq!(doc.title.as_ref().map(|t| t.text.as_ref()), Some("关于加强管理的通知"));
        assert!(doc.boilerplate.is_empty(), "nothing removed: {:?}", doc.boilerplate);
        assert_eq!(doc.meta.published.as_deref(), Some("2020-02-03"));
    }

    #[test]
    fn should_strip_site_suffixes() {
        assert_eq!(
            strip_site("关于做好工作的通知_共产党员网"),
            ("关于做好工作的通知".to_string(), Some("共产党员网".to_string()))
        );
        assert_eq!(
            strip_site("教育部关于印发方案的通知 - 中华人民共和国教育部政府门户网站"),
            ("教育部关于印发方案的通知".to_string(), Some("中华人民共和国教育部政府门户网站".to_string()))
        );
        assert_eq!(strip_site("一流的产品经理").1, None, "should leave a plain title alone");
    }

    #[test]
    fn should_read_a_line_of_authors_names() {
        let cases: [(&str, Option<&[&str]>); 8] = [
            ("王晓梅1  刘建国2  陈思远1", Some(&["王晓梅", "刘建国", "陈思远"])),
            ("刘明远1，陈静怡1，赵  宏2", Some(&["刘明远", "陈静怡", "赵宏"])),
            ("张三、李四", Some(&["张三", "李四"])),
            ("周海燕*  孙立军", Some(&["周海燕", "孙立军"])),
            ("习近平", None),
            ("王晓梅 副教授", None),
            ("产教融合背景下高职院校实训基地建设路径研究", None),
            ("王明，李华，陈刚等人参加了会议。", None),
        ];
        for (t, want) in cases {
            let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(names_line(t), want, "should read {t:?} right");
        }
    }

    #[test]
    fn should_read_names() {
        assert!(is_person_name("习近平"));
        assert!(is_person_name("欧阳卉"));
        assert!(!is_person_name("关注问题"), "should not take a widget label for a name");
        assert!(!is_person_name("关注"), "should not take a follow button for a name");
        assert!(!is_person_name("关注他"));
        assert!(!is_person_name("全文"));
        assert!(!is_person_name("所有"));
        assert!(!is_person_name("中华人民共和国国务院"));
    }
}
