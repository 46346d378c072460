//! Lines: the decoded text cut at `\n`, each line keeping its terminator.
//!
//! A [`Line`] records three ranges: the whole line with its terminator (`start..end`), the line
//! without its terminator (`start..content_end`, where a `\r` before the `\n` is part of the
//! terminator), and the trimmed content (`text_start..text_end`), without leading or trailing white
//! space (ASCII white space, U+3000 ideographic space, NBSP, U+2028 and the other Unicode spaces).
//! A line whose trimmed content is empty is blank; consecutive blank lines are kept as one blank entry
//! (its `number` is the first line's). Lines tile the text: each starts where the previous one ended
//! and the last ends at the text's length.

/// One line of the text. All offsets are byte offsets into the decoded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// First byte of the line.
    pub start: usize,
    /// One past the line's terminator (`\n`), or the text's length for the last line.
    pub end: usize,
    /// One past the last byte before the terminator (`\r\n` or `\n`).
    pub content_end: usize,
    /// First byte of the trimmed content.
    pub text_start: usize,
    /// One past the last byte of the trimmed content.
    pub text_end: usize,
    /// 1-based line number.
    pub number: usize,
    /// Where the line comes from: a physical line as written, or a logical line derived from one or
    /// several (see [`crate::logical`]).
    pub origin: Origin,
}

/// Where a [`Line`] comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// A physical line of the text, as written.
    #[default]
    Physical,
    /// A part of a longer physical line that holds several paragraphs.
    Split,
    /// Several physical lines joined (a paragraph wrapped at the page width, a number above its
    /// title): its content holds line breaks.
    Joined,
}

impl Line {
    /// Whether the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.text_start == self.text_end
    }

    /// The trimmed content of the line.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.text_start..self.text_end]
    }

    /// Whether the line is a logical line joined from several physical ones (its content holds line
    /// breaks).
    pub fn joined(&self) -> bool {
        self.origin == Origin::Joined
    }

    /// Whether the line is a logical line the text's own line breaks do not give.
    pub fn derived(&self) -> bool {
        self.origin != Origin::Physical
    }
}

/// The largest character boundary of `s` at or before byte `i` (`str::floor_char_boundary`, which
/// the crate's minimum Rust does not have).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The dot leader of a 目录 entry (`第一章 总则……………1`, `1.1 背景 ........ 3`, `附录 ··· 12`,
/// `前言 ........ II`): how long the run of leader characters is before the page number that ends the
/// line (Arabic, or a front matter's Roman), counting `…` and
/// `⋯` as three dots and `.`, `·`, `．` as one; 0 when the line does not end with a page number (one to
/// four digits) after leader characters. A number after a single dot (`图1.2`, `3.5`) is a leader of
/// 1, which no caller takes for a 目录 entry.
pub fn dot_leader(t: &str) -> usize {
    let t = t.trim_end_matches(is_space);
    let mut body = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if body.len() == t.len() {
        // (Or the front matter's Roman page number, `前言 ........ II`.)
        body = &t[..t.len() - roman_tail(t)];
        if body.len() == t.len() {
            return 0;
        }
    } else if t.len() - body.len() > 4 {
        return 0;
    }
    let body = body.trim_end_matches(is_space);
    let mut dots = 0;
    for c in body.chars().rev() {
        match c {
            '…' | '⋯' => dots += 3,
            '.' | '·' | '．' => dots += 1,
            c if is_space(c) => {}
            _ => break,
        }
    }
    dots
}

/// The byte length of the Roman numeral that ends `t` (`II` in `前言 ........ II`): one to six of
/// `I`, `V`, `X`, one case throughout; 0 when there is none.
fn roman_tail(t: &str) -> usize {
    let upper = t.len() - t.trim_end_matches(['I', 'V', 'X']).len();
    let n = if upper > 0 { upper } else { t.len() - t.trim_end_matches(['i', 'v', 'x']).len() };
    if n <= 6 {
        n
    } else {
        0
    }
}

/// `t` without a Roman page number set apart at its end by white space or a leader (`前言 ........ II`
/// → `前言 ........`, `前言　　II` → `前言`): what a 目录 entry's text is compared by. A Roman numeral
/// that is part of a word (`附录XX`) stays.
pub fn strip_roman_page(t: &str) -> &str {
    let t = t.trim_end_matches(is_space);
    let n = roman_tail(t);
    let body = &t[..t.len() - n];
    if n > 0 && body.ends_with(|c: char| is_space(c) || matches!(c, '.' | '·' | '…' | '⋯' | '．')) {
        body.trim_end_matches(is_space)
    } else {
        t
    }
}

/// Whether a line is a number and nothing else, as a table's cell holds one: `2,917,330,584.12`,
/// `-4.63`, `12.91%`, `3` (asked by [`crate::logical`] of a number above a title and by the heading
/// stage of a table written one cell per line).
pub fn number_alone(t: &str) -> bool {
    // (The test that fails at a line's first byte first: most lines open with no digit.)
    t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'-' | b'+' | b'%'))
        && t.bytes().any(|b| b.is_ascii_digit())
}

/// Whether `c` counts as white space around a line's content. This is Unicode `White_Space` plus the
/// zero-width characters that web pages leave around text (ZWSP, ZWNJ, ZWJ, BOM) and the private-use
/// paragraph mark U+E40C that Sogou-style crawls put between paragraphs (it renders as nothing).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{E40C}')
}

/// The text of a logical line made of several physical ones (a paragraph wrapped at the page width,
/// see [`crate::logical`]) read as one line: each line break and the white space around it taken out
/// — made one space between two Latin letters (`data` / `set` → `data set`; not inside an address,
/// `…/main/con` / `tentmanage/…`), or between Latin words
/// and numbers only where white space stood at the break (`版本 v2 ` / `3 份` → `版本 v2 3 份`, but
/// `评论 8` / `61 浏览` → `评论 861 浏览`). A text with no line break is borrowed as it is.
pub fn unwrapped(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\n') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // Whether white space stood at the break (a line wrapped between two words).
    let mut spaced = false;
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c.is_ascii_punctuation());
    for (k, raw) in s.split('\n').enumerate() {
        let body = raw.strip_suffix('\r').unwrap_or(raw);
        let piece = body.trim_matches(is_space);
        let lead = k > 0 && body.starts_with(is_space);
        if piece.is_empty() {
            spaced = true;
            continue;
        }
        let (before, after) = (out.chars().next_back(), piece.chars().next());
        // Words are broken at a space; an address or a path (`…/upload/main/con` / `tentmanage/…`)
        // anywhere.
        // The word before the break, looked for in its last 256 bytes only: a text of many lines
        // with no white space would otherwise be read back to its start at every break.
        let address = || {
            let tail = &out[floor_boundary(&out, out.len().saturating_sub(256))..];
            tail.rsplit(is_space).next().unwrap_or("").contains(['/', '\\', '=', '_', '.', ':', '(', '['])
        };
        if !out.is_empty()
            && (letter(before) && letter(after) && !address() || (spaced || lead) && latin(before) && latin(after))
        {
            out.push(' ');
        }
        out.push_str(piece);
        spaced = body.ends_with(is_space);
    }
    std::borrow::Cow::Owned(out)
}

/// Splits `text` into lines. Never fails; an empty text has no lines.
pub fn split(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Sized to the line breaks up front: a vector grown by doubling copies itself a dozen times on a
    // large text and holds up to twice its lines. Capacity a run of blank lines leaves unused is never
    // touched, so it costs address space, not memory.
    let breaks = memchr::memchr_iter(b'\n', bytes).count();
    let mut out: Vec<Line> = Vec::with_capacity(breaks + 1);
    let mut start = 0;
    let mut number = 1;
    while start < bytes.len() {
        let (end, content_end) = match memchr::memchr(b'\n', &bytes[start..]) {
            Some(i) => {
                let nl = start + i;
                let ce = if nl > start && bytes[nl - 1] == b'\r' { nl - 1 } else { nl };
                (nl + 1, ce)
            }
            None => (bytes.len(), bytes.len()),
        };
        let (text_start, text_end) = trim_range(text, start, content_end);
        match out.last_mut() {
            // A run of blank lines is one entry: a million blank lines cost one `Line`.
            Some(prev) if prev.is_blank() && text_start == text_end => {
                prev.end = end;
                prev.content_end = content_end;
            }
            _ => out.push(Line { start, end, content_end, text_start, text_end, number, origin: Origin::Physical }),
        }
        start = end;
        number += 1;
    }
    out
}

/// The trimmed sub-range of `text[start..end]`.
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = &text.as_bytes()[start..end];
    // Fast path: a line that starts and ends with a visible ASCII character or a CJK ideograph (lead
    // bytes E4–E9, U+4000–U+9FFF) has nothing to trim — most lines of most documents.
    let solid_first = b.first().is_some_and(|&x| (0x21..=0x7E).contains(&x) || (0xE4..=0xE9).contains(&x));
    let solid_last = match b {
        [.., x] if (0x21..=0x7E).contains(x) => true,
        [.., x, _, _] if (0xE4..=0xE9).contains(x) => true,
        _ => false,
    };
    if solid_first && solid_last {
        return (start, end);
    }
    let s = &text[start..end];
    // Fast path: plain ASCII/CJK content without surrounding space.
    let trimmed_front = s.trim_start_matches(is_space);
    let ts = start + (s.len() - trimmed_front.len());
    let trimmed = trimmed_front.trim_end_matches(is_space);
    (ts, ts + trimmed.len())
}

/// The labels that head a table of contents, as written without white space: a book's or a report's
/// 目录 (目次 in a standard), a bulletin's 本期要目.
pub const TOC_LABELS: &[&str] = &["目录", "目次", "目錄", "本期要目", "本期目录", "要目"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_page_numbers_after_an_entry() {
        for (t, want) in [
            ("前言 ........ II", "前言 ........"),
            ("前言　　II", "前言"),
            ("引言 iv  ", "引言"),
            ("参见附录XX", "参见附录XX"),
            ("前言 ........ 2", "前言 ........ 2"),
        ] {
            assert_eq!(strip_roman_page(t), want, "{t}");
        }
    }

    #[test]
    fn dot_leaders_before_page_numbers() {
        for (t, dots) in [
            ("第一章　概述……………1", 15),
            ("1.1 背景 ........ 3", 8),
            ("附录 ··· 12", 3),
            ("前言 ........ II", 8),
            ("引言 .... iv", 4),
            ("参见附录XX", 0),
            ("第二节　降水时空分布 ·················· 5  ", 18),
            ("图1.2", 1),
            ("比上年偏多5.5", 1),
            ("……详见表3", 0),
            ("第一章 总则", 0),
            ("目录……12345", 0),
        ] {
            assert_eq!(dot_leader(t), dots, "{t:?}");
        }
    }

    #[test]
    fn unwrapped_takes_the_breaks_out() {
        for (wrapped, whole) in [
            ("一是围绕市场主体的急需制定和实施\n宏观政策", "一是围绕市场主体的急需制定和实施宏观政策"),
            ("已关闭评论 8\n61 浏览", "已关闭评论 861 浏览"),
            ("a data\nset of", "a data set of"),
            (
                "![](http://www.zy120.com/upload/main/con\ntentmanage/a.png)",
                "![](http://www.zy120.com/upload/main/contentmanage/a.png)",
            ),
            ("版本 v2 \n3 份", "版本 v2 3 份"),
            ("第一行\r\n　　第二行", "第一行第二行"),
            ("no break", "no break"),
        ] {
            assert_eq!(unwrapped(wrapped), whole, "{wrapped:?}");
        }
    }

    fn texts(src: &str) -> Vec<&str> {
        split(src).iter().map(|l| l.text(src)).collect()
    }

    #[test]
    fn should_tile_the_text() {
        for src in ["", "a", "a\n", "a\r\nb", "\n\n", "一\r二\n三", "\u{3000}\u{3000}一、总则\u{3000}\n"] {
            let lines = split(src);
            let mut at = 0;
            for l in &lines {
                assert_eq!(l.start, at, "should start where the previous line ended in {src:?}");
                at = l.end;
            }
            assert_eq!(at, src.len(), "should end at the text's length in {src:?}");
        }
    }

    #[test]
    fn should_trim_unicode_spaces_and_keep_cr_out_of_content() {
        assert_eq!(texts("\u{3000}\u{3000}一、总则\r\n\u{a0}\n"), vec!["一、总则", ""]);
        let l = split("ab\r\n")[0];
        assert_eq!((l.content_end, l.end), (2, 4), "should treat \\r\\n as the terminator");
    }

    #[test]
    fn should_keep_lone_cr_inside_the_line() {
        assert_eq!(texts("a\rb\nc"), vec!["a\rb", "c"]);
    }

    #[test]
    fn should_merge_runs_of_blank_lines() {
        let lines = split("a\n\n \n\u{3000}\nb\n");
        assert_eq!(lines.len(), 3, "should keep a, one blank run, b");
        assert_eq!((lines[1].number, lines[2].number), (2, 5), "should number lines after the run correctly");
    }

    #[test]
    fn should_mark_whitespace_only_lines_blank() {
        let lines = split(" \u{2028}\u{3000}\nx");
        assert!(lines[0].is_blank());
        assert!(!lines[1].is_blank());
    }
}
