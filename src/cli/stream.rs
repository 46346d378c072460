//! The JSON Lines filter: `{"id": …, "text": …}` lines on stdin, one outline per line on stdout
//! (`{"id": …, …outline}`), in input order, flushed as it goes — so that dagang runs as a streaming
//! filter under Spark's `RDD.pipe`, Hadoop Streaming or `parallel --pipe`.
//!
//! Memory stays bounded: lines are read in windows (at most [`WINDOW_LINES`] lines or
//! [`WINDOW_BYTES`] bytes), each window is parsed in parallel and written in order before the next
//! is read. A line that is not a JSON object with a string text field, is not UTF-8 or is larger than
//! `--max-bytes` gets `{"id": …, "error": …, "code": …}` (or `{"line": N, …}` when it has no id) and
//! the stream goes on. Ids are echoed as the exact JSON text they had.

use super::{exit, pool, progress_bar, Config, Failure};
use crate::render;
use rayon::prelude::*;
use std::io::{self, BufRead, Write};

/// Lines per window.
pub const WINDOW_LINES: usize = 256;
/// Bytes per window (the window closes when its lines pass this size).
pub const WINDOW_BYTES: usize = 16 << 20;

/// One input line's fields, each as the exact JSON text it had (so an id is echoed byte for byte: a
/// 30-digit integer stays one, `-0` stays `-0`).
type Fields<'a> = std::collections::HashMap<String, &'a serde_json::value::RawValue>;

fn process(cfg: &Config, line: &[u8], number: usize, id_field: &str, text_field: &str) -> (Vec<u8>, bool) {
    // (A byte-order mark before the first line, as Windows tools write one.)
    let line = if number == 1 { line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line) } else { line };
    let line = match std::str::from_utf8(line) {
        Ok(l) => l,
        Err(e) => {
            // The id, when the rest of the line still reads as JSON.
            let lossy = String::from_utf8_lossy(line);
            let fields: Option<Fields<'_>> = serde_json::from_str(&lossy).ok();
            let id = fields.as_ref().and_then(|f| f.get(id_field)).map(|r| r.get().to_string());
            let msg = format!("not UTF-8 (an invalid byte at {})", e.valid_up_to());
            return (error(id.as_deref(), number, &msg, "not_utf8"), false);
        }
    };
    let fields: Fields<'_> = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (error(None, number, &format!("not a JSON object: {e}"), "not_json"), false),
    };
    let id = fields.get(id_field).map(|r| r.get());
    let text: Option<std::borrow::Cow<'_, str>> =
        fields.get(text_field).and_then(|r| serde_json::from_str(r.get()).ok());
    let Some(text) = text else {
        return (error(id, number, &format!("no string field {text_field:?}"), "no_text"), false);
    };
    let doc = cfg.parser.parse(&text);
    let mut out = Vec::with_capacity(text.len() * 2 + 256);
    let line_no = number.to_string();
    let tags: Vec<(&str, &str)> = match id {
        Some(id) => vec![("id", id)],
        None => vec![("line", line_no.as_str())],
    };
    let written = super::output::write_tagged(cfg, cfg.format, &text, doc, &tags, &mut out);
    match written {
        Ok(()) => (out, true),
        Err(e) => (error(id, number, &e.to_string(), "output"), false),
    }
}

/// `{"id": …, "error": …, "code": …}`, or with `"line": N` when the line has no id.
fn error(id: Option<&str>, number: usize, msg: &str, code: &str) -> Vec<u8> {
    let key = match id {
        Some(id) => format!("\"id\":{id}"),
        None => format!("\"line\":{number}"),
    };
    format!("{{{key},\"error\":{},\"code\":\"{code}\"}}\n", render::json::quote(msg)).into_bytes()
}

/// Reads one line (through its `\n`) into `buf`, keeping at most `limit` bytes of it: a longer line
/// is read to its end and dropped. Returns the bytes consumed (0 at the end of the input) and whether
/// the line was over the limit.
fn read_line_bounded(input: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<(usize, bool)> {
    let (mut consumed, mut over) = (0, false);
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, over));
        }
        let (piece, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        if !over && buf.len() + piece.len() <= limit.saturating_add(1) {
            buf.extend_from_slice(piece);
        } else {
            over = true;
            buf.clear();
        }
        let n = piece.len();
        input.consume(n);
        consumed += n;
        if done {
            return Ok((consumed, over));
        }
    }
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
    let limit = cfg.max_bytes.map_or(usize::MAX, |m| m.min(usize::MAX as u64) as usize);
    loop {
        let mut window: Vec<(usize, Vec<u8>)> = Vec::with_capacity(WINDOW_LINES);
        let mut too_large: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0;
        while window.len() < WINDOW_LINES && bytes < WINDOW_BYTES {
            let mut line = Vec::new();
            let (n, over) = read_line_bounded(&mut input, &mut line, limit)
                .map_err(|e| Failure::Input(crate::Error::from_io(&e).with_path("<stdin>")))?;
            if n == 0 {
                break;
            }
            number += 1;
            if over {
                failed += 1;
                let msg = format!("the line is larger than --max-bytes ({limit} bytes)");
                too_large.push((window.len(), error(None, number, &msg, "too_large")));
                continue;
            }
            if line.trim_ascii().is_empty() {
                continue;
            }
            bytes += n;
            window.push((number, line));
        }
        if window.is_empty() && too_large.is_empty() {
            break;
        }
        let results: Vec<(Vec<u8>, bool)> = pool.install(|| {
            window.par_iter().map(|(k, line)| process(cfg, line.trim_ascii_end(), *k, id_field, text_field)).collect()
        });
        // (Error lines for lines over the limit go where those lines stood.)
        let mut dropped = too_large.drain(..).peekable();
        for (at, (line, ok)) in results.iter().enumerate() {
            let _writing = super::interrupt::Writing::begin();
            while let Some((_, e)) = dropped.next_if(|(k, _)| *k == at) {
                out.write_all(&e).map_err(Failure::Output)?;
            }
            failed += usize::from(!ok);
            out.write_all(line).map_err(Failure::Output)?;
        }
        for (_, e) in dropped {
            let _writing = super::interrupt::Writing::begin();
            out.write_all(&e).map_err(Failure::Output)?;
        }
        let writing = super::interrupt::Writing::begin();
        out.flush().map_err(Failure::Output)?;
        drop(writing);
        bar.inc(results.len() as u64);
    }
    bar.finish_and_clear();
    Ok(if failed > 0 { exit::SOME_FAILED } else { exit::OK })
}
