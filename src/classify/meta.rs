//! Metadata: author, publication date, word count, reading time, views, source, editor, site, and the
//! fields of a gov.cn header (索引号, 发文机关, 发文字号, 成文日期, 主题分类) — parsed from banners,
//! labelled lines and the title block, never copied from a fixture.
//!
//! Only lines outside the body core are read (boilerplate, the page header and footer, the title
//! block), so that a 时间： inside the article is not taken for the page's date.

use super::title::{is_person_name, TitleInfo};
use crate::markers::numeral::{cn_digit, cn_value};
use crate::model::Meta;
use regex::{Captures, Regex};
use std::sync::LazyLock;

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new($pat).expect(stringify!($name)));
    };
}

re!(DATE_TIME, r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2}))?");
re!(
    CN_DATE,
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
);
re!(
    PUBLISHED,
    r"(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|编辑于|更新于|写于|更新时间|更新日期|时间|日期)\s*[：:]?\s*(\d{4}\s*[年\-/.])"
);
re!(
    WORDS,
    r"共计\s*(\d+)\s*个?字|全文共?\s*(\d+)\s*个?字|(\d+)\s*字\s*(?:阅读|数)|字数\s*[：:]?\s*(\d+)|约\s*(\d+)\s*字"
);
re!(
    READING,
    r"预计阅读(?:时长|时间)?\s*[：:]?\s*(\d+)\s*分钟|阅读(?:时长|时间)?\s*[：:]?\s*(\d+)\s*分|(\d+)\s*分钟(?:读完|阅读)|读完(?:约需|需要|约|需)?\s*(\d+)\s*分钟|阅读(?:需要|约需|需|约)\s*(\d+)\s*分钟"
);
re!(
    VIEWS,
    r"(\d[\d,]*(?:\.\d+)?)\s*([kKwW万千])?\s*(?:次浏览|浏览|次阅读|人阅读|阅读量|阅读|人看过|次播放|次点击|人围观)|(?:被浏览|浏览|阅读|点击|访问|人气|围观|播放)(?:量|数|次数|次)?\s*[：:]?\s*(\d[\d,]*(?:\.\d+)?)\s*([kKwW万千])?"
);
re!(
    LABELLED_AUTHOR,
    r"(?:作者|撰文|撰稿|投稿人|投稿|发布人|发布者|供稿人|笔者)\s*[：:|｜]\s*([\p{Han}A-Za-z·_]{2,20})"
);
re!(
    VIEWS_LABELLED,
    r"(?:浏览|阅读|点击|访问|人气|围观|播放)(?:量|数|次数|次)?\s*[：:]\s*(\d[\d,]*(?:\.\d+)?)\s*([kKwW万千])?"
);
re!(
    PROFILE_LINK,
    r"^\[([^\]\[!]{2,24})\]\(https?://[^)\s]*/(?:people|org|u|author|user|users|member|space|home)/[^)\s]+\)$"
);
re!(RFC2822, r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s+([01]\d|2[0-3]):([0-5]\d))?");
re!(AUTHOR, r"(?:作者|文\s*[／/]|撰文|撰稿|记者)\s*[：:]?\s*([\p{Han}A-Za-z·]{2,20})");
re!(
    BYLINE,
    r"^([^\s：:]{1,20})\s+(?:(?:分享|发布于|发表于|发布|发表)(?:\s|$)|于\s*\d{4}[-/.年][^，。]{0,24}(?:发布|发表|修改)$)"
);
re!(SOURCE, r"(?:来源|文章来源|稿源|信息来源)\s*[：:]\s*([^\s|｜　]{2,30})");
re!(EDITOR, r"责任编辑\s*[：:]?\s*([\p{Han}A-Za-z·]{2,20})");
re!(DOMAIN, r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov\.cn|edu\.cn|com\.cn|top|xyz|cc|info))\b");
re!(
    COPYRIGHT_SITE,
    r"(?:版权所有\s*[：:]?|©|\([cC]\)|Copyright)\s*(?:©|\(c\)|Copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^\s　|｜,，。©]{2,30})"
);
re!(
    SITE_NAME,
    r"^([\p{Han}A-Za-z0-9]{2,12}?(?:网|站|社区|论坛|平台|之家|在线|日报|晚报|频道|门户|官网|百科|文库|博客))(?:$|[\s|｜>»›·\-—_])"
);
re!(DATE_ANY, r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}");

/// The first count of views in a line, past what only looks like one: the minutes of a time before
/// 浏览 (`10:21　浏览 3521`: read on after them) and a reading time (`预计阅读6分钟`, `阅读 3 分 20 秒`).
fn views_count(t: &str) -> Option<Captures<'_>> {
    let mut at = 0;
    while let Some(c) = VIEWS.captures_at(t, at) {
        match (c.get(1), c.get(3)) {
            (Some(n), _) if t[..n.start()].ends_with([':', '：']) => at = n.end(),
            (_, Some(n)) if t[n.end()..].trim_start().starts_with(['分', '秒']) => at = n.end(),
            _ => return Some(c),
        }
    }
    None
}

/// Normalises a date to `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time follows.
pub fn normalize_date(s: &str) -> Option<String> {
    if let Some(c) = DATE_TIME.captures(s) {
        return date_from(&c);
    }
    let c = CN_DATE.captures(s)?;
    let year: String = c[1].chars().map(|ch| char::from_digit(cn_digit(ch).unwrap_or(0), 10).unwrap_or('0')).collect();
    let month = cn_value(&c[2])?;
    let day = cn_value(&c[3])?;
    valid(year.parse().ok()?, month, day).then(|| format!("{year}-{month:02}-{day:02}"))
}

/// Whether `y-m-d` is a date of the calendar (`2025年2月30日` is not; `2024年2月29日` is), in the years
/// a document's dates fall in (1900–2100).
fn valid(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && calendar_date(y, m, d).is_ok()
}

fn calendar_date(y: u32, m: u32, d: u32) -> Result<jiff::civil::Date, jiff::Error> {
    let (y, m, d) = (y.min(9999) as i16, m.min(99) as i8, d.min(99) as i8);
    jiff::civil::Date::new(y, m, d)
}

/// The impossible dates among the lines dates are read from — the first 60 and the last 40 (bylines,
/// header tables, sign-offs, 印发 lines): a year 1900–2100 and a month 1–12 written with 年月日 or
/// `-`/`/`/`.`, and a day the month does not have (`2025年2月30日`, `2023-02-29`, `2024年4月31日`).
/// Each is no date; the caller says so in a diagnostic. Returns each one's span and why.
pub fn impossible_dates(text: &str, lines: &[crate::lines::Line]) -> Vec<(crate::Span, String)> {
    let n = lines.len();
    let mut out = Vec::new();
    for l in lines.iter().take(60).chain(lines.iter().skip(n.saturating_sub(40).max(60))) {
        let t = l.text(text);
        if !t.as_bytes().iter().any(u8::is_ascii_digit) {
            continue;
        }
        for c in DATE_TIME.captures_iter(t) {
            let num = |k: usize| c[k].parse::<u32>().ok();
            let (Some(y), Some(m), Some(d)) = (num(1), num(2), num(3)) else { continue };
            if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 || valid(y, m, d) {
                continue;
            }
            let whole = c.get(0).expect("the match");
            let days = calendar_date(y, m, 1).map_or(0, |first| first.days_in_month());
            let start = l.text_start + whole.start();
            // (A joined line's breaks before the date count too.)
            let line = l.number + text[l.start..start].matches('\n').count();
            out.push((
                crate::Span { start, end: l.text_start + whole.end(), line },
                format!("`{}` is not a date: {y}-{m:02} has {days} days; not read as a date", whole.as_str().trim()),
            ));
        }
    }
    out
}

fn date_from(c: &Captures<'_>) -> Option<String> {
    let y: u32 = c[1].parse().ok()?;
    let m: u32 = c[2].parse().ok()?;
    let d: u32 = c[3].parse().ok()?;
    if !valid(y, m, d) {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    if let (Some(h), Some(mi)) = (c.get(4), c.get(5)) {
        let h: u32 = h.as_str().parse().ok()?;
        let mi: u32 = mi.as_str().parse().ok()?;
        if h < 24 && mi < 60 {
            out.push_str(&format!("T{h:02}:{mi:02}"));
        }
    }
    Some(out)
}

/// A YAML scalar without the one pair of quotes around it (`'"十四五"规划'` → `"十四五"规划`).
pub fn unquote(raw: &str) -> &str {
    for q in ['\'', '"'] {
        if let Some(inner) = raw.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    raw
}

/// A date as feeds and static-site generators write it (RFC 2822: `Tue, 08 Feb 2022 08:00:05 GMT`),
/// as `YYYY-MM-DDTHH:MM`; the time is kept as written (no zone conversion).
fn rfc2822_date(s: &str) -> Option<String> {
    let c = RFC2822.captures(s)?;
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let m = MONTHS.iter().position(|&x| x.eq_ignore_ascii_case(&c[2]))? as u32 + 1;
    let (d, y): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
    if !valid(y, m, d) {
        return None;
    }
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    if let (Some(h), Some(mi)) = (c.get(4), c.get(5)) {
        out.push_str(&format!("T{}:{}", h.as_str(), mi.as_str()));
    }
    Some(out)
}

/// Fills metadata from front-matter `key: value` lines (the keys of the JSON `meta` object, and a
/// page's `date:`).
pub fn from_front_matter<'a>(lines: impl Iterator<Item = &'a str>, meta: &mut Meta) {
    for line in lines {
        let Some((key, value)) = line.split_once(':') else { continue };
        let raw = value.trim();
        let text = serde_json::from_str::<String>(raw).unwrap_or_else(|_| unquote(raw).to_string());
        let number = raw.parse::<u64>().ok();
        match key.trim() {
            "author" => meta.author = Some(text),
            "published" => meta.published = Some(text),
            "date" | "pubDate" | "pubdate" => {
                if let Some(d) = normalize_date(&text).or_else(|| rfc2822_date(&text)) {
                    meta.published.get_or_insert(d);
                }
            }
            "word_count" => meta.word_count = number,
            "reading_minutes" => meta.reading_minutes = number,
            "views" => meta.views = number,
            "source" => meta.source = Some(text),
            "editor" => meta.editor = Some(text),
            "site" => meta.site = Some(text),
            "index_no" => meta.index_no = Some(text),
            "issuer" => meta.issuer = Some(text),
            "doc_no" => meta.doc_no = Some(text),
            "written" => meta.written = Some(text),
            "topic" => meta.topic = Some(text),
            _ => {}
        }
    }
}

/// The date of a 公文's 印发 line (`某某办公室　　2024年5月22日印发`), normalised.
pub fn printed_date<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    lines.filter(|t| t.ends_with("印发")).find_map(|t| DATE_ANY.find(t).and_then(|m| normalize_date(m.as_str())))
}

/// A count with an optional K/万 multiplier (`1.3K` → 1300, `1.2万` → 12000).
fn count(num: &str, mult: Option<&str>) -> Option<u64> {
    let v: f64 = num.replace(',', "").parse().ok()?;
    let k = match mult {
        Some("k" | "K" | "千") => 1e3,
        Some("w" | "W" | "万") => 1e4,
        _ => 1.0,
    };
    Some((v * k).round() as u64)
}

fn first_group(c: &Captures<'_>) -> Option<String> {
    c.iter().skip(1).flatten().next().map(|m| m.as_str().to_string())
}

/// A gov.cn header row: labelled cells separated by TABs (`发文机关：\t国务院\t成文日期：\t2019年01月24日`).
fn header_cells(line: &str) -> Vec<(String, String)> {
    let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < cells.len() {
        let c = cells[k];
        if let Some(label) = c.strip_suffix('：').or_else(|| c.strip_suffix(':')) {
            let value = cells.get(k + 1).copied().unwrap_or("");
            let value = if value.ends_with('：') || value.ends_with(':') { "" } else { value };
            out.push((label.chars().filter(|c| !c.is_whitespace()).collect(), value.to_string()));
            k += 2;
        } else if GOV_LABELS.contains(&c.chars().filter(|c| !c.is_whitespace()).collect::<String>().as_str()) {
            // A header table without colons: label and value cells alternate.
            let value = cells.get(k + 1).copied().unwrap_or("");
            out.push((c.chars().filter(|c| !c.is_whitespace()).collect(), value.to_string()));
            k += 2;
        } else if let Some((label, value)) = c.split_once('：') {
            out.push((label.chars().filter(|c| !c.is_whitespace()).collect(), value.trim().to_string()));
            k += 1;
        } else {
            k += 1;
        }
    }
    out
}

/// The labels of a gov.cn header table.
const GOV_LABELS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机关",
    "发布机构",
    "成文日期",
    "发文字号",
    "文号",
    "发布日期",
    "公文种类",
    "有效性",
    "标题",
    "主题词",
];

/// What follows 作者 in a label that is not a byline (`作者简介：王晓梅，副教授…`, `作者单位：…`): 简 and
/// 单 are surnames too, so `简介` would read as a name.
const AUTHOR_LABEL_WORDS: &[&str] = &["简介", "单位", "信息", "介绍", "地址", "邮箱", "声明"];

/// Words that stand in bylines but are not names.
const NOT_NAMES: &[&str] = &[
    "原创",
    "转载",
    "作者",
    "来源",
    "发布",
    "发表",
    "编辑",
    "责编",
    "记者",
    "匿名",
    "用户",
    "关注",
    "已关注",
    "+关注",
];

re!(
    PROFILE_STAT,
    r"粉丝|关注数|获赞|LV\s*\.?\s*\d|Lv\s*\.?\s*\d|等级|IP属地|发布于|发表于|修改于|编辑于|已于|来自|^\d[\d.]*\s*[万wWkK]?$"
);

/// The author named by a follow button: a page's author card is the writer's name, a few lines of
/// stats (`12.6万粉丝`, `LV.6`, `发布于 2024-03-18 21:47 来自 iPhone`, a date and `IP属地`) and a
/// `关注` / `+关注` button — on 雪球, 头条, 微博, 小红书, 百度经验 and blog pages alike. Read up from the
/// first button past the stat lines: the name is the line above them, or its first field when the line
/// is the name and a date (`城事观察员阿峰  2024-07-21 20:16  IP属地：湖南`). A one-line bio between the
/// name and the button is a stat line too (`周一不上班` / `独立书店店员，偶尔写书评，前出版社编辑` / `关注`,
/// a 知乎 author card): clauses set apart by commas, no full stop, no label.
/// Counter-examples: a button with a menu item above it (`首页` / `关注`: a word of [`NOT_NAMES`] or
/// of the menu), a sentence, a label line (`作者简介：…`).
fn follow_author(lines: &[MetaLine<'_>]) -> Option<String> {
    let at = lines.iter().position(|l| super::patterns::is_follow_button(l.text))?;
    let mut bio = false;
    for l in lines[..at].iter().rev().take(4) {
        let t = l.text;
        if !bio && t.contains('，') && t.chars().count() <= 40 && !t.contains(['。', '：', ':', '|', '｜']) {
            bio = true;
            continue;
        }
        let first = t.split(char::is_whitespace).find(|w| !w.is_empty()).unwrap_or("");
        let name = if DATE_ANY.is_match(t) && !DATE_ANY.is_match(first) { first } else { t };
        if PROFILE_STAT.is_match(name) || DATE_ANY.is_match(name) {
            continue;
        }
        let n = name.chars().count();
        let fits = (2..=16).contains(&n)
            && !name.contains(['：', ':', '，', '。', '|', '｜', '>', '/'])
            && !name.chars().any(char::is_whitespace)
            && !NOT_NAMES.contains(&name)
            && !MENU_WORDS.contains(&name);
        return fits.then(|| name.to_string());
    }
    None
}

/// A page's menu words: never its site's name in the first line, nor an author above a follow button.
const MENU_WORDS: &[&str] = &[
    "首页",
    "主页",
    "登录",
    "注册",
    "搜索",
    "导航",
    "菜单",
    "网站导航",
    "返回",
    "更多",
    "发现",
    "推荐",
    "热门",
    "消息",
    "我的",
    "我",
    "通知",
];

/// What the extractor reads: a line's text and whether it is in the page header (before the body).
pub struct MetaLine<'a> {
    /// The line is the document's first non-blank line.
    pub first: bool,
    /// The line's trimmed text.
    pub text: &'a str,
    /// The line is page chrome (boilerplate).
    pub boilerplate: bool,
    /// The line is in the head zone.
    pub head: bool,
    /// The line is a name alone that the classifier removed as the page's byline.
    pub name_byline: bool,
    /// The line is a name right above a bare date and time, removed as a post's byline: the author
    /// when no line names one otherwise (it may be the account's name, which a byline then follows).
    pub time_name: bool,
    /// The line as written, Markdown links included (`text` has them taken off).
    pub raw: &'a str,
}

/// How many lines at each end of the page's chrome the extractor reads: metadata stands in the page
/// header and footer, not in the middle of thousands of removed lines.
pub const WINDOW: usize = 200;

/// The lines metadata is read from: of the lines `0..n` that `wanted` accepts (page chrome, the page
/// header, header-table rows), the first and the last [`WINDOW`], in order — however long the
/// document, without collecting the lines in between.
pub fn window(n: usize, wanted: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut picked: Vec<usize> = (0..n).filter(|&i| wanted(i)).take(2 * WINDOW + 1).collect();
    if picked.len() > 2 * WINDOW {
        picked.truncate(WINDOW);
        let after = picked.last().map_or(0, |&i| i + 1);
        let mut back: Vec<usize> = (after..n).rev().filter(|&i| wanted(i)).take(WINDOW).collect();
        back.reverse();
        picked.extend(back);
    }
    picked
}

/// Extracts metadata from the given lines (the page chrome and header that [`window`] picks) and the
/// title block.
pub fn extract(lines: &[MetaLine<'_>], title: Option<&TitleInfo>) -> Meta {
    let mut meta = Meta::default();
    let mut published_labelled = None;
    let mut published_line = None;
    let mut byline = None;
    let mut time_name = None;
    let mut published_head = None;
    let mut site_name = None;
    let mut first_banner = None;
    for l in lines {
        let t = l.text;
        if t.contains('\t') {
            for (label, value) in header_cells(t) {
                if value.is_empty() {
                    continue;
                }
                match label.as_str() {
                    "索引号" => meta.index_no.get_or_insert(value),
                    "发文机关" | "发布机构" => meta.issuer.get_or_insert(value),
                    "发文字号" | "文号" => meta.doc_no.get_or_insert(value),
                    "主题分类" => meta.topic.get_or_insert(value),
                    "成文日期" => {
                        if let Some(d) = normalize_date(&value) {
                            meta.written.get_or_insert(d);
                        }
                        continue;
                    }
                    "发布日期" | "发布时间" => {
                        if let Some(d) = normalize_date(&value) {
                            published_labelled.get_or_insert(d);
                        }
                        continue;
                    }
                    _ => continue,
                };
            }
        }
        if !(l.boilerplate || l.head) {
            continue;
        }
        if let Some(m) = PUBLISHED.find(t).filter(|m| !t[..m.start()].ends_with("成文") && !t.contains('\t')) {
            if let Some(d) = normalize_date(&t[m.start()..]) {
                published_labelled.get_or_insert(d);
            }
        }
        if l.boilerplate && published_line.is_none() && DATE_TIME.find(t).is_some_and(|m| m.start() <= 6) {
            published_line = normalize_date(t);
        }
        if l.boilerplate && l.head && published_head.is_none() {
            if let Some(m) = DATE_ANY.find(t) {
                published_head = normalize_date(&t[m.start()..]);
            }
        }
        if let Some(c) = WORDS.captures(t) {
            if let Some(n) = first_group(&c).and_then(|s| s.parse().ok()) {
                meta.word_count.get_or_insert(n);
            }
        }
        if let Some(c) = READING.captures(t) {
            if let Some(n) = first_group(&c).and_then(|s| s.parse().ok()) {
                meta.reading_minutes.get_or_insert(n);
            }
        }
        if meta.views.is_none() {
            if let Some(c) = VIEWS_LABELLED.captures(t) {
                meta.views = count(&c[1], c.get(2).map(|m| m.as_str()));
            } else if let Some(c) = views_count(t) {
                let (num, mult) = match c.get(1) {
                    Some(n) => (n.as_str(), c.get(2).map(|m| m.as_str())),
                    None => (c.get(3).map_or("", |m| m.as_str()), c.get(4).map(|m| m.as_str())),
                };
                meta.views = count(num, mult);
            }
        }
        if l.time_name && time_name.is_none() {
            time_name = Some(t.to_string());
        }
        if byline.is_none() && !t.ends_with('摄') {
            if let Some(c) = LABELLED_AUTHOR.captures(t) {
                meta.author.get_or_insert(c[1].to_string());
            } else if let Some(c) = AUTHOR
                .captures(t)
                .filter(|c| is_person_name(&c[1]) && !AUTHOR_LABEL_WORDS.iter().any(|w| c[1].starts_with(w)))
                .or_else(|| BYLINE.captures(t))
            {
                byline = Some(c[1].to_string());
            } else if let Some(names) = super::title::names_line(t).filter(|_| l.head) {
                // A paper's authors under its title (`王晓梅1  刘建国2  陈思远1`).
                byline = Some(names.join("，"));
            } else if let Some(c) = PROFILE_LINK.captures(l.raw).filter(|_| l.boilerplate) {
                // A link to the writer's profile page (`[得意优](https://www.zhihu.com/people/…)`,
                // `[WhyWin](https://home.cnblogs.com/u/…)`): its text is the author.
                byline = Some(c[1].to_string());
            } else if l.name_byline {
                // A name alone above the body, removed as the page's byline.
                byline = Some(t.to_string());
            } else if l.boilerplate && l.head && DATE_ANY.is_match(t) {
                // A byline of short tokens around a date (原创 王小明 山野观察 2023-09-01 08:00).
                let tokens: Vec<&str> = t
                    .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '｜'))
                    .filter(|w| !w.is_empty())
                    .collect();
                // (Not a field's label run into the date: `编辑于 2024-03-15`, `已于 2023-08-01 修改`,
                // `出发时间 / 2024-04-27`.)
                let handle = |w: &&&str| {
                    let n = w.chars().count();
                    (2..=4).contains(&n)
                        && w.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
                        && !NOT_NAMES.contains(*w)
                        && !w.ends_with('于')
                        && !w.ends_with("时间")
                        && !w.ends_with("日期")
                };
                // A name among the tokens, or the byline's first token when it reads as a handle (阿柚).
                byline = tokens
                    .iter()
                    .find(|w| is_person_name(w) && !NOT_NAMES.contains(w))
                    .or_else(|| tokens.first().filter(handle))
                    .map(|w| w.to_string());
            }
        }
        // (`图片来源：网络`, `图源：新华社` credit a picture, not the article.)
        if let Some(c) = SOURCE.captures(t).filter(|c| !t[..c.get(0).map_or(0, |m| m.start())].ends_with(['图', '片']))
        {
            // `来源：《光明日报》收藏`: the publisher's name, without its title marks and the widget
            // words run into it.
            let mut name = &c[1];
            while let Some(n) = ["收藏", "分享", "打印", "纠错"].iter().find_map(|w| name.strip_suffix(w)) {
                name = n.trim_end();
            }
            // (And the next field run into it, as a text joined into one line runs them:
            // `来源：临江市人民政府办公室发布时间：2024-10-18`.)
            for label in ["发布时间", "发布日期", "时间", "作者", "编辑", "责任编辑", "浏览", "日期"]
            {
                if let Some(at) =
                    name.find(label).filter(|&at| at > 0 && name[at + label.len()..].starts_with(['：', ':']))
                {
                    name = name[..at].trim_end();
                }
            }
            let name = name.strip_prefix('《').and_then(|n| n.strip_suffix('》')).unwrap_or(name);
            if name.chars().count() >= 2 {
                meta.source.get_or_insert(name.to_string());
            }
        }
        if let Some(c) = EDITOR.captures(t) {
            meta.editor.get_or_insert(c[1].to_string());
        }
        if l.boilerplate {
            if l.head {
                if let Some(c) = SITE_NAME.captures(t) {
                    site_name.get_or_insert(c[1].to_string());
                }
                if let Some(m) = DOMAIN.find(t) {
                    meta.site.get_or_insert(m.as_str().to_string());
                }
                if l.first && first_banner.is_none() {
                    let name_like = (2..=12).contains(&t.chars().count())
                        && !t.contains(char::is_whitespace)
                        && !t.contains(['，', '。', '：', ':', '|', '>'])
                        && t.chars().any(char::is_alphanumeric)
                        && !MENU_WORDS.contains(&t)
                        && !t.ends_with("首页");
                    if name_like {
                        first_banner = Some(t.to_string());
                    }
                }
            }
            if let Some(c) = COPYRIGHT_SITE.captures(t) {
                meta.site.get_or_insert(c[1].to_string());
            }
        }
    }
    if let Some(ti) = title {
        if meta.author.is_none() {
            meta.author = ti.speaker.clone();
        }
        if let Some(site) = &ti.site {
            meta.site.get_or_insert(site.clone());
        }
    }
    if meta.author.is_none() {
        meta.author = follow_author(lines).or(byline).or(time_name);
    }
    // A site's name in its banner beats its domain; the first line of a page, when it is a short name,
    // is the site's name (a blog's title).
    if let Some(s) = first_banner.or(site_name) {
        meta.site = Some(s);
    }
    meta.published = published_labelled
        .or(published_head)
        .or(published_line)
        .or_else(|| title.and_then(|t| t.block_date.as_deref()).and_then(normalize_date));
    meta
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn should_report_impossible_dates_only() {
        let text = "关于召开会议的通知\n发布时间：2025年2月30日\n会期2024-04-31上午，2024-02-29报到。\n版本2024.13.5\n某某办公室\n2023年2月29日\n";
        let lines = crate::lines::split(text);
        let found: Vec<(&str, usize)> =
            impossible_dates(text, &lines).iter().map(|(s, _)| (&text[s.start..s.end], s.line)).collect();
        assert_eq!(found, [("2025年2月30日", 2), ("2024-04-31", 3), ("2023年2月29日", 6)]);
        let (_, why) = &impossible_dates(text, &lines)[0];
        assert!(why.contains("has 28 days"), "{why}");
        assert_eq!(normalize_date("2025年2月30日"), None, "no date");
        assert_eq!(normalize_date("2024年2月29日").as_deref(), Some("2024-02-29"), "a leap day");
    }

    #[test]
    fn should_not_read_a_label_after_zuozhe_as_a_name() {
        // 简 is a surname: `作者简介` once gave the author `简介`.
        let line = |t| MetaLine {
            first: false,
            text: t,
            boilerplate: true,
            head: false,
            name_byline: false,
            time_name: false,
            raw: t,
        };
        assert_eq!(extract(&[line("作者简介：周海燕，副教授。")], None).author, None);
        assert_eq!(extract(&[line("作者单位：江东职业技术学院")], None).author, None);
        assert_eq!(extract(&[line("作者 周海燕")], None).author.as_deref(), Some("周海燕"));
    }

    #[test]
    fn should_normalize_dates() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2019年02月13日", Some("2019-02-13")),
            ("（2017年10月18日）", Some("2017-10-18")),
            ("2020年3月11日 10:05", Some("2020-03-11T10:05")),
            ("2016年1月4日20:38:09重磅！", Some("2016-01-04T20:38")),
            ("2018-12-03", Some("2018-12-03")),
            ("二〇〇五年六月十一日", Some("2005-06-11")),
            ("2019年13月1日", None),
            ("2025年2月30日", None),
            ("2023年2月29日", None),
            ("2024年2月29日", Some("2024-02-29")),
            ("2025年4月31日", None),
            ("二〇二五年二月三十日", None),
        ];
        for (s, want) in [("Tue, 08 Feb 2022 08:00:05 GMT", Some("2022-02-08T08:00")), ("30 Feb 2022", None)] {
            assert_eq!(rfc2822_date(s).as_deref(), want, "should read {s}");
        }
        for (s, want) in cases {
            assert_eq!(normalize_date(s).as_deref(), *want, "should normalise {s}");
        }
    }

    #[test]
    fn should_window_the_chrome_lines() {
        let all = window(10_000, |i| i % 2 == 0);
        assert_eq!(all.len(), 2 * WINDOW, "should keep the first and the last {WINDOW}");
        assert_eq!(&all[..3], &[0, 2, 4], "should start with the first wanted lines");
        assert_eq!(all.last(), Some(&9_998), "should end with the last wanted line");
        assert!(all.windows(2).all(|w| w[0] < w[1]), "should keep document order");
        assert_eq!(window(700, |i| i % 2 == 0).len(), 350, "should keep every line of a short chrome");
        assert!(window(5, |_| false).is_empty());
    }

    fn meta_of(lines: &[&str]) -> Meta {
        let ls: Vec<MetaLine<'_>> = lines
            .iter()
            .map(|t| MetaLine {
                text: t,
                boilerplate: true,
                head: true,
                first: false,
                name_byline: false,
                time_name: false,
                raw: t,
            })
            .collect();
        extract(&ls, None)
    }

    #[test]
    fn should_read_counters_and_bylines() {
        let m = meta_of(&[
            "SUCAI198.COM —— 专注党建行政公文写作范文",
            "admin 分享 时间: 加入收藏 共计2276个字,预计阅读时长8分钟。",
        ]);
        assert_eq!(m.word_count, Some(2276));
        assert_eq!(m.reading_minutes, Some(8));
        assert_eq!(m.author.as_deref(), Some("admin"));
        assert_eq!(m.site.as_deref(), Some("SUCAI198.COM"));
        let m = meta_of(&["[得意优](https://www.zhihu.com/people/pi-li-pa-la-89-31)"]);
        assert_eq!(m.author.as_deref(), Some("得意优"), "should read the author off a profile link");
        let m = meta_of(&["[首页](https://www.example.com/)"]);
        assert_eq!(m.author, None, "should not take any link for the author");
        let m = meta_of(&["2021-05-31　来源：《光明日报》收藏"]);
        assert_eq!(m.source.as_deref(), Some("光明日报"), "should take the title marks and 收藏 off");
        let m = meta_of(&["楼主：装修小白　发表于 2024-05-06 10:21　浏览 3521　回复 42"]);
        assert_eq!(m.views, Some(3521), "should not read the minutes of a time as views");
        let m = meta_of(&["图片来源：网络"]);
        assert_eq!(m.source, None, "should not read a picture's credit as the article's source");
        let m = meta_of(&["全文约2300字，预计阅读6分钟"]);
        assert_eq!(m.views, None, "should not read a reading time as views");
        assert_eq!(m.reading_minutes, Some(6));
        let m = meta_of(&["2016年1月4日20:38:09重磅！P2P网站应用安全报告已关闭评论 861 浏览 3572字阅读11分54秒"]);
        assert_eq!(m.published.as_deref(), Some("2016-01-04T20:38"));
        assert_eq!(m.views, Some(861));
        assert_eq!(m.word_count, Some(3572));
        assert_eq!(m.reading_minutes, Some(11));
        let m = meta_of(&["来源：临江市人民政府办公室发布时间：2024-10-18"]);
        assert_eq!(m.source.as_deref(), Some("临江市人民政府办公室"), "should stop the source at the next label");
        let m = meta_of(&["1.3K 阅读", "来源：新华社  责任编辑：宋岩"]);
        assert_eq!(m.views, Some(1300));
        assert_eq!(m.source.as_deref(), Some("新华社"));
        assert_eq!(m.editor.as_deref(), Some("宋岩"));
    }

    #[test]
    fn should_read_the_author_off_a_follow_button() {
        let cases: &[(&[&str], Option<&str>)] = &[
            (&["价投老周", "关注", "发布于2024-03-18 21:05 来自雪球"], Some("价投老周")),
            (&["老陈聊装修", "2024-03-12 19:46 · IP属地：广东", "12.6万粉丝", "+关注"], Some("老陈聊装修")),
            (&["阿青在路上", "LV.6", "+关注"], Some("阿青在路上")),
            (&["周一不上班", "独立书店店员，偶尔写书评，前出版社编辑", "关注"], Some("周一不上班")),
            (&["城事观察员阿峰  2024-07-21 20:16  IP属地：湖南", "关注"], Some("城事观察员阿峰")),
            (
                &["街巷笔记老周", "粉丝数：8.3万", "发布于 2024-03-18 21:47 来自 iPhone 14 Pro", "+关注"],
                Some("街巷笔记老周"),
            ),
            // (A menu item above the button, a label line: no author.)
            (&["首页", "关注"], None),
            (&["作者简介：周海燕，副教授。", "关注"], None),
        ];
        for (lines, want) in cases {
            assert_eq!(meta_of(lines).author.as_deref(), *want, "should read {lines:?}");
        }
        let m = meta_of(&["码农老K 于 2023-08-12 15:32:10 发布"]);
        assert_eq!(m.author.as_deref(), Some("码农老K"), "should read a blog's 名 于 日期 发布 byline");
        for line in ["编辑于 2024-03-15 北京", "已于 2023-08-01 10:12:33 修改", "出发时间 / 2024-04-27"] {
            assert_eq!(meta_of(&[line]).author, None, "should take no field label for the author: {line}");
        }
    }

    #[test]
    fn should_read_gov_header() {
        let m = meta_of(&[
            "索 引 号：\t000014349/2019-00005\t主题分类：\t科技、教育\\教育",
            "发文机关：\t国务院\t成文日期：\t2019年01月24日",
            "发文字号：\t国发〔2019〕4号\t发布日期：\t2019年02月13日",
        ]);
        assert_eq!(m.index_no.as_deref(), Some("000014349/2019-00005"));
        assert_eq!(m.topic.as_deref(), Some("科技、教育\\教育"));
        assert_eq!(m.issuer.as_deref(), Some("国务院"));
        assert_eq!(m.written.as_deref(), Some("2019-01-24"));
        assert_eq!(m.doc_no.as_deref(), Some("国发〔2019〕4号"));
        assert_eq!(m.published.as_deref(), Some("2019-02-13"));
    }
}
