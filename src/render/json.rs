//! JSON: the document as one JSON object (compact or pretty), serialized straight from the model.

use crate::model::Document;
use std::io::{self, Write};

/// Writes `doc` as one JSON object followed by a newline.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(doc: &Document, pretty: bool, mut out: impl Write) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut out, doc)?;
    } else {
        serde_json::to_writer(&mut out, doc)?;
    }
    out.write_all(b"\n")
}

/// The document as a JSON string (compact).
pub fn to_string(doc: &Document) -> String {
    serde_json::to_string(doc).unwrap_or_default()
}
