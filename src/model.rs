//! The model: serde types that are the JSON contract.
//!
//! # Format
//!
//! One JSON object per document:
//!
//! ```json
//! {
//!   "version": 1,
//!   "source": {"encoding": "UTF-8", "bom": false, "crlf": false, "bytes": 5940, "lines": 42},
//!   "kind": {"type": "speech", "reason": "title names an occasion (在…上的讲话)"},
//!   "title": {"text": "…", "span": SPAN, "lines": [SPAN, …], "subtitle": {"text": "——在…上的讲话", "span": SPAN}},
//!   "meta": {"author": "admin", "published": "2024-03-11", "word_count": 2276, "reading_minutes": 8, "site": "…"},
//!   "parts": {"occasion": {"text": "…", "span": SPAN}, "salutation": {"text": "同志们：", "span": SPAN}, …},
//!   "preamble": [BLOCK, …],
//!   "sections": [SECTION, …],
//!   "boilerplate": [{"kind": "share", "text": "微信扫码分享", "span": SPAN, "reason": "…"}, …],
//!   "diagnostics": [{"code": "sequence_restart", "message": "…", "span": SPAN}, …]
//! }
//! ```
//!
//! - `SPAN` is `{"start": byte, "end": byte, "line": n}`: a half-open byte range into the decoded
//!   text and the 1-based line of `start`.
//! - A `SECTION` is `{"level": 1, "marker": {"text": "一、", "style": "chinese", "ordinal": 1,
//!   "span": SPAN}, "heading": "总体要求", "span": SPAN, "blocks": [BLOCK…], "sections": [SECTION…]}`.
//!   `level` is 1 at the top. `marker` is `null` for an unnumbered heading. `span` covers the heading
//!   (marker and heading text; for a run-in heading only its first sentence, the rest of the line is the
//!   section's first block). `markup` lists Markdown `#`/`**` around the heading, when there is any.
//! - A `BLOCK` is `{"kind": "paragraph", "text": "…", "span": SPAN}`; kinds are `paragraph`,
//!   `list_item` (a numbered line that is not an outline item), `toc` (a 目录 line), `table_row` (TAB
//!   separated cells) and `note`.
//! - `kind` is the document's [`KindName`] (`law`, `regulation`, `official_document`, `speech`,
//!   `report`, `article`, `unknown`), its `genre` (文种) and the evidence in `reason`; `parts` holds
//!   what that kind defines ([`Parts`]), each with its span, and the blocks that hold a part are
//!   typed accordingly (`doc_no`, `recipients`, `salutation`, `speaker`, `attachments`, `signature`,
//!   `cc`, `printed_by`). In a law, sections carry their `unit` and 款 numbers (`clause`).
//! - `boilerplate` has one entry per line that is not part of the article, with its `kind` and the
//!   `reason` (the rule or the features that decided it).
//!
//! Every byte of the text belongs to exactly one leaf: a title line, a boilerplate line, a markup span,
//! a marker, a heading, a block, or white space between them (see [`render::nodes`](crate::render::nodes)).

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The version of the JSON contract. It changes when a key changes meaning or goes away.
pub const VERSION: u32 = 1;

/// A parsed document: its title, metadata, outline, removed boilerplate and diagnostics.
///
/// It borrows from the text it was parsed from ([`Document::into_owned`] cuts the tie), and its spans
/// are byte ranges into that text.
///
/// ```
/// let text = "关于做好防汛工作的通知\n来源：市政府办公室　2024-06-01\n一、总体要求\n做好准备。\n扫码关注我们\n";
/// let doc = dagang::parse(text);
/// assert_eq!(doc.title.as_ref().unwrap().text, "关于做好防汛工作的通知");
/// assert_eq!(doc.meta.published.as_deref(), Some("2024-06-01"));
/// assert_eq!(doc.sections[0].heading, "总体要求");
/// // The clutter is kept apart, each line with its kind and the reason.
/// let removed = &doc.boilerplate[doc.boilerplate.len() - 1];
/// assert_eq!(&text[removed.span.start..removed.span.end], "扫码关注我们");
/// assert!(!removed.reason.is_empty());
/// // The same document as JSON, Markdown or clean text.
/// assert!(doc.to_json().starts_with("{\"version\":1,"));
/// assert!(doc.to_markdown().contains("# 一、总体要求"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document<'a> {
    /// The version of the JSON contract ([`VERSION`]).
    pub version: u32,
    /// Facts about the decoded text.
    pub source: SourceInfo,
    /// What kind of document this is (law, official document, speech, …) and why.
    pub kind: Kind,
    /// The document's title, if it has one.
    pub title: Option<Title<'a>>,
    /// Metadata found in banners, labelled lines and the document's own date and byline.
    pub meta: Meta,
    /// The parts the document's kind defines (发文字号, 主送机关, 落款, 抄送, speaker, 目录 …), each with
    /// its span.
    pub parts: Parts,
    /// The blocks before the first heading.
    pub preamble: Vec<Block<'a>>,
    /// The top-level sections.
    pub sections: Vec<Section<'a>>,
    /// The lines that are not part of the article, one entry per line.
    pub boilerplate: Vec<Boilerplate<'a>>,
    /// What the parser noticed: sequence gaps, demoted markers.
    pub diagnostics: Vec<Diagnostic>,
}

/// Facts about the decoded text the spans point into.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The encoding the bytes were decoded from (`UTF-8`, `GBK`, `UTF-16LE`, …).
    pub encoding: String,
    /// Whether the input began with a byte-order mark.
    pub bom: bool,
    /// Whether the text has CRLF line endings.
    pub crlf: bool,
    /// Length of the decoded text in bytes.
    pub bytes: usize,
    /// Number of lines (split on `\n`).
    pub lines: usize,
    /// How the encoding was chosen: `named` (`--encoding`), `bom`, `utf8` (the bytes are valid
    /// UTF-8), `utf16_zeros` (UTF-16 without a BOM), `detector` (chardetng's guess), `fallback`
    /// (GB18030 when nothing else decodes the bytes), or `text` (the caller gave text).
    #[serde(default)]
    pub detection: String,
    /// How sure that choice is, 0.5 to 1 (see [`crate::decode::Source::confidence`]), to two decimals.
    #[serde(default)]
    pub confidence: f64,
}

/// A text with its span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spanned<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
}

/// The document's title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title<'a> {
    /// The title, without a site-name suffix or Markdown `#`; pieces of a title broken over lines are
    /// joined.
    pub text: Cow<'a, str>,
    /// Where the title (or its first piece) stands.
    pub span: Span,
    /// Every line whose content is the title, a piece of it or a repeat of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<Span>,
    /// A subtitle (`——在…会议上的讲话`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Spanned<'a>>,
}

/// Metadata. Absent fields are omitted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// A byline, or the speaker under a speech's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Word count a page states (共计N个字, N字).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub word_count: Option<u64>,
    /// Reading time a page states, in whole minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading_minutes: Option<u64>,
    /// View counter (1.3K → 1300).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u64>,
    /// The publisher a 来源 line names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The editor a 责任编辑 line names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The site's name or domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// gov.cn 索引号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_no: Option<String>,
    /// gov.cn 发文机关.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// gov.cn 发文字号 (国发〔2019〕4号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_no: Option<String>,
    /// gov.cn 成文日期, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
    /// gov.cn 主题分类.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// A heading's marker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkerInfo<'a> {
    /// The marker as written, punctuation included (`第一、`, `（一）`, `1.`, `一是`, `##`).
    pub text: Cow<'a, str>,
    /// The marker family (`chinese`, `chinese_paren`, `arabic`, `chapter`, `article`, `dotted`, …).
    pub style: Cow<'a, str>,
    /// The number the marker carries, if any.
    pub ordinal: Option<u32>,
    /// Nesting depth of a dotted number (`1.2.3` → 3) or of a Markdown heading (`##` → 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<u8>,
    /// Where the marker stands.
    pub span: Span,
}

/// A section: a heading and what it holds — the blocks under the heading, then the sections nested
/// in it.
///
/// ```
/// let doc = dagang::parse("一、总体要求\n坚持稳中求进。\n（一）指导思想\n以人民为中心。\n二、保障措施\n");
/// let first = &doc.sections[0];
/// assert_eq!((first.level, first.heading.as_ref()), (1, "总体要求"));
/// let marker = first.marker.as_ref().unwrap();
/// assert_eq!((marker.text.as_ref(), marker.style.as_ref(), marker.ordinal), ("一、", "chinese", Some(1)));
/// assert_eq!(first.blocks[0].text, "坚持稳中求进。");
/// assert_eq!(first.sections[0].label(), "（一）指导思想");
/// assert_eq!(first.sections[0].level, 2);
/// assert_eq!(doc.sections[1].heading, "保障措施");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section<'a> {
    /// Depth in the document's outline, 1 at the top.
    pub level: u32,
    /// The marker, or `null` for an unnumbered heading.
    pub marker: Option<MarkerInfo<'a>>,
    /// The heading text without its marker (for a run-in heading, its first sentence).
    pub heading: Cow<'a, str>,
    /// The heading: from the marker's first byte to the end of the heading text.
    pub span: Span,
    /// Markdown `#` or `**` around the heading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markup: Vec<Span>,
    /// In a law or regulation: the unit the section is (编, 章, 节, 条, or 项 and 目 inside an article).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<LawUnit>,
    /// In a law or regulation, for an item (项) or sub-item (目): the 款 of its article it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u32>,
    /// The heading stands on a logical line the text's line breaks did not give (split from a longer
    /// line, or joined from lines wrapped at the page width; see [`crate::logical`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reflowed: bool,
    /// The blocks between this heading and the next one.
    pub blocks: Vec<Block<'a>>,
    /// The sections nested in this one.
    pub sections: Vec<Section<'a>>,
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A numbered line that is not an outline item (a restarted list, an inline criteria list).
    ListItem,
    /// A 目录 line: the label or an entry of a table of contents.
    Toc,
    /// A table row (cells separated by TABs).
    TableRow,
    /// A note under a 注： label.
    Note,
    /// A line of a Markdown code block (between ``` fences).
    Code,
    /// A boilerplate line kept in the body (`--keep-boilerplate`); see the block's `boilerplate` tag.
    Boilerplate,
    /// An official document's 发文字号 line (`国发〔2019〕5号`).
    DocNo,
    /// An official document's 主送机关 line (`各省、自治区、直辖市人民政府：`).
    Recipients,
    /// A speech's salutation (`同志们：`).
    Salutation,
    /// The speaker's line under a speech's title.
    Speaker,
    /// An official document's 附件说明 (`附件：1．…`) and its further numbered lines.
    Attachments,
    /// The sign-off: an issuing body's line or the 成文日期 under it.
    Signature,
    /// The 抄送 line.
    Cc,
    /// The 印发机关和印发日期 line (`某某办公室　2024年1月5日印发`).
    PrintedBy,
}

impl BlockKind {
    /// The kind's name in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::Toc => "toc",
            BlockKind::TableRow => "table_row",
            BlockKind::Note => "note",
            BlockKind::Code => "code",
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::DocNo => "doc_no",
            BlockKind::Recipients => "recipients",
            BlockKind::Salutation => "salutation",
            BlockKind::Speaker => "speaker",
            BlockKind::Attachments => "attachments",
            BlockKind::Signature => "signature",
            BlockKind::Cc => "cc",
            BlockKind::PrintedBy => "printed_by",
        }
    }
}

/// A block of text: a paragraph, a list item, a 目录 entry, a table row, a code line, a quote, or (with
/// `keep_boilerplate`) a removed line kept in place.
///
/// ```
/// use dagang::BlockKind;
/// let text = "一、说明\n目录\n第一章 总则……1\n这是正文。\n名称\t数量\n";
/// let doc = dagang::parse(text);
/// let kinds: Vec<BlockKind> = doc.sections[0].blocks.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Toc, BlockKind::Toc, BlockKind::Paragraph, BlockKind::TableRow]);
/// let b = &doc.sections[0].blocks[2];
/// assert_eq!(&text[b.span.start..b.span.end], b.text);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block<'a> {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// In a law or regulation: the number of the 款 (the unnumbered paragraph of an article) this block
    /// begins, counted from 1 by position; an article's own text is its first 款.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u32>,
    /// For a boilerplate line kept in the body: its kind and the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boilerplate: Option<BoilerplateTag>,
    /// The block is a logical line the text's line breaks did not give (split from a longer line, or
    /// joined from lines wrapped at the page width; see [`crate::logical`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reflowed: bool,
}

/// The classification of a boilerplate line kept in the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateTag {
    /// What kind of clutter it is.
    pub kind: BoilerplateKind,
    /// The rule or the features that decided it.
    pub reason: Reason,
}

/// Why a line was judged clutter: a fixed phrase, or one written for a run of lines and shared by
/// every line of the run (cloning it copies a pointer, not the text — a page of ten thousand menu
/// lines holds one reason, not ten thousand). Reads as a `&str`; serialises as a JSON string.
///
/// ```
/// use dagang::model::Reason;
/// let r = Reason::from(format!("a run of {} short lines", 12));
/// let same = r.clone();
/// assert_eq!(&*same, "a run of 12 short lines");
/// assert_eq!(Reason::from("pattern share_widget"), "pattern share_widget");
/// assert_eq!(Reason::from("x"), Reason::from(String::from("x")));
/// ```
#[derive(Clone)]
pub struct Reason(ReasonText);

#[derive(Clone)]
enum ReasonText {
    Fixed(&'static str),
    Shared(std::sync::Arc<str>),
}

impl std::ops::Deref for Reason {
    type Target = str;
    fn deref(&self) -> &str {
        match &self.0 {
            ReasonText::Fixed(s) => s,
            ReasonText::Shared(s) => s,
        }
    }
}

// Equality, order and hash are the text's: a fixed and a shared reason with the same words are the
// same reason.
impl PartialEq for Reason {
    fn eq(&self, other: &Reason) -> bool {
        **self == **other
    }
}

impl Eq for Reason {}

impl PartialOrd for Reason {
    fn partial_cmp(&self, other: &Reason) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Reason {
    fn cmp(&self, other: &Reason) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl std::hash::Hash for Reason {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (**self).hash(h)
    }
}

impl std::fmt::Debug for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl AsRef<str> for Reason {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl From<&'static str> for Reason {
    fn from(s: &'static str) -> Self {
        Reason(ReasonText::Fixed(s))
    }
}

impl From<String> for Reason {
    fn from(s: String) -> Self {
        Reason(ReasonText::Shared(s.into()))
    }
}

impl From<Cow<'static, str>> for Reason {
    fn from(s: Cow<'static, str>) -> Self {
        match s {
            Cow::Borrowed(s) => s.into(),
            Cow::Owned(s) => s.into(),
        }
    }
}

impl PartialEq<str> for Reason {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Reason::from)
    }
}

/// The kinds of boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Site banner, slogan, logo text.
    Banner,
    /// Menus, breadcrumbs, previous/next links.
    Navigation,
    /// Author/time/source labels, a gov.cn header table, tags.
    Metadata,
    /// Share, favourite, print, QR-code widgets.
    Share,
    /// Ads and calls to action.
    Advertisement,
    /// Related or recommended article lists and their headers.
    Related,
    /// View, word-count and reading-time counters.
    Counter,
    /// Copyright, ICP and registration lines.
    Copyright,
    /// Comment sections.
    Comment,
    /// HTML/CSS residue, conversion markers.
    Markup,
    /// Bare numbers, timestamps and symbols left by widgets.
    Residue,
    /// A truncated teaser that repeats the start of the article.
    Teaser,
    /// Contact blocks (phone, address) of a site or advertiser.
    Contact,
    /// Page furniture of a converted document: page numbers, running headers and footers.
    Page,
}

impl BoilerplateKind {
    /// The kind's name in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            BoilerplateKind::Banner => "banner",
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::Metadata => "metadata",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Advertisement => "advertisement",
            BoilerplateKind::Related => "related",
            BoilerplateKind::Counter => "counter",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Comment => "comment",
            BoilerplateKind::Markup => "markup",
            BoilerplateKind::Residue => "residue",
            BoilerplateKind::Teaser => "teaser",
            BoilerplateKind::Contact => "contact",
            BoilerplateKind::Page => "page",
        }
    }
}

/// A line that is not part of the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate<'a> {
    /// What kind of clutter it is.
    pub kind: BoilerplateKind,
    /// The line's text.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// The rule or the features that decided it.
    pub reason: Reason,
    /// The line is a logical line the text's line breaks did not give (see [`crate::logical`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reflowed: bool,
}

/// The kinds of document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum KindName {
    /// A law (法): 编, 章, 节, 条 with 款, 项, 目.
    Law,
    /// A regulation or rules (条例, 规定, 办法, 细则 …), numbered like a law.
    Regulation,
    /// An official document (公文): 通知, 意见, 方案, 报告, 批复, 函 …
    OfficialDocument,
    /// A speech (讲话, 发言, 致辞, a report delivered at a congress).
    Speech,
    /// A report or work summary that is not a 公文.
    Report,
    /// Any other titled text: news, a blog post, an essay.
    Article,
    /// Too little to tell.
    #[default]
    Unknown,
}

impl KindName {
    /// The kind's name in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            KindName::Law => "law",
            KindName::Regulation => "regulation",
            KindName::OfficialDocument => "official_document",
            KindName::Speech => "speech",
            KindName::Report => "report",
            KindName::Article => "article",
            KindName::Unknown => "unknown",
        }
    }
}

/// What kind of document this is, and the evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kind {
    /// The kind.
    #[serde(rename = "type")]
    pub name: KindName,
    /// For an official document, its 文种 (`通知`, `意见`, `函` …); for a regulation, the word its
    /// title ends with (`条例`, `办法` …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// The evidence, or `requested` when `--kind` decided.
    pub reason: String,
}

/// A unit of a law's structure (立法法: 编、章、节、条、款、项、目).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LawUnit {
    /// 编.
    Book,
    /// 分编.
    SubBook,
    /// 部分 / 篇.
    Part,
    /// 章.
    Chapter,
    /// 节.
    Section,
    /// 条.
    Article,
    /// 项: `（一）` inside an article.
    Item,
    /// 目: `1.` inside an item.
    SubItem,
}

impl LawUnit {
    /// The unit's name in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            LawUnit::Book => "book",
            LawUnit::SubBook => "sub_book",
            LawUnit::Part => "part",
            LawUnit::Chapter => "chapter",
            LawUnit::Section => "section",
            LawUnit::Article => "article",
            LawUnit::Item => "item",
            LawUnit::SubItem => "sub_item",
        }
    }
}

/// A part of the document: its text and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// The text, trimmed.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// A part that lists names (主送机关, 抄送).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPart {
    /// The line, trimmed.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// The names it lists, in order.
    pub names: Vec<String>,
}

/// A part that carries a date (成文日期, 印发日期, 施行日期).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedPart {
    /// The text, trimmed.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// The date, `YYYY-MM-DD`, when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// One attachment named in the 附件说明.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its number (`1` in `附件：1．…`), if numbered.
    pub number: Option<u32>,
    /// Its name, without number and punctuation.
    pub name: String,
    /// Where its entry stands.
    pub span: Span,
}

/// The sign-off: the issuing bodies and the 成文日期.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// The issuing bodies' lines, in order.
    pub issuers: Vec<Part>,
    /// The date line under them.
    pub date: DatedPart,
}

/// The 印发机关和印发日期 line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintedBy {
    /// The line, trimmed.
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// The office that printed it.
    pub issuer: String,
    /// The date it was printed, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A table of contents and how its entries match the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toc {
    /// The 目录 label's line.
    pub span: Span,
    /// The entries, in order.
    pub entries: Vec<TocEntry>,
}

/// An entry of a table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// The entry as written, trimmed (page numbers and dot leaders included).
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// Its marker (`五、`, `1.2`), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// The span of the body heading it names, if one was found.
    pub target: Option<Span>,
}

/// The parts a document's kind defines. Absent parts are omitted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    /// 发文字号 (`国发〔2019〕5号`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_no: Option<Part>,
    /// 主送机关.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<NamedPart>,
    /// A speech's speaker (from the line under the title, or the title itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Part>,
    /// A speech's occasion (`在全国…会议上的讲话` → `全国…会议`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<Part>,
    /// A speech's salutation (`同志们：`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salutation: Option<Part>,
    /// The attachments the 附件说明 names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// The sign-off: issuing bodies and 成文日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
    /// 抄送.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc: Option<NamedPart>,
    /// 印发机关和印发日期.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed_by: Option<PrintedBy>,
    /// A law's 附则 (supplementary provisions) heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplementary: Option<Part>,
    /// A law's 施行日期: the sentence that says when it takes effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<DatedPart>,
    /// The 目录 and how its entries match the headings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toc: Option<Toc>,
}

impl Parts {
    /// Whether no part was found.
    pub fn is_empty(&self) -> bool {
        *self == Parts::default()
    }
}

/// Something the parser noticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable code: `sequence_gap`, `sequence_restart`, `depth_limit`, `lone_marker`, …
    pub code: String,
    /// A lowercase message.
    pub message: String,
    /// Where it applies.
    pub span: Span,
}

impl Document<'_> {
    /// The same document, owning all its text.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            version: self.version,
            source: self.source,
            kind: self.kind,
            title: self.title.map(Title::into_owned),
            meta: self.meta,
            parts: self.parts,
            preamble: self.preamble.into_iter().map(Block::into_owned).collect(),
            sections: self.sections.into_iter().map(Section::into_owned).collect(),
            boilerplate: self.boilerplate.into_iter().map(Boilerplate::into_owned).collect(),
            diagnostics: self.diagnostics,
        }
    }
}

fn owned(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

impl Title<'_> {
    /// The same title, owning its text.
    pub fn into_owned(self) -> Title<'static> {
        Title {
            text: owned(self.text),
            span: self.span,
            lines: self.lines,
            subtitle: self.subtitle.map(|s| Spanned { text: owned(s.text), span: s.span }),
        }
    }
}

impl Section<'_> {
    /// The heading as written: its marker (a Markdown `#` left out), a space where the source has
    /// white space (or markup) between marker and text, and the text — `第一条 为了…` stays apart as
    /// `第一章总　　则` stays together.
    ///
    /// ```
    /// let doc = dagang::parse("第一章 总则\n第一条 为了规范管理，制定本法。\n（一）登记\n");
    /// let labels: Vec<String> = doc.walk().map(|v| v.section.label()).collect();
    /// assert_eq!(labels, ["第一章 总则", "第一条 为了规范管理，制定本法。", "（一）登记"]);
    /// ```
    pub fn label(&self) -> String {
        match &self.marker {
            Some(m) if m.style != "markdown" => {
                // The bytes between the marker and the text: the heading ends the section's span.
                let gap = self.span.end.saturating_sub(m.span.end).saturating_sub(self.heading.len());
                // (And between a Latin letter or digit and another, which would run together:
                // `1` and `2024年工作回顾`.)
                let latin = m.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && self.heading.starts_with(|c: char| c.is_ascii_alphanumeric());
                let sep = if (gap > 0 || latin) && !self.heading.is_empty() { " " } else { "" };
                format!("{}{sep}{}", m.text, self.heading)
            }
            _ => self.heading.to_string(),
        }
    }

    /// The same section, owning its text.
    pub fn into_owned(self) -> Section<'static> {
        Section {
            level: self.level,
            marker: self.marker.map(|m| MarkerInfo {
                text: owned(m.text),
                style: owned(m.style),
                ordinal: m.ordinal,
                depth: m.depth,
                span: m.span,
            }),
            heading: owned(self.heading),
            span: self.span,
            markup: self.markup,
            unit: self.unit,
            clause: self.clause,
            reflowed: self.reflowed,
            blocks: self.blocks.into_iter().map(Block::into_owned).collect(),
            sections: self.sections.into_iter().map(Section::into_owned).collect(),
        }
    }
}

impl Block<'_> {
    /// The same block, owning its text.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            kind: self.kind,
            text: owned(self.text),
            span: self.span,
            clause: self.clause,
            boilerplate: self.boilerplate.map(|t| BoilerplateTag { kind: t.kind, reason: t.reason }),
            reflowed: self.reflowed,
        }
    }
}

impl Boilerplate<'_> {
    /// The same entry, owning its text.
    pub fn into_owned(self) -> Boilerplate<'static> {
        Boilerplate {
            kind: self.kind,
            text: owned(self.text),
            span: self.span,
            reason: self.reason,
            reflowed: self.reflowed,
        }
    }
}

/// A section met by [`Document::sections`]: the section and its path from the top (indices into
/// `sections` at each level).
#[derive(Clone, Debug)]
pub struct Visit<'d, 'a> {
    /// The section.
    pub section: &'d Section<'a>,
    /// Its path: `[2, 0]` is the first child of the third top-level section.
    pub path: Vec<usize>,
}

impl Visit<'_, '_> {
    /// The section's level (1 at the top).
    pub fn level(&self) -> u32 {
        self.section.level
    }
}

/// Depth-first iterator over a document's sections (see [`Document::sections`]).
pub struct Sections<'d, 'a> {
    stack: Vec<(&'d [Section<'a>], usize)>,
}

impl<'d, 'a> Iterator for Sections<'d, 'a> {
    type Item = Visit<'d, 'a>;

    fn next(&mut self) -> Option<Visit<'d, 'a>> {
        loop {
            let (list, at) = self.stack.last_mut()?;
            let list: &'d [Section<'a>] = list;
            if *at >= list.len() {
                self.stack.pop();
                continue;
            }
            let section = &list[*at];
            *at += 1;
            let path = self.stack.iter().map(|(_, i)| i - 1).collect();
            self.stack.push((&section.sections, 0));
            return Some(Visit { section, path });
        }
    }
}

impl<'a> Document<'a> {
    /// Every section, depth first, with its path (the field [`Document::sections`] holds the top
    /// level only).
    ///
    /// ```
    /// let doc = dagang::parse("一、总则\n（一）目的\n二、附则\n");
    /// let heads: Vec<(u32, String)> = doc.walk().map(|v| (v.level(), v.section.heading.to_string())).collect();
    /// assert_eq!(heads, [(1, "总则".to_string()), (2, "目的".to_string()), (1, "附则".to_string())]);
    /// ```
    pub fn walk(&self) -> Sections<'_, 'a> {
        Sections { stack: vec![(&self.sections, 0)] }
    }

    /// The old name of [`Document::walk`], which the field `sections` shadowed in reading.
    #[deprecated(since = "0.1.0", note = "renamed `walk()`: the field `sections` is the top level only")]
    pub fn sections(&self) -> Sections<'_, 'a> {
        self.walk()
    }

    /// The headings as written (marker and text), depth first, with their levels: a table of contents.
    pub fn headings(&self) -> impl Iterator<Item = (u32, String)> + '_ {
        self.walk().map(|v| {
            let s = v.section;
            (s.level, s.label())
        })
    }

    /// The body's text without boilerplate: the preamble, each heading (marker and text) and each
    /// block, one per line.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        let blocks = |bs: &[Block<'_>], out: &mut String| {
            for b in bs.iter().filter(|b| b.kind != BlockKind::Boilerplate) {
                out.push_str(&b.text);
                out.push('\n');
            }
        };
        blocks(&self.preamble, &mut out);
        for v in self.walk() {
            let s = v.section;
            if let Some(m) = s.marker.as_ref().filter(|m| m.style != "markdown") {
                out.push_str(&m.text);
            }
            out.push_str(&s.heading);
            out.push('\n');
            blocks(&s.blocks, &mut out);
        }
        out
    }

    /// The document as Markdown (see [`render::markdown`](crate::render::markdown)).
    pub fn to_markdown(&self) -> String {
        crate::render::markdown::to_markdown(self)
    }

    /// The clean article (see [`render::text`](crate::render::text)): title, headings and paragraphs
    /// with boilerplate and Markdown markup removed, line breaks as in `text`, the text this document
    /// was parsed from.
    ///
    /// ```
    /// let text = "上一篇：旧闻\n一、总则\n正文第一段。\n";
    /// let doc = dagang::parse(text);
    /// assert!(!doc.to_text(text).contains("上一篇"));
    /// ```
    pub fn to_text(&self, text: &str) -> String {
        crate::render::text::to_text(text, self)
    }

    /// The document as compact JSON.
    pub fn to_json(&self) -> String {
        crate::render::json::to_string(self)
    }

    /// The outline only: the same document without its blocks (for a table of contents).
    pub fn outline_only(mut self) -> Document<'a> {
        fn strip(s: &mut Section<'_>) {
            s.blocks.clear();
            s.sections.iter_mut().for_each(strip);
        }
        self.preamble.clear();
        self.sections.iter_mut().for_each(strip);
        self
    }

    /// The same document without sections deeper than `max` (their text goes with them).
    pub fn max_level(mut self, max: u32) -> Document<'a> {
        fn prune(s: &mut Section<'_>, max: u32) {
            if s.level >= max {
                s.sections.clear();
            }
            s.sections.iter_mut().for_each(|c| prune(c, max));
        }
        if max == 0 {
            self.sections.clear();
        }
        self.sections.iter_mut().for_each(|s| prune(s, max));
        self
    }
}
