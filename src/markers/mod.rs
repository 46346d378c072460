//! Markers: the enumeration marks that open Chinese headings and list items (一、 （一） 1. （1） ①
//! 第一章 第一条 第一， 一是 1.1 A. Ⅰ、 ● 附件一 # …), recognised at the start of a line.
//!
//! [`scan`] is the entry point: given a line's trimmed content it returns the [`Marker`] that opens
//! it, if any. Each marker family lives in its own module, whose doc gives its grammar, examples and
//! the look-alikes that are *not* markers:
//!
//! | family | module | examples |
//! |---|---|---|
//! | 第 + numeral + separator / unit | [`di`] | 第一、 第二， 第一章 第三条 第二分编 【第一条】 |
//! | Chinese numeral + separator | [`chinese`] | 一、 十一、 二十三． |
//! | bracketed numerals | [`paren`] | （一） (一) ㈠ （1） (1) ⑴ （a） |
//! | Arabic numeral + separator | [`arabic`] | 1. 1、 1． 1) １． ⒈ |
//! | dotted multi-level numbers | [`dotted`] | 1.1 1.2.3 (and `1　总则` in a numbered standard) |
//! | Latin letters, Roman numerals | [`latin`] | A. a) Ⅰ、 II. |
//! | circled numbers, bullets, dashes | [`symbol`] | ① ⑳ ● ■ —— |
//! | run-in enumerators | [`run_in`] | 一是 二是 其一， |
//! | attachments | [`attachment`] | 附件一： 附件2 附录A |
//! | named ordinals | [`named`] | 环节一 步骤2： 任务三 |
//! | Markdown ATX headings | [`atx`] | # 标题  ## 第一章 |
//!
//! Width variants are accepted everywhere: full-width and half-width digits, brackets and punctuation,
//! and U+3000 as well as ASCII spaces between a marker and its text.
//!
//! Whether a marker that opens a line really opens a heading (and not a date, a quantity, a table row
//! or a cross-reference) is decided in two places: here, for what one line shows (`2019.1.5`,
//! `1.5亿元`, `一、二等奖`, `第十条规定`), and in the outline, for what the document shows (sequences,
//! siblings, tables of contents).

pub mod arabic;
pub mod attachment;
pub mod atx;
pub mod chinese;
pub mod di;
pub mod dotted;
pub mod latin;
pub mod named;
pub mod numeral;
pub mod paren;
pub mod run_in;
pub mod symbol;

use crate::lines::is_space;

/// The units that follow 第 + numeral in laws and long documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// 编 (book of a code).
    Book,
    /// 分编 (sub-book).
    SubBook,
    /// 部分 (part).
    Part,
    /// 篇 (piece, part of a report).
    Piece,
    /// 章 (chapter).
    Chapter,
    /// 节 (section).
    Section,
    /// 条 (article).
    Article,
    /// 步 (step), 阶段 (stage), 单元 (unit), 课 (lesson), 讲 (lecture), 天 (an itinerary's day): numbered
    /// parts of plans, courses and trips.
    Step,
}

impl Unit {
    /// Rank in the law hierarchy, smaller is higher (编 > 分编 > 章 > 节 > 条).
    pub fn rank(self) -> u8 {
        match self {
            Unit::Book => 0,
            Unit::SubBook => 1,
            Unit::Part | Unit::Piece => 2,
            Unit::Chapter => 3,
            Unit::Section => 4,
            Unit::Article => 5,
            Unit::Step => 6,
        }
    }
}

/// A marker family. Two headings whose markers have the same style are siblings when they meet in the
/// outline; a heading with a new style opens a level below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// 第一、 第二， 第三：
    Di,
    /// 第一章, 第二节, 第三条 …
    Unit(Unit),
    /// 一、 二、 …
    Chinese,
    /// 壹、 贰、 … (financial numerals: a family of their own, often above 一、)
    ChineseUpper,
    /// （一） (一) ㈠
    ChineseParen,
    /// 1. 1、 1．
    Arabic,
    /// 1) 1）
    ArabicHalfParen,
    /// （1） (1) ⑴
    ArabicParen,
    /// ① ② …
    Circled,
    /// 1.1 (depth 2), 1.2.3 (depth 3); depth 1 is a bare `1　总则`.
    Dotted(u8),
    /// A. B、 a) b. (A) (a): `upper` case, `paren` when fully bracketed.
    Latin {
        /// Upper-case letters.
        upper: bool,
        /// Written `(a)` rather than `a.`/`a)`.
        paren: bool,
    },
    /// Ⅰ、 II.
    Roman,
    /// 一是 二是 …
    RunIn,
    /// 其一 其二 …
    Qi,
    /// ● ■ ◆ … and the dash —— (the character is kept to tell families apart).
    Bullet(char),
    /// 附件一 附件2 附录A
    Attachment,
    /// 环节一, 步骤2, 任务三: the index of the word in [`named::WORDS`].
    Named(u8),
    /// `01` `02` … a zero-padded step number alone on its line (the steps of a how-to, each titled by
    /// the paragraph below it).
    Padded,
    /// Markdown `#`…`######`.
    Atx(u8),
    /// A heading without a marker (a subhead, a caption, an attached document's title).
    Unnumbered,
}

impl Style {
    /// The style's name in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Style::Di => "di",
            Style::Unit(Unit::Book) => "book",
            Style::Unit(Unit::SubBook) => "sub_book",
            Style::Unit(Unit::Part) => "part",
            Style::Unit(Unit::Piece) => "piece",
            Style::Unit(Unit::Chapter) => "chapter",
            Style::Unit(Unit::Section) => "section",
            Style::Unit(Unit::Article) => "article",
            Style::Unit(Unit::Step) => "step",
            Style::Chinese => "chinese",
            Style::ChineseUpper => "chinese_upper",
            Style::ChineseParen => "chinese_paren",
            Style::Arabic => "arabic",
            Style::ArabicHalfParen => "arabic_half_paren",
            Style::ArabicParen => "arabic_paren",
            Style::Circled => "circled",
            Style::Dotted(_) => "dotted",
            Style::Latin { upper: true, paren: false } => "latin_upper",
            Style::Latin { upper: false, paren: false } => "latin_lower",
            Style::Latin { upper: true, paren: true } => "latin_upper_paren",
            Style::Latin { upper: false, paren: true } => "latin_lower_paren",
            Style::Roman => "roman",
            Style::RunIn => "run_in",
            Style::Qi => "qi",
            Style::Bullet(_) => "bullet",
            Style::Attachment => "attachment",
            Style::Named(_) => "named",
            Style::Padded => "padded",
            Style::Atx(_) => "markdown",
            Style::Unnumbered => "none",
        }
    }

    /// Rank in the GB/T 9704 ladder (一、 > （一） > 1. > （1） > ①), smaller is higher; `None` for
    /// families outside the ladder.
    pub fn gb_rank(self) -> Option<u8> {
        match self {
            Style::Chinese => Some(1),
            Style::ChineseParen => Some(2),
            Style::Arabic => Some(3),
            Style::ArabicParen => Some(4),
            Style::Circled => Some(5),
            _ => None,
        }
    }

    /// Whether members of this family are weak evidence on their own, so that a line-initial one needs
    /// a line-initial sibling before it counts as a heading (一是 on its own is just how a sentence
    /// starts).
    pub fn needs_sibling(self) -> bool {
        matches!(
            self,
            Style::RunIn
                | Style::Qi
                | Style::Di
                | Style::Bullet(_)
                | Style::Latin { .. }
                | Style::Roman
                | Style::Named(_)
                | Style::Padded
                | Style::Unit(Unit::Step)
        )
    }
}

/// A marker found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The family.
    pub style: Style,
    /// The number the marker carries (一 → 1, ③ → 3, b → 2, 1.2.3 → 3), if any.
    pub ordinal: Option<u32>,
    /// Byte length of the marker as written, punctuation included (`（一）`, `第一、`, `1.2`).
    pub len: usize,
    /// Byte offset of the heading text (the marker and the spaces after it skipped).
    pub body: usize,
}

/// A zero-padded step number alone on its line: `01` … `09` (ASCII or full-width digits). A bare
/// `1` or `12` alone is widget residue or a page number, not a step; `01` with text after it is read
/// by the other families (`01 导师不是老板` is a bare dotted number).
fn padded(line: &str) -> Option<Marker> {
    let mut chars = line.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    if chars.next().is_some() || !matches!(a, '0' | '０') {
        return None;
    }
    let d = b.to_digit(10).or_else(|| ('１'..='９').contains(&b).then(|| b as u32 - '０' as u32))?;
    (d >= 1).then_some(Marker { style: Style::Padded, ordinal: Some(d), len: line.len(), body: line.len() })
}

/// A short label wrapped in 【】 on a line of its own (`【教学目标】`, `【药品名称】`), its inner text;
/// not a bracketed marker such as 【第一条】.
#[inline]
pub fn bracket_label(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('【')?.strip_suffix('】')?;
    let n = inner.chars().count();
    let plain = !inner.contains(['【', '】', '，', '。', '；', '：', ':']);
    (plain && (2..=16).contains(&n) && di::scan_bracketed(text).is_none()).then_some(inner)
}

/// The lines among `lines` (each line's trimmed content, `""` for a blank one) that number a
/// how-to's steps with a bare number alone on its line, as 百度经验 and pages copied from step lists
/// lay them out (`1` / `在旧手机上打开微信，点击…` / `2` / `在设置页面中…`): numbers that count on from
/// 1, at least three of them, each followed by the step's text (a line that is no number, and most of
/// them read as sentences, with a comma or a full stop), each within 8 lines of the one before, and no
/// other number alone between two of them. Returns `(line, ordinal)` for each, read as [`Style::Padded`].
///
/// A bare number alone is widget residue or a page number on its own; it is a step only in such a
/// run. Counter-examples: a page number every forty lines (too far apart); a table written one cell
/// per line (`1` / `张三` / `85` / `2` / …: a figure between the numbers, labels that are no
/// sentences); `1` / `2` / `3` one under another (a column, no text after each).
pub fn bare_steps(lines: &[&str]) -> Vec<(usize, u32)> {
    let bare = |t: &str| -> Option<u32> {
        let b = t.as_bytes();
        (!b.is_empty() && b.len() <= 2 && b[0] != b'0' && b.iter().all(u8::is_ascii_digit))
            .then(|| t.parse().ok())
            .flatten()
    };
    let mut out = Vec::new();
    // The run being read: its lines, ordinals, and how many of its steps read as sentences.
    let mut run: Vec<(usize, u32)> = Vec::new();
    let mut sentences = 0;
    let flush = |run: &mut Vec<(usize, u32)>, sentences: usize, out: &mut Vec<(usize, u32)>| {
        if run.len() >= 3 && sentences * 2 >= run.len() {
            out.append(run);
        }
        run.clear();
    };
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i];
        // (Most lines are longer than two bytes: answered at the first test.)
        let Some(n) = (t.len() <= 2).then(|| bare(t)).flatten() else {
            if crate::lines::number_alone(t) {
                // Another number alone breaks the run: a table's column.
                flush(&mut run, sentences, &mut out);
                sentences = 0;
            }
            i += 1;
            continue;
        };
        let next = lines[i + 1..].iter().position(|t| !t.is_empty()).map(|o| i + 1 + o);
        let step_text = next.filter(|&j| j - i <= 2 && !crate::lines::number_alone(lines[j]));
        let counts_on = run.last().is_some_and(|&(j, m)| n == m + 1 && i - j <= 8);
        if !counts_on {
            flush(&mut run, sentences, &mut out);
            sentences = 0;
        }
        match step_text {
            Some(j) if counts_on || n == 1 => {
                run.push((i, n));
                sentences += usize::from(lines[j].contains(['，', '。', ',', '；']));
            }
            _ => {
                flush(&mut run, sentences, &mut out);
                sentences = 0;
            }
        }
        i += 1;
    }
    flush(&mut run, sentences, &mut out);
    out
}

/// Finds the marker that opens `line` (a line's trimmed content), if any.
///
/// Markdown `#` prefixes are not handled here but by [`atx::scan`], which the caller runs first so that
/// `## 第一章 总纲` yields both the ATX depth and the inner 第一章 marker.
pub fn scan(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    let m = match first {
        '第' => di::scan(line),
        '【' | '[' => di::scan_bracketed(line),
        '附' => attachment::scan(line),
        '其' => run_in::scan_qi(line),
        '（' | '(' => paren::scan(line),
        c if numeral::is_cn_numeral_char(c) => chinese::scan(line).or_else(|| run_in::scan(line)),
        '环' | '步' | '任' | '专' | '模' | '单' | '活' | '案' | '阶' | '板' | '项' | '课' | '场' | '议' | '要'
        | '问' => named::scan(line),
        c if numeral::is_digit(c) => dotted::scan(line).or_else(|| arabic::scan(line)).or_else(|| padded(line)),
        // Any other ideograph opens no marker: the families below start with symbols, brackets,
        // digits or letters. (Most lines of running text end here, after one character.)
        '\u{4E00}'..='\u{9FFF}' => None,
        'D' => dotted::scan_lettered(line).or_else(|| latin::scan(line)).or_else(|| named::scan(line)),
        c if c.is_ascii_uppercase() => dotted::scan_lettered(line).or_else(|| latin::scan(line)),
        c if c.is_ascii_alphabetic() => latin::scan(line),
        _ => symbol::scan(line)
            .or_else(|| paren::scan(line))
            .or_else(|| arabic::scan(line))
            .or_else(|| latin::scan(line)),
    }?;
    if m.ordinal == Some(0) {
        return None;
    }
    Some(m)
}

/// Byte length of the spaces (ASCII, U+3000, NBSP, tab) at the start of `s`.
pub(crate) fn space_len(s: &str) -> usize {
    s.len() - s.trim_start_matches(|c: char| is_space(c) || c == '\t').len()
}

/// Builds a marker of `len` bytes from the line `line`, skipping the spaces after it to find the body.
pub(crate) fn marker(style: Style, ordinal: Option<u32>, line: &str, len: usize) -> Marker {
    let body = len + space_len(&line[len..]);
    Marker { style, ordinal, len, body }
}

/// Whether the text right after a separator starts another numeral of the same kind followed by a
/// range or list mark, as in `一、二等奖`, `一、二季度`, `1、2级`, `1、2、3`: then the first numeral was
/// not a marker but part of an enumeration inside a phrase.
pub(crate) fn numeral_follows(rest: &str, chinese: bool) -> bool {
    let mut it = rest.chars();
    let mut n = 0;
    let mut next = None;
    for c in it.by_ref() {
        let is_num = if chinese { numeral::is_cn_numeral_char(c) } else { numeral::is_digit(c) };
        if is_num {
            n += 1;
        } else {
            next = Some(c);
            break;
        }
    }
    if n == 4 && next == Some('年') {
        return false; // 七、二〇〇七年以后…: a year, not a list
    }
    n > 0
        && matches!(
            next,
            Some(
                '、' | ','
                    | '，'
                    | '等'
                    | '季'
                    | '级'
                    | '類'
                    | '类'
                    | '档'
                    | '期'
                    | '批'
                    | '年'
                    | '月'
                    | '号'
                    | '至'
                    | '到'
                    | '-'
                    | '~'
                    | '～'
                    | '—'
                    | '产'
                    | '次'
                    | '个'
                    | '名'
                    | '项'
                    | '泡'
                    | '遍'
                    | '轮'
                    | '回'
                    | '天'
                    | '周'
                    | '层'
                    | '倍'
            )
        )
}

/// Whether `c` is a separator after an ordinal: 、 ． . ，, ：:
pub(crate) fn is_ordinal_sep(c: char) -> bool {
    matches!(c, '、' | '．' | '.' | '，' | ',' | '：' | ':' | '｡')
}

#[cfg(test)]
mod tests {
    #[test]
    fn should_read_bare_numbers_as_steps_only_in_a_run_above_their_text() {
        let lines = |t: &str| t.split('\n').map(str::trim).collect::<Vec<_>>().join("\n");
        let cases: &[(&str, &[(usize, u32)], &str)] = &[
            (
                "1\n打开设置，点击“通用”。\n2\n选择“关于本机”。\n3\n点击“软件更新”，等待下载。",
                &[(0, 1), (2, 2), (4, 3)],
                "a how-to's steps",
            ),
            (
                "1\n打开设置，点击“通用”。\n\n2\n\n选择“关于本机”。\n3\n点击更新。",
                &[(0, 1), (3, 2), (6, 3)],
                "blank lines between",
            ),
            ("1\n打开设置，点击“通用”。\n2\n选择“关于本机”。", &[], "two steps are no run"),
            ("序号\n1\n张三\n85\n2\n李四\n90\n3\n王五\n77", &[], "a table one cell per line: a figure between"),
            ("1\n2\n3\n4", &[], "a column of numbers, no text after each"),
            ("2\n打开设置，点击。\n3\n选择关于。\n4\n点击更新。", &[], "a run must start at 1"),
            ("1\n甲\n2\n乙\n3\n丙", &[], "labels, no sentences"),
        ];
        for (text, want, why) in cases {
            let t = lines(text);
            let got = super::bare_steps(&t.split('\n').collect::<Vec<_>>());
            assert_eq!(got, *want, "{why}: {text:?}");
        }
    }

    use super::*;
    use pretty_assertions::assert_eq;

    fn style_of(line: &str) -> Option<(Style, Option<u32>, &str)> {
        scan(line).map(|m| (m.style, m.ordinal, &line[m.body..]))
    }

    #[test]
    fn should_dispatch_to_every_family() {
        let cases: &[(&str, Style, u32, &str)] = &[
            ("第一、通盘谋划", Style::Di, 1, "通盘谋划"),
            ("第三章　总则", Style::Unit(Unit::Chapter), 3, "总则"),
            ("一、总体要求", Style::Chinese, 1, "总体要求"),
            ("（一）指导思想。", Style::ChineseParen, 1, "指导思想。"),
            ("1.加强领导", Style::Arabic, 1, "加强领导"),
            ("（2）科学监测", Style::ArabicParen, 2, "科学监测"),
            ("③完善制度", Style::Circled, 3, "完善制度"),
            ("1.2.3 范围", Style::Dotted(3), 3, "范围"),
            ("b)开放性颅骨骨折", Style::Latin { upper: false, paren: false }, 2, "开放性颅骨骨折"),
            ("Ⅱ、目标", Style::Roman, 2, "目标"),
            ("貳、要點說明", Style::ChineseUpper, 2, "要點說明"),
            ("二是强化政治引领", Style::RunIn, 2, "强化政治引领"),
            ("其一，", Style::Qi, 1, ""),
            ("附件一：香港特别行政区", Style::Attachment, 1, "香港特别行政区"),
            ("01", Style::Padded, 1, ""),
            ("０３", Style::Padded, 3, ""),
        ];
        for (line, style, ord, body) in cases {
            assert_eq!(style_of(line), Some((*style, Some(*ord), *body)), "should recognise {line}");
        }
    }

    #[test]
    fn should_reject_look_alikes() {
        for line in [
            "2019年工作总结",
            "2019.1.5 会议纪要",
            "13:00开会",
            "1.5亿元投资",
            "5.5%的增长",
            "百分之一，",
            "一、二等奖各一名",
            "一、二季度",
            "第十条规定的情形",
            "总则",
            "〇、",
            "00",
            "7",
            "12",
            "010",
        ] {
            assert_eq!(scan(line), None, "should not take {line} as a marker");
        }
    }
}
