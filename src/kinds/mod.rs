//! Kinds: what kind of document this is — a law, a regulation, an official document (公文), a speech,
//! a report, an article — and the parts that kind defines, found on the outline the earlier stages
//! built.
//!
//! The stage runs after [`outline`](crate::outline) and changes nothing but types: it sets the
//! document's [`Kind`], fills [`Parts`](crate::model::Parts), retypes the blocks that are parts
//! (a 发文字号 line becomes a `doc_no` block, a 落款 line a `signature` block …), numbers a law's
//! 款 and names its units. Spans never move, so the leaves still tile the text.
//!
//! 1. [`toc`]: a 目录's entries are linked to the headings they name, with diagnostics for entries
//!    that name no heading or number it differently — for every kind;
//! 2. the kind, decided from the title (its last word: 法, 条例, 通知, 讲话 …; `在…上的讲话`), the
//!    structure (articles 第X条, chapters) and the parts found (发文字号, 主送机关, 落款, a salutation),
//!    with the evidence in `reason` — unless the caller asked for a kind ([`KindHint`]);
//! 3. the parts of that kind: [`law`] (units 编/章/节/条/项/目, 款 numbers, 附则, 施行日期),
//!    [`official`] (发文字号, 主送机关, 附件说明, 落款, 抄送, 印发), [`speech`] (speaker, occasion,
//!    salutation).

pub mod law;
pub mod official;
pub mod speech;
pub mod toc;

use crate::model::{Block, BlockKind, Document, Kind, KindName, Section};
use regex::Regex;
use std::sync::LazyLock;

/// The kind a caller asks for (`--kind`), or `Auto` to detect it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum KindHint {
    /// Detect the kind from the document.
    #[default]
    Auto,
    /// A law or regulation: 条 with 款, 项 `（一）` and 目 `1.`.
    Law,
    /// An official document (公文).
    Official,
    /// A speech.
    Speech,
}

impl std::str::FromStr for KindHint {
    type Err = String;
    fn from_str(s: &str) -> Result<KindHint, String> {
        match s {
            "auto" => Ok(KindHint::Auto),
            "law" => Ok(KindHint::Law),
            "official" => Ok(KindHint::Official),
            "speech" => Ok(KindHint::Speech),
            _ => Err(format!("unknown kind {s:?}: use law, official, speech or auto")),
        }
    }
}

/// The 文种 of official documents (《党政机关公文处理工作条例》第八条, and common practice), longest first
/// where one ends another.
const GENRES: &[&str] = &[
    "实施方案",
    "工作方案",
    "工作要点",
    "会议纪要",
    "纪要",
    "通知",
    "通报",
    "意见",
    "方案",
    "报告",
    "请示",
    "批复",
    "决定",
    "决议",
    "命令",
    "公报",
    "公告",
    "通告",
    "议案",
    "函",
    "规划",
    "计划",
    "要点",
    "办法",
    "规定",
    "应急预案",
    "预案",
];

/// 文种 that name an official document even without `关于…的`.
const STRONG_GENRES: &[&str] =
    &["会议纪要", "纪要", "通知", "通报", "批复", "请示", "决议", "公报", "公告", "通告", "议案", "命令"];

/// What a law's or a regulation's title ends with.
const LAW_WORDS: &[&str] = &["法典", "宪法", "法"];
const REGULATION_WORDS: &[&str] = &[
    "实施细则",
    "实施办法",
    "条例",
    "规定",
    "办法",
    "细则",
    "规则",
    "规程",
    "准则",
    "章程",
    "守则",
    "公约",
    "标准",
    "规范",
    "导则",
];

/// `在…上的讲话`: a speech's title or subtitle, with the occasion.
pub(crate) static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"在(.{2,80}?)(?:上|时|之际|期间|前夕|中)?的(?:总结|动员|主旨|开幕|闭幕|书面|即席|专题|辅导)?(?:讲话|发言|致辞|演讲|报告|讲话提纲|开幕词|闭幕词|主持词|党课)",
    )
    .expect("occasion regex")
});

/// A title that says it is a speech without naming the occasion (`…讲话稿`, `…发言`).
static SPEECH_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(讲话|讲话稿|发言|发言稿|致辞|演讲|演讲稿|开幕词|闭幕词|主持词|表态发言|党课讲稿)\s*[（(]?[^）)]{0,20}[)）]?$")
        .expect("speech title regex")
});

/// Reports and summaries that are not 公文 (a 公文 report reads `关于…的报告`).
static REPORT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(报告|总结|汇报|述职|调研|情况说明|自查报告|心得体会|心得|体会)\s*[（(]?[^）)]{0,20}[)）]?$")
        .expect("report title regex")
});

/// The title without brackets, a trailing parenthesised note (`（草案）`, `(2018年修正)`, `(新质生产力)`)
/// and white space.
fn core_title(t: &str) -> String {
    let mut s: String = t.chars().filter(|c| !c.is_whitespace() && !matches!(c, '《' | '》')).collect();
    while s.ends_with(['）', ')']) {
        let open = s.rfind(['（', '(']);
        match open {
            Some(i) if i > 0 => s.truncate(i),
            _ => break,
        }
    }
    s
}

fn ends_with_any<'w>(s: &str, words: &[&'w str]) -> Option<&'w str> {
    words.iter().copied().filter(|w| s.ends_with(w)).max_by_key(|w| w.len())
}

/// Counts of the outline's units.
#[derive(Default, Debug)]
struct Structure {
    articles: usize,
    chapters: usize,
    books: usize,
    /// Headings numbered 一、 or （一）, the 公文 ladder.
    gongwen: usize,
    /// Numbered top-level headings (provisions numbered 一、二、 in a 规定).
    top_numbered: usize,
}

fn structure(sections: &[Section<'_>], out: &mut Structure) {
    for s in sections {
        match s.marker.as_ref().map(|m| m.style.as_ref()) {
            Some("article") => out.articles += 1,
            Some("chapter" | "section") => out.chapters += 1,
            Some("book" | "sub_book") => out.books += 1,
            Some("chinese" | "chinese_paren") => out.gongwen += 1,
            _ => {}
        }
        structure(&s.sections, out);
    }
}

/// Decides the kind, sets it with its evidence, and finds the parts of that kind.
pub fn analyze(text: &str, doc: &mut Document<'_>, hint: KindHint) {
    toc::link(doc);
    let title = doc.title.as_ref().map(|t| core_title(&t.text)).unwrap_or_default();
    let subtitle = doc.title.as_ref().and_then(|t| t.subtitle.as_ref()).map(|s| s.text.to_string());
    let mut st = Structure::default();
    structure(&doc.sections, &mut st);
    st.top_numbered = doc.sections.iter().filter(|s| s.marker.as_ref().is_some_and(|m| m.style != "markdown")).count();
    let found = official::find(text, doc);
    let salutation = speech::find_salutation(text, doc).is_some();

    let kind = match hint {
        KindHint::Law => {
            let genre = ends_with_any(&title, REGULATION_WORDS).map(str::to_string);
            let name = if genre.is_some() { KindName::Regulation } else { KindName::Law };
            Kind { name, genre, reason: "requested".into() }
        }
        KindHint::Official => Kind {
            name: KindName::OfficialDocument,
            genre: ends_with_any(&title, GENRES).map(str::to_string),
            reason: "requested".into(),
        },
        KindHint::Speech => Kind { name: KindName::Speech, genre: None, reason: "requested".into() },
        KindHint::Auto => decide(&title, subtitle.as_deref(), &st, &found, salutation, doc),
    };
    doc.kind = kind;
    match doc.kind.name {
        KindName::Law | KindName::Regulation => law::annotate(text, doc),
        KindName::OfficialDocument => official::apply(doc, found),
        KindName::Report => official::apply_signature(doc, found),
        KindName::Speech => speech::annotate(text, doc),
        _ => {}
    }
}

fn decide(
    title: &str,
    subtitle: Option<&str>,
    st: &Structure,
    found: &official::Found,
    salutation: bool,
    doc: &Document<'_>,
) -> Kind {
    let kind = |name, genre: Option<&str>, reason: String| Kind { name, genre: genre.map(str::to_string), reason };
    let units = || {
        let mut parts = vec![format!("{} articles (第X条)", st.articles)];
        if st.chapters > 0 {
            parts.push(format!("{} chapters or sections", st.chapters));
        }
        if st.books > 0 {
            parts.push(format!("{} books (编)", st.books));
        }
        parts.join(", ")
    };
    // A speech says so in its title or subtitle.
    if let Some(sub) = subtitle.filter(|s| OCCASION.is_match(s)) {
        return kind(KindName::Speech, None, format!("subtitle {sub:?} names an occasion"));
    }
    let official_title = title.contains("关于") && ends_with_any(title, GENRES).is_some();
    if OCCASION.is_match(title) && !official_title {
        return kind(KindName::Speech, None, "title names an occasion (在…上的讲话)".into());
    }
    // Laws and regulations: the title's last word, and articles.
    if !title.contains("关于") || st.articles >= 3 {
        if let Some(w) = ends_with_any(title, LAW_WORDS).filter(|_| st.articles >= 1 || st.chapters >= 1) {
            if ends_with_any(title, REGULATION_WORDS).is_none() {
                return kind(KindName::Law, None, format!("title ends with {w}; {}", units()));
            }
        }
        if let Some(w) = ends_with_any(title, REGULATION_WORDS) {
            if st.articles >= 1 {
                return kind(KindName::Regulation, Some(w), format!("title ends with {w}; {}", units()));
            }
            if st.top_numbered >= 3 && !title.contains("关于") {
                let n = st.top_numbered;
                return kind(KindName::Regulation, Some(w), format!("title ends with {w}; {n} numbered provisions"));
            }
        }
    }
    // Official documents: a 文种 title, a 发文字号, or 主送机关 and 落款 together.
    let genre = ends_with_any(title, GENRES);
    let mut evidence = Vec::new();
    if official_title {
        evidence.push(format!("title 关于…{}", genre.unwrap_or("")));
    }
    if found.doc_no.is_some() {
        evidence.push("发文字号".to_string());
    }
    if found.recipients.is_some() {
        evidence.push("主送机关".to_string());
    }
    if found.signature.is_some() {
        evidence.push("落款 with 成文日期".to_string());
    }
    let strong_genre = ends_with_any(title, STRONG_GENRES);
    if let Some(g) = strong_genre.filter(|_| !official_title) {
        evidence.push(format!("title ends with {g}"));
    }
    let strong = official_title
        || strong_genre.is_some()
        || found.doc_no.is_some()
        || (found.recipients.is_some() && found.signature.is_some());
    if strong {
        return kind(KindName::OfficialDocument, genre, evidence.join(", "));
    }
    if SPEECH_TITLE.is_match(title) {
        return kind(KindName::Speech, None, "title ends with a speech word (讲话, 发言, 致辞 …)".into());
    }
    if salutation && (doc.title.is_some() || doc.meta.author.is_some()) {
        return kind(KindName::Speech, None, "a salutation (同志们：) opens the body".into());
    }
    if st.articles >= 3 {
        return kind(KindName::Regulation, None, format!("{} without a title that names the kind", units()));
    }
    if REPORT_TITLE.is_match(title) {
        return kind(KindName::Report, None, "title ends with 报告/总结/汇报".into());
    }
    if let Some(g) = genre.filter(|_| found.signature.is_some() || found.recipients.is_some()) {
        evidence.push(format!("title ends with {g}"));
        return kind(KindName::OfficialDocument, Some(g), evidence.join(", "));
    }
    if let Some(g) = genre.filter(|_| st.gongwen >= 3 || st.top_numbered >= 3) {
        let n = st.gongwen.max(st.top_numbered);
        return kind(KindName::OfficialDocument, Some(g), format!("title ends with {g}; {n} numbered headings"));
    }
    let paragraphs = count_paragraphs(doc);
    if doc.title.is_some() && paragraphs >= 2 {
        return kind(KindName::Article, None, format!("a title and {paragraphs} paragraphs, no kind-specific parts"));
    }
    if paragraphs >= 5 {
        return kind(
            KindName::Article,
            None,
            format!("{paragraphs} paragraphs of running text, no title or kind-specific parts"),
        );
    }
    kind(KindName::Unknown, None, format!("{paragraphs} paragraph(s) and no title: too little to tell"))
}

fn count_paragraphs(doc: &Document<'_>) -> usize {
    fn walk(s: &[Section<'_>]) -> usize {
        s.iter().map(|s| s.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count() + walk(&s.sections)).sum()
    }
    doc.preamble.iter().filter(|b| b.kind == BlockKind::Paragraph).count() + walk(&doc.sections)
}

/// A line of content in document order: a block or a heading.
#[derive(Clone, Debug)]
pub(crate) struct Item<'d> {
    /// The line's text (a heading's marker and heading text).
    pub text: &'d str,
    /// The span of the block, or of the heading.
    pub span: crate::Span,
    /// The block's kind, or `None` for a heading.
    pub block: Option<BlockKind>,
}

impl<'d> Item<'d> {
    /// The text without surrounding white space.
    pub fn trimmed(&self) -> &'d str {
        self.text.trim_matches(crate::lines::is_space)
    }
}

/// Every block and heading of the document, in document order.
pub(crate) fn items<'d>(text: &'d str, doc: &'d Document<'_>) -> Vec<Item<'d>> {
    fn walk<'d>(text: &'d str, s: &'d [Section<'_>], out: &mut Vec<Item<'d>>) {
        for s in s {
            let start = s.marker.as_ref().map_or(s.span.start, |m| m.span.start.min(s.span.start));
            out.push(Item { text: text.get(start..s.span.end).unwrap_or(""), span: s.span, block: None });
            blocks(&s.blocks, out);
            walk(text, &s.sections, out);
        }
    }
    fn blocks<'d>(bs: &'d [Block<'_>], out: &mut Vec<Item<'d>>) {
        out.extend(bs.iter().map(|b| Item { text: b.text.as_ref(), span: b.span, block: Some(b.kind) }));
    }
    let mut out = Vec::new();
    blocks(&doc.preamble, &mut out);
    walk(text, &doc.sections, &mut out);
    out
}

/// Retypes the blocks that start at the given offsets.
pub(crate) fn retype(doc: &mut Document<'_>, changes: &[(usize, BlockKind)]) {
    if changes.is_empty() {
        return;
    }
    fn apply(bs: &mut [Block<'_>], changes: &[(usize, BlockKind)]) {
        for b in bs {
            if let Some(&(_, k)) = changes.iter().find(|(s, _)| *s == b.span.start) {
                b.kind = k;
            }
        }
    }
    fn walk(s: &mut [Section<'_>], changes: &[(usize, BlockKind)]) {
        for s in s {
            apply(&mut s.blocks, changes);
            walk(&mut s.sections, changes);
        }
    }
    apply(&mut doc.preamble, changes);
    walk(&mut doc.sections, changes);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_strip_a_title_to_its_core() {
        assert_eq!(core_title("《中华人民共和国宪法》（2018年修正）"), "中华人民共和国宪法");
        assert_eq!(
            core_title("在市委理论学习中心组学习研讨会上的发言(新质生产力)"),
            "在市委理论学习中心组学习研讨会上的发言"
        );
        assert_eq!(ends_with_any("关于印发实施方案的通知", GENRES), Some("通知"));
        assert_eq!(ends_with_any("某某工作实施方案", GENRES), Some("实施方案"), "should prefer the longest genre");
    }

    #[test]
    fn should_find_the_occasion() {
        let c = OCCASION.captures("——在中国共产党第十九次全国代表大会上的报告").unwrap();
        assert_eq!(&c[1], "中国共产党第十九次全国代表大会");
        let c = OCCASION.captures("在市委理论学习中心组学习研讨会上的发言").unwrap();
        assert_eq!(&c[1], "市委理论学习中心组学习研讨会");
        assert!(!OCCASION.is_match("关于在全市开展安全生产大检查的通知"), "should not read a 通知 as a speech");
    }
}
