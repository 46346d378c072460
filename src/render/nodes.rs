//! Nodes: the leaves of a document in text order, tiling the text exactly.
//!
//! Every byte of the decoded text belongs to exactly one leaf: a title line, the subtitle, a
//! boilerplate line, a markup span (`##`, `**`), a marker, a heading, a block, or a `gap` of white space
//! between them. The first leaf starts at 0, each starts where the previous one ended, and the last
//! ends at the text's length; concatenating the leaves' text gives back the input. `dagang --format
//! nodes` prints them as JSON Lines.

use crate::model::{Document, Section};
use serde::Serialize;
use std::fmt;

/// One leaf of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Node {
    /// What the leaf is: `title`, `subtitle`, `boilerplate`, `markup`, `marker`, `heading`, a block
    /// kind (`paragraph`, `list_item`, `toc`, `table_row`, `note`), or `gap`.
    pub kind: &'static str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Why a document's leaves do not tile its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TilingError {
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for TilingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TilingError {}

fn block_kind(kind: crate::model::BlockKind) -> &'static str {
    kind.name()
}

fn section_leaves(s: &Section, text: &str, out: &mut Vec<Node>) {
    let mut parts: Vec<Node> = s.markup.iter().map(|m| Node { kind: "markup", start: m.start, end: m.end }).collect();
    if let Some(m) = &s.marker {
        if !s.markup.iter().any(|x| x.start == m.span.start) {
            parts.push(Node { kind: "marker", start: m.span.start, end: m.span.end });
        }
    }
    parts.sort_by_key(|n| n.start);
    // The heading text is what the section's span holds besides its marker and markup.
    let mut at = s.span.start;
    let mut leaves = Vec::new();
    for p in parts {
        if p.start > at {
            push_text(text, at, p.start, "heading", &mut leaves);
        }
        leaves.push(p);
        at = at.max(p.end);
    }
    if s.span.end > at {
        push_text(text, at, s.span.end, "heading", &mut leaves);
    }
    out.extend(leaves);
    out.extend(s.blocks.iter().map(|b| Node { kind: block_kind(b.kind), start: b.span.start, end: b.span.end }));
    for c in &s.sections {
        section_leaves(c, text, out);
    }
}

/// Pushes the non-blank core of `start..end` as a leaf of `kind` (white space around it is a gap).
fn push_text(text: &str, start: usize, end: usize, kind: &'static str, out: &mut Vec<Node>) {
    let s = text.get(start..end).unwrap_or("");
    let lead = s.len() - s.trim_start_matches(crate::lines::is_space).len();
    let core = s.trim_matches(crate::lines::is_space);
    if !core.is_empty() {
        out.push(Node { kind, start: start + lead, end: start + lead + core.len() });
    }
}

/// The leaves of `doc` in text order, gaps included. `text` is the text the document was parsed from.
pub fn leaves(text: &str, doc: &Document) -> Vec<Node> {
    let mut out = Vec::new();
    if let Some(t) = &doc.title {
        out.extend(t.lines.iter().map(|l| Node { kind: "title", start: l.start, end: l.end }));
        if let Some(sub) = &t.subtitle {
            if !t.lines.iter().any(|l| l.start <= sub.span.start && sub.span.end <= l.end) {
                out.push(Node { kind: "subtitle", start: sub.span.start, end: sub.span.end });
            }
        }
    }
    out.extend(doc.boilerplate.iter().map(|b| Node { kind: "boilerplate", start: b.span.start, end: b.span.end }));
    out.extend(doc.preamble.iter().map(|b| Node { kind: block_kind(b.kind), start: b.span.start, end: b.span.end }));
    for s in &doc.sections {
        section_leaves(s, text, &mut out);
    }
    out.sort_by_key(|n| (n.start, n.end));
    let mut tiled = Vec::with_capacity(out.len() * 2 + 1);
    let mut at = 0;
    for n in out {
        if n.start > at {
            tiled.push(Node { kind: "gap", start: at, end: n.start });
        }
        at = at.max(n.end);
        tiled.push(n);
    }
    if at < text.len() {
        tiled.push(Node { kind: "gap", start: at, end: text.len() });
    }
    tiled
}

/// Checks that the leaves of `doc` tile `text`: contiguous, non-overlapping, covering every byte, and
/// every gap only white space.
pub fn check_tiling(text: &str, doc: &Document) -> Result<(), TilingError> {
    let err = |message: String| Err(TilingError { message });
    let mut at = 0;
    for n in leaves(text, doc) {
        if n.start != at {
            return err(format!(
                "leaf {} at {}..{} does not start where the previous ended ({at})",
                n.kind, n.start, n.end
            ));
        }
        if n.end < n.start || n.end > text.len() || !text.is_char_boundary(n.start) || !text.is_char_boundary(n.end) {
            return err(format!("leaf {} at {}..{} is not a valid range", n.kind, n.start, n.end));
        }
        if n.kind == "gap" && !text[n.start..n.end].chars().all(|c| crate::lines::is_space(c) || c == '\t') {
            return err(format!("gap at {}..{} holds text {:?}", n.start, n.end, &text[n.start..n.end]));
        }
        at = n.end;
    }
    if at != text.len() {
        return err(format!("leaves end at {at}, the text at {}", text.len()));
    }
    Ok(())
}
