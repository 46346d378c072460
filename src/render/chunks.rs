//! Chunks as JSON Lines: one [`crate::chunks::Chunk`] a line, for retrieval pipelines.

use crate::chunks::Chunk;
use std::io::{self, Write};

/// Writes each chunk as one JSON object on its own line, with `tags` (key and JSON literal, such as
/// `("file", "\"a.txt\"")`) first.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write_lines(chunks: &[Chunk], tags: &[(&str, &str)], mut out: impl Write) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    for c in chunks {
        buf.clear();
        serde_json::to_writer(&mut buf, c).map_err(io::Error::from)?;
        super::json::write_tagged(&buf, tags, &mut out)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
