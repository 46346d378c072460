//! Markdown: the outline as Markdown with real heading levels — the title as `#`, sections as
//! `##` … `######` by level, deeper levels as nested list items (never flattened), paragraphs as
//! paragraphs, and the metadata as a front-matter block. Boilerplate is left out, except the
//! picture lines (`![](…)`) that stand among the document's blocks: Markdown shows pictures, and a
//! caption read again without its picture would look like a subhead.
//!
//! Parsing the Markdown back with dagang gives the same outline: the same headings at the same
//! levels (a test checks it on every fixture and on the development corpus).

use crate::model::{Block, BlockKind, Document, Kind, KindName, Meta, Section};
use std::fmt::Write as _;
use std::io::{self, Write};

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn front_matter(kind: &Kind, meta: &Meta, out: &mut String) {
    let v = serde_json::to_value(meta).unwrap_or_default();
    let Some(map) = v.as_object() else { return };
    if map.is_empty() && kind.name == KindName::Unknown {
        return;
    }
    out.push_str("---\n");
    if kind.name != KindName::Unknown {
        let _ = writeln!(out, "kind: {}", kind.name.name());
        if let Some(g) = &kind.genre {
            let _ = writeln!(out, "genre: {}", quote(g));
        }
    }
    for (k, v) in map {
        let value = match v {
            serde_json::Value::String(s) => quote(s),
            other => other.to_string(),
        };
        let _ = writeln!(out, "{k}: {value}");
    }
    out.push_str("---\n\n");
}

/// The picture lines the classifier removed (`![](…)`, `<img …>`), in document order, with a cursor:
/// Markdown shows pictures, so each is written back where it stood, before the next block or heading
/// that follows it. Pictures after the last block (share codes, footer logos) are left out.
struct Images<'d> {
    lines: Vec<(usize, &'d str)>,
    next: usize,
}

impl<'d> Images<'d> {
    fn of(doc: &'d Document<'_>) -> Self {
        let lines = doc
            .boilerplate
            .iter()
            .filter(|b| b.reason.contains("markup_image"))
            .map(|b| (b.span.start, b.text.as_ref()))
            .collect();
        Images { lines, next: 0 }
    }

    /// Writes the pictures that stand before byte `before`; returns whether it wrote any.
    fn flush(&mut self, before: usize, indent: &str, out: &mut String, mut gap: bool) -> bool {
        let start = self.next;
        while let Some(&(_, text)) = self.lines.get(self.next).filter(|(at, _)| *at < before) {
            if gap {
                out.push('\n');
            }
            let _ = writeln!(out, "{indent}{text}");
            gap = true;
            self.next += 1;
        }
        self.next > start
    }
}

/// `run_in`: the first block is the rest of a heading's line.
fn blocks(bs: &[Block<'_>], indent: &str, images: &mut Images<'_>, out: &mut String, run_in: bool) {
    // The previous block written: its kind and the line it ends on.
    let mut prev: Option<(BlockKind, usize)> = None;
    for (k, b) in bs.iter().enumerate() {
        if b.kind == BlockKind::Boilerplate {
            continue;
        }
        if images.flush(b.span.start, indent, out, prev.is_some()) {
            prev = Some((BlockKind::Boilerplate, 0));
        }
        let last_line = b.span.line + b.text.matches('\n').count();
        // Lines of a table, a code block or a table of contents stay together. Paragraphs are set
        // apart by a blank line, unless they stood on consecutive lines of the source: then they stay
        // consecutive, so that a short line inside a run of text (a fragment of a wrapped paragraph)
        // does not become a stand-alone line that reads as a heading when the Markdown is parsed again.
        let grouped = match prev {
            Some((kind, _))
                if kind == b.kind && matches!(kind, BlockKind::Code | BlockKind::TableRow | BlockKind::Toc) =>
            {
                true
            }
            Some((BlockKind::Paragraph, end)) => b.kind == BlockKind::Paragraph && end + 1 == b.span.line,
            _ => false,
        };
        if prev.is_some() && !grouped {
            out.push('\n');
        }
        // The rest of a heading's line that ends no sentence, on the line above the next piece of its
        // paragraph (`（一）…回升向好。出台稳经济` / `一揽子政策措施42条，…`: a wrapped line the text did
        // not join): one line with it, or the fragment would read as a heading when the Markdown is
        // parsed again.
        let fragment = run_in
            && k == 1
            && grouped
            && b.kind == BlockKind::Paragraph
            && !out.trim_end().ends_with(['。', '！', '？', '；', '：', '”', '）', '.', '!', '?', ';', ':', ')']);
        let text = if b.kind == BlockKind::Paragraph { crate::lines::unwrapped(&b.text) } else { b.text.clone() };
        if fragment && out.ends_with('\n') {
            out.pop();
            out.push_str(text.trim_start_matches(crate::lines::is_space));
            out.push('\n');
        } else {
            let _ = writeln!(out, "{indent}{text}");
        }
        prev = Some((b.kind, last_line));
    }
    if prev.is_some() {
        out.push('\n');
    }
}

/// The first character of `text` as a CommonMark character reference (`&#x4E8C;是…`), which every
/// Markdown reader shows as the character itself.
fn escape_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => format!("&#x{:X};{}", c as u32, chars.as_str()),
        None => String::new(),
    }
}

fn section(s: &Section<'_>, images: &mut Images<'_>, out: &mut String) {
    if images.flush(s.span.start, "", out, false) {
        out.push('\n');
    }
    let level = s.level as usize;
    // A run-in heading (`（一）指导思想。以……`): the rest of its line is the first block, and starts on
    // the heading's line. It is written on the line right under the heading, with no blank line between,
    // and — when it opens with what reads as a marker (`一是…。二是…`, where the 二是 stood inside the
    // line) — with its first character escaped, so that parsing the Markdown again does not take a
    // sentence from inside a paragraph for a heading.
    let run_in = s
        .blocks
        .first()
        .filter(|b| b.kind == BlockKind::Paragraph && b.span.line == s.span.line && b.span.start > s.span.start);
    let gap = if run_in.is_some() { "" } else { "\n" };
    let indent = if level <= 5 {
        let _ = writeln!(out, "{} {}{gap}", "#".repeat(level + 1), s.label());
        String::new()
    } else {
        let pad = "  ".repeat(level - 6);
        let _ = writeln!(out, "{pad}- {}{gap}", s.label());
        format!("{pad}  ")
    };
    match run_in {
        Some(first) if crate::markers::scan(first.text.trim_start()).is_some() => {
            let mut rest = s.blocks.clone();
            rest[0].text = escape_first(first.text.trim_start()).into();
            blocks(&rest, &indent, images, out, true);
        }
        _ => blocks(&s.blocks, &indent, images, out, run_in.is_some()),
    }
    for c in &s.sections {
        section(c, images, out);
    }
}

/// The document as Markdown.
pub fn to_markdown(doc: &Document<'_>) -> String {
    let mut out = String::new();
    front_matter(&doc.kind, &doc.meta, &mut out);
    if let Some(t) = &doc.title {
        let _ = writeln!(out, "# {}\n", t.text);
        if let Some(sub) = &t.subtitle {
            let _ = writeln!(out, "{}\n", sub.text);
        }
    }
    let mut images = Images::of(doc);
    blocks(&doc.preamble, "", &mut images, &mut out, false);
    for s in &doc.sections {
        section(s, &mut images, &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Writes the document as Markdown.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(doc: &Document<'_>, mut out: impl Write) -> io::Result<()> {
    out.write_all(to_markdown(doc).as_bytes())
}
