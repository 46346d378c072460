//! The JSON Lines filter: `{"id": …, "text": …}` lines on stdin, one outline per line on stdout
//! (`{"id": …, …outline}`), in input order, flushed as it goes — so that dagang runs as a streaming
//! filter under Spark's `RDD.pipe`, Hadoop Streaming or `parallel --pipe`.
//!
//! Memory stays bounded: lines are read in windows (at most [`WINDOW_LINES`] lines or
//! [`WINDOW_BYTES`] bytes), each window is parsed in parallel and written in order before the next
//! is read. A line that is not a JSON object with a string text field gets `{"id": …, "error": …}`
//! (or `{"line": N, "error": …}` when it has no id) and the stream goes on.

use super::{exit, pool, progress_bar, Config, Failure};
use crate::render;
use rayon::prelude::*;
use std::io::{self, BufRead, Write};

/// Lines per window.
pub const WINDOW_LINES: usize = 256;
/// Bytes per window (the window closes when its lines pass this size).
pub const WINDOW_BYTES: usize = 16 << 20;

fn process(cfg: &Config, line: &str, number: usize, id_field: &str, text_field: &str) -> (Vec<u8>, bool) {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (error(None, number, &format!("not a JSON object: {e}")), false),
    };
    let id = value.get(id_field).map(|v| v.to_string());
    let Some(text) = value.get(text_field).and_then(|t| t.as_str()) else {
        return (error(id.as_deref(), number, &format!("no string field {text_field:?}")), false);
    };
    let doc = cfg.shape(cfg.parser.parse(text));
    let mut out = Vec::with_capacity(text.len() * 2 + 256);
    let line_no = number.to_string();
    let tags: Vec<(&str, &str)> = match &id {
        Some(id) => vec![("id", id.as_str())],
        None => vec![("line", line_no.as_str())],
    };
    let written = match &cfg.chunks {
        Some(options) => render::chunks::write_lines(&crate::chunks::chunks(&doc, options), &tags, &mut out),
        None => render::json::write_line(&doc, &tags, &mut out),
    };
    match written {
        Ok(()) => (out, true),
        Err(e) => (error(id.as_deref(), number, &e.to_string()), false),
    }
}

fn error(id: Option<&str>, number: usize, msg: &str) -> Vec<u8> {
    let key = match id {
        Some(id) => format!("\"id\":{id}"),
        None => format!("\"line\":{number}"),
    };
    format!("{{{key},\"error\":{}}}\n", render::json::quote(msg)).into_bytes()
}

/// Runs the filter over stdin. Returns the exit code: 0, or [`exit::SOME_FAILED`].
///
/// ## Errors
///
/// Reading stdin or writing stdout failed.
pub fn run(cfg: &Config, id_field: &str, text_field: &str) -> Result<u8, Failure> {
    let pool = pool(cfg.jobs);
    let bar = progress_bar(cfg.progress, None);
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut failed = 0usize;
    let mut number = 0usize;
    loop {
        let mut window: Vec<(usize, String)> = Vec::with_capacity(WINDOW_LINES);
        let mut bytes = 0;
        while window.len() < WINDOW_LINES && bytes < WINDOW_BYTES {
            let mut line = String::new();
            let n = input
                .read_line(&mut line)
                .map_err(|e| Failure::Input(crate::Error::from_io(&e).with_path("<stdin>")))?;
            if n == 0 {
                break;
            }
            number += 1;
            if line.trim().is_empty() {
                continue;
            }
            bytes += n;
            window.push((number, line));
        }
        if window.is_empty() {
            break;
        }
        let results: Vec<(Vec<u8>, bool)> = pool.install(|| {
            window.par_iter().map(|(k, line)| process(cfg, line.trim_end(), *k, id_field, text_field)).collect()
        });
        for (line, ok) in &results {
            failed += usize::from(!ok);
            out.write_all(line).map_err(Failure::Output)?;
        }
        out.flush().map_err(Failure::Output)?;
        bar.inc(results.len() as u64);
    }
    bar.finish_and_clear();
    Ok(if failed > 0 { exit::SOME_FAILED } else { exit::OK })
}
