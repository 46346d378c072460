//! One document in the format asked for, in every mode: as single-file mode prints it (and `-o DIR`
//! writes it, one file per input with the format's extension), or as tagged JSON lines for batch
//! output on stdout and `--jsonl` — the outline (`json`), its chunks, its leaves (`nodes`), or for the
//! views people read one line `{"path"|"id": …, "<format>": "<the rendered text>"}`.

use super::{Config, Format};
use crate::render;
use std::io::{self, Write};

impl Format {
    /// The extension `-o DIR` adds to an input's name (`x.txt` → `x.txt.json`, `x.txt.md`, …).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Tree => "tree.txt",
            Format::Text => "text.txt",
            Format::Explain => "explain.txt",
            Format::Nodes => "nodes.jsonl",
            Format::Chunks => "chunks.jsonl",
        }
    }

    /// The field that holds the rendered text in a tagged line, for the views that are not JSON.
    pub fn field(self) -> Option<&'static str> {
        match self {
            Format::Markdown => Some("markdown"),
            Format::Tree => Some("tree"),
            Format::Text => Some("text"),
            Format::Explain => Some("explain"),
            Format::Json | Format::Nodes | Format::Chunks => None,
        }
    }

    /// Whether `--outline-only` and `--max-level` shape this view (the views of the text — the clean
    /// article, every line's role, the byte-tiling leaves, chunks — keep all of it).
    fn shaped(self) -> bool {
        matches!(self, Format::Json | Format::Markdown | Format::Tree)
    }
}

/// Writes `doc`, parsed from `text`, in `format` as single-file mode prints it.
///
/// ## Errors
///
/// The writer's.
pub fn write(
    cfg: &Config,
    format: Format,
    pretty: bool,
    paint: render::term::Paint,
    text: &str,
    doc: crate::Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let doc = if format.shaped() { cfg.shape(doc) } else { doc };
    match format {
        Format::Json => render::json::write(&doc, pretty, out),
        Format::Markdown => render::markdown::write(&doc, out),
        Format::Tree => render::tree::write(&doc, paint, cfg.width, out),
        Format::Text => render::text::write(text, &doc, out),
        Format::Explain => render::explain::write(text, &doc, paint, cfg.width, out),
        Format::Chunks => render::chunks::write_lines(&crate::chunks::chunks(&doc, &cfg.chunks), &[], out),
        Format::Nodes => {
            for n in render::nodes::leaves(text, &doc) {
                serde_json::to_writer(&mut *out, &n).map_err(io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
    }
}

/// Writes `doc` as JSON lines, each opening with `tags` (keys and raw JSON values: the `path` of a
/// batch input — `file` on chunk lines, whose own `path` is their headings' — or the `id` of a
/// `--jsonl` line).
///
/// ## Errors
///
/// The writer's.
pub fn write_tagged(
    cfg: &Config,
    format: Format,
    text: &str,
    doc: crate::Document<'_>,
    tags: &[(&str, &str)],
    out: &mut Vec<u8>,
) -> io::Result<()> {
    match format {
        Format::Json => render::json::write_line(&cfg.shape(doc), tags, out),
        Format::Chunks => render::chunks::write_lines(&crate::chunks::chunks(&doc, &cfg.chunks), tags, out),
        Format::Nodes => {
            let mut leaf = Vec::with_capacity(128);
            for n in render::nodes::leaves(text, &doc) {
                leaf.clear();
                serde_json::to_writer(&mut leaf, &n).map_err(io::Error::from)?;
                render::json::write_tagged(&leaf, tags, &mut *out)?;
                out.push(b'\n');
            }
            Ok(())
        }
        Format::Markdown | Format::Tree | Format::Text | Format::Explain => {
            let mut view = Vec::with_capacity(text.len() + 256);
            write(cfg, format, false, render::term::Paint { on: false }, text, doc, &mut view)?;
            let field = format.field().expect("a view with a field");
            let object =
                format!("{{{}:{}}}", render::json::quote(field), render::json::quote(&String::from_utf8_lossy(&view)));
            render::json::write_tagged(object.as_bytes(), tags, &mut *out)?;
            out.push(b'\n');
            Ok(())
        }
    }
}
