//! Boilerplate: which lines are site clutter and not the article, and why.
//!
//! The method is jusText's, adapted to Chinese plain text, in two passes:
//!
//! 1. **Zones and patterns.** A line is *dense* when it reads as running text (long and punctuated,
//!    see [`Features::is_dense`]) or opens with a strong heading marker. The body core runs from the
//!    first dense line to the last; what comes before is the head zone, what comes after the tail zone.
//!    A [pattern](super::patterns) removes a line in the head and tail zones; inside the core it removes
//!    only a line that does not read as a sentence, and only for strong patterns — an article may quote
//!    a 来源 or a phone number. Widget residue (bare numbers, timestamps, symbols) and truncated teasers
//!    go in every zone.
//! 2. **Context.** After the title is known: in the head zone, a run of three or more short lines that
//!    are neither the title nor document text (dates, 发文字号, salutations) is a menu or a link list; in
//!    the tail zone, everything after the first clutter line is clutter (related lists, footers), and a
//!    run of short lines is a link list — except the document's own sign-off (issuing body, date,
//!    （此件公开发布）).
//!
//! Every removed line gets a kind and a reason naming the rule or the features that decided it.

use super::features::Features;
use super::patterns::{self, Strength};
use crate::markers::{Marker, Style};
use crate::model::BoilerplateKind;
use regex::Regex;
use std::sync::LazyLock;

/// Why a line was removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Boiler {
    /// What kind of clutter.
    pub kind: BoilerplateKind,
    /// The rule or features that decided it.
    pub reason: crate::model::Reason,
}

/// The body core: indices (into the lines) of the first and last dense line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zones {
    /// Index of the first dense line.
    pub core_start: usize,
    /// Index of the last dense line.
    pub core_end: usize,
}

impl Zones {
    /// Whether line `i` is in the head zone.
    pub fn in_head(&self, i: usize) -> bool {
        i < self.core_start
    }
    /// Whether line `i` is in the tail zone.
    pub fn in_tail(&self, i: usize) -> bool {
        i > self.core_end
    }
}

/// What the classifier knows of one line.
pub struct LineView<'a> {
    /// The trimmed text ("" for a blank line).
    pub text: &'a str,
    /// Its features.
    pub feat: Features,
    /// The marker that opens it, if any.
    pub marker: Option<Marker>,
    /// Whether it is a Markdown ATX heading.
    pub atx: bool,
    /// The clutter pattern the line matches, if any (see [`line_pattern`]).
    pub hit: Option<&'static patterns::Rule>,
    /// Facts about the text that later passes ask of every line, settled while the line is in cache.
    pub shape: Shape,
}

/// Facts about a line's text that passes over the whole document ask of every line: computed once,
/// in the pass that reads the line, so that those passes do not walk the text of every line again
/// (on a 100 MB file each such walk costs a cache miss per line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// Only a date ([`super::headings::is_date_line`]).
    pub date_line: bool,
    /// A Markdown code fence (```` ``` ```` or `~~~`).
    pub fence: bool,
    /// Wrapped in brackets: starts with （ or ( and ends with ） or ).
    pub wrapped: bool,
    /// Ends with 印发 (an imprint line).
    pub printed: bool,
    /// Widget residue ([`patterns::is_residue`]).
    pub residue: bool,
    /// The word 目录 (目次, 目錄) alone, letter-spaced or not, bare or as a Markdown heading
    /// (`### 目录`, `**目录**`).
    pub toc_label: bool,
    /// A 目录 entry by its dot leader and page number (`第一章 总则……………1`,
    /// [`crate::lines::dot_leader`] of three dots or more).
    pub toc_entry: bool,
    /// The word 附件 alone (an attachment label).
    pub attachment_label: bool,
    /// The line ends with a Markdown hard break (two or more spaces before the line end): the writer
    /// broke the line on purpose, as verse and short lines of an article are written.
    pub hard_break: bool,
    /// A page number or a bare number: page furniture, maybe ([`crate::furniture::mark`]).
    pub page: Option<crate::furniture::Mark>,
    /// A signatory: a role and a name ([`is_signatory`]).
    pub signatory: bool,
}

impl Shape {
    /// The shape of a line's trimmed text.
    pub fn of(t: &str) -> Shape {
        Shape {
            date_line: super::headings::is_date_line(t),
            // (First-byte tests before the comparisons: every line is asked.)
            fence: matches!(t.as_bytes().first(), Some(b'`' | b'~')) && (t.starts_with("```") || t.starts_with("~~~")),
            wrapped: t.starts_with(['（', '(']) && t.ends_with(['）', ')']),
            printed: t.as_bytes().last() == Some(&0x91) && t.ends_with("印发"),
            residue: patterns::is_residue(t),
            page: crate::furniture::mark(t),
            toc_label: super::title::is_word(bare_label(t), crate::lines::TOC_LABELS),
            toc_entry: crate::lines::dot_leader(t) >= 3,
            attachment_label: super::title::is_word(t.trim_end_matches(['：', ':']), &["附件", "附录", "附錄"]),
            hard_break: false,
            signatory: is_signatory(t),
        }
    }
}

impl LineView<'_> {
    fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// A short line without its Markdown heading marks and bold (`### 目录` → `目录`).
fn bare_label(t: &str) -> &str {
    let t = t.trim_start_matches('#').trim_start();
    t.strip_prefix("**").and_then(|x| x.strip_suffix("**")).unwrap_or(t).trim()
}

/// Whether a marker is strong evidence of the article's own structure.
fn strong_marker(m: &Marker) -> bool {
    matches!(
        m.style,
        Style::Unit(_)
            | Style::Di
            | Style::Chinese
            | Style::ChineseUpper
            | Style::ChineseParen
            | Style::Arabic
            | Style::ArabicParen
            | Style::Dotted(2..)
    )
}

/// Whether a line is body evidence: dense text or a strong heading, and no clutter pattern.
fn is_dense(v: &LineView<'_>) -> bool {
    if v.is_blank() || v.feat.tabs > 0 && patterns::find(v.text).is_some() {
        return false;
    }
    let heading = v.atx || v.marker.as_ref().is_some_and(strong_marker);
    let hit = v.hit;
    match hit {
        Some(r) if r.strength == Strength::Certain && !v.feat.is_dense() => false,
        Some(r) if r.strength == Strength::Strong && !(heading || v.feat.is_sentence()) => false,
        Some(r) if r.strength == Strength::Edge && !heading => false,
        Some(r) if matches!(r.kind, BoilerplateKind::Counter | BoilerplateKind::Markup | BoilerplateKind::Share) => {
            false
        }
        _ => (v.feat.is_dense() || heading) && !v.feat.ellipsis && !v.shape.residue,
    }
}

/// The pattern a line matches (a word pattern, or a metadata line by its shape). Long paragraphs of
/// running text are not matched: no template is a hundred characters of punctuated prose.
pub fn line_pattern(text: &str, feat: &Features) -> Option<&'static patterns::Rule> {
    if let Some(r) = patterns::find_markup_line(text) {
        return Some(r);
    }
    if text.len() > 600 {
        return None;
    }
    // A table row set in columns of spaces, with no label in it (`V1.0      2022-11-08      初稿发布`),
    // is the document's table, whatever its cells hold.
    if wide_gaps(text) >= 3 && !text.contains(['：', ':']) && !text.contains('\t') {
        return None;
    }
    // Templates are matched on the text without its inline Markdown (`**\-END-**`, `[来源：…](…)`),
    // and a line is measured without it too (a link's address is not prose).
    let plain = patterns::plain(text);
    let plain_feat;
    let feat = if plain.len() < text.len() {
        plain_feat = Features::of(&plain);
        &plain_feat
    } else {
        feat
    };
    if feat.is_dense() && feat.weight() > 100 {
        return None;
    }
    patterns::find(&plain).or_else(|| patterns::find_structural_counted(&plain, feat.chars as usize, feat.punct > 0))
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
        .expect("date regex")
});
static DOC_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*[\u{4E00}-\u{9FFF}\d]{0,12}?\d+\s*号|第\s*\d+\s*号$")
        .expect("doc_no regex")
});

/// Whether `t` holds a document or case number (`国发〔2019〕5号`, `（2021）京0105民初12345号`).
pub fn has_doc_no(t: &str) -> bool {
    DOC_NO.is_match(t)
}

/// Whether a line is a 发文字号 alone (`青政办纪〔2024〕7号`, `〔2023〕5号`).
/// A header table's row that holds one (`文号　汐政办规〔2024〕9号　有效性　有效`) is not.
pub fn is_doc_no_line(t: &str) -> bool {
    t.chars().nth(30).is_none()
        && !t.contains(['\t', '：', ':', ' ', '\u{3000}'])
        && DOC_NO.find(t).is_some_and(|m| m.end() == t.len())
}

/// The head of a 令 (an order promulgating a regulation): an issuing body, then 令 (`中华人民共和国主席令`,
/// `国务院令`, `澄州市人民政府令`, `交通运输部令`). Counter-examples: `口令`, `命令`, `指令` (no issuer).
static DECREE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\u{4E00}-\u{9FFF}]{0,20}(人民政府|主席|国务院|部|总局|局|委员会|银行|署|办公厅)令$")
        .expect("decree head regex")
});

/// A bulletin's or minutes' issue number on a line of its own: `〔2025〕7期`, `〔2024〕第9期`, `第8期`.
static ISSUE_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?|第)\s*\d{1,4}\s*期$").expect("issue number regex")
});

/// Whether `t` mentions a date (2019年1月, 10月27日, 二〇〇五年, 2019-01-24).
pub fn has_date(t: &str) -> bool {
    DATE.is_match(t)
}

/// Whether a line is the document's own text by stricter evidence than [`is_document_like`]: dense
/// text, a heading, a date, a 发文字号, a salutation or recipients line, a bracketed note. A slogan with
/// commas (读一点书，写一点字) is not.
pub fn is_document_text(v: &LineView<'_>) -> bool {
    v.feat.is_dense()
        || (is_document_like(v)
            && !(v.feat.is_sentence()
                && !v.feat.full_stop
                && v.marker.is_none()
                && !v.atx
                && !has_date(v.text)
                && !v.feat.colon_end))
}

/// Whether a line is the document's own text even when short: a date or dateline, a 发文字号, a
/// salutation or recipients line, a parenthesised note, an attachment label, a numbered heading or a
/// sentence, a signatory (`审　判　长　　刘某某`), a slot of an agenda (`9:00—9:20　…`).
pub fn is_document_like(v: &LineView<'_>) -> bool {
    let t = v.text;
    if v.feat.is_sentence() || v.marker.as_ref().is_some_and(strong_marker) || v.atx {
        return true;
    }
    if DATE.is_match(t) || DOC_NO.is_match(t) {
        return true;
    }
    // A court or a procuratorate on a line of its own (above its instrument's kind), and a paper's
    // classification row (`中图分类号：TP391.1　文献标志码：A`).
    if t.chars().count() <= 30 && (t.ends_with("人民法院") || t.ends_with("人民检察院")) || t.starts_with("中图分类号")
    {
        return true;
    }
    // The head of a 令 that promulgates the document below it (`中华人民共和国国务院令` / `第706号`,
    // `澄州市人民政府令` / `第47号`): the 令's own text, as its number and its signatory are.
    if DECREE_HEAD.is_match(t) {
        return true;
    }
    // The issue number of a 纪要 or a 简报 under its masthead (`〔2024〕第9期`, `第8期`): its 发文字号 (the
    // gold of four writers' bulletins and minutes keeps it).
    if ISSUE_NO.is_match(t) {
        return true;
    }
    // A listed company's announcement number row (`证券代码：600000　证券简称：…　公告编号：2023-018`): its
    // 发文字号.
    if t.contains("公告编号") || t.starts_with("证券代码") {
        return true;
    }
    // A contract's or a procurement's own number above its title (`合同编号：LJSZ-JF-2024-0318`,
    // `项目编号：SLZFCG-2024-0318`): the gold of four tenders and a contract keeps it. (Not a site's
    // record number, `留言编号：22874591`.)
    if t.starts_with("合同编号") || t.starts_with("协议编号") || t.starts_with("项目编号") {
        return true;
    }
    // A salutation or the recipients of a notice (`同志们：`, `各单位：`, `各区、县人民政府：`).
    if v.feat.colon_end
        && (t.contains('、') || t.contains('，') || t.ends_with("们：") || t.ends_with("志：") || t.starts_with('各'))
    {
        return true;
    }
    if (t.starts_with('（') && t.ends_with('）')) || (t.starts_with('(') && t.ends_with(')')) {
        return !patterns::is_residue(t);
    }
    // A table row (Markdown pipes, or TAB-separated cells that no template names), and a photo
    // caption signed by its photographer (`…合影留念。人民网 李龙摄`).
    if t.starts_with('|') && t.ends_with('|') && t.matches('|').count() >= 3 || v.feat.tabs > 0 && v.hit.is_none() {
        return true;
    }
    if t.ends_with('摄') && v.feat.cjk >= 8 {
        return true;
    }
    // A line the writer broke with a Markdown hard break (verse, the closing lines of a report).
    if v.shape.hard_break && v.feat.cjk >= 4 && v.hit.is_none() {
        return true;
    }
    if v.shape.signatory
        || t.starts_with(|c: char| c.is_ascii_digit()) && TIME_SLOT.is_match(t)
        || super::title::is_instrument(t)
    {
        return true;
    }
    // A reference of a bibliography (`[1]　GB/T 19012—2019　质量管理…`, `［2］王某．…`), a row of a table
    // set in columns of spaces (`版本号      修订日期      修订内容`), the brackets of a code block
    // alone on their lines (`{`, `  ]`).
    if REFERENCE.is_match(t)
        || wide_gaps(t) >= 3
        || !t.is_empty() && t.chars().all(|c| "{}[]();,".contains(c) || c == ' ')
    {
        return true;
    }
    if super::title::is_word(t, &["参考文献", "参考资料", "致谢", "后记", "附录", "前言", "引言"]) {
        return true;
    }
    t.starts_with("附件") || t.starts_with("此件")
}

/// The lines of closed Markdown code blocks, their fences included (an opening fence with no
/// closing one opens nothing: a stray ```` ``` ```` does not make the rest of a page code).
pub fn code_lines(views: &[LineView<'_>]) -> Vec<bool> {
    let mut out = vec![false; views.len()];
    let mut open: Option<usize> = None;
    for (i, v) in views.iter().enumerate() {
        if v.shape.fence {
            match open.take() {
                Some(start) => out[start..=i].fill(true),
                None => open = Some(i),
            }
        }
    }
    out
}

/// A reference of a bibliography: a bracketed number and its entry.
static REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\[［]\d{1,3}[\]］][\s\u{3000}]*\S").expect("reference regex"));

/// The gaps of three spaces or more (or a TAB) between the cells of a line (`版本号      修订日期`).
pub fn wide_gaps(t: &str) -> usize {
    // (A gap needs three ASCII spaces in a row, a U+3000 or a TAB: most lines hold none, found by
    // memchr-backed searches before any character is decoded.)
    if !t.contains("   ") && !t.contains('\t') && !t.contains('\u{3000}') {
        return 0;
    }
    let mut gaps = 0;
    let mut run = 0;
    for c in t.chars() {
        if c == ' ' || c == '\u{3000}' {
            run += 1;
        } else {
            if run >= 3 || c == '\t' {
                gaps += 1;
            }
            run = 0;
        }
    }
    gaps
}

/// Whether a line is a signatory of a judgment or of minutes ([`SIGNATORY`]).
pub fn is_signatory(t: &str) -> bool {
    t.starts_with(['审', '代', '人', '陪', '法', '书', '执', '主', '记']) && SIGNATORY.is_match(t)
}

/// A signatory of a judgment or of minutes, letter-spaced or not (`审　判　长　　刘某某`,
/// `法 官 助 理　　何某某`, `书记员　赵某`, `主持人：市政府副秘书长　刘志强`): a role and a name.
static SIGNATORY: LazyLock<Regex> = LazyLock::new(|| {
    let role =
        ["审判长", "代理审判员", "审判员", "人民陪审员", "陪审员", "法官助理", "书记员", "执行员", "主持人", "记录人"]
            .map(|r| r.chars().map(|c| c.to_string()).collect::<Vec<_>>().join(r"[ \u{3000}]*"))
            .join("|");
    Regex::new(&format!(
        r"^(?:{role})[ \u{{3000}}：:]+[\u{{4E00}}-\u{{9FFF}}][\u{{4E00}}-\u{{9FFF}} \u{{3000}}·]{{0,20}}$"
    ))
    .expect("signatory regex")
});

/// A slot of a schedule or agenda (`9:00—9:20　市应急管理局通报…`, `14:30-15:00 分组讨论`).
static TIME_SLOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}[:：]\d{2}\s*[—\-－~～至到]+\s*\d{1,2}[:：]\d{2}").expect("time slot regex"));

/// Whether a line breaks a run of short link-like lines: document text other than a short sentence
/// (a link text may end with ！ or ？ too).
fn is_run_breaker(v: &LineView<'_>) -> bool {
    if v.feat.is_dense() || v.marker.is_some() || v.atx {
        return true;
    }
    let squashed: String = v.text.chars().filter(|c| !c.is_whitespace()).collect();
    if crate::lines::TOC_LABELS.contains(&squashed.as_str()) {
        return true;
    }
    // A front-matter label (`写在前面`, `导读`, `编者按`, `重要提示`) opens the document's own text: the
    // gold of the corpus and the eval sets has 19 such lines, every one a heading.
    if super::title::FRONT_MATTER.contains(&squashed.trim_end_matches(['：', ':'])) {
        return true;
    }
    // A label：value line (地点：…, 主持人：…) or a row of three fields set apart by wide spaces
    // (单位　职务　姓名) is the document's own list, not a link.
    let fields = v.text.split(['\u{3000}', ' ']).filter(|f| !f.is_empty()).count();
    if v.text.contains(['：', ':']) || fields >= 3 && !v.text.contains(['|', '｜']) {
        return true;
    }
    // A word set wide (`前　　言`, `目　　次`) is a label or a heading, not a link.
    if patterns::is_letter_spaced(v.text) {
        return true;
    }
    // A section label in 【】 (`【药品名称】`, `【用法用量】`) opens a part of the document: a leaflet
    // or a bulletin titles its parts so.
    if v.text.starts_with('【')
        && crate::markers::bracket_label(v.text).is_some_and(|l| {
            let n = l.chars().count();
            (2..=8).contains(&n) && l.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        })
    {
        return true;
    }
    // (A whole sentence of twenty characters or more, `请仔细阅读说明书并按说明使用…。`, is no link.)
    let short_sentence = v.feat.is_sentence() && v.marker.is_none() && !v.atx;
    !short_sentence && is_document_like(v) || v.feat.full_stop && v.feat.chars >= 20
}

/// Line flags of the first pass: dense body text (not in a related block).
const DENSE: u8 = 1;
/// Line flag: not blank.
const NONBLANK: u8 = 2;
/// Line flag: opens with a strong marker that carries a number.
const NUMBERED: u8 = 4;
/// Line flag: not dense, and matches a rule that closes an article.
const CLOSER: u8 = 8;

/// Pass 1: zones, patterns, residue and teasers. Returns one entry per line (`None` = kept), the
/// zones, and the line flags that [`second_pass`] reads.
pub fn first_pass(views: &[LineView<'_>]) -> (Vec<Option<Boiler>>, Zones, Vec<u8>) {
    let n = views.len();
    let related = related_blocks(views);
    // What the zone passes ask of every line, in one byte per line: they then walk these bytes, not
    // the views.
    let flags: Vec<u8> = crate::par::map(n, |i| {
        let v = &views[i];
        let mut f = 0;
        if !related[i] && is_dense(v) {
            f |= DENSE;
        }
        if !v.is_blank() {
            f |= NONBLANK;
        }
        if v.marker.is_some_and(|m| strong_marker(&m) && m.ordinal.is_some()) {
            f |= NUMBERED;
        }
        if !v.feat.is_dense() && v.hit.is_some_and(|r| r.ends_article) {
            f |= CLOSER;
        }
        f
    });
    let dense = |i: usize| flags[i] & DENSE != 0;
    let mut zones = match (flags.iter().position(|f| f & DENSE != 0), flags.iter().rposition(|f| f & DENSE != 0)) {
        (Some(s), Some(e)) => Zones { core_start: s, core_end: e },
        _ => Zones { core_start: 0, core_end: n.saturating_sub(1) },
    };
    if let Some(end) = end_of_article(views, &flags, zones) {
        // The body ends before the first line that closes the article (上一篇, 相关阅读, comments,
        // copyright …) when nothing after it continues the article.
        zones.core_end = (zones.core_start..end).rev().find(|&i| dense(i)).unwrap_or(zones.core_start);
    }
    // Each line's verdict depends on its view, its neighbours and the zones alone.
    let code = code_lines(views);
    let figures = figure_runs(views);
    let out = crate::par::map(n, |i| {
        let v = &views[i];
        if v.is_blank() || code[i] {
            return None;
        }
        if related[i] {
            // A line of the block that names its own kind (a share widget, an ad, a counter) says so.
            return Some(match v.hit {
                Some(r) if !r.is_related_header() => {
                    Boiler { kind: r.kind, reason: r.reason(patterns::Context::RelatedBlock).into() }
                }
                _ if v.shape.residue => {
                    Boiler { kind: BoilerplateKind::Residue, reason: "residue in a related-articles block".into() }
                }
                _ => Boiler {
                    kind: BoilerplateKind::Related,
                    reason: "a link-like line under a related-articles header".into(),
                },
            });
        }
        let in_core = !zones.in_head(i) && !zones.in_tail(i);
        let hit = v.hit;
        let protected = v.feat.is_sentence() || v.atx || v.marker.as_ref().is_some_and(strong_marker);
        match hit {
            // An edge pattern (来源, a phone number, a domain) does not remove a full sentence: a manual
            // ends with its service hotline.
            Some(r) if !(in_core || r.strength == Strength::Edge && v.feat.is_sentence() && v.feat.full_stop) => {
                Some(Boiler { kind: r.kind, reason: r.reason(patterns::Context::OutsideCore).into() })
            }
            // A line of pictures is never prose, however its addresses count (`![…](…?a=1&b=2)`).
            // A sentence of the body that names a share widget is the author's (`…然后用新手机微信的“扫一扫”扫描
            // 旧手机上的二维码。` in a how-to).
            Some(r)
                if r.strength == Strength::Certain
                    && (r.is_markup_image()
                        || !(v.feat.is_dense()
                            && (v.feat.chars > 60
                                || r.id == "share_widget" && v.feat.full_stop && v.feat.chars > 30))) =>
            {
                Some(Boiler { kind: r.kind, reason: r.reason(patterns::Context::Alone).into() })
            }
            Some(r)
                if r.strength == Strength::Strong
                    && (!protected
                        || matches!(r.kind, BoilerplateKind::Markup | BoilerplateKind::Counter)
                            && !v.feat.is_dense()) =>
            {
                Some(Boiler { kind: r.kind, reason: r.reason(patterns::Context::NotRunningText).into() })
            }
            _ if v.shape.residue && v.marker.is_none() && !(in_core && figures[i]) => Some(Boiler {
                kind: BoilerplateKind::Residue,
                reason: "residue: a bare number, timestamp or symbols".into(),
            }),
            // (An ellipsis alone on its line is the author's omission mark, not a teaser.)
            _ if v.feat.ellipsis && v.feat.cjk > 0 && (!in_core && !v.feat.is_dense() || is_teaser(views, i)) => {
                Some(Boiler { kind: BoilerplateKind::Teaser, reason: "truncated teaser ending in an ellipsis".into() })
            }
            _ => None,
        }
    });
    (out, zones, flags)
}

/// The first line after the body start that closes the article — previous/next links, a related
/// list, a comment section, a share bar, copyright, `-END-` — when what follows does not continue the
/// article: no heading continues an open numbering, and running text is not the bulk of it.
fn end_of_article(views: &[LineView<'_>], flags: &[u8], zones: Zones) -> Option<usize> {
    let n = views.len();
    // Occurrences of each strong marker family (line, ordinal), with suffix maxima, so that "does
    // the numbering open before line i go on after it" costs a binary search: linear overall.
    let mut occ: std::collections::HashMap<Style, Vec<(usize, u32)>> = Default::default();
    for i in (zones.core_start..n).filter(|&i| flags[i] & NUMBERED != 0) {
        if let Some((m, o)) = views[i].marker.and_then(|m| m.ordinal.map(|o| (m, o))) {
            occ.entry(m.style).or_default().push((i, o));
        }
    }
    let suffix_max: std::collections::HashMap<Style, Vec<u32>> = occ
        .iter()
        .map(|(s, list)| {
            let mut mx = vec![0; list.len()];
            let mut cur = 0;
            for k in (0..list.len()).rev() {
                cur = cur.max(list[k].1);
                mx[k] = cur;
            }
            (*s, mx)
        })
        .collect();
    let continues = |i: usize| {
        occ.iter().any(|(s, list)| {
            let k = list.partition_point(|&(at, _)| at < i);
            k > 0 && k < list.len() && suffix_max[s][k] > list[k - 1].1
        })
    };
    // The article's lines after each line — dense text, and the structure a post or a manual is
    // written in: Markdown headings, numbered parts, code blocks with their fences, pipe tables (a
    // how-to is mostly code) — and the non-blank lines after it.
    // (u32: a line count; half the memory of usize on a file of millions of lines.)
    let in_code = code_lines(views);
    let article = |i: usize| {
        let v = &views[i];
        flags[i] & (DENSE | NUMBERED) != 0
            || flags[i] & NONBLANK != 0 && (in_code[i] || v.atx || v.text.starts_with('|') && v.text.ends_with('|'))
    };
    let mut dense_after = vec![0u32; n + 1];
    let mut nonblank_after = vec![0u32; n + 1];
    for i in (0..n).rev() {
        dense_after[i] = dense_after[i + 1] + u32::from(article(i));
        nonblank_after[i] = nonblank_after[i + 1] + u32::from(flags[i] & NONBLANK != 0);
    }
    // (The article's lines before it: a closer under a question and above its answers — a Q&A page's
    // `分享` / `写回答` bar — has more of the article after it than before.)
    let article_before = |i: usize| dense_after[zones.core_start] - dense_after[i];
    // A bar the page repeats under every answer or floor (`有帮助(36)　追问　举报`, `回复时间：…`):
    // once the article has run past one, the same bar again, with running text in the dozen lines
    // after it, closes one item of the article, not the article. (The dozen lines: a bar spread over
    // lines — 赞同 1.2 万 / 832 条评论 / 分享 / 收藏 / 喜欢 — and the next answer's author lines stand
    // between it and the next answer's text. Running text that a closing rule matches, a 免责声明
    // sentence, is no more of the article. A bounded window each: linear overall.)
    let closers: Vec<usize> = (zones.core_start + 1..n).filter(|&i| flags[i] & CLOSER != 0).collect();
    // (Whether each closer's rule closed a line before it: one pass.)
    let mut ids = std::collections::HashSet::new();
    let seen: Vec<bool> = closers.iter().map(|&j| !ids.insert(views[j].hit.map(|r| r.id))).collect();
    let between_items = |i: usize| {
        let at = closers.partition_point(|&j| j < i);
        seen.get(at).copied().unwrap_or(false)
            && (i + 1..n.min(i + 40))
                .filter(|&j| flags[j] & NONBLANK != 0)
                .take(12)
                .any(|j| article(j) && !views[j].hit.is_some_and(|r| r.ends_article))
    };
    (zones.core_start + 1..n).find(|&i| {
        flags[i] & CLOSER != 0
            && !continues(i)
            && !between_items(i)
            && (dense_after[i + 1] * 2 < nonblank_after[i + 1].max(1) || dense_after[i + 1] <= 2)
            && (dense_after[i + 1] <= article_before(i) || dense_after[i + 1] <= 2)
    })
}

/// The lines of related-article blocks: the link-like lines (no sentence end, not too long, no
/// heading marker) right under a header such as 相关阅读, 精选图文, 热门推荐.
fn related_blocks(views: &[LineView<'_>]) -> Vec<bool> {
    let mut out = vec![false; views.len()];
    let mut i = 0;
    while i < views.len() {
        let header = views[i].hit.is_some_and(patterns::Rule::is_related_header);
        i += 1;
        if !header {
            continue;
        }
        while i < views.len() {
            let v = &views[i];
            if v.is_blank() {
                i += 1;
                continue;
            }
            // A breadcrumb (`当前位置：首页 > 新闻联播 > 正文`) opens the page's content: the list
            // above it was a sidebar, and what follows is the article's title, not another link.
            if v.hit.is_some_and(|r| r.id == "nav_breadcrumb") {
                break;
            }
            let link_like = !v.feat.full_stop
                && v.feat.weight() <= 60
                && v.marker.as_ref().is_none_or(|m| !strong_marker(m))
                && !v.atx;
            if !link_like {
                break;
            }
            out[i] = true;
            i += 1;
        }
    }
    out
}

/// Lines of a table written one cell per line whose cells are figures (`1` / `0` / `0` / `1` …, a
/// converter's output of a statistics table): four bare figures or more on consecutive lines. A
/// widget's counter (`0` / `有用+1` / `0`) stands alone between words.
fn figure_runs(views: &[LineView<'_>]) -> Vec<bool> {
    let figure = |v: &LineView<'_>| {
        let t = v.text.trim();
        !t.is_empty()
            && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-'))
            && t.chars().any(|c| c.is_ascii_digit())
    };
    let mut out = vec![false; views.len()];
    let mut i = 0;
    while i < views.len() {
        if !figure(&views[i]) {
            i += 1;
            continue;
        }
        let j = (i..views.len()).find(|&j| !figure(&views[j])).unwrap_or(views.len());
        if j - i >= 4 {
            out[i..j].fill(true);
        }
        i = j;
    }
    out
}

/// A line that ends in an ellipsis and repeats the start of a nearby line, or stands among short
/// title-like lines (a related list with excerpts).
fn is_teaser(views: &[LineView<'_>], i: usize) -> bool {
    let stem = views[i].text.trim_end_matches(['…', '.']);
    let stem: String = stem.chars().take(20).collect();
    if stem.chars().count() < 8 {
        return false;
    }
    let near = i.saturating_sub(3)..views.len().min(i + 4);
    near.filter(|&j| j != i).any(|j| views[j].text.starts_with(stem.as_str()))
}

/// A heading that opens a document's contact section: `六、联系方式`, `七、咨询电话`, `3. 项目联系方式`.
fn is_contact_heading(v: &LineView<'_>) -> bool {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:项目)?(?:联系(?:方式|人|电话|办法|地址)|咨询(?:电话|方式)|联系人和联系方式)[：:]?$")
            .expect("contact heading regex")
    });
    v.marker.is_some_and(|m| HEAD.is_match(v.text.get(m.body..).unwrap_or("").trim()))
}

/// A line of a contact section: a phone number, an address, a post code, a contact person.
static CONTACT_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{3,4}-?\d{7,8}|1[3-9]\d{9}|地\s*址|邮\s*编|联系人|老师|电\s*话|传\s*真|邮\s*箱|[A-Za-z0-9._-]+@")
        .expect("contact entry regex")
});

/// What only a site's footer holds.
static SITE_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"ICP|备案|网站标识码|版权所有|Copyright|©|主办单位|承办单位|主\s*办[：:]|承\s*办[：:]")
        .expect("site footer regex")
});

/// Pass 2: context. `keep[i]` marks lines already known to be the document's (title lines);
/// `flags` are [`first_pass`]'s.
pub fn second_pass(views: &[LineView<'_>], flags: &[u8], out: &mut [Option<Boiler>], zones: Zones, keep: &[bool]) {
    let n = views.len();
    let blank = |i: usize| flags[i] & NONBLANK == 0;
    // Head zone: runs of short lines that are neither kept nor document text. Lines already known to
    // be clutter (a breadcrumb, a `|` separator) belong to the run they stand in.
    let breaks = |k: usize, out: &[Option<Boiler>]| keep[k] || out[k].is_none() && is_run_breaker(&views[k]);
    let mut i = 0;
    while i < zones.core_start.min(n) {
        // (The entries under a table of contents' label, `本期要目` / `全区中小学春季开学…` / …, are the
        // document's own list, to the first blank line or the first line with no words, a page's
        // number or code: `I`, `GB/T 12345—2020`.)
        if views[i].shape.toc_label {
            i += 1;
            while i < n && !blank(i) && views[i].feat.cjk >= 2 {
                i += 1;
            }
            continue;
        }
        if blank(i) || breaks(i, out) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i + 1;
        while j < zones.core_start.min(n) {
            if blank(j) {
                j += 1;
                continue;
            }
            if breaks(j, out) {
                break;
            }
            run.push(j);
            j += 1;
        }
        let mean = run.iter().map(|&k| views[k].feat.chars as usize).sum::<usize>() as f64 / run.len() as f64;
        let open: Vec<usize> = run.iter().copied().filter(|&k| out[k].is_none()).collect();
        if run.len() >= 3 && mean < 16.0 {
            let reason: crate::model::Reason =
                format!("a run of {} short link-like lines before the body (mean {:.0} characters)", run.len(), mean)
                    .into();
            for &k in &open {
                out[k] = Some(Boiler { kind: BoilerplateKind::Navigation, reason: reason.clone() });
            }
        }
        i = j;
    }
    // Tail zone: after the first clutter line everything is clutter; short runs are link lists.
    // (The body's last dense line may itself be clutter, a copyright notice in a sentence: `本文著作权
    // 归作者所有，商业转载请联系作者获得授权…。`; the tail then starts in clutter.)
    let mut clutter: Option<BoilerplateKind> =
        out.get(zones.core_end).and_then(|b| b.as_ref()).map(|b| tail_kind(b.kind));
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut [Option<Boiler>]| {
        if run.len() >= 3 {
            let mean = run.iter().map(|&k| views[k].feat.chars as usize).sum::<usize>() as f64 / run.len() as f64;
            let reason: crate::model::Reason = format!("a run of {} short lines after the body", run.len()).into();
            for &k in run.iter() {
                out[k] = Some(Boiler {
                    kind: if mean >= 8.0 { BoilerplateKind::Related } else { BoilerplateKind::Navigation },
                    reason: reason.clone(),
                });
            }
        }
        run.clear();
    };
    // Lines removed by an edge pattern alone (a contact line, a domain) wait for evidence: clutter after
    // them confirms them; the document's own text after them (a sign-off) takes them back.
    let mut pending: Vec<usize> = Vec::new();
    // The document's own contact section (`六、联系方式`, `七、咨询电话`, `3. 项目联系方式`): its lines of
    // offices, names, phones and addresses are the document's, however much they look like a footer —
    // the gold of two tender notices, an annual report, a hospital guide and an application guide keeps
    // them. A site's footer after it (ICP, 网站标识码, 主办) is not taken in.
    let mut in_contact = (zones.core_start.min(n)..(zones.core_end + 1).min(n))
        .rev()
        .take(64)
        .find(|&j| views[j].marker.is_some())
        .is_some_and(|j| is_contact_heading(&views[j]));
    // The lines right under a heading of the document's (no blank line between) are its section's, not
    // a link list: `五、解读机关及咨询方式` / `解读机关：…` / `解读人：…` / `咨询电话：…`.
    // (The body core may end on the heading itself.)
    let opens_section = |v: &LineView<'_>| !v.feat.is_dense() && v.marker.as_ref().is_some_and(strong_marker);
    let mut under_heading = views.get(zones.core_end).is_some_and(opens_section);
    for i in zones.core_end + 1..n {
        if blank(i) {
            under_heading = false;
            continue;
        }
        if keep[i] {
            continue;
        }
        let v = &views[i];
        if v.marker.is_some() {
            in_contact = is_contact_heading(v);
        }
        if in_contact
            && clutter.is_none()
            && out[i].as_ref().is_none_or(|b| matches!(b.kind, BoilerplateKind::Contact | BoilerplateKind::Copyright))
            && CONTACT_ENTRY.is_match(v.text)
            && !SITE_FOOTER.is_match(v.text)
        {
            out[i] = None;
            run.clear();
            for k in pending.drain(..) {
                out[k] = None;
            }
            continue;
        }
        let edge_only = clutter.is_none()
            && out[i].is_some()
            && v.hit.is_some_and(|r| r.strength == Strength::Edge)
            && !v.shape.residue;
        if edge_only {
            pending.push(i);
            continue;
        }
        // An image line is removed but says nothing of where the article ends: articles end with a
        // picture as often as pages do.
        if v.hit.is_some_and(|r| r.is_markup_image()) {
            continue;
        }
        // Nor does a page number: a converted text's page breaks run through its last pages (`5` /
        // `GB/T 12345—2020` / `参考文献` / `[1]…`). (Timestamps, `28 16:39`, are a list's.)
        if out[i].is_some() && v.shape.page.is_some() && v.hit.is_none() {
            continue;
        }
        if let Some(b) = &out[i] {
            pending.clear();
            clutter = Some(tail_kind(b.kind));
            flush(&mut run, out);
            continue;
        }
        if let Some(kind) = clutter {
            out[i] = Some(Boiler { kind, reason: "follows clutter in the tail zone".into() });
            continue;
        }
        // (A sentence, however short, ends with its full stop: `用户投诉应在24小时内响应。`; a link's
        // text does not.)
        if is_document_like(v) || is_signoff(views, i) || v.text.ends_with('。') {
            // Short lines followed by the document's own text are the document's (a list of prizes
            // before the dates they are announced), not a link list; so are contact lines.
            run.clear();
            for k in pending.drain(..) {
                out[k] = None;
            }
            under_heading = opens_section(v);
            continue;
        }
        if under_heading {
            continue;
        }
        run.push(i);
    }
    flush(&mut run, out);
    // Peel: a sentence with an advertiser's contact or a site address right before the tail's clutter
    // is the clutter's (a company blurb above 上一篇), not the article's last paragraph.
    let mut next_is_clutter = false;
    for i in (zones.core_start..n).rev() {
        if blank(i) || keep[i] {
            continue;
        }
        let v = &views[i];
        if out[i].is_some() {
            next_is_clutter = true;
            continue;
        }
        let edge = v.hit.filter(|r| {
            r.strength == Strength::Edge && matches!(r.kind, BoilerplateKind::Contact | BoilerplateKind::Banner)
        });
        match edge {
            Some(r) if next_is_clutter && i > zones.core_start => {
                out[i] = Some(Boiler { kind: r.kind, reason: r.reason(patterns::Context::BeforeTail).into() });
            }
            _ => break,
        }
    }
}

/// The kind of what follows a clutter line of kind `k` in the tail zone.
fn tail_kind(k: BoilerplateKind) -> BoilerplateKind {
    match k {
        BoilerplateKind::Related | BoilerplateKind::Navigation | BoilerplateKind::Comment => k,
        BoilerplateKind::Teaser => BoilerplateKind::Related,
        _ => BoilerplateKind::Navigation,
    }
}

/// Whether line `i` is the issuing body of a sign-off: a short line followed by a date line.
fn is_signoff(views: &[LineView<'_>], i: usize) -> bool {
    let next = views[i + 1..].iter().find(|v| !v.is_blank());
    views[i].feat.chars <= 30 && next.is_some_and(|v| v.feat.chars <= 20 && DATE.is_match(v.text))
}
