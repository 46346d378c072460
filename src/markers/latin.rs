//! Latin-letter and Roman-numeral markers: `A.` `B、` `a)` `b．` (common in standards and appendices)
//! and `Ⅰ、` `Ⅱ.` `II.` `iv)`.
//!
//! ## Grammar
//!
//! ```text
//! latin_marker ::= [A-Za-z] ( '.' | '．' | '、' | ')' | '）' )     ; not followed by a letter or digit
//! roman_marker ::= ( Ⅰ … Ⅻ | ⅰ … ⅻ ) [ sep ]
//!                | ( I | V | X ){2,4} sep                           ; ASCII, at least two letters
//! sep          ::= '.' | '．' | '、' | ')' | '）'
//! ```
//!
//! Bracketed letters (`（a）`) are read by `paren`. A single ASCII `I.` is read as the letter I, not as
//! Roman one.
//!
//! ## Examples
//!
//! ```text
//! > | a)植物生存状态。
//!     ^^ latin_lower, ordinal 1
//! > | Ⅱ、主要任务
//!     ^^ roman, ordinal 2
//! ```
//!
//! ## Not a marker
//!
//! - `e.g.`, `U.S.` — a letter right after the stop;
//! - `A股市场`, `B超` — no separator;
//! - `Ⅰ级响应` — a Roman numeral used as a grade, followed by 级/类/期.

use super::{marker, Marker, Style};

/// Scans a Latin-letter or Roman-numeral marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    if let Some(m) = scan_roman(line, first) {
        return Some(m);
    }
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let sep = line[1..].chars().next()?;
    if !matches!(sep, '.' | '．' | '、' | ')' | '）') {
        return None;
    }
    let after = &line[1 + sep.len_utf8()..];
    // After a stop, a letter means an abbreviation (e.g., U.S.); after a bracket anything may follow.
    if matches!(sep, '.' | '．' | '、') && after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.') {
        return None;
    }
    let ordinal = first.to_ascii_lowercase() as u32 - 'a' as u32 + 1;
    let style = Style::Latin { upper: first.is_ascii_uppercase(), paren: false };
    Some(marker(style, Some(ordinal), line, 1 + sep.len_utf8()))
}

fn scan_roman(line: &str, first: char) -> Option<Marker> {
    let (value, len) = match first {
        'Ⅰ'..='Ⅻ' => (first as u32 - 'Ⅰ' as u32 + 1, first.len_utf8()),
        'ⅰ'..='ⅻ' => (first as u32 - 'ⅰ' as u32 + 1, first.len_utf8()),
        'I' | 'V' | 'X' => {
            let n = line.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
            if !(2..=4).contains(&n) {
                return None;
            }
            (roman_value(&line[..n])?, n)
        }
        _ => return None,
    };
    let rest = &line[len..];
    let sep = rest.chars().next();
    let sep_len = match sep {
        Some('.' | '．' | '、' | ')' | '）') => sep.map_or(0, char::len_utf8),
        _ if len > 1 && first.is_ascii() => return None, // ASCII Roman needs its separator
        Some(c) if c.is_whitespace() => 0,
        _ => return None,
    };
    let after = &rest[sep_len..];
    if after.starts_with(['级', '類', '类', '期', '度', '型']) || after.starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return None;
    }
    Some(marker(Style::Roman, Some(value), line, len + sep_len))
}

/// The value of an ASCII Roman numeral made of I, V and X.
fn roman_value(s: &str) -> Option<u32> {
    let vals: Vec<u32> = s
        .bytes()
        .map(|b| match b {
            b'I' => 1,
            b'V' => 5,
            _ => 10,
        })
        .collect();
    let mut total = 0i32;
    for (i, &v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|&n| n > v) {
            total -= v as i32;
        } else {
            total += v as i32;
        }
    }
    u32::try_from(total).ok().filter(|&v| v > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_roman_markers() {
        let lower = Style::Latin { upper: false, paren: false };
        let upper = Style::Latin { upper: true, paren: false };
        let cases: &[(&str, Option<(Style, u32, &str)>, &str)] = &[
            ("a)植物生存状态。", Some((lower, 1, "植物生存状态。")), "should read a)"),
            ("B、主要任务", Some((upper, 2, "主要任务")), "should read B、"),
            ("c. 范围", Some((lower, 3, "范围")), "should read c."),
            ("Ⅱ、主要任务", Some((Style::Roman, 2, "主要任务")), "should read Ⅱ、"),
            ("Ⅳ 结论", Some((Style::Roman, 4, "结论")), "should read Ⅳ with a space"),
            ("IV.结论", Some((Style::Roman, 4, "结论")), "should read ASCII IV."),
            ("e.g.例如", None, "should reject e.g."),
            ("A股市场", None, "should reject a letter without separator"),
            ("Ⅰ级响应", None, "should reject a grade"),
            ("II型糖尿病", None, "should reject ASCII Roman without separator"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.style, m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
