//! Explain: every input line with its number, its role (title, boilerplate kind, heading level,
//! paragraph, blank …) and, for removed lines, the reason — aligned in columns, coloured on a
//! terminal, for a person who wants to see why each line went where it went.

use super::term::{fit, pad, width, Paint};
use crate::model::{BlockKind, BoilerplateKind, Document, Section};
use crate::span::LineIndex;
use std::io::{self, Write};

/// The role of one line, as the document records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineRole {
    /// Only white space.
    Blank,
    /// The title, a piece or a repeat of it.
    Title,
    /// The subtitle.
    Subtitle,
    /// Not part of the article.
    Boilerplate {
        /// What kind.
        kind: BoilerplateKind,
        /// Why.
        reason: crate::model::Reason,
    },
    /// Opens a section.
    Heading {
        /// Its level.
        level: u32,
        /// Its marker's style (`none` for an unnumbered heading).
        style: String,
    },
    /// Continues a heading broken over lines.
    Continuation,
    /// Continues a paragraph (or a removed line) wrapped at the page width and read as one line.
    Joined,
    /// Body text.
    Block(BlockKind),
}

impl LineRole {
    /// A short name for the role column.
    pub fn label(&self) -> String {
        match self {
            LineRole::Blank => "blank".into(),
            LineRole::Title => "title".into(),
            LineRole::Subtitle => "subtitle".into(),
            LineRole::Boilerplate { kind, .. } => format!("✂ {}", kind.name()),
            LineRole::Heading { level, style } => format!("H{level} {style}"),
            LineRole::Continuation => "  (heading)".into(),
            LineRole::Joined => "  (joined)".into(),
            LineRole::Block(k) => k.name().into(),
        }
    }
}

fn mark_section(s: &Section<'_>, index: &LineIndex, roles: &mut [LineRole]) {
    let first = s.span.line;
    let last = index.line_of(s.span.end.saturating_sub(1).max(s.span.start));
    for l in first..=last {
        if let Some(r) = roles.get_mut(l - 1) {
            *r = if l == first {
                LineRole::Heading {
                    level: s.level,
                    style: s.marker.as_ref().map_or("none".into(), |m| m.style.to_string()),
                }
            } else {
                LineRole::Continuation
            };
        }
    }
    for b in &s.blocks {
        if let Some(r) = roles.get_mut(b.span.line - 1) {
            if !matches!(r, LineRole::Heading { .. }) {
                *r = LineRole::Block(b.kind);
            }
        }
        mark_joined(b.span, index, roles);
    }
    for c in &s.sections {
        mark_section(c, index, roles);
    }
}

/// The lines after the first of a span joined from lines wrapped at the page width.
fn mark_joined(span: crate::span::Span, index: &LineIndex, roles: &mut [LineRole]) {
    let last = index.line_of(span.end.saturating_sub(1).max(span.start));
    for l in span.line + 1..=last {
        if let Some(r) = roles.get_mut(l - 1) {
            if *r == LineRole::Blank {
                *r = LineRole::Joined;
            }
        }
    }
}

/// The role of every line of `text` (1-based line `n` is `roles[n - 1]`).
pub fn line_roles(text: &str, doc: &Document<'_>) -> Vec<LineRole> {
    let index = LineIndex::new(text);
    let mut roles = vec![LineRole::Blank; index.line_count()];
    let mut set = |line: usize, role: LineRole| {
        if let Some(r) = roles.get_mut(line.wrapping_sub(1)) {
            *r = role;
        }
    };
    if let Some(t) = &doc.title {
        for l in &t.lines {
            set(l.line, LineRole::Title);
        }
        if let Some(s) = &t.subtitle {
            if !t.lines.iter().any(|l| l.line == s.span.line) {
                set(s.span.line, LineRole::Subtitle);
            }
        }
    }
    for b in &doc.boilerplate {
        set(b.span.line, LineRole::Boilerplate { kind: b.kind, reason: b.reason.clone() });
    }
    for b in &doc.preamble {
        let role = match &b.boilerplate {
            Some(t) => LineRole::Boilerplate { kind: t.kind, reason: t.reason.clone() },
            None => LineRole::Block(b.kind),
        };
        set(b.span.line, role);
    }
    for s in &doc.sections {
        mark_section(s, &index, &mut roles);
    }
    let spans = doc.boilerplate.iter().map(|b| b.span).chain(doc.preamble.iter().map(|b| b.span));
    let title = doc.title.iter().flat_map(|t| t.lines.iter().copied());
    for span in spans.chain(title).collect::<Vec<_>>() {
        mark_joined(span, &index, &mut roles);
    }
    roles
}

/// From this many columns on, a removed line's reason stands on its line when both fit.
pub const WIDE: usize = 120;

/// Writes the explain view: one row per line, `WIDTH` columns wide (80 when `width` is `None`); a
/// removed line's reason on the same line from [`WIDE`] columns on, when it fits, else under it.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(text: &str, doc: &Document<'_>, paint: Paint, cols: Option<usize>, mut out: impl Write) -> io::Result<()> {
    let cols = cols.unwrap_or(80).max(40);
    let roles = line_roles(text, doc);
    let lines: Vec<&str> = text.split('\n').collect();
    let num_w = lines.len().to_string().len().max(3);
    let role_w = 16;
    let text_w = cols.saturating_sub(num_w + 2 + role_w + 1);
    for (i, (role, line)) in roles.iter().zip(&lines).enumerate() {
        let n = format!("{:>num_w$}", i + 1);
        let label = pad(&fit(&role.label(), role_w), role_w);
        let content = fit(line.trim_matches(crate::lines::is_space), text_w);
        let (label, content) = match role {
            LineRole::Title | LineRole::Subtitle => (paint.magenta(&label), paint.bold(&content)),
            LineRole::Boilerplate { .. } => (paint.yellow(&label), paint.dim(&content)),
            LineRole::Heading { .. } => (paint.green(&label), paint.bold(&content)),
            LineRole::Blank => (paint.dim(&label), content),
            _ => (label, content),
        };
        // A removed line's reason: on the same line when the view is wide (WIDE columns or more)
        // and both fit, else on the next line under the text.
        let why = match role {
            LineRole::Boilerplate { reason, .. } => Some(format!("↳ {reason}")),
            _ => None,
        };
        let shown = content.trim_end();
        match why {
            Some(why) if cols >= WIDE && width(shown) + 2 + width(&why) <= text_w => {
                writeln!(out, "{}  {}{}  {}", paint.dim(&n), label, shown, paint.dim(&why))?;
            }
            Some(why) => {
                writeln!(out, "{}  {}{}", paint.dim(&n), label, shown)?;
                let indent = num_w + 2 + role_w;
                let why = fit(&why, cols.saturating_sub(indent));
                writeln!(out, "{}{}", " ".repeat(indent), paint.dim(&why))?;
            }
            None => writeln!(out, "{}  {}{}", paint.dim(&n), label, shown)?,
        }
        debug_assert!(width(&fit(line, text_w)) <= text_w);
    }
    Ok(())
}
