//! Dotted multi-level numbers: `1.1`, `1.2.3`, `5.1.2` — the numbering of standards, plans and
//! technical documents — and, at depth 1, a bare number before a title (`1　总则`).
//!
//! ## Grammar
//!
//! ```text
//! dotted   ::= num ( dot num )+ [ dot | '、' ] ( space+ | &text )    ; depth = number of nums
//! lettered ::= [A-Z] ( dot num )+ [ dot | '、' ] ( space+ | &text )  ; an appendix's: depth counts the letter
//! bare     ::= num space+ &cjk                                        ; depth 1
//! num      ::= ( [0-9] | [０-９] ){1,3}
//! dot      ::= '.' | '．'
//! ```
//!
//! The depth is part of the family: `1.1` items are siblings, `1.1.1` items nest below them. A bare
//! number is only a candidate: the outline keeps it when the document numbers its parts that way
//! (`1　总则` followed by `1.1`), and otherwise reads the line as text.
//!
//! ## Examples
//!
//! ```text
//! > | 1.2.1　国家级（Ⅰ级）：两个以上省……
//!     ^^^^^ dotted, depth 3, ordinal 1
//! > | ### 5.1　颅脑、脊髓
//!         ^^^ dotted, depth 2 (the `###` is taken by `atx`)
//! > | 1　总则
//!     ^ dotted, depth 1 (bare)
//! > | A.2.1　协议书宜采用结构化电子数据格式
//!     ^^^^^ dotted, depth 3, ordinal 1 (a standard's 附录A)
//! ```
//!
//! ## Not a marker
//!
//! - `2019.1.5`, `2018.12` — a date: the first number has four digits;
//! - `1.5亿元`, `3.5倍`, `2.5 万人`, `186.4 km²` — a quantity: a unit follows the number;
//! - `31.6 km，管径 DN200～DN800；`, `0.5 MPa，否则不得开机；` — a value and its Latin unit opening a line
//!   a PDF converter wrapped (two writers' texts): the unit ([`LATIN_UNITS`]) is a word of its own,
//!   whatever runs on after it. (`1.2 API设计`, `3.1 A类项目` are headings: no unit.)
//! - `11.5.14.2的试验` — a clause cross-reference running into the text with 的;
//! - `1.1.1.1.1.1.1` (more than six levels) — residue, not numbering;
//! - `2019 年` — a bare number followed by a unit;
//! - `A.` alone, `A.B`, `a.1` — a letter without a number after it, or a small letter.

use super::numeral::{digit_count, is_digit, parse_arabic};
use super::{marker, space_len, Marker, Style};

/// Characters that, after a number (even across a space), make it a quantity rather than a marker.
pub(crate) fn is_unit_char(c: char) -> bool {
    matches!(
        c,
        '亿' | '万'
            | '千'
            | '百'
            | '元'
            | '%'
            | '％'
            | '‰'
            | '倍'
            | '个'
            | '米'
            | '克'
            | '吨'
            | '斤'
            | '亩'
            | '升'
            | '℃'
            | '㎡'
            | '~'
            | '～'
            | '-'
            | '/'
            | '×'
            | '*'
            | '+'
            | '='
    ) || c.is_ascii_alphanumeric()
}

/// Measure words and particles that make a number a quantity only when they follow it directly
/// (`3.5级`, `2.5平方米`, `11.5.14.2的试验`); after a space they usually start the heading text
/// (`6.3　本标准所称…`, `5.1.3 所有粮食经营企业…`).
pub(crate) fn is_attached_unit_char(c: char) -> bool {
    matches!(
        c,
        '人' | '次'
            | '家'
            | '项'
            | '件'
            | '天'
            | '周'
            | '岁'
            | '名'
            | '位'
            | '台'
            | '辆'
            | '张'
            | '条'
            | '所'
            | '座'
            | '篇'
            | '本'
            | '份'
            | '批'
            | '级'
            | '型'
            | '公'
            | '平'
            | '立'
            | '毫'
            | '厘'
            | '兆'
            | '小'
            | '点'
            | '的'
            | '至'
            | '角'
            | '分'
            | '年'
            | '月'
            | '日'
            | '号'
            | '时'
            | '秒'
            | '度'
    )
}

/// Scans a dotted number (depth ≥ 2) or a bare number (depth 1) at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    scan_from(line, line, 0)
}

/// Scans an appendix's dotted number (`A.1`, `B.2.3`: a capital letter, the appendix's, then its
/// numbers) at the start of `line`; the letter counts as the first level (`A.1` has depth 2, as
/// `1.1`).
pub fn scan_lettered(line: &str) -> Option<Marker> {
    let rest = line.strip_prefix(|c: char| c.is_ascii_uppercase())?;
    let after = rest.strip_prefix(['.', '．'])?;
    if !after.starts_with(is_digit) {
        return None;
    }
    scan_from(line, after, 1)
}

/// [`scan`] from `rest` (a suffix of `line`), `depth` levels already read.
fn scan_from(line: &str, rest: &str, depth: u8) -> Option<Marker> {
    if digit_count(rest) > 3 {
        return None;
    }
    let mut rest = rest;
    let mut depth = depth;
    let mut last;
    loop {
        let (r, n) = parse_arabic(rest).ok()?;
        if digit_count(rest) > 3 {
            return None;
        }
        depth += 1;
        last = n;
        rest = r;
        match rest.chars().next() {
            Some(d @ ('.' | '．')) if rest[d.len_utf8()..].starts_with(is_digit) => {
                rest = &rest[d.len_utf8()..];
            }
            _ => break,
        }
        if depth > 6 {
            return None;
        }
    }
    if depth == 1 {
        return scan_bare(line, rest, last);
    }
    // An optional closing stop or 顿号: 1.1. / 1.1、
    if let Some(c) = rest.chars().next().filter(|c| matches!(c, '.' | '．' | '、')) {
        rest = &rest[c.len_utf8()..];
    }
    let len = line.len() - rest.len();
    let spaces = space_len(rest);
    let next = rest[spaces..].chars().next();
    match next {
        None => {}
        Some(c) if is_unit_char(c) && !(spaces > 0 && c.is_ascii_alphabetic()) => return None,
        Some(c) if spaces == 0 && is_attached_unit_char(c) => return None,
        // A number and its unit, then the sentence it stands in (`31.6 km，管径…`).
        Some(c) if c.is_ascii_alphabetic() && latin_unit(&rest[spaces..]) => return None,
        // A number and a unit, nothing else (`186.4 km²`, `2.5 GHz`): a value.
        Some(_) if rest[spaces..].chars().count() <= 4 && !rest.chars().any(is_cjk) => return None,
        Some(_) => {}
    }
    Some(marker(Style::Dotted(depth), Some(last), line, len))
}

/// Units of measure written in Latin letters, of two letters or more (`A`, `V` or `L` alone may letter
/// a heading: `3.1 A类项目`).
const LATIN_UNITS: &[&str] = &[
    "km", "cm", "mm", "um", "nm", "m2", "m3", "km2", "kg", "mg", "kW", "kWh", "MW", "MWh", "GW", "kV", "kVA", "MPa",
    "kPa", "Pa", "Hz", "kHz", "MHz", "GHz", "mL", "ml", "dB", "ppm", "min", "km/h", "m/s", "t/d", "m3/d", "m3/h",
];

/// Whether `t` opens with a unit of [`LATIN_UNITS`] as a word of its own (`km，`, `MPa`, `m³/d。`).
fn latin_unit(t: &str) -> bool {
    let end = t.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '²' | '³'))).unwrap_or(t.len());
    let word = t[..end].replace('²', "2").replace('³', "3");
    LATIN_UNITS.contains(&word.as_str())
}

/// A bare number followed by white space and a CJK title: `1　总则`.
fn scan_bare(line: &str, rest: &str, n: u32) -> Option<Marker> {
    let spaces = space_len(rest);
    if spaces == 0 || n > 99 {
        return None;
    }
    let next = rest[spaces..].chars().next()?;
    if !is_cjk(next) || is_unit_char(next) || is_attached_unit_char(next) {
        return None;
    }
    Some(marker(Style::Dotted(1), Some(n), line, line.len() - rest.len()))
}

/// Whether `c` is a CJK unified ideograph (the common ranges).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_markers() {
        let cases: &[(&str, Option<(u8, u32, &str)>, &str)] = &[
            ("1.1　编制目的", Some((2, 1, "编制目的")), "should read 1.1"),
            ("1.2.1　国家级", Some((3, 1, "国家级")), "should read 1.2.1"),
            ("5.1.1 重伤一级", Some((3, 1, "重伤一级")), "should read an ASCII space"),
            ("6.10\u{3000}本标准", Some((2, 10, "本标准")), "should read 6.10"),
            ("4.2国家级", Some((2, 2, "国家级")), "should read text right after the number"),
            ("1.1. 范围", Some((2, 1, "范围")), "should take a closing stop"),
            ("１．２　全角", Some((2, 2, "全角")), "should read full-width digits and stops"),
            ("1　总则", Some((1, 1, "总则")), "should read a bare number before a title"),
            ("2019.1.5 会议", None, "should reject a date"),
            ("1.5亿元", None, "should reject a quantity"),
            ("3.5倍", None, "should reject a multiple"),
            ("186.4 km²", None, "should reject a value and its unit"),
            ("2.5 万人", None, "should reject a spaced quantity"),
            ("3.2　分级响应", Some((2, 2, "分级响应")), "should read a heading starting with 分"),
            ("3.2分钟", None, "should reject a time span"),
            ("11.5.14.2的试验", None, "should reject a clause reference"),
            ("2019 年", None, "should reject a bare year"),
            ("300人", None, "should reject a bare quantity"),
            ("1.", None, "should leave 1. to arabic"),
            ("31.6 km，管径 DN200～DN800；", None, "should reject a value and its unit in a wrapped sentence"),
            ("0.5 MPa，否则不得开机；", None, "should reject a pressure in a wrapped sentence"),
            ("1.2 API设计", Some((2, 2, "API设计")), "should read Latin letters that are no unit"),
        ];
        let lettered: &[(&str, Option<(u8, u32, &str)>, &str)] = &[
            ("A.1 编码结构", Some((2, 1, "编码结构")), "should read an appendix's A.1"),
            ("A.2.1　协议书宜采用", Some((3, 1, "协议书宜采用")), "should read A.2.1"),
            ("B.3交接记录", Some((2, 3, "交接记录")), "should read text right after it"),
            ("A.B 测试", None, "should want a number after the letter"),
            ("a.1 测试", None, "should want a capital"),
            ("A.1 km", None, "should reject a value and its unit"),
        ];
        let both: [(fn(&str) -> Option<Marker>, _); 2] = [(scan, cases), (scan_lettered, lettered)];
        for (line, want, msg, scan) in both.iter().flat_map(|(f, cs)| cs.iter().map(move |(l, w, m)| (l, w, m, f))) {
            let got = scan(line).map(|m| match m.style {
                Style::Dotted(d) => (d, m.ordinal.unwrap(), &line[m.body..]),
                _ => unreachable!(),
            });
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
