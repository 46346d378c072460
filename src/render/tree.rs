//! Tree: the outline as an indented tree with markers and line numbers, like `tree`, fitted to the
//! terminal's width and coloured on a terminal.

use super::term::{fit, width, Paint};
use crate::model::{Document, Section};
use std::io::{self, Write};

fn section(
    s: &Section<'_>,
    prefix: &str,
    last: bool,
    paint: Paint,
    cols: usize,
    out: &mut impl Write,
) -> io::Result<()> {
    let branch = if last { "└── " } else { "├── " };
    let marker = s.marker.as_ref().filter(|m| m.style != "markdown").map_or(String::new(), |m| m.text.to_string());
    let line = format!(" {}", s.span.line);
    let budget = cols.saturating_sub(width(prefix) + width(branch) + width(&line) + 1);
    let head = fit(&s.label(), budget);
    let (m, h) = if head.starts_with(&marker) && !marker.is_empty() {
        (paint.cyan(&marker), paint.bold(&head[marker.len()..]))
    } else {
        (String::new(), paint.bold(&head))
    };
    writeln!(out, "{}{}{}{} {}", paint.dim(prefix), paint.dim(branch), m, h, paint.dim(&format!(":{}", s.span.line)))?;
    let child_prefix = format!("{prefix}{}", if last { "    " } else { "│   " });
    for (i, c) in s.sections.iter().enumerate() {
        section(c, &child_prefix, i + 1 == s.sections.len(), paint, cols, out)?;
    }
    Ok(())
}

/// Writes the tree view, `cols` columns wide (80 when `None`).
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(doc: &Document<'_>, paint: Paint, cols: Option<usize>, mut out: impl Write) -> io::Result<()> {
    let cols = cols.unwrap_or(80).max(30);
    let title = doc.title.as_ref().map_or_else(|| "(no title)".to_string(), |t| t.text.to_string());
    let genre = doc.kind.genre.as_ref().map_or(String::new(), |g| format!(" {g}"));
    let kind = format!("  [{}{genre}]", doc.kind.name.name());
    let title = fit(&title, cols.saturating_sub(width(&kind)));
    writeln!(out, "{}{}", paint.magenta(&paint.bold(&title)), paint.dim(&kind))?;
    for (i, s) in doc.sections.iter().enumerate() {
        section(s, "", i + 1 == doc.sections.len(), paint, cols, &mut out)?;
    }
    Ok(())
}
