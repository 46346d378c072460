//! Attachment markers: `附件一：` `附件2` `附录A` `附表1` — the start of a document attached after the
//! main text (a 公文's 附件, a law's 附件, a standard's 附录). An attachment is a top-level part.
//!
//! ## Grammar
//!
//! ```text
//! attachment ::= ( '附件' | '附录' | '附表' | '附錄' ) ( cn_numeral | arabic | [A-Z] ) [ sep ]
//! sep        ::= '：' | ':' | '、' | '．' | '.' | ' ' | '　' | &'（' | &'('   ; 附录A（资料性）
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | 附件一：香港特别行政区行政长官的产生办法
//!     ^^^^^^ attachment, ordinal 1
//! > | 附录A　术语
//!     ^^^^^ attachment, ordinal 1
//! ```
//!
//! ## Not a marker
//!
//! - `附件：三级公立医院绩效考核指标` — the 附件说明 line that lists attachments (no number);
//! - `附件` alone — a label; the title on the next line is the attached document's heading;
//! - `附件1、2、3` — a list of attachments inside a sentence.

use super::numeral::{parse_arabic, parse_cn_numeral};
use super::{marker, numeral_follows, Marker, Style};

/// Scans an attachment marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let rest = ["附件", "附录", "附表", "附錄"].iter().find_map(|p| line.strip_prefix(p))?;
    let (rest, ordinal) = if let Ok(r) = parse_cn_numeral(rest) {
        r
    } else if let Ok(r) = parse_arabic(rest) {
        r
    } else {
        let c = rest.chars().next().filter(char::is_ascii_uppercase)?;
        (&rest[1..], c as u32 - 'A' as u32 + 1)
    };
    let mut rest = rest;
    match rest.chars().next() {
        Some(c @ ('：' | ':' | '、' | '．' | '.')) => rest = &rest[c.len_utf8()..],
        Some(c) if c.is_whitespace() => {}
        // A standard's appendix states its status in brackets: 附录A（资料性）, 附录B(规范性).
        Some('（' | '(') => {}
        None => {}
        Some(_) => return None, // 附件三所列…: a reference in a sentence
    }
    if numeral_follows(rest, false) || numeral_follows(rest, true) {
        return None;
    }
    Some(marker(Style::Attachment, Some(ordinal), line, line.len() - rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_markers() {
        let cases: &[(&str, Option<(u32, &str)>, &str)] = &[
            ("附件一：香港特别行政区", Some((1, "香港特别行政区")), "should read 附件一："),
            ("附件2", Some((2, "")), "should read a bare 附件2"),
            ("附录A　术语", Some((1, "术语")), "should read 附录A"),
            ("附录B（资料性）　评价表", Some((2, "（资料性）　评价表")), "should read a standard's status"),
            ("附录A。", None, "should leave a reference ending a sentence"),
            ("附件：三级公立医院绩效考核指标", None, "should reject the 附件说明 line"),
            ("附件", None, "should reject a bare label"),
            ("附件1、2、3", None, "should reject a list"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
