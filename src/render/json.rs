//! JSON: the document as one JSON object, compact or pretty.
//!
//! The compact form is written by a dedicated writer rather than through serde: the output of a large
//! document is mostly Chinese text that needs no escaping, and the writer finds the bytes that do
//! (`"`, `\`, control characters) eight at a time. Its output is byte for byte what `serde_json`
//! writes for the same [`Document`] (a test checks it on every fixture), so the serde derives remain
//! the contract. The pretty form goes through `serde_json`.

use crate::model::{Block, Boilerplate, Diagnostic, Document, Meta, Section, Spanned, Title};
use crate::span::Span;
use std::io::{self, Write};

/// Writes `doc` as one JSON object followed by a newline.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(doc: &Document<'_>, pretty: bool, mut out: impl Write) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut out, doc)?;
        return out.write_all(b"\n");
    }
    let mut w = Writer { buf: Vec::with_capacity(64 * 1024), chars: None };
    w.document(doc, &[], &mut out)?;
    w.buf.push(b'\n');
    out.write_all(&w.buf)
}

/// Writes `doc` as one compact JSON line whose first keys are `tags` (name, raw JSON value), as in
/// `{"path":"a.txt","version":1,…}` — the line format of batch mode and of the JSON Lines filter.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write_line(doc: &Document<'_>, tags: &[(&str, &str)], mut out: impl Write) -> io::Result<()> {
    let mut w = Writer { buf: Vec::with_capacity(64 * 1024), chars: None };
    w.document(doc, tags, &mut out)?;
    w.buf.push(b'\n');
    out.write_all(&w.buf)
}

/// Writes the serialised JSON object `object` (`{…}`) with `tags` (keys and JSON literals, such as
/// `("path", "\"a.txt\"")`) as its first members: a batch or `--jsonl` line for a chunk, a leaf or a
/// rendered view.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write_tagged(object: &[u8], tags: &[(&str, &str)], mut out: impl Write) -> io::Result<()> {
    let Some(members) = object.strip_prefix(b"{") else { return out.write_all(object) };
    out.write_all(b"{")?;
    for (k, (key, value)) in tags.iter().enumerate() {
        if k > 0 {
            out.write_all(b",")?;
        }
        write!(out, "{}:{value}", quote(key))?;
    }
    if !tags.is_empty() && members != b"}" {
        out.write_all(b",")?;
    }
    out.write_all(members)
}

/// A string as a JSON string literal (`"a\"b"`).
pub fn quote(s: &str) -> String {
    let mut w = Writer { buf: Vec::with_capacity(s.len() + 2), chars: None };
    w.str(s);
    String::from_utf8(w.buf).unwrap_or_default()
}

/// The character offset of every byte offset of `text` (`out[b]` characters stand before byte `b`;
/// a byte inside a character maps to that character).
pub fn char_offsets(text: &str) -> Vec<u32> {
    let mut out = vec![0u32; text.len() + 1];
    let mut n = 0u32;
    for (i, c) in text.char_indices() {
        out[i..i + c.len_utf8()].fill(n);
        n += 1;
    }
    out[text.len()] = n;
    out
}

/// Rewrites every span of `value` (an object with integer `start`, `end` and `line`) to character
/// offsets, keeping its byte offsets as `byte_start` and `byte_end`.
pub fn char_spans(value: &mut serde_json::Value, chars: &[u32]) {
    match value {
        serde_json::Value::Object(map) => {
            let get = |k: &str| map.get(k).and_then(serde_json::Value::as_u64);
            if let (Some(s), Some(e), Some(_)) = (get("start"), get("end"), get("line")) {
                let at = |b: u64| chars.get(b as usize).or(chars.last()).copied().unwrap_or(0);
                map.insert("start".into(), at(s).into());
                map.insert("end".into(), at(e).into());
                map.insert("byte_start".into(), s.into());
                map.insert("byte_end".into(), e.into());
            }
            map.values_mut().for_each(|v| char_spans(v, chars));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| char_spans(v, chars)),
        _ => {}
    }
}

/// The document as compact JSON whose spans count characters rather than bytes — `start` and `end`
/// are character offsets into `text` (the text `doc` was parsed from), and `byte_start`/`byte_end`
/// keep the byte offsets — for languages that index strings by character (Python, JavaScript).
pub fn to_string_char_spans(doc: &Document<'_>, text: &str) -> String {
    let chars = char_offsets(text);
    let mut w = Writer { buf: Vec::with_capacity(64 * 1024), chars: Some(&chars) };
    // (A large document's buffer is flushed into `out` as it fills.)
    let mut out = Vec::new();
    let _ = w.document(doc, &[], &mut out);
    out.extend_from_slice(&w.buf);
    String::from_utf8(out).unwrap_or_default()
}

/// The document as a compact JSON string.
pub fn to_string(doc: &Document<'_>) -> String {
    let mut out = Vec::new();
    let _ = write(doc, false, &mut out);
    out.pop(); // the newline
    String::from_utf8(out).unwrap_or_default()
}

struct Writer<'c> {
    buf: Vec<u8>,
    /// With [`to_string_char_spans`]: the character offset of every byte offset.
    chars: Option<&'c [u32]>,
}

/// Whether any byte of `x` is below 0x20, or is `"` or `\` (SWAR over eight bytes).
#[inline]
fn needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
    below_space || has_zero(x ^ (ONES * b'"' as u64)) || has_zero(x ^ (ONES * b'\\' as u64))
}

/// Whether a chunk holds a byte that JSON escapes (a control character, `"` or `\`).
#[inline]
fn chunk_needs_escape(chunk: &[u8]) -> bool {
    chunk.iter().fold(false, |acc, &x| acc | (x < 0x20) | (x == b'"') | (x == b'\\'))
}

impl Writer<'_> {
    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn str(&mut self, s: &str) {
        let b = s.as_bytes();
        self.buf.push(b'"');
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            // 32 bytes at a time with a branch-free test the compiler turns into vector compares;
            // text is rarely escaped, so most chunks are skipped whole.
            if i + 32 <= b.len() && !chunk_needs_escape(&b[i..i + 32]) {
                i += 32;
                continue;
            }
            if i + 8 <= b.len() {
                let word = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
                if !needs_escape(word) {
                    i += 8;
                    continue;
                }
            }
            let c = b[i];
            let esc: &[u8] = match c {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0C => b"\\f",
                0..=0x1F => {
                    self.buf.extend_from_slice(&b[start..i]);
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(b"\\u00");
                    self.buf.push(HEX[(c >> 4) as usize]);
                    self.buf.push(HEX[(c & 0xF) as usize]);
                    i += 1;
                    start = i;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.buf.extend_from_slice(&b[start..i]);
            self.buf.extend_from_slice(esc);
            i += 1;
            start = i;
        }
        self.buf.extend_from_slice(&b[start..]);
        self.buf.push(b'"');
    }

    /// Small, rare objects (kind, parts) go through serde_json itself (and, with character spans,
    /// through a `serde_json::Value` whose spans are rewritten).
    fn serde(&mut self, v: &impl serde::Serialize) {
        let written = match self.chars {
            None => serde_json::to_writer(&mut self.buf, v),
            Some(chars) => serde_json::to_value(v).and_then(|mut value| {
                char_spans(&mut value, chars);
                serde_json::to_writer(&mut self.buf, &value)
            }),
        };
        if written.is_err() {
            self.raw("null");
        }
    }

    fn num(&mut self, n: u64) {
        let mut tmp = itoa::Buffer::new();
        self.buf.extend_from_slice(tmp.format(n).as_bytes());
    }

    fn key(&mut self, first: &mut bool, k: &str) {
        if !*first {
            self.buf.push(b',');
        }
        *first = false;
        self.buf.push(b'"');
        self.raw(k);
        self.buf.extend_from_slice(b"\":");
    }

    fn span(&mut self, s: &Span) {
        // With character offsets, start and end count characters and the bytes follow.
        let chars = self.chars;
        let at = |b: usize| match chars {
            Some(chars) => u64::from(chars.get(b).or(chars.last()).copied().unwrap_or(0)),
            None => b as u64,
        };
        self.raw("{\"start\":");
        self.num(at(s.start));
        self.raw(",\"end\":");
        self.num(at(s.end));
        self.raw(",\"line\":");
        self.num(s.line as u64);
        if chars.is_some() {
            self.raw(",\"byte_start\":");
            self.num(s.start as u64);
            self.raw(",\"byte_end\":");
            self.num(s.end as u64);
        }
        self.buf.push(b'}');
    }

    fn opt_str(&mut self, first: &mut bool, k: &str, v: &Option<String>) {
        if let Some(v) = v {
            self.key(first, k);
            self.str(v);
        }
    }

    fn opt_num(&mut self, first: &mut bool, k: &str, v: Option<u64>) {
        if let Some(v) = v {
            self.key(first, k);
            self.num(v);
        }
    }

    /// Writes the document, flushing the buffer to `out` as it grows.
    fn document(&mut self, d: &Document<'_>, tags: &[(&str, &str)], out: &mut impl Write) -> io::Result<()> {
        self.buf.push(b'{');
        for (k, v) in tags {
            self.str(k);
            self.buf.push(b':');
            self.raw(v);
            self.buf.push(b',');
        }
        self.raw("\"version\":");
        self.num(u64::from(d.version));
        self.raw(",\"source\":{\"encoding\":");
        self.str(&d.source.encoding);
        self.raw(",\"bom\":");
        self.raw(if d.source.bom { "true" } else { "false" });
        self.raw(",\"crlf\":");
        self.raw(if d.source.crlf { "true" } else { "false" });
        self.raw(",\"bytes\":");
        self.num(d.source.bytes as u64);
        self.raw(",\"lines\":");
        self.num(d.source.lines as u64);
        self.raw(",\"detection\":");
        self.str(&d.source.detection);
        self.raw(",\"confidence\":");
        self.serde(&d.source.confidence);
        self.raw("},\"kind\":");
        self.serde(&d.kind);
        self.raw(",\"title\":");
        match &d.title {
            Some(t) => self.title(t),
            None => self.raw("null"),
        }
        self.raw(",\"meta\":");
        self.meta(&d.meta);
        self.raw(",\"parts\":");
        self.serde(&d.parts);
        self.raw(",\"preamble\":[");
        for (i, b) in d.preamble.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.block(b);
        }
        self.raw("],\"sections\":[");
        for (i, s) in d.sections.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.section(s, out)?;
        }
        self.raw("],\"boilerplate\":[");
        for (i, b) in d.boilerplate.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.boilerplate(b);
            self.flush_if_full(out)?;
        }
        self.raw("],\"diagnostics\":[");
        for (i, x) in d.diagnostics.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.diagnostic(x);
        }
        self.raw("]}");
        Ok(())
    }

    fn flush_if_full(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.buf.len() >= 1 << 20 {
            out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// `,"key":[SPAN,…]`, left out when empty (as serde's `skip_serializing_if = "Vec::is_empty"`).
    fn span_list(&mut self, key: &str, spans: &[Span]) {
        if spans.is_empty() {
            return;
        }
        self.raw(",\"");
        self.raw(key);
        self.raw("\":[");
        for (i, s) in spans.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.span(s);
        }
        self.buf.push(b']');
    }

    fn title(&mut self, t: &Title<'_>) {
        self.raw("{\"text\":");
        self.str(&t.text);
        self.raw(",\"span\":");
        self.span(&t.span);
        self.span_list("lines", &t.lines);
        if let Some(s) = &t.subtitle {
            self.raw(",\"subtitle\":");
            self.spanned(s);
        }
        self.buf.push(b'}');
    }

    fn spanned(&mut self, s: &Spanned<'_>) {
        self.raw("{\"text\":");
        self.str(&s.text);
        self.raw(",\"span\":");
        self.span(&s.span);
        self.buf.push(b'}');
    }

    fn meta(&mut self, m: &Meta) {
        self.buf.push(b'{');
        let mut first = true;
        self.opt_str(&mut first, "author", &m.author);
        self.opt_str(&mut first, "published", &m.published);
        self.opt_num(&mut first, "word_count", m.word_count);
        self.opt_num(&mut first, "reading_minutes", m.reading_minutes);
        self.opt_num(&mut first, "views", m.views);
        self.opt_str(&mut first, "source", &m.source);
        self.opt_str(&mut first, "editor", &m.editor);
        self.opt_str(&mut first, "site", &m.site);
        self.opt_str(&mut first, "index_no", &m.index_no);
        self.opt_str(&mut first, "issuer", &m.issuer);
        self.opt_str(&mut first, "doc_no", &m.doc_no);
        self.opt_str(&mut first, "written", &m.written);
        self.opt_str(&mut first, "topic", &m.topic);
        self.buf.push(b'}');
    }

    fn block(&mut self, b: &Block<'_>) {
        self.raw("{\"kind\":\"");
        self.raw(b.kind.name());
        self.raw("\",\"text\":");
        self.str(&b.text);
        self.raw(",\"span\":");
        self.span(&b.span);
        if let Some(c) = b.clause {
            self.raw(",\"clause\":");
            self.num(u64::from(c));
        }
        if let Some(t) = &b.boilerplate {
            self.raw(",\"boilerplate\":{\"kind\":\"");
            self.raw(t.kind.name());
            self.raw("\",\"reason\":");
            self.str(&t.reason);
            self.buf.push(b'}');
        }
        if b.reflowed {
            self.raw(",\"reflowed\":true");
        }
        self.buf.push(b'}');
    }

    fn section(&mut self, s: &Section<'_>, out: &mut impl Write) -> io::Result<()> {
        self.raw("{\"level\":");
        self.num(u64::from(s.level));
        self.raw(",\"marker\":");
        match &s.marker {
            None => self.raw("null"),
            Some(m) => {
                self.raw("{\"text\":");
                self.str(&m.text);
                self.raw(",\"style\":");
                self.str(&m.style);
                self.raw(",\"ordinal\":");
                match m.ordinal {
                    Some(o) => self.num(u64::from(o)),
                    None => self.raw("null"),
                }
                if let Some(d) = m.depth {
                    self.raw(",\"depth\":");
                    self.num(u64::from(d));
                }
                self.raw(",\"span\":");
                self.span(&m.span);
                self.buf.push(b'}');
            }
        }
        self.raw(",\"heading\":");
        self.str(&s.heading);
        self.raw(",\"span\":");
        self.span(&s.span);
        self.span_list("markup", &s.markup);
        if let Some(u) = s.unit {
            self.raw(",\"unit\":\"");
            self.raw(u.name());
            self.buf.push(b'"');
        }
        if let Some(c) = s.clause {
            self.raw(",\"clause\":");
            self.num(u64::from(c));
        }
        if s.reflowed {
            self.raw(",\"reflowed\":true");
        }
        self.raw(",\"blocks\":[");
        for (i, b) in s.blocks.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.block(b);
        }
        self.flush_if_full(out)?;
        self.raw("],\"sections\":[");
        for (i, c) in s.sections.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.section(c, out)?;
        }
        self.raw("]}");
        Ok(())
    }

    fn boilerplate(&mut self, b: &Boilerplate<'_>) {
        self.raw("{\"kind\":\"");
        self.raw(b.kind.name());
        self.raw("\",\"text\":");
        self.str(&b.text);
        self.raw(",\"span\":");
        self.span(&b.span);
        self.raw(",\"reason\":");
        self.str(&b.reason);
        if b.reflowed {
            self.raw(",\"reflowed\":true");
        }
        self.buf.push(b'}');
    }

    fn diagnostic(&mut self, d: &Diagnostic) {
        self.raw("{\"code\":");
        self.str(&d.code);
        self.raw(",\"message\":");
        self.str(&d.message);
        self.raw(",\"span\":");
        self.span(&d.span);
        self.buf.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_escape_like_serde_json() {
        for s in [
            "",
            "纯中文文本，没有需要转义的字符。",
            "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{1f}",
            "12345678\"",
            "\u{7f}/é",
        ] {
            let mut w = Writer { buf: Vec::new(), chars: None };
            w.str(s);
            assert_eq!(String::from_utf8(w.buf).unwrap(), serde_json::to_string(s).unwrap(), "should escape {s:?}");
        }
    }

    #[test]
    fn should_match_serde_json_on_a_document() {
        let text = "标题\n\n一、总则\n（一）目的。为了规范\"管理\"。\n版权所有 © 2024\n\t表格\t一行\n";
        let doc = crate::parse(text);
        assert_eq!(to_string(&doc), serde_json::to_string(&doc).unwrap());
    }
}
