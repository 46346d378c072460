//! Page furniture: the lines a PDF or Word converter leaves at every page boundary.
//!
//! Text converted from a paged document repeats, on every page, a page number and often a running
//! header or footer (the document's title, the issuing body, a watermark). They are not the
//! document's text; they interrupt it, often in the middle of a paragraph. This module finds them,
//! over the physical lines, so that the logical-lines stage never joins a paragraph across them and
//! the classifier removes them as boilerplate of the kind `page`.
//!
//! ## Evidence
//!
//! - **A page number** in one of its usual forms, alone on its line: `- 3 -`, `— 3 —`, `－3－`,
//!   `第 3 页`, `第3页 共12页`, `第1頁，共計8頁`, `共12页 第3页`, `Page 3`, `Page 3 of 12`, `3 / 12`
//!   (its first number not above its second).
//! - **A bare number at page boundaries**: `3` alone (or a front matter's Roman page number, `I`,
//!   `ii`, `Ⅲ`, which comes before the body's `1`), when it stands next to a form feed or a
//!   running header, or when at least three of them count up by one at regular intervals (every page
//!   has about as many lines), or when a short line repeated word for word stands right beside three
//!   of them or more (a header over pages of uneven length: both are furniture).
//! - **A footer that carries its page number** after a wide gap (three spaces or more), on either
//!   side: `请务必阅读正文之后的免责声明部分        3`, `4        中国社会科学 2024年第3期` — when its text
//!   (digits aside) comes back at least twice, four lines apart or more (a last page is short), its numbers
//!   counting up.
//! - **A running header or footer**: a short line (at most [`HEADER_CHARS`] characters, white space
//!   aside: a header set in two columns, `某某有限公司          文件编号：HY-017`, is short) that stands
//!   next to a page number or a form feed at least twice, with the same text each time (digits aside:
//!   `国务院公报 2021年第5号` and `国务院公报 2021年第6号` are one header), or once when it repeats
//!   (or begins) one of the document's first lines (ten to thirty) — its title, on a document of two
//!   pages.
//!   Only the occurrences beside page numbers are furniture: the same text at the top of the first
//!   page, far from any page number, is the title.
//!
//! ## Counter-examples
//!
//! - `I` alone above `引言` with no form feed, header or run of pages beside it — a section's
//!   Roman number, like `1` alone above `简介`.
//! - `1` alone above `简介`, `2` alone above `方法` — section numbers: they do not stand at regular
//!   intervals, and nothing repeats beside them; nor when a form feed opens the page with them, if
//!   the page number stands right beside them (`Page 2 of 9` / `\f1` / `概述`);
//! - `01` / `我们的责任` — a zero-padded number above a short title numbers a designed report's chapter.
//! - `2024/5` or `3/2` as a date or a fraction in running text — not alone on a line, or a first
//!   number above the second.
//! - `—— 摘自《…》` — a dash and text, not a number between dashes.
//! - A short line that repeats (`（掌声）`) but never beside a page number.
//! - `流通市值（亿元）          32` or `合计          12` — a table row: its label does not come back a
//!   page later with a greater number.

use crate::lines::Line;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A running header is at most this many characters long.
pub const HEADER_CHARS: usize = 40;

/// What a line of page furniture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Furniture {
    /// A page number in one of its usual forms.
    PageNumber,
    /// A bare number at a page boundary.
    BareNumber,
    /// A footer or header that carries its page number after a wide gap.
    NumberedFooter,
    /// A running header or footer, repeated beside the page numbers.
    RunningHeader,
}

impl Furniture {
    /// Why the line is furniture, as the boilerplate reason says it.
    pub fn reason(self) -> &'static str {
        match self {
            Furniture::PageNumber => "a page number",
            Furniture::NumberedFooter => "a page footer carrying its page number",
            Furniture::BareNumber => "a bare number at a page boundary",
            Furniture::RunningHeader => "a running header or footer, repeated beside the page numbers",
        }
    }
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:",
        // - 3 -, — 3 —, －3－, ~3~, · 3 ·
        r"[-－—–−~～·•]{1,2}\s*\d{1,4}\s*[-－—–−~～·•]{1,2}",
        // 第 3 页, 第3页 共12页, 第1頁，共計8頁, 第3页/共12页
        r"|第\s*\d{1,4}\s*[页頁](?:\s*[,，/／、]?\s*共\s*[计計]?\s*\d{1,4}\s*[页頁])?",
        // 共12页 第3页
        r"|共\s*[计計]?\s*\d{1,4}\s*[页頁]\s*[,，/／、]?\s*第\s*\d{1,4}\s*[页頁]",
        // Page 3, Page 3 of 12, page 3/12
        r"|(?i:page)\s*\d{1,4}(?:\s*(?:(?i:of)|/)\s*\d{1,4})?",
        // 1-1-17: a prospectus numbers its pages by part, chapter and page (the CSRC's form)
        r"|\d{1,3}-\d{1,3}-\d{1,4}",
        r")$"
    ))
    .expect("the page-number pattern compiles")
});

/// The page number and the words of a footer or header that carries its number after (or before) a
/// wide gap (three spaces, TABs or U+3000 or more): `请务必阅读正文之后的免责声明部分        3` →
/// `(3, "请务必阅读正文之后的免责声明部分")`. Read from the line alone; whether it is furniture is
/// [`numbered_footers`]' question.
fn numbered_footer(t: &str) -> Option<(u32, &str)> {
    if t.len() <= 8 || t.len() > HEADER_CHARS * 4 + 40 {
        return None;
    }
    let is_gap = |c: char| matches!(c, ' ' | '\t' | '\u{3000}');
    let number = |d: &str| if (1..=4).contains(&d.len()) { d.parse().ok() } else { None };
    // The number on the left (`4        中国社会科学`), then on the right.
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    if let Some(n) = number(&t[..t.len() - rest.len()]) {
        let words = rest.trim_start_matches(is_gap);
        if !words.is_empty() && rest[..rest.len() - words.len()].chars().count() >= 3 {
            return Some((n, words));
        }
    }
    let rest = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let n = number(&t[rest.len()..])?;
    let words = rest.trim_end_matches(is_gap);
    (!words.is_empty() && rest[words.len()..].chars().count() >= 3).then_some((n, words))
}

/// Whether `t` (a line's trimmed text) may be a footer with its page number (see
/// [`numbered_footers`]): the classifier asks it of every line, to know whether the furniture pass
/// is needed on a text with no page number of the usual forms.
pub fn may_be_numbered_footer(t: &str) -> bool {
    numbered_footer(t).is_some()
}

/// The characters of `t` that are not white space: what a header's length is measured in.
fn ink(t: &str) -> usize {
    t.chars().filter(|c| !c.is_whitespace()).count()
}

/// The footers that carry their page number (see the module doc): indices into `lines`.
fn numbered_footers(text: &str, lines: &[Line], key: impl Fn(&str) -> String) -> Vec<usize> {
    // Each footer's text (its key): `(index, rank among the non-blank lines, page number)`.
    let mut groups: HashMap<String, Vec<(usize, usize, u32)>> = HashMap::new();
    for (rank, (i, l)) in lines.iter().enumerate().filter(|(_, l)| !l.is_blank()).enumerate() {
        let Some((n, words)) = numbered_footer(l.text(text)) else { continue };
        let k = key(words);
        if ink(words) <= HEADER_CHARS && k.chars().filter(|c| c.is_alphanumeric() && *c != '#').count() >= 4 {
            groups.entry(k).or_default().push((i, rank, n));
        }
    }
    let mut out = Vec::new();
    for (_, g) in groups {
        let apart = g.windows(2).all(|w| w[1].2 > w[0].2 && w[1].1 >= w[0].1 + 4);
        if g.len() >= 2 && apart {
            out.extend(g.into_iter().map(|(i, _, _)| i));
        }
    }
    out
}

static FRACTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,4})\s*[/／]\s*(\d{1,4})$").expect("the fraction pattern compiles"));

/// Whether `t` (a line's trimmed text) is a page number in one of its usual forms (not a bare
/// number: that needs its neighbours, see [`find`]).
pub fn is_page_number(t: &str) -> bool {
    // Page numbers are short, and open with a dash, 第, 共, P or a digit.
    if t.len() > 40 || t.is_empty() {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(first.is_ascii_digit()
        || matches!(first, '-' | '－' | '—' | '–' | '−' | '~' | '～' | '·' | '•' | '第' | '共' | 'P' | 'p'))
    {
        return false;
    }
    if PAGE_NUMBER.is_match(t) {
        return true;
    }
    FRACTION.captures(t).is_some_and(|c| {
        let (a, b) = (c[1].parse::<u32>().unwrap_or(0), c[2].parse::<u32>().unwrap_or(0));
        a >= 1 && a <= b && b >= 2
    })
}

/// Whether line `i` is a zero-padded number (`01`, `03`) and the next non-blank line a short title:
/// at most 20 characters, no sentence end.
fn padded_above_title(text: &str, lines: &[Line], i: usize) -> bool {
    let t = lines[i].text(text);
    if !(t.len() >= 2 && t.starts_with('0')) {
        return false;
    }
    let Some(next) = lines[i + 1..].iter().take(3).find(|l| !l.is_blank()) else { return false };
    let n = next.text(text);
    n.chars().count() <= 20 && !n.ends_with(['。', '！', '？', '；', '.', '!', '?', ';']) && bare_number(n).is_none()
}

/// The value of a bare number line (`3`, `１２`).
fn bare_number(t: &str) -> Option<u32> {
    if t.is_empty() || t.len() > 12 {
        return None;
    }
    let mut v: u32 = 0;
    for c in t.chars() {
        let d = c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))?;
        v = v.checked_mul(10)?.checked_add(d)?;
    }
    (v <= 9999).then_some(v)
}

/// The value of a Roman numeral line (`I`, `ii`, `XIV`, `Ⅲ`): a front matter's page number, maybe.
/// Up to [`FRONT_MATTER`] − 1; one case throughout.
fn roman_number(t: &str) -> Option<u32> {
    if t.is_empty() || t.len() > 18 {
        return None;
    }
    // The single-character numerals of Unicode's Number Forms: Ⅰ–Ⅻ, ⅰ–ⅻ.
    let mut chars = t.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        match c {
            '\u{2160}'..='\u{216B}' => return Some(c as u32 - 0x2160 + 1),
            '\u{2170}'..='\u{217B}' => return Some(c as u32 - 0x2170 + 1),
            _ => {}
        }
    }
    let upper = t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    let lower = t.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    if !(upper || lower) {
        return None;
    }
    let t = t.to_ascii_uppercase();
    // The canonical forms only (`IIII`, `VX` are not numerals): built back from the value.
    let digit = |d: u32, one: &str, five: &str, ten: &str| match d {
        0 => String::new(),
        1..=3 => one.repeat(d as usize),
        4 => format!("{one}{five}"),
        5..=8 => format!("{five}{}", one.repeat(d as usize - 5)),
        _ => format!("{one}{ten}"),
    };
    (1..FRONT_MATTER).find(|&v| digit(v / 10, "X", "L", "C") + &digit(v % 10, "I", "V", "X") == t)
}

/// A front matter's Roman page numbers come before the body's Arabic ones: a bare number's order
/// value is its value plus this, a Roman one's its own (`I`, `II`, then `1`, `2` count up).
const FRONT_MATTER: u32 = 40;

/// What a line may be, read from the line alone: a page number, or a bare number (furniture only
/// by its neighbours, see [`resolve`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A page number in one of its usual forms.
    PageNumber,
    /// A bare number, with its value.
    Bare(u32),
    /// A Roman numeral alone (`I`, `ii`, `Ⅲ`), with its value: a front matter's page number when
    /// its neighbours say so, like a bare number.
    Roman(u32),
}

/// The [`Mark`] of a line's trimmed text, if any. Cheap: most lines are longer than a page number.
pub fn mark(t: &str) -> Option<Mark> {
    if t.len() > 40 || t.is_empty() {
        return None;
    }
    if is_page_number(t) {
        Some(Mark::PageNumber)
    } else {
        bare_number(t).map(Mark::Bare).or_else(|| roman_number(t).map(Mark::Roman))
    }
}

/// The page furniture among `lines`: `(index into lines, what it is)`, in order. Cheap on a text
/// with no page number: one look at each short line.
pub fn find(text: &str, lines: &[Line]) -> Vec<(usize, Furniture)> {
    let marks = lines.iter().enumerate().filter_map(|(i, l)| mark(l.text(text)).map(|m| (i, m))).collect();
    resolve(text, lines, marks)
}

/// [`find`] from the marks of the lines (`(index, mark)`, in order), when a stage has read them
/// already.
pub fn resolve(text: &str, lines: &[Line], marks: Vec<(usize, Mark)>) -> Vec<(usize, Furniture)> {
    let mut found: HashMap<usize, Furniture> = HashMap::new();
    let mut bare: Vec<(usize, u32)> = Vec::new();
    for (i, m) in marks {
        match m {
            Mark::PageNumber => {
                found.insert(i, Furniture::PageNumber);
            }
            // A zero-padded number above a short title (`01` / `我们的责任`) numbers a chapter of a
            // designed report, not a page: it is never furniture by its neighbours.
            Mark::Bare(_) if padded_above_title(text, lines, i) => {}
            Mark::Bare(v) => bare.push((i, v + FRONT_MATTER)),
            Mark::Roman(v) => bare.push((i, v)),
        }
    }
    // Running headers are compared by their text, white space aside, digits as one (`#`).
    let key = |t: &str| -> String {
        t.chars().filter(|c| !c.is_whitespace()).map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
    };
    for i in numbered_footers(text, lines, key) {
        found.insert(i, Furniture::NumberedFooter);
    }
    // Form feeds mark page boundaries: looked for in the white space around the numbers only.
    let near_ff = |i: usize| {
        let b = text.as_bytes();
        let white = |c: &&u8| matches!(**c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c');
        let before = b[..lines[i].text_start].iter().rev().take(256).take_while(white).any(|&c| c == b'\x0c');
        before || b[lines[i].text_end..].iter().take(256).take_while(white).any(|&c| c == b'\x0c')
    };
    let has_ff = found.keys().any(|&i| near_ff(i)) || bare.iter().any(|&(i, _)| near_ff(i));
    // Runs of three or more bare numbers counting up by one: `(first, last)` indices into `bare`.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < bare.len() {
        let mut j = k;
        while j + 1 < bare.len() && bare[j + 1].1 == bare[j].1 + 1 {
            j += 1;
        }
        if j >= k + 2 {
            runs.push((k, j));
        }
        k = j + 1;
    }
    if found.is_empty() && runs.is_empty() && !has_ff {
        return Vec::new();
    }
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    // The position of each non-blank line among the non-blank lines.
    let mut rank = vec![0usize; lines.len()];
    for (r, &i) in nonblank.iter().enumerate() {
        rank[i] = r;
    }
    // A form feed between line `a`'s text and line `b`'s (`a` before `b`).
    let ff_between = |a: usize, b: usize| has_ff && text[lines[a].text_end..lines[b].text_start].contains('\x0c');
    let at_form_feed = |r: usize| {
        let i = nonblank[r];
        (r > 0 && ff_between(nonblank[r - 1], i))
            || (r + 1 < nonblank.len() && ff_between(i, nonblank[r + 1]))
            || (r == 0 && text[..lines[i].text_start].contains('\x0c'))
    };

    // A page shows its number once: a bare number right beside a page number in one of its forms
    // (`Page 2 of 9` / `\f1` / `概述`) is a section's, opening the next page.
    let mut page_numbers: Vec<usize> = found
        .iter()
        .filter(|(_, f)| matches!(f, Furniture::PageNumber | Furniture::NumberedFooter))
        .map(|(&i, _)| rank[i])
        .collect();
    page_numbers.sort_unstable();
    // (By bisection: a converted book has thousands of pages.)
    let numbered = |r: usize| {
        let from = page_numbers.partition_point(|&p| p + 2 < r);
        page_numbers[from..].iter().take_while(|&&p| p <= r + 2).any(|&p| p != r)
    };
    // Bare numbers counting up at regular intervals.
    for (k, j) in runs {
        let gaps: Vec<usize> = (k..j).map(|m| rank[bare[m + 1].0] - rank[bare[m].0]).collect();
        let mut sorted = gaps.clone();
        sorted.sort_unstable();
        let median = sorted[sorted.len() / 2];
        let regular = median >= 8 && gaps.iter().all(|&g| g * 4 >= median * 3 && g * 3 <= median * 4);
        if regular {
            for b in bare[k..=j].iter().filter(|b| !numbered(rank[b.0])) {
                found.insert(b.0, Furniture::BareNumber);
            }
        }
    }
    if has_ff {
        for &(i, _) in bare.iter().filter(|&&(i, _)| at_form_feed(rank[i]) && !numbered(rank[i])) {
            found.entry(i).or_insert(Furniture::BareNumber);
        }
    }

    // Running headers: short lines next to a page number (within two non-blank lines) or a form feed.
    // A short line repeated three times or more, each time right beside a bare number, is a running
    // header and those numbers its pages, however uneven the pages (a manual's pages are not of one
    // length): the bare numbers are found by their header.
    if !bare.is_empty() {
        let is_bare = |i: usize| bare.binary_search_by_key(&i, |b| b.0).is_ok();
        let mut beside_bare: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (r, &i) in nonblank.iter().enumerate() {
            let t = lines[i].text(text);
            // (A header is a title or a code, not a sentence.)
            let sentence = t.ends_with(['。', '！', '？', '；', '.', '!', '?', ';']);
            // (Nor a page number: `Page # of #` beside each section number opening a page is its page's
            // number, not a header over bare page numbers.)
            let page = matches!(found.get(&i), Some(Furniture::PageNumber | Furniture::NumberedFooter));
            if is_bare(i) || page || sentence || t.len() > HEADER_CHARS * 4 || ink(t) > HEADER_CHARS {
                continue;
            }
            let near = [r.checked_sub(1), Some(r + 1)].into_iter().flatten().filter(|&s| s < nonblank.len());
            if let Some(s) = near.map(|s| nonblank[s]).find(|&j| is_bare(j)) {
                let k = key(t);
                if k.chars().filter(|c| c.is_alphanumeric() && *c != '#').count() >= 2 {
                    beside_bare.entry(k).or_default().push((i, s));
                }
            }
        }
        let value = |b: usize| bare.binary_search_by_key(&b, |x| x.0).map(|k| bare[k].1).unwrap_or(0);
        for (_, pairs) in beside_bare {
            // (Page numbers count up down the text; numbers beside a repeated table row do not.)
            let counts_up = pairs.windows(2).all(|w| value(w[1].1) > value(w[0].1));
            if pairs.len() >= 3 && counts_up {
                for (i, b) in pairs {
                    found.insert(i, Furniture::RunningHeader);
                    found.entry(b).or_insert(Furniture::BareNumber);
                }
            }
        }
    }
    let beside = |r: usize| -> bool {
        let lo = r.saturating_sub(2);
        let hi = (r + 2).min(nonblank.len() - 1);
        (lo..=hi).any(|s| {
            s != r
                && matches!(
                    found.get(&nonblank[s]),
                    Some(Furniture::PageNumber | Furniture::BareNumber | Furniture::NumberedFooter)
                )
        }) || at_form_feed(r)
    };
    // Each short line's text (digits aside): its occurrences beside the page numbers, and in all.
    let mut groups: HashMap<String, (Vec<usize>, usize)> = HashMap::new();
    for (r, &i) in nonblank.iter().enumerate() {
        if found.contains_key(&i) {
            continue;
        }
        let t = lines[i].text(text);
        if t.len() > HEADER_CHARS * 4 || ink(t) > HEADER_CHARS {
            continue;
        }
        let k = key(t);
        // At least two characters that are not digits or punctuation.
        if k.chars().filter(|c| c.is_alphanumeric() && *c != '#').count() < 2 {
            continue;
        }
        let g = groups.entry(k).or_default();
        g.1 += 1;
        if beside(r) {
            g.0.push(i);
        }
    }
    // A header stands beside the page numbers at least twice, and mostly there: a line of the text
    // that happens to repeat (`（掌声）`) stands anywhere.
    // The document's first lines (its title, after a page's clutter): a header beside a page number that repeats one of them
    // (or its start) is a running header even on a document of two pages.
    let top: Vec<String> = nonblank
        .iter()
        .take((nonblank.len() / 10).clamp(10, 30))
        .map(|&i| key(lines[i].text(text).trim_start_matches(['#', ' ']).trim_matches('*')))
        .collect();
    let repeats_top = |k: &str| k.chars().count() >= 6 && top.iter().any(|t| t.starts_with(k));
    for (k, (members, total)) in groups {
        let single = members.len() == 1 && total == 2 && repeats_top(&k);
        if members.len() >= 2 && members.len() * 2 >= total || single {
            for i in members {
                found.insert(i, Furniture::RunningHeader);
            }
        }
    }
    // Bare numbers beside a running header.
    for &(i, _) in &bare {
        // (A page shows its number once: beside `第 4 页` and its header, `4` numbers a section.)
        if found.contains_key(&i) || numbered(rank[i]) {
            continue;
        }
        let r = rank[i];
        let lo = r.saturating_sub(1);
        let hi = (r + 1).min(nonblank.len() - 1);
        if (lo..=hi).any(|s| s != r && found.get(&nonblank[s]) == Some(&Furniture::RunningHeader)) {
            found.insert(i, Furniture::BareNumber);
        }
    }
    let mut out: Vec<(usize, Furniture)> = found.into_iter().collect();
    out.sort_unstable_by_key(|p| p.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn kinds(src: &str) -> Vec<(String, Furniture)> {
        let lines = split(src);
        find(src, &lines).into_iter().map(|(i, f)| (lines[i].text(src).to_string(), f)).collect()
    }

    #[test]
    fn page_number_forms() {
        for t in [
            "- 3 -",
            "— 12 —",
            "－3－",
            "第 3 页",
            "第3页 共12页",
            "第1頁，共計8頁",
            "共12页 第3页",
            "Page 3",
            "page 3 of 12",
            "3 / 12",
            "~ 7 ~",
            "1-1-17",
        ] {
            assert!(is_page_number(t), "{t} should be a page number");
        }
        for t in ["3", "—— 摘自《人民日报》", "12/3", "2024/5/6", "第3条", "第三页", "- 项目 -", "1.5", "2024-05-06"]
        {
            assert!(!is_page_number(t), "{t} should not be a page number");
        }
    }

    #[test]
    fn running_header_beside_bare_numbers_on_uneven_pages() {
        let page = |n: usize| "正文一行。\n".repeat(n);
        let src = format!(
            "某某电水壶使用说明书\n{}1\n某某电水壶使用说明书\n{}2\n某某电水壶使用说明书\n{}3\n某某电水壶使用说明书\n{}",
            page(3),
            page(12),
            page(5),
            page(2)
        );
        let k = kinds(&src);
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::RunningHeader).count(), 3, "{k:?}");
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::BareNumber).count(), 3, "{k:?}");
        // A repeated row beside numbers that do not count up is a table's, not a page's.
        let table = "合计\n5\n说明一行。\n合计\n5\n说明一行。\n合计\n2\n";
        assert!(kinds(table).is_empty(), "{:?}", kinds(table));
    }

    #[test]
    fn running_header_beside_page_numbers() {
        let body = "正文一行。\n".repeat(10);
        let src = format!(
            "关于做好某项工作的通知\n{body}- 1 -\n关于做好某项工作的通知\n{body}- 2 -\n关于做好某项工作的通知\n{body}"
        );
        let k = kinds(&src);
        assert_eq!(k.len(), 4, "{k:?}");
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::RunningHeader).count(), 2);
        // The title at the top stays.
        let lines = split(&src);
        assert!(find(&src, &lines).iter().all(|&(i, _)| i != 0));
    }

    #[test]
    fn running_header_in_two_columns() {
        // A header set in two columns: long with its spaces, short without them.
        let body = "正文一行，写满一行的句子。\n".repeat(10);
        let h = "某某机械有限公司                        文件编号：AB-SOP-017";
        let src = format!("安全操作规程\n{body}第 1 页 共 3 页\n{h}\n{body}第 2 页 共 3 页\n{h}\n{body}");
        let k = kinds(&src);
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::RunningHeader).count(), 2, "{k:?}");
    }

    #[test]
    fn footer_carrying_its_page_number() {
        let body = "正文一行，写满一行的句子。\n".repeat(12);
        let f = |n: u32| format!("请务必阅读正文之后的免责声明部分                    {n}");
        let src = format!("某公司深度报告\n{body}{}\n某公司/深度报告\n{body}{}\n某公司/深度报告\n{body}", f(1), f(2));
        let k = kinds(&src);
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::NumberedFooter).count(), 2, "{k:?}");
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::RunningHeader).count(), 2, "{k:?}");
        // The number on the left (an even page).
        let src = format!("{body}12      中国社会科学 2024年第3期\n{body}13      中国社会科学 2024年第3期\n{body}");
        assert_eq!(kinds(&src).len(), 2);
        for t in ["请务必阅读正文之后的免责声明部分      3", "4        中国社会科学", "合计      12"]
        {
            assert!(may_be_numbered_footer(t), "{t}");
        }
        for t in ["2024", "共 3 项", "合计 12", "第3条"] {
            assert!(!may_be_numbered_footer(t), "{t}");
        }
    }

    #[test]
    fn table_rows_ending_in_numbers_stay() {
        // A row label that comes back with a smaller number, or on the next line, is a table's.
        let body = "正文一行，写满一行的句子。\n".repeat(12);
        let src = format!("{body}流通市值（亿元）          32\n{body}流通市值（亿元）          12\n合计          3\n合计          4\n{body}");
        assert!(kinds(&src).is_empty(), "{:?}", kinds(&src));
    }

    #[test]
    fn bare_numbers_at_regular_intervals() {
        let body = "正文一行。\n".repeat(12);
        let src = format!("{body}1\n{body}2\n{body}3\n{body}");
        assert_eq!(kinds(&src).len(), 3);
        // Section numbers above titles, at irregular intervals: not pages.
        let src = "1\n简介\n正文。\n2\n方法\n正文。\n正文。\n正文。\n正文。\n正文。\n正文。\n正文。\n正文。\n正文。\n正文。\n3\n结果\n正文。\n";
        assert!(kinds(src).is_empty());
    }

    #[test]
    fn roman_numerals() {
        for (t, v) in [("I", 1), ("II", 2), ("iv", 4), ("IX", 9), ("XIV", 14), ("XXXIX", 39), ("Ⅲ", 3), ("ⅻ", 12)] {
            assert_eq!(roman_number(t), Some(v), "{t} should read as {v}");
        }
        for t in ["IIII", "VX", "IiI", "XL", "L", "C", "Id", "", "I I"] {
            assert_eq!(roman_number(t), None, "{t} should be no Roman page number");
        }
    }

    #[test]
    fn front_matter_pages_in_roman_before_the_body() {
        // A standard's foreword on pages I and II, its body from 1, a running header on each page.
        let para = "本文件规定了服务的基本要求。\n".repeat(6);
        let src = format!(
            "团体标准封面\n{para}I\nT/AB 001—2024\n前言\n{para}II\nT/AB 001—2024\n1 范围\n{para}1\nT/AB 001—2024\n{para}2\nT/AB 001—2024\n{para}3\n"
        );
        let k = kinds(&src);
        for n in ["I", "II", "1", "2", "3"] {
            assert!(k.iter().any(|(t, f)| t == n && *f == Furniture::BareNumber), "{n} should be a page: {k:?}");
        }
        // A Roman numeral above a section's title, nothing beside it: a section number.
        let src = format!("I\n引言\n{para}II\n方法\n{para}{para}III\n结果\n{para}");
        assert!(kinds(&src).is_empty(), "{:?}", kinds(&src));
    }

    #[test]
    fn form_feeds_mark_pages() {
        let src = "第一段正文。\n3\n\x0c国务院公报\n第二段正文。\n4\n\x0c国务院公报\n第三段。\n";
        let k = kinds(src);
        assert!(k.iter().any(|p| p.0 == "3" && p.1 == Furniture::BareNumber), "{k:?}");
        assert_eq!(k.iter().filter(|p| p.1 == Furniture::RunningHeader).count(), 2, "{k:?}");
    }

    #[test]
    fn section_number_opening_a_numbered_page_stays() {
        // (Three pages: `Page # of #` repeats beside three numbers counting up, the shape of a
        // header over bare page numbers.)
        let para = "第一段正文。\n".repeat(9);
        let src = format!(
            "{para}Page 1 of 9\n\x0c1\n概述\n{para}Page 2 of 9\n\x0c2\n系统架构\n{para}Page 3 of 9\n\x0c3\n核心特性\n{para}"
        );
        let k = kinds(&src);
        assert!(!k.iter().any(|(t, _)| ["1", "2", "3"].contains(&t.as_str())), "{k:?}");
        assert_eq!(k.iter().filter(|(_, f)| *f == Furniture::PageNumber).count(), 3, "{k:?}");
    }

    #[test]
    fn zero_padded_chapter_numbers_stay() {
        let para = "第一段正文。\n".repeat(9);
        let src = format!("{para}01\n我们的责任\n{para}02\n绿色发展\n{para}03\n员工成长\n{para}");
        let k = kinds(&src);
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn repeated_line_without_page_numbers_stays() {
        let src = "同志们：\n讲话。\n（掌声）\n讲话。\n（掌声）\n讲话。\n（掌声）\n";
        assert!(kinds(src).is_empty());
    }
}
