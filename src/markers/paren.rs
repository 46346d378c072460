//! Bracketed markers: a Chinese numeral, an Arabic numeral or a Latin letter in brackets — the second
//! and fourth levels of GB/T 9704 (（一）, （1）) and the 项 of a law article.
//!
//! ## Grammar
//!
//! ```text
//! paren_marker ::= open ( cn_numeral | arabic | latin ) close [ sep ]
//!                | ㈠ … ㈩                                  ; parenthesised Chinese, U+3220–U+3229
//!                | ⑴ … ⒇                                  ; parenthesised digits, U+2474–U+2487
//! open         ::= '（' | '('
//! close        ::= '）' | ')'
//! sep          ::= '、' | '．' | '.'                       ; a common (non-standard) extra mark
//! ```
//!
//! Mixed widths (`(一）`, `（1)`) are accepted.
//!
//! ## Examples
//!
//! ```text
//! > | （一）指导思想。全面贯彻党的十九大精神……
//!     ^^^^^^ chinese_paren, ordinal 1
//! > | (12)中国储备粮管理总公司负责……
//!     ^^^^ arabic_paren, ordinal 12
//! > | ⑶反应及时
//!     ^ arabic_paren, ordinal 3
//! ```
//!
//! ## Not a marker
//!
//! - `（2018年1月2日）`, `（此件公开发布）` — brackets around anything but a lone numeral or letter;
//! - `（一）、（二）两项所列` — a numeral list inside a sentence;
//! - `(1.5)` — a decimal;
//! - `（2021）京0105民初12345号` — a year in brackets: a case number (any four-digit year 1900–2100).

use super::numeral::{parse_arabic, parse_cn_numeral};
use super::{marker, numeral_follows, Marker, Style};

/// Scans a bracketed marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    match first {
        '㈠'..='㈩' => {
            let ordinal = first as u32 - '㈠' as u32 + 1;
            return single(Style::ChineseParen, ordinal, line, first.len_utf8());
        }
        '⑴'..='⒇' => {
            let ordinal = first as u32 - '⑴' as u32 + 1;
            return single(Style::ArabicParen, ordinal, line, first.len_utf8());
        }
        '（' | '(' => {}
        _ => return None,
    }
    let inner = &line[first.len_utf8()..];
    let (rest, style, ordinal) = if let Ok((rest, n)) = parse_cn_numeral(inner) {
        (rest, Style::ChineseParen, n)
    } else if let Ok((rest, n)) = parse_arabic(inner) {
        // A year in brackets opens a case or document number (`（2021）京0105民初12345号`), not an item.
        if (1900..=2100).contains(&n) && inner.len() - rest.len() == 4 {
            return None;
        }
        (rest, Style::ArabicParen, n)
    } else {
        let c = inner.chars().next()?;
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let ordinal = c.to_ascii_lowercase() as u32 - 'a' as u32 + 1;
        (&inner[1..], Style::Latin { upper: c.is_ascii_uppercase(), paren: true }, ordinal)
    };
    let close = rest.chars().next()?;
    if !matches!(close, '）' | ')') {
        return None;
    }
    let mut after = &rest[close.len_utf8()..];
    // A 、 or ． after the bracket is a common extra mark: （一）、
    if let Some(c) = after.chars().next().filter(|c| matches!(c, '、' | '．' | '.')) {
        after = &after[c.len_utf8()..];
    }
    // （一）（二）项, （一）至（五）项, （一）、（二）两项: references inside a sentence.
    let joined = after.strip_prefix(['、', '，', '至', '和', '或', '与', '-', '～', '~']).unwrap_or(after);
    if starts_with_paren_numeral(joined) {
        return None;
    }
    Some(marker(style, Some(ordinal), line, line.len() - after.len()))
}

/// A one-character bracketed numeral such as ㈠ or ⑴.
fn single(style: Style, ordinal: u32, line: &str, len: usize) -> Option<Marker> {
    let after = &line[len..];
    if numeral_follows(after, style == Style::ChineseParen) {
        return None;
    }
    Some(marker(style, Some(ordinal), line, len))
}

/// Whether `s` starts with another bracketed numeral (a list of references such as （一）（二）).
fn starts_with_paren_numeral(s: &str) -> bool {
    s.strip_prefix(['（', '(']).is_some_and(|inner| parse_cn_numeral(inner).is_ok() || parse_arabic(inner).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paren_markers() {
        let lower_paren = Style::Latin { upper: false, paren: true };
        let cases: &[(&str, Option<(Style, u32, &str)>, &str)] = &[
            ("（一）指导思想。", Some((Style::ChineseParen, 1, "指导思想。")), "should read （一）"),
            ("(一)指导思想", Some((Style::ChineseParen, 1, "指导思想")), "should read (一)"),
            ("(二）混合", Some((Style::ChineseParen, 2, "混合")), "should read mixed widths"),
            ("（十一）打造", Some((Style::ChineseParen, 11, "打造")), "should read （十一）"),
            ("㈢保障", Some((Style::ChineseParen, 3, "保障")), "should read ㈢"),
            ("（1）统一领导", Some((Style::ArabicParen, 1, "统一领导")), "should read （1）"),
            ("(12) 中国", Some((Style::ArabicParen, 12, "中国")), "should read (12)"),
            ("（１）全角", Some((Style::ArabicParen, 1, "全角")), "should read full-width digits"),
            ("⑶反应及时", Some((Style::ArabicParen, 3, "反应及时")), "should read ⑶"),
            ("（2021）京0105民初12345号", None, "should reject a year in brackets"),
            ("（一）、总体", Some((Style::ChineseParen, 1, "总体")), "should take the extra 、"),
            ("（a）范围", Some((lower_paren, 1, "范围")), "should read a bracketed letter"),
            ("（2018年1月2日）", None, "should reject a date in brackets"),
            ("（此件公开发布）", None, "should reject a note in brackets"),
            ("（一）、（二）两项所列", None, "should reject a list of references"),
            ("（一）至（五）项", None, "should reject a range of references"),
            (
                "（四）与提起诉讼具有同等效力",
                Some((Style::ChineseParen, 4, "与提起诉讼具有同等效力")),
                "should read an item starting with 与",
            ),
            ("(1.5)", None, "should reject a decimal"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.style, m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
