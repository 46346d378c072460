//! dagang (大纲, "outline") turns a Chinese document given as plain text — a speech, an official
//! document (公文), a report, a law, often copied from a web page — into a typed, hierarchical outline.
//!
//! It recognises the common Chinese heading markers (第一、 一、 （一） 1. （1） ① 第一章 第一条 一是 …),
//! nests them by the order the document itself uses, separates site clutter from the article (each
//! removed line says what it is and why), finds the title and metadata, and accounts for every byte of
//! the input.
//!
//! # Example
//!
//! ```
//! let text = "关于做好春季防火工作的通知\n\n一、总体要求\n\n（一）指导思想。坚持预防为主。\n\n（二）工作目标。\n\n二、保障措施\n";
//! let doc = dagang::parse(text);
//! assert_eq!(doc.title.as_ref().map(|t| t.text.as_ref()), Some("关于做好春季防火工作的通知"));
//! assert_eq!(doc.sections.len(), 2);
//! assert_eq!(doc.sections[0].heading, "总体要求");
//! assert_eq!(doc.sections[0].sections[0].heading, "指导思想。");
//! assert_eq!(doc.sections[0].sections[0].level, 2);
//! // The rest of a run-in heading's line is its first paragraph.
//! assert_eq!(doc.sections[0].sections[0].blocks[0].text, "坚持预防为主。");
//! ```
//!
//! # Pipeline
//!
//! Each stage is a module with a function over plain types (the stages between decoding and the
//! model are internal: their interfaces change as the rules do):
//!
//! [`decode`] bytes → text · `lines` text → lines · `logical` lines → the paragraphs they really
//! hold (long lines split, wrapped ones joined) · `markers` line → marker (nom) · `classify` lines →
//! roles, title, metadata · `outline` roles → [`Document`] (spine stack) · [`model`] the serde types
//! (the JSON contract) · [`render`] document → JSON, Markdown, text, tree, explain, nodes;
//! [`chunks()`] document → chunks for retrieval.
//!
//! # Features
//!
//! `cli` (on by default) builds the `dagang` command and pulls in its dependencies (clap,
//! indicatif, mimalloc, signal-hook). A library user who does not need it writes
//! `dagang = { version = "0.1", default-features = false }`.
//!
//! # Glossary
//!
//! - 标题 title, 副标题 subtitle (`——在…上的讲话`);
//! - 一、 （一） 1. （1） — the four heading levels of GB/T 9704 (公文);
//! - 第一章/第一节/第一条 — chapter/section/article of a law (编 > 分编 > 章 > 节 > 条 > 款 > 项 > 目);
//! - 一是/二是, 第一，/第二， — run-in enumerators (GB/T 15834 序次语);
//! - 目录 table of contents; 附件 attachment; 发文字号 document number (国发〔2019〕4号).

#![deny(missing_docs)]
#![deny(unsafe_code)]
// Rules and model fields link to the internal stages that produce them: those links resolve in the
// developers' documentation (`cargo doc --document-private-items`) and read as plain names in the
// public one.
#![allow(rustdoc::private_intra_doc_links)]
#![cfg_attr(test, allow(clippy::type_complexity))]

pub mod chunks;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
pub mod decode;
pub mod error;
pub mod model;
pub mod render;
pub mod span;

mod classify;
mod furniture;
mod kinds;
mod lines;
mod logical;
mod markers;
mod outline;
mod par;

/// Not part of the API: the pipeline's stages, for the crate's own examples, benchmarks and the
/// classifier's training tool. Anything here may change in any release.
#[doc(hidden)]
#[allow(missing_docs)]
pub mod __private {
    pub mod classify {
        pub use crate::classify::*;
    }
    pub mod kinds {
        pub use crate::kinds::*;
    }
    pub mod lines {
        pub use crate::lines::*;
    }
    pub mod outline {
        pub use crate::outline::*;
    }
}

pub use chunks::{chunks, Chunk, ChunkOptions};
pub use error::{Error, ErrorKind};
pub use kinds::KindHint;
pub use model::{
    Block, BlockKind, Boilerplate, BoilerplateKind, Diagnostic, Document, Kind, KindName, LawUnit, Meta, Parts,
    Section, Title,
};
pub use span::{LineIndex, Position, Span};

/// The JSON Schema (draft 2020-12) of the JSON output, as `dagang --schema` prints it. Every
/// fixture's output is validated against it in the tests.
pub const SCHEMA: &str = include_str!("../schema/dagang.schema.json");

/// Options for [`Parser`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Classify boilerplate (on by default). Off, every line is body, for clean sources.
    pub boilerplate: bool,
    /// Keep boilerplate lines in the body, typed (`kind: "boilerplate"` blocks with the boilerplate kind
    /// and reason), instead of moving them to the document's `boilerplate` list.
    pub keep_boilerplate: bool,
    /// The document's kind, or [`KindHint::Auto`] (the default) to detect it.
    pub kind: KindHint,
    /// Whether the physical lines are taken as the paragraphs ([`LineBreaks::Auto`], the default:
    /// decided from the text, see [`logical`]).
    pub line_breaks: LineBreaks,
}

pub use logical::LineBreaks;

impl Default for Options {
    fn default() -> Options {
        Options { boilerplate: true, keep_boilerplate: false, kind: KindHint::Auto, line_breaks: LineBreaks::Auto }
    }
}

/// A parser with options.
///
/// ```
/// let parser = dagang::Parser::new().boilerplate(false);
/// let doc = parser.parse("版权所有 © 2024\n一、总则\n");
/// assert!(doc.boilerplate.is_empty());
/// ```
#[derive(Clone, Debug, Default)]
pub struct Parser {
    options: Options,
}

impl Parser {
    /// A parser with the default options.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Turns the boilerplate classifier on or off.
    pub fn boilerplate(mut self, on: bool) -> Parser {
        self.options.boilerplate = on;
        self
    }

    /// Keeps boilerplate lines in the body as typed blocks instead of removing them.
    ///
    /// ```
    /// let doc = dagang::Parser::new().keep_boilerplate(true).parse("上一篇：旧文\n正文第一段，内容充实而且足够长，是文章的主体部分。\n");
    /// assert!(doc.boilerplate.is_empty());
    /// let tag = doc.preamble[0].boilerplate.as_ref().unwrap();
    /// assert_eq!(tag.kind, dagang::BoilerplateKind::Navigation);
    /// ```
    pub fn keep_boilerplate(mut self, keep: bool) -> Parser {
        self.options.keep_boilerplate = keep;
        self
    }

    /// Sets the document's kind instead of detecting it: a user who knows the document is a law gets
    /// its 款, 项 and 目 even when the title does not say so.
    ///
    /// ```
    /// let doc = dagang::Parser::new().kind(dagang::KindHint::Law).parse("第一条 为了规范管理，制定本规定。\n");
    /// assert_eq!(doc.kind.name, dagang::KindName::Law);
    /// assert_eq!(doc.kind.reason, "requested");
    /// ```
    pub fn kind(mut self, kind: KindHint) -> Parser {
        self.options.kind = kind;
        self
    }

    /// Sets how line breaks are read: [`LineBreaks::Keep`] takes every physical line as a
    /// paragraph, [`LineBreaks::Reflow`] looks for the paragraphs inside every line, however short.
    ///
    /// ```
    /// let text = "一、总体要求。各地要加强组织领导。二、主要任务。各地要抓好落实。三、保障措施。\n";
    /// let kept = dagang::Parser::new().line_breaks(dagang::LineBreaks::Keep).parse(text);
    /// assert_eq!(kept.sections.len(), 1);
    /// let reflowed = dagang::Parser::new().line_breaks(dagang::LineBreaks::Reflow).parse(text);
    /// assert_eq!(reflowed.sections.len(), 3);
    /// ```
    pub fn line_breaks(mut self, mode: LineBreaks) -> Parser {
        self.options.line_breaks = mode;
        self
    }

    /// The options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Parses decoded text. Never fails.
    pub fn parse<'a>(&self, text: &'a str) -> Document<'a> {
        let source = model::SourceInfo {
            encoding: "UTF-8".into(),
            bom: text.starts_with('\u{FEFF}'),
            crlf: text.contains("\r\n"),
            bytes: text.len(),
            lines: LineIndex::new(text).line_count(),
            detection: decode::Detection::Text.name().into(),
            confidence: 1.0,
        };
        self.parse_with_source(text, source)
    }

    /// Decodes `bytes` (see [`decode::decode`]) and parses the text. Returns the text too, since spans
    /// point into it.
    ///
    /// ## Errors
    ///
    /// A binary or undecodable input, or an unknown encoding label.
    pub fn parse_bytes(&self, bytes: &[u8], encoding: Option<&str>) -> Result<(String, Document<'static>), Error> {
        let src = decode::decode(bytes, encoding)?;
        let text = src.text.into_owned();
        let info = model::SourceInfo {
            encoding: src.encoding.to_string(),
            bom: src.bom,
            crlf: src.crlf,
            bytes: text.len(),
            lines: LineIndex::new(&text).line_count(),
            detection: src.detection.name().into(),
            confidence: two_decimals(src.confidence),
        };
        let doc = self.parse_with_source(&text, info).into_owned();
        Ok((text, doc))
    }

    /// Parses text decoded by [`decode::decode`], keeping its encoding facts; the document borrows
    /// from the decoded text.
    pub fn parse_decoded<'a>(&self, src: &'a decode::Source<'_>) -> Document<'a> {
        let text: &'a str = &src.text;
        let info = model::SourceInfo {
            encoding: src.encoding.to_string(),
            bom: src.bom,
            crlf: src.crlf,
            bytes: text.len(),
            lines: LineIndex::new(text).line_count(),
            detection: src.detection.name().into(),
            confidence: two_decimals(src.confidence),
        };
        self.parse_with_source(text, info)
    }

    fn parse_with_source<'a>(&self, text: &'a str, source: model::SourceInfo) -> Document<'a> {
        let (lines, reflow) = logical::derive_with(text, lines::split(text), self.options.line_breaks);
        let analysis = classify::classify(text, &lines, &self.options);
        let mut doc = outline::build(text, &lines, analysis, source, self.options.keep_boilerplate);
        if let Some(r) = reflow {
            doc.diagnostics.push(model::Diagnostic {
                code: "reflowed".into(),
                message: {
                    let mut parts = Vec::new();
                    if r.joined > 0 {
                        parts.push(format!(
                            "the text is wrapped at the page width; {} line(s) joined to the line before them, into paragraphs",
                            r.joined
                        ));
                    }
                    if r.split_lines > 0 {
                        parts.push(format!(
                            "{} long line(s) hold whole paragraphs; read as {} logical lines, split at paragraph separators or before numbered parts",
                            r.split_lines, r.made
                        ));
                    }
                    parts.join("; ")
                },
                span: span::Span { start: 0, end: text.len(), line: 1 },
            });
        }
        for (span, message) in classify::meta::impossible_dates(text, &lines) {
            doc.diagnostics.push(model::Diagnostic { code: "impossible_date".into(), message, span });
        }
        kinds::analyze(text, &mut doc, self.options.kind);
        doc
    }
}

/// A confidence to two decimals (0.953 → 0.95), as `source.confidence` carries it.
fn two_decimals(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

/// Parses `text` with the default options. Never fails: what the parser notices is reported in
/// [`Document::diagnostics`].
pub fn parse(text: &str) -> Document<'_> {
    Parser::new().parse(text)
}
