//! 第-markers: `第` + numeral + separator (第一、 第二，), or `第` + numeral + unit (第一章, 第三条,
//! 第二分编, 第一部分), optionally in 【】 or [].
//!
//! ## Grammar
//!
//! ```text
//! di_marker   ::= '第' numeral ( unit | sep )
//! bracketed   ::= ( '【' | '[' ) '第' numeral unit ( '】' | ']' )
//! numeral     ::= cn_numeral | arabic            ; see `numeral`
//! unit        ::= 分编 | 编 | 編 | 部分 | 篇 | 章 | 节 | 節 | 条 | 條 | 步 | 阶段 | 单元 | 课 | 讲 | 天
//! sep         ::= 、 | ， | , | ： | : | ． | .
//! ```
//!
//! An article inserted by an amendment is `第` numeral `条之` cn_numeral, then white space or the end
//! (`第十七条之一　已满七十五周岁的人…`); `第十条之规定` and `第十条之一的` stay cross-references.
//!
//! After a unit comes white space, the end of the line, a separator, or (for 编/章/节/篇/部分)
//! directly the heading text. After 条 directly followed by text, the text must not read as a
//! cross-reference continuation.
//!
//! ## Examples
//!
//! ```text
//! > | 第一、通盘谋划,注重顶层设计。
//!     ^^^^^^ di, ordinal 1
//! > | 第三条　个人所得税专项附加扣除遵循公平合理……
//!     ^^^^^^ article, ordinal 3
//! > | 【第一条】为了……
//!     ^^^^^^^^^^ article in brackets
//! > | ## 第一分编  通则
//!        ^^^^^^^^ sub_book (the `##` is taken by `atx`)
//! ```
//!
//! Traditional spellings (第一節, 第三條, 第二編) are accepted.
//!
//! ## Not a marker
//!
//! - `第十条规定的情形…`, `第十条第二款`, `第三条、第四条` — a line that opens with a cross-reference;
//! - `第706号` — 号 is not a heading unit (a decree number);
//! - `第1章为绪论。`, `第三章主要介绍…` — a part described in a sentence (a copula or a verb right after
//!   the unit);
//! - `第一次会议`, `第一批` — ordinals that are not followed by a unit or separator;
//! - `第一` alone on a line (no separator, no unit);
//! - `第一天上午我们到了凯里。` — a day (天) followed directly by text: an itinerary's day takes white
//!   space or a separator (`第一天　贵阳北—凯里南`, `第2天：西江`).

use super::numeral::{parse_arabic, parse_cn_numeral};
use super::{is_ordinal_sep, marker, Marker, Style, Unit};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::value;
use nom::{IResult, Parser};

/// nom parser: a heading unit after 第 + numeral.
fn parse_unit(input: &str) -> IResult<&str, Unit> {
    alt((
        value(Unit::SubBook, alt((tag("分编"), tag("分編")))),
        value(Unit::Book, alt((tag("编"), tag("編")))),
        value(Unit::Part, tag("部分")),
        value(Unit::Piece, tag("篇")),
        value(Unit::Chapter, tag("章")),
        value(Unit::Section, alt((tag("节"), tag("節")))),
        value(Unit::Article, alt((tag("条"), tag("條")))),
        value(Unit::Step, alt((tag("步"), tag("阶段"), tag("單元"), tag("单元"), tag("课"), tag("讲"), tag("天")))),
    ))
    .parse(input)
}

/// nom parser: `第` + numeral, with the numeral's value.
fn parse_di_numeral(input: &str) -> IResult<&str, u32> {
    let (rest, _) = tag("第").parse(input)?;
    alt((parse_cn_numeral, parse_arabic)).parse(rest)
}

/// Words that, right after 第N条, show a cross-reference rather than an article heading.
const CROSS_REF: &[&str] = &[
    "规定", "規定", "的", "所", "中", "之", "第", "款", "项", "和", "或", "至", "到", "及", "与", "、", "，", "、",
    "规", "以", "起", "所列", "项下", "也", "并", "等",
];

/// What follows a part's unit when a sentence describes the part (`第1章为绪论`, `第二章是…`,
/// `第三章主要介绍…`): never the first word of a part's own title.
const DESCRIBED: &[&str] = &["为", "是", "主要", "介绍", "阐述"];

/// Scans a 第-marker at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let (rest, ordinal) = parse_di_numeral(line).ok()?;
    if let Ok((after, unit)) = parse_unit(rest) {
        // An article inserted by an amendment (`第十七条之一`): the article's own marker, numbered
        // after the one it follows.
        let after = match unit {
            Unit::Article => inserted(after).unwrap_or(after),
            _ => after,
        };
        let len = line.len() - after.len();
        let next = after.chars().next();
        // A day of an itinerary (`第一天　贵阳北—凯里南`, `第2天：`) only with white space or a
        // separator after it: `第一天上午我们到了凯里。` is a sentence.
        let day = rest.starts_with('天');
        if day && next.is_some_and(|c| !(c.is_whitespace() || is_ordinal_sep(c))) {
            return None;
        }
        let ok = match next {
            None => true,
            Some(c) if c.is_whitespace() || c == '\u{3000}' => true,
            Some(c) if is_ordinal_sep(c) && c != '，' && c != ',' && c != '、' => true,
            Some('】' | ']' | '）' | ')') => false,
            Some(_) if unit == Unit::Article => !CROSS_REF.iter().any(|w| after.starts_with(w)),
            // (A part described in running text, `第1章为绪论。阐述…`, `第二章主要介绍…`: a copula or a
            // verb right after the unit, with no space, is the sentence's.)
            Some(_) => !CROSS_REF[..4].iter().chain(DESCRIBED).any(|w| after.starts_with(w)),
        };
        if !ok {
            return None;
        }
        // A separator right after the unit (第一章：总则) belongs to the marker.
        let len = match next {
            Some(c) if is_ordinal_sep(c) => len + c.len_utf8(),
            _ => len,
        };
        return Some(marker(Style::Unit(unit), Some(ordinal), line, len));
    }
    let sep = rest.chars().next()?;
    if !is_ordinal_sep(sep) {
        return None;
    }
    let after = &rest[sep.len_utf8()..];
    if super::numeral_follows(after, true) {
        return None;
    }
    Some(marker(Style::Di, Some(ordinal), line, line.len() - after.len()))
}

/// The rest after `之` + a numeral that stands alone (`之一　…`, `之二`, at the end), or `None` (`之规定`,
/// `之一的`: a cross-reference).
fn inserted(after: &str) -> Option<&str> {
    let rest = after.strip_prefix('之')?;
    let (rest, _) = parse_cn_numeral(rest).ok()?;
    match rest.chars().next() {
        None => Some(rest),
        Some(c) if c.is_whitespace() || c == '\u{3000}' => Some(rest),
        _ => None,
    }
}

/// Whether `marker` (a marker's text, white space after it allowed) is an inserted article's
/// (`第十七条之一`): it carries the number of the article it follows.
pub fn is_inserted(marker: &str) -> bool {
    let m = marker.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    m.rfind('之').is_some_and(|i| {
        let num = &m[i + '之'.len_utf8()..];
        !num.is_empty() && num.chars().all(super::numeral::is_cn_numeral_char) && m[..i].ends_with(['条', '條'])
    })
}

/// Scans a bracketed 第-marker: `【第一条】` or `[第一条]`.
pub fn scan_bracketed(line: &str) -> Option<Marker> {
    let close = match line.chars().next()? {
        '【' => '】',
        '[' => ']',
        _ => return None,
    };
    let inner = &line[close.len_utf8()..];
    let (rest, ordinal) = parse_di_numeral(inner).ok()?;
    let (rest, unit) = parse_unit(rest).ok()?;
    let rest = rest.strip_prefix(close)?;
    Some(marker(Style::Unit(unit), Some(ordinal), line, line.len() - rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn got(line: &str) -> Option<(Style, u32, &str, &str)> {
        scan(line)
            .or_else(|| scan_bracketed(line))
            .map(|m| (m.style, m.ordinal.unwrap(), &line[..m.len], &line[m.body..]))
    }

    #[test]
    fn di_markers() {
        let cases: &[(&str, Option<(Style, u32, &str, &str)>, &str)] = &[
            ("第一、通盘谋划", Some((Style::Di, 1, "第一、", "通盘谋划")), "should read 第一、"),
            ("第二，宣传的收益率很高", Some((Style::Di, 2, "第二，", "宣传的收益率很高")), "should read 第二，"),
            ("第三,做好", Some((Style::Di, 3, "第三,", "做好")), "should read a half-width comma"),
            ("第四：总结", Some((Style::Di, 4, "第四：", "总结")), "should read a colon"),
            (
                "第十七条之一 已满七十五周岁的人",
                Some((Style::Unit(Unit::Article), 17, "第十七条之一", "已满七十五周岁的人")),
                "should read an inserted article",
            ),
            ("第十条之规定", None, "should leave 之规定 a cross-reference"),
            ("第1章为绪论。阐述课题的研究背景", None, "should leave a chapter described in a sentence"),
            ("第三章主要介绍系统的总体设计", None, "should leave a chapter described in a sentence"),
            (
                "第一条为了规范物业管理活动",
                Some((Style::Unit(Unit::Article), 1, "第一条", "为了规范物业管理活动")),
                "should read an article run into its text",
            ),
            ("第十条之一的规定", None, "should leave 之一的 a cross-reference"),
            ("第五．展望", Some((Style::Di, 5, "第五．", "展望")), "should read a full-width stop"),
            ("第一章 总则", Some((Style::Unit(Unit::Chapter), 1, "第一章", "总则")), "should read a chapter"),
            (
                "第一章总则",
                Some((Style::Unit(Unit::Chapter), 1, "第一章", "总则")),
                "should read a chapter without space",
            ),
            (
                "第二节\u{2002}\u{2002}监护",
                Some((Style::Unit(Unit::Section), 2, "第二节", "监护")),
                "should skip en spaces",
            ),
            (
                "第三条　个人所得税",
                Some((Style::Unit(Unit::Article), 3, "第三条", "个人所得税")),
                "should read an article",
            ),
            (
                "第一千二百六十条 本法",
                Some((Style::Unit(Unit::Article), 1260, "第一千二百六十条", "本法")),
                "should read big article numbers",
            ),
            (
                "第二分编 典型合同",
                Some((Style::Unit(Unit::SubBook), 2, "第二分编", "典型合同")),
                "should read 分编 before 编",
            ),
            ("第一编 总则", Some((Style::Unit(Unit::Book), 1, "第一编", "总则")), "should read a book"),
            ("第一部分 总体要求", Some((Style::Unit(Unit::Part), 1, "第一部分", "总体要求")), "should read a part"),
            ("第三條　本條例", Some((Style::Unit(Unit::Article), 3, "第三條", "本條例")), "should read traditional 條"),
            ("第一節 總則", Some((Style::Unit(Unit::Section), 1, "第一節", "總則")), "should read traditional 節"),
            ("第十条", Some((Style::Unit(Unit::Article), 10, "第十条", "")), "should read a bare article"),
            ("【第一条】为了", Some((Style::Unit(Unit::Article), 1, "【第一条】", "为了")), "should read brackets"),
            ("第十条规定的情形", None, "should reject a cross-reference"),
            ("第十条第二款", None, "should reject an article-clause reference"),
            ("第706号", None, "should reject a decree number"),
            ("第一次会议", None, "should reject an ordinal without unit or separator"),
            ("第一、二名", None, "should reject 第一、二名"),
            ("第一", None, "should reject a bare ordinal"),
        ];
        for (line, want, msg) in cases {
            assert_eq!(got(line), *want, "{msg}: {line}");
        }
    }
}
