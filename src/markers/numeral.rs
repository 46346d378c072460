//! Numerals: Chinese numerals (一 … 九千九百九十九, with 〇/零, 两, the financial forms 壹贰叁 and their
//! traditional spellings) and Arabic numerals (ASCII and full-width digits).
//!
//! ## Grammar
//!
//! ```text
//! cn_numeral     ::= cn_char+                      ; then checked by `cn_value`
//! cn_char        ::= digit | unit
//! digit          ::= 〇 零 一 二 两 兩 三 四 五 六 七 八 九 | 壹 贰 貳 叁 參 叁 肆 伍 陆 陸 柒 捌 玖
//! unit           ::= 十 拾 百 佰 千 仟
//! arabic         ::= ( [0-9] | [０-９] )+
//! ```
//!
//! A Chinese numeral must read as a number written with units: `十一`, `二十三`, `一百零一`,
//! `一千二百六十`. A run of bare digits (`二〇〇七`, `一二`) is a year or a list, not an ordinal, and is
//! rejected, except a single digit (`三`).
//!
//! ## Examples
//!
//! ```text
//! > | 十一、加强组织领导        -> 11
//! > | 第一千二百六十条          -> 1260
//! > | 貳、                      -> 2
//! ```
//!
//! ## Not a numeral
//!
//! - `二〇〇七年` (digits without units: a year),
//! - `一二三产业` (a list of digits),
//! - `十百` (units in the wrong order).

use nom::bytes::complete::take_while1;
use nom::combinator::map_opt;
use nom::{IResult, Parser};

/// The value of a Chinese digit character, if it is one.
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' | '壹' | '弌' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese unit character (十, 百, 千 and their financial forms), if it is one.
pub fn cn_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Whether `c` is a financial (大写) numeral character: 壹 贰 叁 … 拾 佰 仟 and their traditional forms.
pub fn is_financial(c: char) -> bool {
    matches!(c, '壹' | '贰' | '貳' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟')
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some()
}

/// The value of a Chinese numeral written with units, or `None` when the characters do not form one:
/// 十一 → 11, 一百零一 → 101; 二〇〇七 (digits without units) → `None`.
pub fn cn_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut last_unit = u32::MAX;
    let mut zero_pending = false;
    let mut n_chars = 0;
    for c in s.chars() {
        n_chars += 1;
        if n_chars > 12 {
            return None;
        }
        if let Some(d) = cn_digit(c) {
            if d == 0 {
                // 〇/零 only stands between units (一百零一); a leading or doubled zero is not a number.
                if total == 0 || digit.is_some() || zero_pending {
                    return if s.chars().count() == 1 { Some(0) } else { None };
                }
                zero_pending = true;
                continue;
            }
            if digit.is_some() {
                return None; // two digits in a row: 一二, 二〇〇七
            }
            digit = Some(d);
        } else if let Some(u) = cn_unit(c) {
            if u >= last_unit {
                return None; // units must fall: 十百 is not a number
            }
            // A bare 十 at the start means ten (十一); elsewhere a unit needs its digit (一百零十 is not).
            let d = match digit.take() {
                Some(d) => d,
                None if total == 0 && u == 10 => 1,
                None => return None,
            };
            total += d * u;
            last_unit = u;
            zero_pending = false;
        } else {
            return None;
        }
    }
    if let Some(d) = digit {
        // A trailing digit after 百 or 千 without 零 is shorthand (一百五 = 150); accept only after 十,
        // after a 零, or alone.
        if last_unit != u32::MAX && last_unit > 10 && !zero_pending {
            return None;
        }
        total += d;
    } else if zero_pending {
        return None;
    }
    if n_chars == 0 {
        None
    } else {
        Some(total)
    }
}

/// nom parser: a Chinese numeral at the start of `input`, with its value.
pub fn parse_cn_numeral(input: &str) -> IResult<&str, u32> {
    map_opt(take_while1(is_cn_numeral_char), cn_value).parse(input)
}

/// Whether `c` is an ASCII or full-width decimal digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The value of a decimal digit, ASCII or full-width.
fn digit_value(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        c as u32 - '０' as u32
    }
}

/// nom parser: an Arabic numeral (at most four digits) at the start of `input`, with its value.
pub fn parse_arabic(input: &str) -> IResult<&str, u32> {
    map_opt(take_while1(is_digit), |s: &str| {
        if s.chars().count() > 4 {
            return None;
        }
        Some(s.chars().fold(0, |acc, c| acc * 10 + digit_value(c)))
    })
    .parse(input)
}

/// The number of digits at the start of the Arabic numeral `s` (for telling years from ordinals).
pub fn digit_count(s: &str) -> usize {
    s.chars().take_while(|&c| is_digit(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn chinese_numerals() {
        let cases: &[(&str, Option<u32>, &str)] = &[
            ("一", Some(1), "should read a single digit"),
            ("十", Some(10), "should read a bare ten"),
            ("十一", Some(11), "should read ten-one as eleven"),
            ("二十", Some(20), "should read twenty"),
            ("二十三", Some(23), "should read twenty-three"),
            ("九十九", Some(99), "should read ninety-nine"),
            ("一百", Some(100), "should read a hundred"),
            ("一百零一", Some(101), "should read 零 between units"),
            ("一百一十", Some(110), "should read 一百一十"),
            ("一千二百六十", Some(1260), "should read law article numbers"),
            ("一千零一", Some(1001), "should read 一千零一"),
            ("两", Some(2), "should read 两"),
            ("貳", Some(2), "should read traditional financial two"),
            ("叁拾", Some(30), "should read financial forms"),
            ("二〇〇七", None, "should reject a year written in digits"),
            ("一二", None, "should reject a digit list"),
            ("十百", None, "should reject rising units"),
            ("零一", None, "should reject a leading zero"),
            ("一百五", None, "should reject 一百五 shorthand as an ordinal"),
        ];
        for (input, want, msg) in cases {
            assert_eq!(cn_value(input), *want, "{msg}: {input}");
        }
    }

    #[test]
    fn nom_parsers() {
        assert_eq!(parse_cn_numeral("十一、总则"), Ok(("、总则", 11)), "should stop at the separator");
        assert!(parse_cn_numeral("总则").is_err(), "should fail on a non-numeral");
        assert_eq!(parse_arabic("１２．"), Ok(("．", 12)), "should read full-width digits");
        assert!(parse_arabic("20190").is_err(), "should reject five digits");
    }
}
