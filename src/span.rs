//! Spans: half-open byte ranges into the decoded text, and the line index that turns a byte offset
//! into a 1-based line (and column).
//!
//! Every node of a [`Document`](crate::Document) carries a [`Span`]. Offsets are byte offsets into the
//! decoded UTF-8 text (for a UTF-8 input, the file's own bytes; see [`decode`](crate::decode)), and
//! `line` is the 1-based line of `start`, counting `\n` only (a `\r` before it belongs to the line).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `start..end` into the decoded text, with the 1-based line of `start`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the node.
    pub start: usize,
    /// One past the last byte of the node.
    pub end: usize,
    /// 1-based line number of `start`.
    pub line: usize,
}

impl Span {
    /// The span's length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// The text the span covers.
    ///
    /// Returns an empty string when the span does not lie on character boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Line and column of the span's start in `text`, without building a [`LineIndex`] (the line is
    /// already in the span; the column is counted back to the previous newline).
    ///
    /// ```
    /// let text = "一、总则\n（一）目的\n";
    /// let doc = dagang::parse(text);
    /// let sub = &doc.sections[0].sections[0];
    /// let pos = sub.span.start_position(text);
    /// assert_eq!((pos.line, pos.column), (2, 1));
    /// let m = sub.marker.as_ref().unwrap();
    /// assert_eq!(m.span.end_position(text).column, 4, "（一） is three characters");
    /// ```
    pub fn start_position(&self, text: &str) -> Position {
        column_of(text, self.start, self.line)
    }

    /// Line and column of the span's end (the position just after its last character).
    pub fn end_position(&self, text: &str) -> Position {
        let inside = text.get(self.start..self.end).unwrap_or("");
        let line = self.line + memchr::memchr_iter(b'\n', inside.as_bytes()).count();
        column_of(text, self.end, line)
    }
}

fn column_of(text: &str, offset: usize, line: usize) -> Position {
    let offset = offset.min(text.len());
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..offset]).map_or(0, |i| i + 1);
    let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
    Position { offset, line, column }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}..{}", self.line, self.start, self.end)
    }
}

/// A position in the text: byte offset (0-based), line (1-based) and column (1-based, in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Byte offset from the start of the text.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

/// Maps byte offsets to lines. Lines are split on `\n` only, like the scorer and `wc -l`.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Builds the index of `text` in one pass over its newlines.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts, len: text.len() }
    }

    /// The 1-based line that holds byte `offset` (an offset at the very end counts as the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The byte offset where 1-based `line` starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        line.checked_sub(1).and_then(|i| self.starts.get(i).copied())
    }

    /// How many lines the text has (a final `\n` opens an empty last line, as in the scorer).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// A span for `start..end` with its line filled in.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span { start, end, line: self.line_of(start) }
    }

    /// Line and column of byte `offset` in `text` (the text the index was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.line_of(offset);
        let start = self.starts[line - 1];
        let column = text.get(start..offset.min(text.len())).map_or(1, |s| s.chars().count() + 1);
        Position { offset, line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_count_lines_on_newline_only() {
        let text = "一\r\n二\r三\n\n四";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4, "should split on \\n only, keeping lone \\r in the line");
        assert_eq!(idx.line_of(0), 1);
        assert_eq!(idx.line_of(text.find('三').unwrap()), 2, "should keep a lone CR inside line 2");
        assert_eq!(idx.line_of(text.find('四').unwrap()), 4);
        assert_eq!(idx.line_of(text.len()), 4, "should map the end of text to the last line");
    }

    #[test]
    fn should_give_columns_in_characters() {
        let text = "第一章\n总则";
        let idx = LineIndex::new(text);
        let p = idx.position(text, text.find('则').unwrap());
        assert_eq!((p.line, p.column), (2, 2));
    }

    #[test]
    fn should_print_compact_debug() {
        let s = Span { start: 3, end: 9, line: 2 };
        assert_eq!(format!("{s:?}"), "2:3..9");
    }
}
