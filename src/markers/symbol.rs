//! Symbol markers: circled numbers (① … ㊿, the fifth level of GB/T 15834), bullets (● ■ ◆ ▲ ★ …) and
//! the leading dash `——` that opens the items of a principles list.
//!
//! ## Grammar
//!
//! ```text
//! circled ::= ① … ⑳ | ㉑ … ㉟ | ㊱ … ㊿ [ sep ]
//! bullet  ::= ● | ○ | ■ | □ | ◆ | ◇ | ▲ | △ | ★ | ☆ | ◎ | • | ▪ | ► | ▶ | ❖ | ✓ | √
//!             (not a short line of check boxes, `√适用 □不适用`: a form's choice)
//! dash    ::= '——' | '──'                           ; followed by text, not by a speaker's name
//! ```
//!
//! Each bullet character is a family of its own (● and ■ may be two levels). Bullets carry no
//! ordinal.
//!
//! ## Examples
//!
//! ```text
//! > | ①坚持党的领导
//!     ^ circled, ordinal 1
//! > | ●密码明文传输
//!     ^ bullet
//! > | ——坚持党管农村工作。毫不动摇地……
//!     ^^ bullet (dash)
//! ```
//!
//! ## Not a marker
//!
//! - `——在全国…会议上的讲话` — a subtitle (the title stage takes it first);
//! - `——习近平` — a signature: a dash followed by a short name and nothing else;
//! - `●` alone on a line — residue.

use super::{marker, Marker, Style};

/// Scans a circled number, a bullet or a leading dash at the start of `line`.
pub fn scan(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    let ordinal = match first {
        '①'..='⑳' => Some(first as u32 - '①' as u32 + 1),
        '㉑'..='㉟' => Some(first as u32 - '㉑' as u32 + 21),
        '㊱'..='㊿' => Some(first as u32 - '㊱' as u32 + 36),
        _ => None,
    };
    if let Some(n) = ordinal {
        let mut len = first.len_utf8();
        if let Some(c) = line[len..].chars().next().filter(|c| matches!(c, '、' | '．' | '.')) {
            len += c.len_utf8();
        }
        return Some(marker(Style::Circled, Some(n), line, len));
    }
    if matches!(
        first,
        '●' | '○'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '▲'
            | '△'
            | '★'
            | '☆'
            | '◎'
            | '•'
            | '▪'
            | '►'
            | '▶'
            | '❖'
            | '✓'
            | '√'
    ) {
        // A form's check boxes (`√适用 □不适用`, `□是 √否`): a choice between boxes, not an item.
        const BOXES: [char; 6] = ['□', '√', '☑', '☐', '✓', '■'];
        if BOXES.contains(&first) && line[first.len_utf8()..].contains(BOXES) && line.chars().count() <= 24 {
            return None;
        }
        let m = marker(Style::Bullet(first), None, line, first.len_utf8());
        return (m.body < line.len()).then_some(m);
    }
    for dash in ["——", "──", "—-"] {
        if let Some(after) = line.strip_prefix(dash) {
            let body = after.trim_start();
            // A signature (——习近平) or an empty dash line is not a list item.
            if body.chars().count() <= 5 || body.starts_with(['在', '—']) {
                return None;
            }
            return Some(marker(Style::Bullet('—'), None, line, dash.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_markers() {
        let cases: &[(&str, Option<(Style, Option<u32>, &str)>, &str)] = &[
            ("①坚持", Some((Style::Circled, Some(1), "坚持")), "should read ①"),
            ("⑳最后", Some((Style::Circled, Some(20), "最后")), "should read ⑳"),
            ("㉑更多", Some((Style::Circled, Some(21), "更多")), "should read ㉑"),
            ("●密码明文传输", Some((Style::Bullet('●'), None, "密码明文传输")), "should read a bullet"),
            ("√适用 □不适用", None, "should reject a form's check boxes"),
            ("□是 √否", None, "should reject a yes/no choice"),
            (
                "——坚持党管农村工作。毫不",
                Some((Style::Bullet('—'), None, "坚持党管农村工作。毫不")),
                "should read a dash item",
            ),
            ("——在中国共产党第十九次全国代表大会上的报告", None, "should leave a subtitle alone"),
            ("——习近平", None, "should reject a signature"),
            ("●", None, "should reject a lone bullet"),
        ];
        for (line, want, msg) in cases {
            let got = scan(line).map(|m| (m.style, m.ordinal, &line[m.body..]));
            assert_eq!(got, *want, "{msg}: {line}");
        }
    }
}
