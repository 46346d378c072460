//! Chinese-numeral markers: a Chinese numeral followed by 、 (or ． . ，), the first level of GB/T 9704
//! (一、总体要求).
//!
//! ## Grammar
//!
//! ```text
//! chinese_marker ::= cn_numeral ( '、' | '．' | '.' | '，' | ',' )
//! ```
//!
//! ## Examples
//!
//! ```text
//! > | 一、总体要求
//!     ^^ chinese, ordinal 1
//! > | 十一、坚持“一国两制”，推进祖国统一
//!     ^^^ chinese, ordinal 11
//! > | 貳、工作目標
//!     ^^ chinese, ordinal 2 (financial form)
//! ```
//!
//! ## Not a marker
//!
//! - `一、二等奖各一名`, `一、二季度`, `一、二、三产业`, `二、三泡一定是…`（a wrapped line that starts
//!   inside `…这二、三泡`) — a numeral and a counter word right after the separator;
//! - `一二三` — no separator;
//! - `二〇〇七、` — a year, not an ordinal (see `numeral`);
//! - `一，` followed by nothing — a stray list residue is still scanned; the outline decides.

use super::numeral::parse_cn_numeral;
use super::{marker, numeral_follows, Marker, Style};

/// Scans a Chinese-numeral marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let (rest, ordinal) = parse_cn_numeral(line).ok()?;
    let sep = rest.chars().next()?;
    if !matches!(sep, '、' | '．' | '.' | '，' | ',') {
        return None;
    }
    let after = &rest[sep.len_utf8()..];
    if numeral_follows(after, true) {
        return None;
    }
    // 一.5 is not a marker; neither is 一.com.
    if sep == '.' && after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let numeral = &line[..line.len() - rest.len()];
    let style = if numeral.chars().any(super::numeral::is_financial) { Style::ChineseUpper } else { Style::Chinese };
    Some(marker(style, Some(ordinal), line, line.len() - after.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_markers() {
        let cases: &[(&str, Option<(u32, &str)>, &str)] = &[
            ("一、总体要求", Some((1, "总体要求")), "should read 一、"),
            ("十一、加强", Some((11, "加强")), "should read 十一、"),
            ("二十三．结语", Some((23, "结语")), "should read a full-width stop"),
            ("三.结语", Some((3, "结语")), "should read a half-width stop"),
            ("四，结语", Some((4, "结语")), "should read a comma"),
            ("貳、目標", Some((2, "目標")), "should read financial forms (style chinese_upper)"),
            ("一、二等奖", None, "should reject 一、二等奖"),
            ("一、二季度", None, "should reject 一、二季度"),
            ("二、三泡一定是不能错过的。", None, "should reject 二、三泡"),
            ("一二三", None, "should reject digits without separator"),
            ("二〇〇七、", None, "should reject a year"),
            ("一是加强", None, "should leave 一是 to run_in"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
