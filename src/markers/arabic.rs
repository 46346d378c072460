//! Arabic-numeral markers: a number followed by a stop, a 顿号 or a closing bracket — the third level of
//! GB/T 9704 (1.) and its common variants (1、 1． 1) 1）), plus the one-character forms ⒈ … ⒛.
//!
//! ## Grammar
//!
//! ```text
//! arabic_marker ::= arabic ( '.' | '．' | '、' | '｡' )      ; style arabic
//!                 | arabic ( ')' | '）' )                   ; style arabic_half_paren
//!                 | ⒈ … ⒛                                  ; U+2488–U+249B
//! arabic        ::= ( [0-9] | [０-９] ){1,3}
//! ```
//!
//! `1.`, `1、` and `1．` are one family: web copies mix them within one list (`1、` … `3.` … `4.`).
//!
//! ## Examples
//!
//! ```text
//! > | 1、目标人群是什么人？
//!     ^^ arabic, ordinal 1
//! > | 12.大型医用设备维修保养
//!     ^^^ arabic, ordinal 12
//! > | 3）完善制度
//!     ^^ arabic_half_paren, ordinal 3
//! ```
//!
//! ## Not a marker
//!
//! - `1.5亿元`, `5.5%` — a decimal: a digit right after the stop;
//! - `2019、2020年` — four digits are a year;
//! - `1、2级`, `1、2、3` — a numeral right after the separator;
//! - `13:00` — a time (the colon is not a separator here).

use super::numeral::{digit_count, is_digit, parse_arabic};
use super::{marker, numeral_follows, Marker, Style};

/// Scans an Arabic-numeral marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    if ('⒈'..='⒛').contains(&first) {
        let ordinal = first as u32 - '⒈' as u32 + 1;
        return Some(marker(Style::Arabic, Some(ordinal), line, first.len_utf8()));
    }
    if digit_count(line) > 3 {
        return None;
    }
    let (rest, ordinal) = parse_arabic(line).ok()?;
    let sep = rest.chars().next()?;
    let style = match sep {
        '.' | '．' | '、' | '｡' => Style::Arabic,
        ')' | '）' => Style::ArabicHalfParen,
        _ => return None,
    };
    let after = &rest[sep.len_utf8()..];
    if after.starts_with(is_digit) || numeral_follows(after, false) {
        return None;
    }
    // `1.)`, `1..` are residue, not markers.
    if after.starts_with(['.', '．', ')', '）', '%', '％']) {
        return None;
    }
    Some(marker(style, Some(ordinal), line, line.len() - after.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_markers() {
        let cases: &[(&str, Option<(Style, u32, &str)>, &str)] = &[
            ("1.加强", Some((Style::Arabic, 1, "加强")), "should read 1."),
            ("1、目标", Some((Style::Arabic, 1, "目标")), "should read 1、"),
            ("1．目标", Some((Style::Arabic, 1, "目标")), "should read 1．"),
            ("１．全角", Some((Style::Arabic, 1, "全角")), "should read full-width digits"),
            ("12. 大型", Some((Style::Arabic, 12, "大型")), "should skip spaces"),
            ("3）完善", Some((Style::ArabicHalfParen, 3, "完善")), "should read 3）"),
            ("3)完善", Some((Style::ArabicHalfParen, 3, "完善")), "should read 3)"),
            ("⒉其次", Some((Style::Arabic, 2, "其次")), "should read ⒉"),
            ("1.5亿元", None, "should reject a decimal"),
            ("5.5%", None, "should reject a percentage"),
            ("2019、2020年", None, "should reject a year"),
            ("1、2级", None, "should reject a numeral list"),
            ("13:00", None, "should reject a time"),
            ("100人", None, "should reject a quantity"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.style, m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
