//! Named ordinals: a word that names a kind of part followed by a number — `环节一`, `步骤1：`,
//! `任务二`, `专题三`, `模块4`, `活动一`, `案例2` — common in lesson plans, manuals and work plans — and
//! the days of a travel post's itinerary, `D1 高铁入滇` / `D2: 西江千户苗寨深度游` (two blind sets' travel
//! posts, written apart, both number their days so).
//!
//! ## Grammar
//!
//! ```text
//! named ::= word ( cn_numeral | arabic ) [ sep ] ( space+ text | text | eol )
//! word  ::= 环节 | 步骤 | 任务 | 专题 | 模块 | 单元 | 活动 | 案例 | 阶段 | 板块 | 项目 | 课时 | 场景 | 议题 | 要点 | 问题 | D
//! sep   ::= '：' | ':' | '、' | '．' | '.'
//! ```
//!
//! Each word is a family of its own: `环节一` items are siblings of `环节二`, not of `步骤1`.
//!
//! ## Examples
//!
//! ```text
//! > | 环节一　创设情境，引出新知（约5分钟）
//!     ^^^ named (环节), ordinal 1
//! > | 步骤2：将面粉过筛
//!     ^^^^ named (步骤), ordinal 2
//! ```
//!
//! ## Not a marker
//!
//! - `项目一期工程`, `问题一大堆` — the numeral runs into a word (期, 大): no separator or space;
//! - `任务书`, `专题片` — no number;
//! - `D3D11`, `D2级` — the number runs into a word; `D一` is no day (a day takes an Arabic number).

use super::numeral::{parse_arabic, parse_cn_numeral};
use super::{marker, Marker, Style};

/// The words that open a named ordinal, in the order of [`Style::Named`]'s index.
pub const WORDS: &[&str] = &[
    "环节", "步骤", "任务", "专题", "模块", "单元", "活动", "案例", "阶段", "板块", "项目", "课时", "场景", "议题",
    "要点", "问题", "D",
];

/// Scans a named ordinal at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let (idx, rest) = WORDS.iter().enumerate().find_map(|(i, w)| line.strip_prefix(w).map(|r| (i, r)))?;
    let (after, ordinal) = if WORDS[idx] == "D" {
        parse_arabic(rest).ok()?
    } else {
        parse_cn_numeral(rest).or_else(|_| parse_arabic(rest)).ok()?
    };
    let mut len = line.len() - after.len();
    match after.chars().next() {
        None => {}
        Some(c @ ('：' | ':' | '、' | '．' | '.')) => len += c.len_utf8(),
        Some(c) if c.is_whitespace() => {}
        Some(_) => return None,
    }
    Some(marker(Style::Named(idx as u8), Some(ordinal), line, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_markers() {
        let cases: &[(&str, Option<(u32, &str)>, &str)] = &[
            ("环节一　创设情境", Some((1, "创设情境")), "should read 环节一"),
            ("步骤2：将面粉过筛", Some((2, "将面粉过筛")), "should read 步骤2："),
            ("任务三", Some((3, "")), "should read a bare 任务三"),
            ("D1 高铁入滇，古城初印象", Some((1, "高铁入滇，古城初印象")), "should read an itinerary's day"),
            ("D2: 西江千户苗寨深度游", Some((2, "西江千户苗寨深度游")), "should read D2:"),
            ("D3D11渲染", None, "should not read D3D11"),
            ("D一天", None, "should not read a Chinese numeral after D"),
            ("项目一期工程", None, "should reject a numeral running into a word"),
            ("任务书", None, "should reject a word without number"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.ordinal.unwrap(), &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
