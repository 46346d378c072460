//! Markdown ATX headings: `#` … `######` followed by a space, for text converted from Markdown or
//! written in it. The depth is strong evidence for nesting: `## 序言` and `## 第一章 总纲` are siblings.
//!
//! ## Grammar
//!
//! ```text
//! atx ::= '#'{1,6} ( space+ text | eol )
//! ```
//!
//! The text after the `#`s may itself open with a marker (`## 第一章 总纲`, `### 5.1　颅脑`); the caller
//! scans it with [`super::scan`] and keeps both.
//!
//! ## Examples
//!
//! ```text
//! > | ## 第一章 总纲
//!     ^^ atx depth 2
//! ```
//!
//! ## Not a marker
//!
//! - `#话题#`, `#标签` — a hashtag: no space after the `#`;
//! - `####### 七级` — more than six `#`.

/// An ATX prefix: its depth and the byte offset of the text after it (spaces skipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Atx {
    /// The number of `#`.
    pub depth: u8,
    /// Byte length of the `#`s.
    pub len: usize,
    /// Byte offset of the text after the `#`s and the spaces.
    pub body: usize,
}

/// Scans an ATX prefix at the start of `line`.
pub fn scan(line: &str) -> Option<Atx> {
    let n = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&n) {
        return None;
    }
    let rest = &line[n..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t', '\u{3000}']) {
        return None;
    }
    let body = n + super::space_len(rest);
    Some(Atx { depth: n as u8, len: n, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atx_prefixes() {
        assert_eq!(scan("## 第一章 总纲").map(|a| (a.depth, a.body)), Some((2, 3)), "should read ##");
        assert_eq!(scan("# 总则").map(|a| a.depth), Some(1), "should read #");
        assert_eq!(scan("#话题#"), None, "should reject a hashtag");
        assert_eq!(scan("####### 七级"), None, "should reject seven #");
    }
}
