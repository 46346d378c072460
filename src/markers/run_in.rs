//! Run-in enumerators at a paragraph's start: `一是` `二是` … and `其一` `其二` … (GB/T 15834 序次语).
//! They number points inside a section rather than sections, and are often followed directly by the
//! text or by a comma.
//!
//! ## Grammar
//!
//! ```text
//! run_in ::= cn_numeral '是' [ '，' | ',' | '：' | ':' ]
//! qi     ::= '其' cn_numeral [ '，' | ',' | '、' | '：' | ':' ]
//! ```
//!
//! On its own a line-initial `一是` is weak evidence (a sentence may start that way), so the outline
//! keeps it as a heading only when a sibling (`二是`) also opens a line.
//!
//! ## Examples
//!
//! ```text
//! > | 一是强化政治引领，要……
//!     ^^ run_in, ordinal 1
//! > | 其二，完善机制。
//!     ^^^ qi, ordinal 2
//! ```
//!
//! ## Not a marker
//!
//! - `一是一，二是二` — a numeral right after the marker;
//! - `其中`, `其次`, `其他` — 其 not followed by a numeral (首先/其次/最后 are discourse words);
//! - `要抓好三件事：一是…；二是…` — a marker in mid-line (never scanned).

use super::numeral::{is_cn_numeral_char, parse_cn_numeral};
use super::{marker, Marker, Style};

/// Scans `一是`-style markers.
pub fn scan(line: &str) -> Option<Marker> {
    let (rest, ordinal) = parse_cn_numeral(line).ok()?;
    let rest = rest.strip_prefix('是')?;
    finish(Style::RunIn, ordinal, line, rest)
}

/// Scans `其一`-style markers.
pub fn scan_qi(line: &str) -> Option<Marker> {
    let rest = line.strip_prefix('其')?;
    let (rest, ordinal) = parse_cn_numeral(rest).ok()?;
    if ordinal > 10 {
        return None;
    }
    finish(Style::Qi, ordinal, line, rest)
}

fn finish(style: Style, ordinal: u32, line: &str, mut rest: &str) -> Option<Marker> {
    if let Some(c) = rest.chars().next().filter(|c| matches!(c, '，' | ',' | '：' | ':' | '、')) {
        rest = &rest[c.len_utf8()..];
    }
    if rest.starts_with(is_cn_numeral_char) || rest.starts_with(['的', '指', '否', '不', '为']) {
        return None;
    }
    Some(marker(style, Some(ordinal), line, line.len() - rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_in_markers() {
        let cases: &[(&str, Option<(Style, u32, &str)>, &str)] = &[
            ("一是强化政治引领", Some((Style::RunIn, 1, "强化政治引领")), "should read 一是"),
            ("二是，完善", Some((Style::RunIn, 2, "完善")), "should take a comma"),
            ("十是加强", Some((Style::RunIn, 10, "加强")), "should read 十是"),
            ("其一，完善机制。", Some((Style::Qi, 1, "完善机制。")), "should read 其一，"),
            ("一是一，二是二", None, "should reject a numeral after 是"),
            ("其中", None, "should reject 其中"),
            ("其次，", None, "should reject 其次"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).or_else(|| scan_qi(line)).map(|m| (m.style, m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
