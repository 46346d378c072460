//! Logical lines: when the physical lines of a text are not its paragraphs, the lines it really has.
//!
//! Crawl exports, news corpora and scraped speech collections hold a whole article on one line, its
//! paragraphs joined by two U+3000 (or two spaces), by the private-use paragraph mark U+E40C, or by
//! nothing at all. Text converted from PDF breaks every paragraph at the page width. This stage
//! splits the one and joins the other, as sub-ranges of the input ([`Line`]s that keep their first
//! physical line's number, with their [`Origin`](crate::lines::Origin)), so that every later stage
//! reads paragraphs, spans still point into the original bytes and the lines still tile the text.
//!
//! ## Evidence: one line for many paragraphs
//!
//! Only a long physical line (at least [`LONG`] characters) is looked at. It is split
//! - at a **paragraph separator**: a run of two or more U+3000, or of two or more spaces after a
//!   sentence end, a U+E40C mark or a carriage return alone — when the line holds at least
//!   [`MIN_BREAKS`] of them;
//! - **before a heading marker that follows a sentence end** (。！？ and a closing quote after one)
//!   when the line holds at least two such markers of one family counting up (`…工作。二、主要任务…
//!   …落实。三、保障措施`): a run of parallel items — only in a text one line of which holds at least
//!   80 % of its bytes (in a document of many lines, a long line is one long paragraph); `一是`,
//!   `二是` … likewise when the text from each to the next holds two sentences and 150 characters or
//!   more (points that each run for a paragraph, not one sentence each);
//!   A member after a colon counts as one after a sentence end (`…必须：1、有利于…。2、有利于…`: in
//!   the development corpus, 223 lists after a colon stand one item a line against 2 run into their
//!   line); a family with a member after a comma or semicolon stays inside its paragraph;
//! - before the members of a **counted list** with nothing but text before them: a family counting
//!   1, 2, 3 … (three members or more, each within 1 200 bytes of the one before) — `…予以废止：1．…
//!   暂行条例2．关于…的决定3．…`, `重伤一级a)植物生存状态。b)…` — but not after a digit, a letter, a
//!   numeral (the 二 of 十二、), an opening quote (an amended text's items), 图/表/第/条/项 or a TAB,
//!   not a law unit unless bracketed (`用于第一部分第一项` cites), not a list after `附件：`; and a
//!   short label before such a list (`…。注：1．…`) stands on a line of its own;
//! - in a law (articles counting up), before its bracketed items after a colon or semicolon; before
//!   Markdown headings and HTML blocks run into the text, around pictures and bold spans that open a
//!   paragraph, and after an ATX heading's bold or linked text ([`markdown_cuts`]); at the head,
//!   where the title block runs into what follows (gov.cn header cells and their dates, a `#` title
//!   before its date or after its link, YAML front matter, a byline's date or counter, the genre word
//!   before a document number or the year a report opens with).
//!
//! A run inside a word letter-spaced on its line is no separator (`第一章　总　　则`, `目　　录`, a
//! label `标　　题：` after a cell run into it): a run after a one-ideograph word, before another
//! one-ideograph word or — the word's first run — before anything; the run after the word's last
//! letter separates again (`目　　录　　1　总则`), as does one after a word letter-spaced by single
//! spaces (`国 务 院 工 作 规 则　　（…）`).
//!
//! A large text whose first [`PROBE`] long lines hold no separator is a text of paragraphs one a
//! line, and its other long lines are not read through.
//!
//! ## Evidence: wrapped at the page width
//!
//! A text is wrapped when, on an even sample of its lines, at least 12 % of the lines of eight
//! characters or more run to one width (give or take a twenty-fifth; in characters, or in columns
//! with a CJK character two wide — whichever shows it), at most 2 % run past it, and at least half of
//! those full lines do not end a sentence there. Then a full line that does not end its paragraph
//! (。！？；： and closing quotes) is joined to the next one — unless that one is blank, page
//! furniture ([`crate::furniture`]), opens a block of its own (a numbered part, a bullet, a Markdown
//! block or table row, `【`), is a 目录 entry with a dot leader, or the next row of a header table;
//! and a line that opens with punctuation only a sentence continues (`。支持银行…`) always joins the
//! full line above it. A whole Markdown picture or link ends its line.
//!
//! ## Evidence: a number alone above its title
//!
//! `第一章` / `总则`, `二、` / `主要任务`, `1` / `简介`, `2.1` / `夯实基础`: a marker with nothing after it,
//! or a bare section number, above a short line with no sentence end and no number of its own, is
//! one logical line (one heading), in any text — unless the number is page furniture, or the line
//! below it one the text repeats three times or more (a running header at a page break).
//!
//! ## Counter-examples (no split, no join)
//!
//! - `第一章　总　　则` — a short line, letter-spaced;
//! - `要抓好三件事：一是…；二是…`, `战略是：1、聚焦客户；2、…` — markers after semicolons stand inside a
//!   paragraph;
//! - a long paragraph of running text with no separator runs;
//! - `…用于第一部分第一项…`, `“（一）关闭…；“（二）…`, `附件：1．…规程2．…规程3．…` — a cited unit, a quoted
//!   amendment, an attachment list;
//! - one marker after a sentence end with no sibling (`…。1.5亿元…` is not even a marker);
//! - a text whose lines are its paragraphs: lines of every length, most ending a sentence — never
//!   read as wrapped;
//! - `（一）` / `各地要加强领导。` — a number above a paragraph; `01` / `定期整理…` — a how-to's step
//!   (but `01` / `什么是幽门螺杆菌？`, a title of twenty characters or fewer, is one heading);
//! - `2,917,330,584.12` / `12.65` / `营业成本` — a number right below another number, or above a
//!   line with a number below it, is a table's cell, one per line as a PDF converter writes a table;
//! - `61 浏览 3572字` after a full line — a number and a space is as often the rest of a sentence.

use crate::lines::{is_space, Line};
use crate::markers::{self, Style};
use std::ops::Not;

/// A physical line shorter than this (in characters) is never split.
pub const LONG: usize = 200;

/// The separator runs a long line must hold before it is split at them.
pub const MIN_BREAKS: usize = 3;

/// A large text (of [`crate::par::MIN_LINES`] lines or more) whose first this many long lines hold
/// no separator runs is read as paragraphs one a line, its other long lines not read through.
pub const PROBE: usize = 4096;

/// What the stage did to a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reflow {
    /// Physical lines split.
    pub split_lines: usize,
    /// Logical lines made from them.
    pub made: usize,
    /// Physical lines joined to the line before them (a paragraph wrapped at the page width).
    pub joined: usize,
}

/// How line breaks are read (`--line-breaks`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LineBreaks {
    /// Decided from the text (the default): long lines that hold whole paragraphs are split, lines
    /// wrapped at the page width joined.
    #[default]
    Auto,
    /// Every physical line is a paragraph, as written.
    Keep,
    /// The paragraphs are looked for inside every line, however short, and markers cut in any text;
    /// lines are joined on weaker evidence of wrapping.
    Reflow,
}

/// The logical lines of `text` given its physical `lines`, and what was changed (`None` when the
/// physical lines are the paragraphs): [`derive_with`] in the default mode.
#[cfg(test)]
pub fn derive(text: &str, lines: Vec<Line>) -> (Vec<Line>, Option<Reflow>) {
    derive_with(text, lines, LineBreaks::Auto)
}

/// The logical lines of `text` given its physical `lines` in the given mode, and what was changed
/// (`None` when the physical lines are the paragraphs).
pub fn derive_with(text: &str, lines: Vec<Line>, mode: LineBreaks) -> (Vec<Line>, Option<Reflow>) {
    let force = match mode {
        LineBreaks::Keep => return (lines, None),
        LineBreaks::Reflow => true,
        LineBreaks::Auto => false,
    };
    // A text broken at the page width (converted from PDF) has its paragraphs joined first.
    let (lines, joined) = match wrap_width(text, &lines, force) {
        Some(w) => unwrap(text, lines, w),
        None => (lines, 0),
    };
    let (lines, bare, split) = split_and_join(text, lines, force);
    let joined = joined + bare;
    match (joined, split) {
        (0, None) => (lines, None),
        (j, r) => {
            let mut r = r.unwrap_or_default();
            r.joined = j;
            (lines, Some(r))
        }
    }
}

/// What one line asks for, found in one pass over the lines.
enum Event {
    /// A number alone above its title: joined to the next line.
    Bare(usize),
    /// A long line that holds several paragraphs: cut at these offsets.
    Cuts(usize, Vec<usize>),
    /// A long line with no separator in it (cut before numbered parts only in an unbroken text).
    Long(usize),
}

/// Long lines that hold several paragraphs, split (the unbroken texts of the module doc), and
/// numbers alone above their titles joined to them ([`bare_title`]), in one pass over the lines
/// (on all cores for a large text). Returns the lines, how many physical lines were joined, and
/// what the splitting did.
fn split_and_join(text: &str, lines: Vec<Line>, force: bool) -> (Vec<Line>, usize, Option<Reflow>) {
    // A large text whose first [`PROBE`] long lines hold no separator is a text of paragraphs, one a
    // line: its other long lines are not read through (a 100 MB file costs no pass over its text).
    let skip_long = !force
        && lines.len() >= crate::par::MIN_LINES
        && lines
            .iter()
            .filter(|l| l.text_end - l.text_start >= LONG)
            .take(PROBE)
            .try_fold(0, |n, l| cuts(text, l, false, false).is_empty().then_some(n + 1))
            == Some(PROBE);
    let events: Vec<Event> = crate::par::filter_map(lines.len(), |i| {
        let l = &lines[i];
        let len = l.text_end - l.text_start;
        if force || len >= LONG && !skip_long {
            // Separators first; numbered parts below, once the text is known to be unbroken.
            let c = cuts(text, l, false, force);
            return Some(if c.is_empty() { Event::Long(i) } else { Event::Cuts(i, c) });
        }
        bare_title(text, &lines, i).then_some(Event::Bare(i))
    });
    // Markers cut only a text whose physical lines are plainly not its paragraphs: one line holds
    // most of it (of the text's bytes, white space included). In a document of many lines, one long
    // line is one long paragraph, and points enumerated inside it (`…。第二，…。第三，…`) stay there.
    let longest = events
        .iter()
        .filter_map(|e| match e {
            Event::Long(i) | Event::Cuts(i, _) => Some(lines[*i].text_end - lines[*i].text_start),
            Event::Bare(_) => None,
        })
        .max()
        .unwrap_or(0);
    let unbroken = force || longest * 10 >= text.len() * 8;
    let events: Vec<Event> = events
        .into_iter()
        .filter_map(|e| match e {
            // (A line cut at its separators is cut there whatever the text.)
            Event::Long(i) if unbroken => {
                let c = cuts(text, &lines[i], true, force);
                (!c.is_empty()).then_some(Event::Cuts(i, c))
            }
            Event::Long(_) => None,
            Event::Cuts(i, mut c) if unbroken => {
                // The title block at the head of an unbroken text, whatever separates the rest.
                let l = &lines[i];
                c.extend(head_cuts(l.text(text)).into_iter().map(|k| l.text_start + k));
                c.sort_unstable();
                c.dedup();
                Some(Event::Cuts(i, c))
            }
            e => Some(e),
        })
        .collect();
    if events.is_empty() {
        return (lines, 0, None);
    }
    // A bare number that is page furniture stays apart.
    let bares = events.iter().any(|e| matches!(e, Event::Bare(_)));
    let mut furniture: std::collections::HashSet<usize> = if bares {
        crate::furniture::find(text, &lines).into_iter().map(|(i, _)| i).collect()
    } else {
        Default::default()
    };
    // A line the text repeats three times or more is a running header, not the title of one section
    // (`5` / `GB/T 12345—2020` at a page break): counted once over the short lines.
    if bares {
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for l in lines.iter().filter(|l| !l.is_blank() && l.text_end - l.text_start <= 120) {
            *seen.entry(l.text(text)).or_default() += 1;
        }
        for e in &events {
            if let Event::Bare(i) = *e {
                if seen.get(lines[i + 1].text(text)).is_some_and(|&n| n >= 3) {
                    furniture.insert(i + 1);
                }
            }
        }
    }
    let mut out = Vec::with_capacity(lines.len() + events.len() * 4);
    let mut reflow = Reflow::default();
    let mut joined = 0;
    let mut events = events.into_iter().peekable();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        match events.next_if(|e| matches!(e, Event::Bare(j) | Event::Cuts(j, _) | Event::Long(j) if *j == i)) {
            Some(Event::Bare(_)) if !furniture.contains(&i) && !furniture.contains(&(i + 1)) => {
                let next = lines[i + 1];
                out.push(Line {
                    end: next.end,
                    content_end: next.content_end,
                    text_end: next.text_end,
                    origin: crate::lines::Origin::Joined,
                    ..l
                });
                joined += 1;
                i += 2;
                // (The title line's own event, if any, is not read: it is joined.)
                events.next_if(|e| matches!(e, Event::Bare(j) | Event::Cuts(j, _) | Event::Long(j) if *j == i - 1));
                continue;
            }
            Some(Event::Cuts(_, cuts)) => {
                reflow.split_lines += 1;
                reflow.made += cuts.len() + 1;
                let mut start = l.start;
                for (k, &cut) in cuts.iter().enumerate() {
                    let (ts, te) = trimmed(text, if k == 0 { l.text_start } else { start }, cut);
                    out.push(Line {
                        start,
                        end: cut,
                        content_end: cut,
                        text_start: ts,
                        text_end: te,
                        number: l.number,
                        origin: crate::lines::Origin::Split,
                    });
                    start = cut;
                }
                let (ts, _) = trimmed(text, start, l.text_end);
                out.push(Line { start, text_start: ts, origin: crate::lines::Origin::Split, ..l });
            }
            _ => out.push(l),
        }
        i += 1;
    }
    (out, joined, (reflow.split_lines > 0).then_some(reflow))
}

/// A number alone on its line: a marker with nothing after it (`第一章`, `一、`, `（一）`, `1.`) or a
/// bare section number (`1`, `2.3`).
fn bare_marker(t: &str) -> bool {
    if t.is_empty() || t.len() > 24 {
        return false;
    }
    // A number alone ends as a number or a marker's closing mark does.
    let last = t.chars().next_back().unwrap_or(' ');
    if !(last.is_ascii_digit()
        || matches!(last, '章' | '节' | '编' | '分' | '篇' | '、' | '，' | '）' | ')' | '.' | '．' | 'I' | 'V' | 'X')
        || ('Ⅰ'..='Ⅻ').contains(&last))
    {
        return false;
    }
    let b = t.as_bytes();
    if b[0].is_ascii_digit() {
        // `1`, `2.3`, `1.2.1`: digits in groups of one or two, joined by dots.
        // (`01` … `09` alone are a how-to's steps, titled by the paragraph below them.)
        return t.split('.').all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|c| c.is_ascii_digit()))
            && b[0] != b'0'
            || markers::scan(t).is_some_and(|m| m.body >= t.len() && m.style == Style::Arabic);
    }
    markers::scan(t).is_some_and(|m| {
        let numbering = match m.style {
            Style::Unit(u) => u != crate::markers::Unit::Article,
            s => matches!(s, Style::Chinese | Style::ChineseParen | Style::ArabicParen | Style::Di | Style::Roman),
        };
        m.body >= t.len() && numbering
    })
}

/// A heading broken after its number (`第一章` / `总则`, `1` / `简介`): line `i` is a number alone
/// and the next line a short title — no sentence end in it, no number of its own — so the two are one
/// logical line. (A bare number that is page furniture, a page number at regular intervals, stays
/// apart: see [`split_and_join`]. A number above a paragraph, `（一）` / `各地要…。`, stays apart too:
/// the paragraph is the item's text.)
fn bare_title(text: &str, lines: &[Line], i: usize) -> bool {
    // (Lengths first: most lines are longer than a number, and their text is not read.)
    let (l, Some(next)) = (&lines[i], lines.get(i + 1)) else { return false };
    if l.is_blank() || l.text_end - l.text_start > 24 || next.is_blank() || next.joined() {
        return false;
    }
    // A step number alone (`01` … `09`) titles the paragraph below it, but a short title below it is
    // its heading's text (`01` / `什么是幽门螺杆菌？`, a WeChat article's parts).
    let t = l.text(text);
    let step = t.len() == 2 && t.starts_with('0') && t.as_bytes()[1].is_ascii_digit() && t != "00";
    if !(bare_marker(t) || step && next.text(text).chars().count() <= 20) {
        return false;
    }
    // A number right below another number, or two lines above one, is a table's cell, one per line
    // as a PDF converter writes a table (`2,917,330,584.12` / `12.65` / `营业成本`), not a section
    // number.
    // (A page number, digits alone, may stand above a section number; a section number two lines
    // below is the next section: `2` / `主要任务` / `2.1`.)
    let figure = |t: &str| crate::lines::number_alone(t) && !t.bytes().all(|b| b.is_ascii_digit());
    if i > 0 && figure(lines[i - 1].text(text))
        || lines.get(i + 2).is_some_and(|l| figure(l.text(text)) && !bare_marker(l.text(text)))
    {
        return false;
    }
    let n = next.text(text);
    // (A step's title may be a question: `01` / `它是怎么传染的？`.)
    let n_inner = if step { n.strip_suffix(['？', '！']).unwrap_or(n) } else { n };
    n.chars().count() <= 40
        && !n_inner.contains(['。', '；', '！', '？', ';', '\t'])
        && !bare_marker(n)
        && !opens_block(n)
        && !crate::furniture::is_page_number(n)
}

/// The width a text is wrapped at, in the measure that shows it: characters (a converter that counts
/// them) or columns (a CJK character two, see [`columns`]; a converter that lays out a page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Width {
    columns: bool,
    /// The usual width of a full line.
    width: usize,
    /// How far a full line may fall short of it, or run past it.
    slack: usize,
}

impl Width {
    fn of(&self, t: &str) -> usize {
        if self.columns {
            columns(t)
        } else {
            t.chars().count()
        }
    }

    /// Whether a line of this text runs to the usual width.
    fn full(&self, t: &str) -> bool {
        self.full_measure(self.of(t))
    }

    fn full_measure(&self, m: usize) -> bool {
        m + self.slack >= self.width && m <= self.width + self.slack
    }
}

/// The display width of `t`: two columns for a CJK or full-width character (and the quotes, dashes
/// and ellipsis a Chinese font sets full width), one for any other.
pub fn columns(t: &str) -> usize {
    t.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

fn wide(c: char) -> bool {
    let u = c as u32;
    u >= 0x1100
        && (matches!(u, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F)
            || matches!(u, 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD | 0x2018..=0x201D | 0x2014 | 0x2026))
}

/// A line shorter than this (in characters) says nothing about the width.
const MIN_MEASURED: usize = 8;

/// The width `lines` are wrapped at, when they are: most lines of some length run to one width (give
/// or take a twenty-fifth) and do not end a sentence there, and hardly any runs past it. A text whose
/// lines are its paragraphs has lines of every length, most of them ending a sentence. A large text
/// is judged on an even sample of its lines.
fn wrap_width(text: &str, lines: &[Line], force: bool) -> Option<Width> {
    if lines.len() < 6 {
        return None;
    }
    // (One line in `step`, blank or not: a large text is not walked line by line for this.)
    let step = (lines.len() / 3000).max(1);
    // (characters, columns, ends a sentence) of the measured lines.
    let sample: Vec<(usize, usize, bool)> = lines
        .iter()
        .step_by(step)
        .filter(|l| !l.is_blank())
        .map(|l| l.text(text))
        .filter(|t| t.len() >= MIN_MEASURED && t.chars().nth(MIN_MEASURED - 1).is_some())
        .filter(|t| crate::furniture::is_page_number(t).not())
        // Pictures and links (`![](http://…)`) are as long as their address, wrapped or not.
        .filter(|t| !t.starts_with(['!', '[', '<']) && !t.contains("://"))
        .map(|t| (t.chars().count(), columns(t), t.ends_with(ends_paragraph)))
        .collect();
    if sample.len() < 6 {
        return None;
    }
    let mut best: Option<(Width, usize)> = None;
    for columns in [false, true] {
        let measure = |p: &(usize, usize, bool)| if columns { p.1 } else { p.0 };
        const MAX: usize = 401;
        let mut hist = [0usize; MAX + 1];
        for p in &sample {
            hist[measure(p).min(MAX)] += 1;
        }
        let mut prefix = [0usize; MAX + 2];
        for v in 0..=MAX {
            prefix[v + 1] = prefix[v] + hist[v];
        }
        let count = |lo: usize, hi: usize| prefix[(hi + 1).min(MAX + 1)] - prefix[lo.min(MAX + 1)];
        // A page holds 16 to 100 characters a line (CJK text 30 to 45, Latin text up to 100).
        let (lo, hi) = if columns { (32, 200) } else { (16, 100) };
        // The width of a wrapped text is where its longest lines stop: hardly any runs past it.
        let allowed_past = (sample.len() / 50).max(1);
        for width in lo..=hi {
            let slack = (width / 25).max(1);
            if count(width + slack + 1, MAX) > allowed_past {
                continue;
            }
            let support = count(width - slack, width + slack);
            if best.is_none_or(|(_, s)| support > s || support == s && width > best.unwrap().0.width) {
                best = Some((Width { columns, width, slack }, support));
            }
        }
    }
    let (w, support) = best?;
    let full: Vec<&(usize, usize, bool)> =
        sample.iter().filter(|p| w.full_measure(if w.columns { p.1 } else { p.0 })).collect();
    let open = full.iter().filter(|p| !p.2).count();
    let wrapped = if force {
        support >= 4 && open * 10 >= full.len() * 3
    } else {
        support >= 6 && support * 100 >= sample.len() * 12 && open * 2 >= full.len()
    };
    wrapped.then_some(w)
}

/// Whether a line ending in `c` ends its paragraph where it ends (a sentence end, a colon before a
/// list, a closing quote or bracket after one is looked at by the caller).
fn ends_paragraph(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '：' | ':' | '”' | '」' | '』' | '…')
}

/// Whether a line opens with punctuation that only continues a sentence (`。支持银行…` after a line
/// broken before the full stop).
fn opens_with_continuation(t: &str) -> bool {
    t.starts_with([
        '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '”', '’', '》', ',', '.', ';', ')', '%', '％',
    ])
}

/// Whether line `t` begins a block of its own whatever the line before it: a numbered part, a
/// Markdown block (`#`, a list item, a quote, a table row, a fence), a table row with TABs.
fn opens_block(t: &str) -> bool {
    // (A `>` alone is the end of a tag broken off the line before, not a quote.)
    if t.starts_with(['#', '|', '-', '*', '+', '`', '<', '【', '■', '●', '◆', '★', '□', '○'])
        || t.starts_with('>') && t.len() > 1
        || t.contains('\t')
    {
        return true;
    }
    // (A bare number and a space, `61 浏览`, is as often the rest of a sentence as a section.)
    markers::scan(t).is_some_and(|m| {
        strong(m.style)
            || matches!(m.style, Style::Dotted(d) if d >= 2)
            || matches!(
                m.style,
                Style::Bullet(_) | Style::Circled | Style::ChineseUpper | Style::Attachment | Style::Atx(_)
            )
    })
}

/// Whether a logical line is a whole Markdown picture or link (`![…](…)`, `[…](…)`): it ends there.
fn closes_link(t: &str) -> bool {
    t.starts_with(['!', '[']) && t.ends_with(')') && t.contains("](")
}

/// Whether a line opens with a short label and its colon (`主 题 词：`, `发布日期：`): the next row of
/// a header table, not the rest of the row above.
fn opens_with_label(t: &str) -> bool {
    let Some(at) = t.find(['：', ':']) else { return false };
    let label = &t[..at];
    let chars = label.chars().filter(|c| !c.is_whitespace()).count();
    (2..=8).contains(&chars) && label.chars().all(|c| c.is_whitespace() || crate::markers::dotted::is_cjk(c))
}

/// Whether a line ends with a dot leader and a page number (a 目录 entry: `第一章 总则……1`).
fn leader_entry(t: &str) -> bool {
    crate::lines::dot_leader(t) >= 2
}

/// `lines` with each paragraph broken at width `w` joined into one logical line: a full line that
/// does not end its paragraph is joined to the next one unless that one is blank, page furniture, or
/// opens a block of its own. Returns the lines and how many physical lines were joined.
fn unwrap(text: &str, lines: Vec<Line>, w: Width) -> (Vec<Line>, usize) {
    let furniture: std::collections::HashSet<usize> =
        crate::furniture::find(text, &lines).into_iter().map(|(i, _)| i).collect();
    // `first` is the first piece of the logical line `i` ends.
    let joins_next = |first: usize, i: usize, lines: &[Line]| -> bool {
        let Some(next) = lines.get(i + 1) else { return false };
        if next.is_blank() || lines[i].is_blank() || furniture.contains(&i) || furniture.contains(&(i + 1)) {
            return false;
        }
        let (t, n) = (lines[i].text(text), next.text(text));
        if opens_with_continuation(n) {
            return w.of(t) + w.slack >= w.width;
        }
        w.full(t)
            && !t.ends_with(ends_paragraph)
            && !leader_entry(t)
            && !opens_block(n)
            && !leader_entry(n)
            && (!t.contains('\t') || !opens_with_label(n))
            && !closes_link(&text[lines[first].text_start..lines[i].text_end])
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut joined = 0;
    let mut open = false;
    let mut first = 0;
    for i in 0..lines.len() {
        let l = lines[i];
        if !open {
            first = i;
        }
        if open {
            let last = out.last_mut().expect("a joined line follows its first piece");
            last.end = l.end;
            last.content_end = l.content_end;
            last.text_end = l.text_end;
            last.origin = crate::lines::Origin::Joined;
            joined += 1;
        } else {
            out.push(l);
        }
        open = joins_next(first, i, &lines);
    }
    (out, joined)
}

/// `start..end` without the white space at either end.
fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    // (A paragraph mark that separated the piece from the one before, U+E40C or a lone CR, is white
    // space: `\u{E40C}\u{3000}\u{3000}一、…` opens with its marker.)
    let s = &text[start..end];
    let front = s.trim_start_matches(is_space);
    let ts = start + (s.len() - front.len());
    (ts, ts + front.trim_end_matches(is_space).len())
}

/// Whether `c` ends a sentence (a colon or semicolon does not end a paragraph).
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// The byte offsets inside line `l` where a new paragraph starts (each at the separator before it,
/// or at the marker), in order.
fn cuts(text: &str, l: &Line, markers_cut: bool, any_length: bool) -> Vec<usize> {
    let s = l.text(text);
    // Most long lines are one paragraph with no separator in them and no numbered part after a
    // sentence end: found with memchr before any character is decoded (searchers built once; a
    // space, a carriage return and the lead byte of U+E40C in one pass).
    let b = s.as_bytes();
    static IDEOGRAPHIC: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{3000}\u{3000}".as_bytes()));
    static SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    let may_separate = memchr::memchr3(b' ', b'\r', 0xEE, b).is_some_and(|at| {
        let b = &b[at..];
        memchr::memchr(b'\r', b).is_some()
            || memchr::memmem::find(b, "\u{E40C}".as_bytes()).is_some()
            || SPACES.find(b).is_some()
    }) || IDEOGRAPHIC.find(b).is_some();
    if !may_separate && !markers_cut {
        return Vec::new();
    }
    // (At most four bytes a character: a line of 4 × LONG bytes is long without counting.)
    if !any_length && s.len() < 4 * LONG && s.chars().count() < LONG {
        return Vec::new();
    }
    let base = l.text_start;
    // Separator runs: two or more U+3000, two or more spaces after a sentence end, U+E40C.
    let mut seps = Vec::new();
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\u{E40C}' || c == '\r' {
            // The Sogou-style paragraph mark, or a carriage return alone (old Mac line ends).
            seps.push(base + i);
        } else if c == '\u{3000}' || c == ' ' {
            let mut n = 1;
            while it.peek().is_some_and(|&(_, d)| d == c) {
                it.next();
                n += 1;
            }
            let after_stop = prev.is_some_and(|p| ends_sentence(p) || matches!(p, '”' | '’' | '）' | ')'));
            if n >= 2 && (c == '\u{3000}' || after_stop) && i > 0 {
                seps.push(base + i);
            }
            prev = Some(c);
            continue;
        }
        prev = Some(c);
    }
    // A letter-spaced label (`标　　题：`, `姓　　名`) is one word, not two paragraphs: no cut leaves a
    // single character alone before it.
    // Nor does one split a label letter-spaced after a cell run into it (`…2018年11月06日标　　题：`):
    // one ideograph before the run and one after it, then a colon.
    let ideograph = crate::markers::dotted::is_cjk;
    let spaced_label = |at: usize| {
        let before = text[..at].chars().next_back().is_some_and(ideograph);
        let mut after = text[at..].trim_start_matches(is_space).chars();
        before && after.next().is_some_and(ideograph) && after.next().is_some_and(|c| c == '：' || c == ':')
    };
    // A word letter-spaced inside a line (`第一章　总　　则`, `目　　录`): a run after a word of one
    // ideograph, before another — or, the first run of the word, before anything (`…总　　则第一条…`
    // joined by nothing). The run after its last letter is a separator again (`目　　录　　1　总则`).
    let single = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(ideograph) && c.next().is_none()
    };
    let mut spacing = false;
    let mut from = base;
    seps.retain(|&at| {
        let piece = text[from..at].trim_matches(is_space);
        // (The word before the run, since the last space, and the one after it.)
        let word = piece.rsplit(is_space).next().unwrap_or(piece);
        let next = text[at..].trim_start_matches(is_space);
        let next = &next[..next.find(is_space).unwrap_or(next.len())];
        // (A word that ends a letter-spaced one, `国 务 院 工 作 规 则　　（…）`, is not one.)
        let ends_spaced = piece.rsplit(is_space).filter(|w| !w.is_empty()).nth(1).is_some_and(single);
        let letter = single(word) && (single(next) || !spacing && !ends_spaced);
        spacing = letter;
        let keep = piece.chars().nth(1).is_some() && !letter && !spaced_label(at);
        if keep {
            from = at;
        }
        keep
    });
    if seps.len() >= MIN_BREAKS || any_length && !seps.is_empty() {
        if markers_cut {
            // The title block at the head of an unbroken text runs into what follows it whatever
            // separates the paragraphs after it.
            seps.extend(head_cuts(s).into_iter().map(|i| base + i));
            seps.sort_unstable();
            seps.dedup();
        }
        return seps;
    }
    if !markers_cut {
        return Vec::new();
    }
    // Markers after a sentence end, in runs of one family counting up. A family with a member after
    // a colon, semicolon or comma in the line (`战略是四个方面：1、…。2、…。3、…`) is a list inside the
    // paragraph: none of its members cuts.
    let mut found: Vec<(usize, Style, u32)> = Vec::new();
    // Every strong marker of the line wherever it stands (after a sentence end or not), as the
    // evidence of a sequence: `二、主要任务（一）完善…。（二）加强…` — （一） opens its family after a
    // heading, and （二） continues it after a sentence end.
    let mut anywhere: Vec<(usize, Style, u32)> = Vec::new();
    let mut inline: Vec<Style> = Vec::new();
    // Bracketed items after a colon or a semicolon (kept apart: a law's items).
    let mut items: Vec<(usize, Style, u32)> = Vec::new();
    // 一是、二是 …: (offset, ordinal, after a sentence end).
    let mut run_in: Vec<(usize, u32, bool)> = Vec::new();
    // Every member of a family that counts (strong ones and letters), wherever it stands but after a
    // digit, a letter or a word that makes it a reference (`图1.`, `第3.`): the evidence of a list
    // that runs 1, 2, 3 … with no punctuation before its items (`…废止：1．…条例2．…决定3．…`).
    let mut counted: Vec<(usize, Style, u32)> = Vec::new();
    // Dotted numbers (`1　范围`, `3.1`, `5.1.2`) that do not follow a word: the clauses of a standard
    // run into one line, kept when they count on as an outline does ([`dotted_chain`]).
    let mut dotted: Vec<usize> = Vec::new();
    // The character before, spaces skipped (`…的宗旨。\u{3000}第二条\u{3000}…`: the article follows a
    // sentence end, the U+3000 between them an indent; a TAB is a table's and counts).
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let after_stop = prev.is_some_and(ends_sentence)
            || prev.is_some_and(|p| matches!(p, '”' | '’'))
                && s[..i].trim_end_matches(['”', '’']).ends_with(ends_sentence);
        let after_clause = prev.is_some_and(|p| matches!(p, '；' | '，' | ';' | ','));
        let after_colon = prev.is_some_and(|p| matches!(p, '：' | ':'));
        let after_list = after_colon || prev.is_some_and(|p| matches!(p, '；' | ';'));
        // (A quoted item is an amended text's: `…：“（一）关闭…的；“（二）…`.)
        // (And a numeral inside a numeral: the 二 of 十二、.)
        let after_word = prev.is_some_and(|p| {
            p.is_ascii_alphanumeric()
                || ('０'..='９').contains(&p)
                || crate::markers::numeral::is_cn_numeral_char(p)
                || "．.-_/图表第附式条款项号“‘「『\"'\t".contains(p)
        }) || after_colon && ["附件：", "附件:"].iter().any(|w| s[..i].ends_with(w));
        if c != ' ' && c != '\u{3000}' {
            prev = Some(c);
        }
        // Most characters open no marker of these families: only 第, brackets, numerals and letters
        // are looked at.
        let may_open = matches!(c, '第' | '（' | '(' | '【') || c.is_ascii_alphanumeric() || ('０'..='９').contains(&c);
        if !may_open && !crate::markers::numeral::is_cn_numeral_char(c) {
            continue;
        }
        let letter = |m: &markers::Marker| matches!(m.style, Style::Latin { .. });
        let Some(m) = markers::scan(&s[i..]) else { continue };
        if matches!(m.style, Style::Dotted(_)) {
            if !after_word {
                dotted.push(base + i);
            }
            continue;
        }
        if !(strong(m.style) || m.style == Style::RunIn || letter(&m)) {
            continue;
        }
        let Some(o) = m.ordinal else { continue };
        // (Law units are numbered through the whole text and cited inside sentences, `用于第一部分第一项`:
        // only a bracketed one, `【第二条】`, is counted.)
        let unit = matches!(m.style, Style::Unit(_)) && c != '【';
        if !after_word && !unit && m.style != Style::RunIn && !after_clause {
            counted.push((base + i, m.style, o));
        }
        if letter(&m) {
            continue;
        }
        if m.style == Style::RunIn {
            run_in.push((base + i, o, after_stop && !after_clause));
            continue;
        }
        anywhere.push((base + i, m.style, o));
        if after_clause {
            inline.push(m.style);
        }
        if (after_clause || after_colon) && after_list && m.style == Style::ChineseParen {
            items.push((base + i, m.style, o));
        }
        if !after_clause && (after_stop || after_colon) {
            found.push((base + i, m.style, o));
        }
    }
    // In a law (articles counting up after sentence ends), the items of an article follow its colon
    // and each other's semicolons (`…下列职权：（一）修改宪法；（二）监督宪法的实施；`): they are its 项,
    // one a line, not a list inside a sentence.
    let article = Style::Unit(crate::markers::Unit::Article);
    let law = found.iter().filter(|f| f.1 == article).count() >= 2;
    found.retain(|f| !inline.contains(&f.1) || law && f.1 == Style::ChineseParen);
    if law {
        found.extend(items);
        found.sort_unstable_by_key(|f| f.0);
    }
    // Its family's previous member in the line is o - 1, or its next one is o + 1: both looked up in
    // one pass each way (a one-line text of 100 MB holds hundreds of thousands of markers).
    let mut before: Vec<Option<u32>> = Vec::with_capacity(found.len());
    let mut last: std::collections::HashMap<Style, u32> = std::collections::HashMap::new();
    let mut j = 0;
    for &(at, style, _) in &found {
        while j < anywhere.len() && anywhere[j].0 < at {
            last.insert(anywhere[j].1, anywhere[j].2);
            j += 1;
        }
        before.push(last.get(&style).copied());
    }
    let mut after: Vec<Option<u32>> = vec![None; found.len()];
    let mut next: std::collections::HashMap<Style, u32> = std::collections::HashMap::new();
    for (k, &(_, style, o)) in found.iter().enumerate().rev() {
        after[k] = next.get(&style).copied();
        next.insert(style, o);
    }
    let mut keep = Vec::new();
    for (k, &(at, _, o)) in found.iter().enumerate() {
        if before[k].is_some_and(|b| b + 1 == o) || after[k] == Some(o + 1) {
            keep.push(at);
        }
    }
    keep.extend(dotted_chain(text, &dotted).into_iter().filter(|&at| at > base));
    let (runs, firsts) = counted_runs(&counted, &inline);
    keep.extend(runs.into_iter().filter(|&at| at > base));
    // A label that introduces a counted run stands on a line of its own (`…国家卫生健康委。注：1.三级…`):
    // a cut after the sentence end before it too, when it is a few characters with no punctuation.
    for at in firsts {
        let head = &text[base..at];
        let Some(label) = head.strip_suffix(['：', ':']) else { continue };
        let from = label.rfind(ends_sentence).map(|i| i + label[i..].chars().next().map_or(0, char::len_utf8));
        if let Some(from) = from {
            let l = &label[from..];
            let short = (1..=8).contains(&l.chars().count());
            if short && base + from > base && !l.contains(|c: char| "，、；,;（）()".contains(c)) {
                keep.push(base + from);
            }
        }
    }
    // 一是…。二是…。: points that each run for a paragraph, one after a sentence end next to the one
    // before or after it (`要抓好三件事：一是…；二是…` stays in its sentence, its points after a
    // colon and semicolons).
    // A point runs for a paragraph when the text from it to its neighbour holds two sentences or
    // more and 150 characters or more (points inside one paragraph run for a sentence each).
    let paragraph = |a: usize, b: usize| {
        let t = &text[a.min(b)..a.max(b)];
        t.matches('。').count() >= 2 && t.chars().nth(150).is_some()
    };
    for (k, &(at, o, stop)) in run_in.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| run_in[p]);
        let next = run_in.get(k + 1).copied();
        let paired = prev.is_some_and(|(p_at, p, ps)| ps && p + 1 == o && paragraph(p_at, at))
            || next.is_some_and(|(n_at, n, ns)| ns && n == o + 1 && paragraph(at, n_at));
        if stop && paired {
            keep.push(at);
        }
    }
    // A short heading run into the first item of the next level (`二、主要任务（一）完善…`): a cut
    // before that item too, when it opens its family (ordinal 1) within a few characters of the
    // heading's marker and nothing between them is punctuated.
    // Markdown headings run into the text (`…施行。## 第一章  基本规定第一条 …`): a cut before each
    // run of one to six `#` and a space that does not follow a Latin letter or digit (`C# 语言`) or
    // stand in an entity or an address.
    let atx: Vec<usize> = s
        .match_indices('#')
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = s[..i].chars().next_back();
            if before.is_some_and(|c| c == '#' || c.is_ascii_alphanumeric() || matches!(c, '&' | '/' | '(' | '[')) {
                return false;
            }
            let run = s[i..].bytes().take_while(|&b| b == b'#').count();
            run <= 6 && s[i + run..].starts_with(' ')
        })
        .map(|i| base + i)
        .collect();
    keep.extend(atx.iter().copied().filter(|&at| at > base));
    keep.extend(markdown_cuts(s, &atx.iter().map(|&at| at - base).collect::<Vec<_>>()).into_iter().map(|i| base + i));
    keep.extend(head_cuts(s).into_iter().map(|i| base + i));
    // HTML blocks run into the text (`# 标题<img class="pv" …>`, `…施行<!-- INFO END -->## 第一章`): a
    // cut before a block tag or a comment, and after its end.
    const BLOCK_TAGS: [&str; 12] =
        ["<img", "<!--", "<p>", "<p ", "<div", "<center", "<table", "<br", "<h1", "<h2", "<h3", "<hr"];
    const BLOCK_ENDS: [&str; 6] = ["-->", "</p>", "</div>", "</center>", "</table>", "</h1>"];
    for (i, _) in s.match_indices('<') {
        let t = &s[i..];
        let opens = |tag: &str| t.len() >= tag.len() && t.as_bytes()[..tag.len()].eq_ignore_ascii_case(tag.as_bytes());
        if i > 0 && BLOCK_TAGS.iter().any(|tag| opens(tag)) {
            keep.push(base + i);
        }
        // A void element ends where its tag does (`<img class="pv" src="…">第一章 …`).
        if ["<img", "<br", "<hr"].iter().any(|tag| opens(tag)) {
            if let Some(end) = t.find('>').map(|e| i + e + 1).filter(|&e| e < s.len()) {
                keep.push(base + end);
            }
        }
    }
    for end in BLOCK_ENDS {
        for (i, _) in s.match_indices(end) {
            let after = i + end.len();
            if after < s.len() {
                keep.push(base + after);
            }
        }
    }
    let opens_line = markers::scan(s).is_some_and(|m| strong(m.style)) || s.starts_with('#');
    let mut heads: Vec<usize> = keep.clone();
    if opens_line {
        heads.insert(0, base);
    }
    for h in heads {
        // (A Markdown heading's marker stands after its `#`s.)
        let after_atx = text[h..l.text_end].trim_start_matches(is_space).trim_start_matches('#');
        let h = l.text_end - after_atx.trim_start_matches(is_space).len();
        let Some(m) = markers::scan(&text[h..l.text_end]) else { continue };
        let body = h + m.body;
        for (i, c) in text[body..l.text_end].char_indices().take(24) {
            if "，。；：、！？,.;:!?".contains(c) {
                break;
            }
            if i >= 4 {
                if let Some(n) = markers::scan(&text[body + i..l.text_end]) {
                    // The first item of the next level, or an article under a chapter or section
                    // (articles are numbered through the whole law).
                    let article_under_unit = matches!(
                        (m.style, n.style),
                        (Style::Unit(u), Style::Unit(crate::markers::Unit::Article)) if u != crate::markers::Unit::Article
                    );
                    // (Not a unit after an item: `五、…用于第一部分第一项…` cites it.)
                    let first = n.ordinal == Some(1) && !matches!(n.style, Style::Unit(_));
                    if strong(n.style) && n.style != m.style && (first || article_under_unit) {
                        keep.push(body + i);
                        break;
                    }
                }
            }
        }
    }
    keep.sort_unstable();
    keep.dedup();
    // A Markdown heading's `#`s stay with its marker (`### 一、 活动背景`: one cut, before the `#`s),
    // and so does a bold span's opening `**` (`**一、提前做好开学准备**`); two cuts a space apart are
    // one (no line of white space alone).
    let mut from = base;
    keep.retain(|&at| {
        let alone = text[from..at].trim_matches(is_space).bytes().all(|b| b == b'#' || b == b'*') && at > from;
        if !alone {
            from = at;
        }
        !alone
    });
    keep
}

/// Cuts around the Markdown blocks of a clipping run together (byte offsets into `s`, the line;
/// `atx`, the offsets of its ATX headings' `#`s), each a block that stands on a line of its own in
/// the development corpus and the blind sets:
/// - a **picture** or a run of them (`…。![](a.png)![](b.png)新华网…`, `[![名](img)](link)`): a cut
///   before the run and after it (99 stand alone on their line, 13 share it, all in widget rows);
/// - a **bold span** after a sentence end (`…本体。**1.2 模组**…`): a cut before it, and after it
///   unless punctuation follows (`**堡垒机**，即…`); a bold span that opens a piece gets the cut
///   after it too (`**题：…**新华网记者…`). Of 81 short bold spans (no sentence end inside, no
///   punctuation after) at the start of a line, none follows a sentence end inside a line;
/// - the end of an ATX heading's text when the markup shows it: `## **标题**…` after its closing
///   `**`, `## [标题](…)…` after its link.
///
/// Counter-examples: a bold word inside a sentence (`…实际上**是**旁路…` — it follows no sentence
/// end); a bold span of more than 40 characters or with a sentence end inside it.
fn markdown_cuts(s: &str, atx: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    // (A picture: `![alt](url)`, maybe inside a link `[![alt](img)](url)`; the end of it, if whole.)
    let picture_end = |i: usize| -> Option<usize> {
        // (Looked for within a few kilobytes: a line of `![` with no `](` is not read to its end at
        // every one.)
        let t = &s[i..crate::lines::floor_boundary(s, s.len().min(i + 4096))];
        let at = if t.starts_with("[![") { 1 } else { 0 };
        let close = t[at..].find("](")? + at;
        if t[at + 2..close].contains('\n') || close > 300 {
            return None;
        }
        let mut end = close + t[close..].find(')')? + 1;
        if at == 1 {
            let u = &t[end..];
            if let Some(rest) = u.strip_prefix("](") {
                end += 2 + rest.find(')')? + 1;
            }
        }
        Some(i + end)
    };
    let mut run_end = 0;
    for (i, _) in s.match_indices("![") {
        let i = if i > 0 && s.as_bytes()[i - 1] == b'[' { i - 1 } else { i };
        if i < run_end {
            continue;
        }
        let Some(mut end) = picture_end(i) else { continue };
        if i > 0 && s[..i].trim_end_matches([' ', '\u{3000}']).len() != run_end {
            out.push(i);
        }
        // (Pictures side by side are one run.)
        loop {
            let gap = s[end..].len() - s[end..].trim_start_matches([' ', '\u{3000}']).len();
            let next = end + gap;
            match (s[next..].starts_with("![") || s[next..].starts_with("[![")).then(|| picture_end(next)).flatten() {
                Some(e) => end = e,
                None => break,
            }
        }
        run_end = end;
        if end < s.len() {
            out.push(end);
        }
    }
    // Bold spans: `**X**`, X of 1 to 40 characters with no sentence end inside.
    let mut from = 0;
    while let Some(k) = s[from..].find("**") {
        let open = from + k;
        let inner = open + 2;
        let Some(len) = s[inner..].find("**") else { break };
        let close = inner + len;
        from = close + 2;
        let x = &s[inner..close];
        let chars = x.chars().count();
        if x.is_empty() || chars > 40 || x.trim_end_matches(ends_sentence).contains(ends_sentence) {
            // (The closing `**` may open the next span: `**定义：****堡垒机**`.)
            from = close;
            continue;
        }
        let head = s[..open].trim_end_matches([' ', '\u{3000}']);
        let after_stop = head.trim_end_matches(['”', '’']).ends_with(ends_sentence);
        // (At the start, or right after a picture, a tag or another span.)
        let opens_piece = head.chars().next_back().is_none_or(|c| matches!(c, ')' | '>' | '*'));
        if after_stop && open > 0 {
            out.push(open);
        }
        let next = s[from..].chars().next();
        let punct_after = next.is_some_and(|c| "，。、；：,.;:！？!?）)”’".contains(c));
        if (after_stop || opens_piece) && !punct_after && from < s.len() {
            out.push(from);
        }
    }
    // An ATX heading whose markup shows where its text ends.
    for &h in atx {
        let run = s[h..].bytes().take_while(|&b| b == b'#').count();
        let body = h + run + s[h + run..].len() - s[h + run..].trim_start_matches(' ').len();
        let t = &s[body..crate::lines::floor_boundary(s, s.len().min(body + 400))];
        let end = if let Some(x) = t.strip_prefix("**") {
            x.find("**").filter(|&e| e > 0).map(|e| 2 + e + 2)
        } else if t.starts_with('[') && !t.starts_with("[!") {
            t.find("](").and_then(|i| t[i..].find(')').map(|j| i + j + 1))
        } else {
            None
        };
        if let Some(e) = end.map(|e| body + e).filter(|&e| e < s.len()) {
            out.push(e);
        }
    }
    out
}

/// The members of lists that count 1, 2, 3 … in one family with nothing but text before them
/// (`…予以废止：1．…暂行条例2．关于…的决定3．关于…`, `重伤一级a)植物生存状态。b)四肢瘫…`): a run of at least
/// [`COUNTED_RUN`] members, opening at 1, each the one before it plus one and within
/// [`COUNTED_GAP`] bytes of it, and no member of the family after a comma or semicolon in the line
/// (`（一）…；（二）…` is a list inside a sentence). A family restarting at 1 starts a new run.
/// Returns the members, and the first member of each run.
fn counted_runs(counted: &[(usize, Style, u32)], inline: &[Style]) -> (Vec<usize>, Vec<usize>) {
    let mut out = Vec::new();
    let mut firsts = Vec::new();
    let mut open: std::collections::HashMap<Style, Vec<(usize, u32)>> = std::collections::HashMap::new();
    let close = |run: Vec<(usize, u32)>, out: &mut Vec<usize>, firsts: &mut Vec<usize>| {
        if run.len() >= COUNTED_RUN {
            firsts.push(run[0].0);
            out.extend(run.into_iter().map(|(at, _)| at));
        }
    };
    for &(at, style, o) in counted {
        if inline.contains(&style) {
            continue;
        }
        let run = open.entry(style).or_default();
        match run.last() {
            Some(&(last, p)) if o == p + 1 && at - last <= COUNTED_GAP => run.push((at, o)),
            _ if o == 1 => close(std::mem::replace(run, vec![(at, o)]), &mut out, &mut firsts),
            // (A number that continues nothing leaves the run open: `…3.5亿元…` between two items.)
            _ => {}
        }
    }
    for (_, run) in open {
        close(run, &mut out, &mut firsts);
    }
    (out, firsts)
}

/// The members a counted run needs ([`counted_runs`]).
const COUNTED_RUN: usize = 3;

/// The most bytes between two members of a counted run ([`counted_runs`]).
const COUNTED_GAP: usize = 1200;

/// The labels of a gov.cn header table (`发文字号：\t国发〔2019〕4号`), each the start of a cell.
const HEADER_LABELS: [&str; 9] = [
    "索 引 号：",
    "主题分类：",
    "发文机关：",
    "成文日期：",
    "标　　题：",
    "发文字号：",
    "发布日期：",
    "主 题 词：",
    "发布机构：",
];

static HEAD_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日").expect("the date pattern compiles")
});

/// A full date in brackets, as a title block gives it under the title (`（2018年1月2日）`), or a
/// bracketed note that opens with one (`（2022年10月28日…常务委员会第五次会议通过）`).
static BLOCK_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[（(]\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（()）]{0,120}?[）)]")
        .expect("the date pattern compiles")
});

/// What opens a speech after its title block: the salutation (`同志们：`, `各位代表：`).
static SALUTATION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(同志们|各位代表|各位委员|各位来宾|各位领导|女士们、先生们|老师们、同学们|亲爱的同学们|同学们|朋友们)[：:，,！!]")
        .expect("the salutation pattern compiles")
});

/// The genre word a title ends with (`…的讲话`, `…工作报告（全文）`, `…管理条例`, `…的通知`).
static GENRE_END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(讲话|报告|致辞|发言|演讲|通知|意见|方案|办法|决定|规定|条例|细则|规划|纲要|公告|通告|通报|批复|决议|章程|规则|准则|指南|措施|预案|总结|要点|纪要|公报|倡议书|提案)([（(]全文[）)])?",
    )
    .expect("the genre pattern compiles")
});

/// A news dateline (`新华社北京3月18日电`, `本报讯`), with the reporters in brackets after it.
static DATELINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(新华社|中新社|中新网|人民网|央视网|新华网|本报)[^，。：\s]{0,12}?(\d{1,2}月\d{1,2}日)?电(（[^）]{1,30}）)?|本报讯")
        .expect("the dateline pattern compiles")
});

/// A date with its time, as a page stamps its articles (`2024年03月15日 07:58`, `2024-05-20 16:32:10`).
static STAMP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\d{4}(年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})\s*\d{1,2}:\d{2}(:\d{2})?")
        .expect("the stamp pattern compiles")
});

/// A document number (`国发〔2019〕4号`, `京政办发[2023]12号`).
static DOC_NO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[\u{4E00}-\u{9FFF}]{1,8}[〔\[［]\d{4}[〕\]］]\d{1,4}号")
        .expect("the document number pattern compiles")
});

/// The labels of a page's byline, each the start of a field under the title.
const BYLINE_LABELS: [&str; 6] = ["作者：", "来源：", "发布时间：", "发布日期：", "责任编辑：", "文章来源："];

/// Cuts in the head of an unbroken text, where the title block runs into what follows it (byte
/// offsets into `s`, the line):
/// - before each cell label of a gov.cn header table (`…的通知发文字号：\t…`);
/// - in the title block (before the first sentence end): around a full date in brackets, and before
///   the first byline label (`作者：`, `来源：`, `发布时间：` …), at least four characters in (the
///   byline's fields stay one row);
/// - after a Markdown heading that opens the text: at the end of a linked title (`# [标题](…)`) or
///   before a date that follows its title (`# 中华人民共和国宪法1982年12月4日 第五届…`);
/// - in a YAML front matter run together (`---title: '…'categories:- …---`): after each `---` and
///   before each `key:`.
fn head_cuts(line: &str) -> Vec<usize> {
    // (The head only: a one-line text may be a hundred megabytes long.)
    let s = &line[..crate::lines::floor_boundary(line, 4000)];
    let mut out = Vec::new();
    for label in HEADER_LABELS {
        out.extend(s.match_indices(label).map(|(i, _)| i).filter(|&i| i > 0));
    }
    // The title block before the first sentence end (or its first 200 characters): a title runs
    // into a full date in brackets (`…的意见（2018年1月2日）实施乡村振兴战略…`) — a cut before the date
    // and after it — or into a byline label (`…政治自信作者：\t饶戈平…`) — a cut before the label.
    let block_end = s
        .char_indices()
        .take(200)
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '；'))
        .map_or_else(|| s.char_indices().nth(200).map_or(s.len(), |(i, _)| i), |(i, _)| i);
    let block = &s[..block_end];
    if let Some(m) = BLOCK_DATE.find(block) {
        if block[..m.start()].chars().count() >= 4 {
            out.push(m.start());
            out.push(m.end());
        }
    }
    // (Before the first label only: a byline's fields share their row, `作者：… 发布时间：… 1.3K 人阅读`.)
    let first_label = BYLINE_LABELS
        .iter()
        .filter_map(|label| block.match_indices(label).map(|(i, _)| i).find(|&i| block[..i].chars().count() >= 4))
        .min();
    out.extend(first_label);
    // A byline's date runs into what follows it (`0 发布时间：2021.04.17如何保持冰箱清洁1、…`): a cut
    // after the date (and its time), when an ideograph follows.
    static LABELLED_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(发布时间|发布日期|发表时间|更新时间|时间|日期)[：:]\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?")
            .expect("the labelled date pattern compiles")
    });
    // A byline's counter likewise (`…攻防对抗阅读量    **186562** | 评论 **1**`, `…浏览次数：1024`): a
    // cut before its label.
    static COUNTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(阅读量|阅读数|阅读次数|浏览量|浏览次数|点击量|点击数|点击率|访问量)[：:]?[\s*]*\d")
            .expect("the counter pattern compiles")
    });
    if let Some(m) = COUNTER.find(block).filter(|m| block[..m.start()].chars().count() >= 4) {
        out.push(m.start());
    }
    // (In the title block, or in a gov.cn header table, however long: `…发布日期：\t2024年03月10日某某
    // 市养犬管理办法第一章…`.)
    let header_end = HEADER_LABELS.iter().filter_map(|label| s.rfind(label)).max().unwrap_or(0);
    for m in LABELLED_DATE.find_iter(s).take_while(|m| m.start() < block_end.max(header_end + 30)) {
        if s[m.end()..].starts_with(crate::markers::dotted::is_cjk) {
            out.push(m.end());
        }
    }
    out.extend(title_block_cuts(block));
    out.extend(repeated_title(s));
    let head = s.trim_start_matches('#');
    if head.len() < s.len() && head.starts_with(' ') {
        let at = s.len() - head.len();
        let window = &s[at..crate::lines::floor_boundary(s, s.len().min(at + 300))];
        if head.trim_start().starts_with('[') {
            if let Some(close) = window.find("](").and_then(|i| window[i..].find(')').map(|j| i + j + 1)) {
                out.push(at + close);
            }
        } else if let Some(m) = HEAD_DATE.find(window) {
            if m.start() > 4 {
                out.push(at + m.start());
            }
        }
    }
    if let Some(rest) = s.strip_prefix("---") {
        let end = rest.find("---").map_or(rest.len().min(2000), |i| i);
        out.push(3);
        if end < rest.len() {
            out.push(3 + end);
            out.push(3 + end + 3);
        }
        static KEY: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new(r"[a-z_]{3,20}:[ -]").expect("the key pattern compiles"));
        for m in KEY.find_iter(&rest[..end]) {
            let before = rest[..m.start()].chars().next_back();
            if before.is_some_and(|c| !c.is_ascii_alphanumeric()) && m.start() > 0 {
                out.push(3 + m.start());
            }
        }
    }
    out.retain(|&i| i > 0 && i < s.len() && s.is_char_boundary(i));
    out
}

/// A title the page shows twice, run together (`湿疹的临床症状具体有哪些湿疹的临床症状具体有哪些？说到…`,
/// `首页基金理财重磅！P2P网站应用安全报告重磅！P2P网站应用安全报告2016年1月4日…`: a browser copy's
/// page title above its heading, as [`crate::classify`] reads a head line shown twice on lines of
/// its own): the first run of six to forty characters, starting in the first sixty, followed right
/// away by itself, with no sentence end in it. Cuts before the first copy, between the copies and
/// after the second (unless punctuation follows it: then it opens the first sentence).
///
/// Counter-example: a repeated word shorter than six characters (`好好学习好好学习`).
fn repeated_title(s: &str) -> Vec<usize> {
    if s.starts_with("---") {
        return Vec::new();
    }
    let at: Vec<usize> = s.char_indices().map(|(i, _)| i).take(60 + 2 * 40 + 1).chain([s.len()]).collect();
    for p in 0..at.len().min(60) {
        for len in 6..=40 {
            let (Some(&mid), Some(&end)) = (at.get(p + len), at.get(p + 2 * len)) else { break };
            let first = &s[at[p]..mid];
            // (Words, not markup or fields: `categories:- 金融- 新浪财经- 新浪财经` is no title.)
            let opens = first
                .starts_with(|c: char| crate::markers::dotted::is_cjk(c) || c.is_alphanumeric() || "“《\"".contains(c));
            if !opens
                || first.contains(|c: char| {
                    matches!(c, '。' | '；' | '\n' | ':' | '：' | '-' | '\'' | '|' | '#' | '*' | '[' | '<')
                })
                || !first.contains(crate::markers::dotted::is_cjk)
            {
                continue;
            }
            if first == &s[mid..end] {
                // (The second copy may open the first sentence: `…有哪些湿疹的…有哪些？说到湿疹，…`.)
                let sentence = s[end..].starts_with(|c: char| "？！，。、；：?!,;:".contains(c));
                let end = if sentence { 0 } else { end };
                return [at[p], mid, end].into_iter().filter(|&i| i > 0 && i < s.len()).collect();
            }
        }
    }
    Vec::new()
}

/// Cuts in a title block run into what follows it (`block`: the head of a one-line text before its
/// first sentence end), each a fact of how Chinese documents open:
/// - a speech's salutation (`…工作报告李克强各位代表：现在…`): a cut before it, and before the speaker's
///   name (two to four characters after the title's genre word, `报告`, `讲话`);
/// - a subtitle that names the occasion (`…伟大胜利——在…大会上的报告`): a cut before the dash (not
///   a dash inside the title, `伟大时代 光影华章——改革开放40年…`);
/// - a news dateline (`…今年春耕新华社北京3月18日电（记者…）`): a cut before it, or after it when it
///   opens the text; a news byline (`…“大变革”本报记者 林晓 通讯员 王凯…`): a cut before it;
/// - the speaker's office or the report's working group right after the genre word (`…的讲话区委书记
///   陈国栋`, `…调研报告县委政策研究室调研组发展…`): a cut before it (and after the group);
/// - a document number (`…的通知国发〔2019〕4号各省…`): a cut before and after it;
/// - the genre word followed by white space (`…的讲话　县委副书记　刘某某`): a cut after the word;
/// - a date with its time (`…菜品来源2024年03月15日 07:58　来源：…`): a cut before and after it;
/// - the body's first words after the title's genre word (`…实施方案为深入贯彻落实…`, `根据`, `按照`):
///   a cut before them;
/// - the recipients after a title's genre word (`…的通知各区县人民政府：`): a cut before `各`;
/// - the first part after a title (`某某市养犬管理条例第一章　总则第一条…`, `…的意见一、总体要求`): a
///   cut before a chapter, part, section or article numbered one, or `一、`, when the title before it
///   ends with its genre word.
///
/// Each cut needs four characters or more before it (a title), so a text that opens with the mark
/// is left as it is.
fn title_block_cuts(block: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let chars_before = |i: usize| block[..i].chars().count();
    // (The end of the last genre word before `i`.)
    let genre_end_before = |i: usize| GENRE_END.find_iter(&block[..i]).last().map(|m| m.end());
    if let Some(m) = SALUTATION.find(block).filter(|m| chars_before(m.start()) >= 4) {
        out.push(m.start());
        if let Some(g) = genre_end_before(m.start()) {
            let name = &block[g..m.start()];
            let n = name.chars().count();
            if (2..=4).contains(&n) && name.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
                out.push(g);
            }
        }
    }
    let occasion = |i: usize| block[i + "——".len()..].starts_with(|c: char| c == '在' || c.is_ascii_digit());
    if let Some(i) = block.match_indices("——").map(|(i, _)| i).find(|&i| occasion(i) && chars_before(i) >= 4) {
        out.push(i);
    }
    // The body's first words right after the title's genre word (`…实施方案为深入贯彻落实…`), or the
    // year a report's first sentence opens with (`…2024年工作总结2024年，在市委…`, `…2024年以来，`).
    const OPENERS: [&str; 8] = ["为了", "为深入", "为进一步", "为贯彻", "为加快", "根据", "按照", "依据"];
    static YEAR_OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\d{4}年[^，。、；\d]{0,6}，").expect("the year opener pattern compiles")
    });
    let opener = GENRE_END
        .find_iter(block)
        .map(|m| m.end())
        .filter(|&g| chars_before(g) >= 4)
        .find(|&g| OPENERS.iter().any(|w| block[g..].starts_with(w)) || YEAR_OPENER.is_match(&block[g..]));
    out.extend(opener);
    // Who gave the speech or wrote the report, right after the title's genre word (`…的讲话区委书记
    // 陈国栋（…）`, `…调研报告县委政策研究室调研组发展壮大…`): a cut before the office or the working
    // group, and after the group; and a news byline (`…“大变革”本报记者 林晓 通讯员 王凯3月12日…`): a
    // cut before it.
    static OFFICE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"^[\p{Han}]{0,10}?(?:书记|市长|县长|区长|省长|主任|局长|部长|主席|院长|校长|总经理|董事长|厅长|处长)",
            r"[ \u{3000}]*[\p{Han}]{2,4}"
        ))
        .expect("the office pattern compiles")
    });
    static GROUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[\p{Han}]{2,20}?(?:课题组|调研组|调查组|写作组|编写组|起草组|研究组)")
            .expect("the group pattern compiles")
    });
    static BYLINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:本报记者|本报通讯员|记者|通讯员)[ \u{3000}]*[\p{Han}]{2,4}[ \u{3000}]")
            .expect("the news byline pattern compiles")
    });
    for g in GENRE_END.find_iter(block).map(|m| m.end()).filter(|&g| chars_before(g) >= 4) {
        let rest = &block[g..];
        if OFFICE.is_match(rest) {
            out.push(g);
            break;
        }
        if let Some(m) = GROUP.find(rest) {
            out.push(g);
            out.push(g + m.end());
            break;
        }
    }
    if let Some(m) = BYLINE.find(block).filter(|m| chars_before(m.start()) >= 6) {
        out.push(m.start());
    }
    if let Some(m) = DATELINE.find(block) {
        if chars_before(m.start()) >= 4 {
            out.push(m.start());
        } else if m.start() == 0 {
            out.push(m.end());
        }
    }
    // The title's genre word, then white space: what follows is the block's next field (`…的讲话　县委
    // 副书记　刘某某`, `…调研报告 县政协社会和法制委员会 随着…`).
    if let Some(m) = GENRE_END.find_iter(block).find(|m| chars_before(m.start()) >= 2) {
        let rest = &block[m.end()..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
        if gap > 0 && m.end() + gap < block.len() {
            out.push(m.end());
        }
    }
    // A publication date and time run into the title (`…菜品来源2024年03月15日 07:58　来源：…`,
    // `…的通知 2024-05-20 16:32 临政办发…`): a cut before it, and after its time.
    if let Some(m) = STAMP.find(block).filter(|m| chars_before(m.start()) >= 4) {
        out.push(m.start());
        out.push(m.end());
    }
    if let Some(m) = DOC_NO.find(block) {
        // (The issuer's short name never holds the title's genre word: `…的实施意见云政办发〔2025〕8号`
        // is cut after 意见, not before 实施.)
        let start = GENRE_END
            .find_iter(&block[..m.end()])
            .map(|g| g.end())
            .filter(|&g| g > m.start() && g < m.end())
            .last()
            .unwrap_or(m.start());
        if chars_before(start) >= 4 {
            out.push(start);
            out.push(m.end());
        }
    }
    for (i, _) in block.match_indices('各') {
        let after_genre =
            genre_end_before(i).is_some_and(|g| g == i) || DOC_NO.find(&block[..i]).is_some_and(|m| m.end() == i);
        let recipients = block[i..].find(['：', ':']).is_some_and(|c| block[i..i + c].chars().count() <= 60);
        if after_genre && recipients && chars_before(i) >= 4 {
            out.push(i);
            break;
        }
    }
    let first_part = block.char_indices().find_map(|(i, c)| {
        if i == 0 || !matches!(c, '第' | '一') {
            return None;
        }
        let m = markers::scan(&block[i..])?;
        let part = matches!(m.style, Style::Unit(_) | Style::Chinese) && m.ordinal == Some(1);
        part.then_some(i)
    });
    if let Some(i) = first_part.filter(|&i| chars_before(i) >= 4 && genre_end_before(i) == Some(i)) {
        out.push(i);
    }
    out
}

/// The dotted numbers of a line that count on as a standard's clauses do, each the next one after
/// the last kept (`1` → `2` → `3` → `3.1` → `3.2` → `4` → `4.1` → `4.1.1` → `4.1.2` → `5`): its next
/// sibling at any level, or its first child. A run of [`MIN_CHAIN`] such numbers or more is the
/// text's outline, run into one line; a number that does not continue it (`见 6.2.1 和 6.2.2。`, a
/// cross-reference; `HJ 91.1`, a standard cited) is passed over, and a `1` that continues nothing
/// starts a run again (the body after its 目录, which counts the same numbers first).
///
/// Counter-examples: `0.3 m`, `2.0 mg/L` (quantities: no dotted marker); a line with two or three
/// dotted numbers (a paragraph that cites clauses).
fn dotted_chain(text: &str, at: &[usize]) -> Vec<usize> {
    fn path(t: &str) -> Vec<u32> {
        let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
        t[..end].trim_end_matches('.').split('.').map_while(|g| g.parse().ok()).collect()
    }
    fn next(p: &[u32], q: &[u32]) -> bool {
        let child = q.len() == p.len() + 1 && q[..p.len()] == *p && q.last() == Some(&1);
        let sibling = !q.is_empty()
            && q.len() <= p.len()
            && q[..q.len() - 1] == p[..q.len() - 1]
            && q[q.len() - 1] == p[q.len() - 1] + 1;
        child || sibling
    }
    let mut out: Vec<usize> = Vec::new();
    let mut chain: Vec<usize> = Vec::new();
    let mut last: Vec<u32> = Vec::new();
    for &i in at {
        let q = path(&text[i..]);
        if q.is_empty() || q.len() > 6 {
            continue;
        }
        if !last.is_empty() && next(&last, &q) {
            chain.push(i);
            last = q;
        } else if q == [1] || last.is_empty() && q.last() == Some(&1) {
            // A `1` that continues nothing starts the outline again: the body after its 目录.
            if chain.len() >= MIN_CHAIN {
                out.append(&mut chain);
            }
            chain = vec![i];
            last = q;
        }
    }
    if chain.len() >= MIN_CHAIN {
        out.append(&mut chain);
    }
    // A run that opens right after the word 目录 (`…应急预案目　　录1　总则1.1　…`) is the 目录's: the
    // label stands on a line of its own above its entries, as the heading stage reads a 目录.
    let mut labels = Vec::new();
    for (k, &i) in out.iter().enumerate() {
        if k > 0 && out[k - 1] >= i.saturating_sub(64) {
            continue;
        }
        let before = text[..i].trim_end_matches(is_space);
        if let Some(b) = before.strip_suffix('录').or_else(|| before.strip_suffix('錄')) {
            if let Some(label) = b.trim_end_matches(is_space).strip_suffix('目') {
                labels.push(label.len());
            }
        }
    }
    out.extend(labels);
    // A number inside markup (`：**1.1芯片**没错…`, `## **2 开发模式**`) is cut before the markup.
    for at in &mut out {
        let before = text[..*at].trim_end_matches(['*', '#', ' ']);
        if text[before.len()..*at].contains(['*', '#']) {
            *at = before.len() + text[before.len()..*at].find(['*', '#']).unwrap_or(0);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The dotted numbers counting on that make a one-line text's outline ([`dotted_chain`]).
const MIN_CHAIN: usize = 4;

/// The families that number a document's parts (not bullets, letters or 一是, which run inside
/// paragraphs as often as they open them).
fn strong(style: Style) -> bool {
    matches!(
        style,
        Style::Unit(_) | Style::Chinese | Style::ChineseParen | Style::Arabic | Style::ArabicParen | Style::Di
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn texts(src: &str) -> Vec<&str> {
        let (lines, _) = derive(src, split(src));
        lines.iter().map(|l| l.text(src)).collect()
    }

    fn tiles(src: &str) {
        let (lines, _) = derive(src, split(src));
        let mut at = 0;
        for l in &lines {
            assert_eq!(l.start, at, "should start where the previous line ended");
            assert!(l.start <= l.text_start && l.text_start <= l.text_end && l.text_end <= l.content_end);
            at = l.end;
        }
        assert_eq!(at, src.len(), "should end at the text's length");
    }

    const PARA: &str = "各地区各部门要高度重视这项工作，切实加强组织领导，明确责任分工，抓好工作落实，确保各项措施落到实处、取得实效，并及时总结推广好的经验做法，对工作中发现的问题认真研究解决，重大情况及时报告。";

    #[test]
    fn should_read_a_large_text_of_paragraphs_without_reading_every_long_line() {
        // PARA is 88 characters: three make a long line.
        let long = PARA.repeat(3);
        let joined = format!("{PARA}\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}");
        let lines_of = |first: &str| {
            let mut src = format!("{first}\n");
            for _ in 0..(PROBE + crate::par::MIN_LINES) {
                src.push_str(&long);
                src.push('\n');
            }
            src.push_str(&joined);
            src.push('\n');
            derive(&src, split(&src)).0.len()
        };
        let n = PROBE + crate::par::MIN_LINES + 2;
        // Separators in the first long line: every long line is read, and the last one split.
        assert_eq!(lines_of(&joined), n + 3 + 3);
        // None in the first PROBE long lines: the text is read as paragraphs, one a line.
        assert_eq!(lines_of("标题"), n);
    }

    #[test]
    fn should_join_lines_wrapped_at_the_width() {
        let para = PARA.repeat(2);
        let chars: Vec<char> = para.chars().collect();
        let mut src = String::from("关于加强某项工作的通知\n");
        for _ in 0..4 {
            for piece in chars.chunks(30) {
                src.extend(piece);
                src.push('\n');
            }
            src.push_str("一、总体要求\n");
        }
        let (lines, r) = derive(&src, split(&src));
        let r = r.expect("should say that it joined lines");
        assert_eq!(r.joined, 4 * (chars.len().div_ceil(30) - 1));
        assert_eq!(lines.iter().filter(|l| l.joined()).count(), 4);
        assert_eq!(crate::lines::unwrapped(lines[1].text(&src)), para);
        tiles(&src);
        // Kept as written.
        assert!(derive_with(&src, split(&src), LineBreaks::Keep).1.is_none());
    }

    #[test]
    fn should_cut_a_law_joined_by_nothing_at_its_markup_and_units() {
        let src = format!("# 某某条例<!-- INFO END -->## 第一章  总则第一条 {PARA}第二条 本条例适用于下列事项：（一）登记；（二）备案。第三条 {PARA}<北京的一个尖括号不是标签。");
        let t = texts(&src);
        let third = format!("第三条 {PARA}<北京的一个尖括号不是标签。");
        assert_eq!(
            t,
            [
                "# 某某条例",
                "<!-- INFO END -->",
                "## 第一章  总则",
                &format!("第一条 {PARA}"),
                "第二条 本条例适用于下列事项：",
                "（一）登记；",
                "（二）备案。",
                &third,
            ]
        );
        tiles(&src);
        // Outside a law, bracketed items after a colon stay in their sentence.
        let src = format!("{PARA}主要包括：（一）登记；（二）备案。{PARA}");
        assert_eq!(texts(&src).len(), 1);
    }

    #[test]
    fn should_cut_a_standard_joined_by_spaces_at_its_clauses_counting_on() {
        let src = format!(
            "某某技术规程 目录 1 范围 2 要求 2.1 一般规定 2.2 运行 1 范围 {PARA} 2 要求 2.1 运行单位应建立制度，见 3.2 和 3.3。 2.1.1 {PARA} 2.2 设备应定期维护，引用 HJ 91.1 的方法。 3 管理 {PARA}"
        );
        let t = texts(&src);
        assert_eq!(
            t,
            [
                "某某技术规程",
                "目录",
                "1 范围",
                "2 要求",
                "2.1 一般规定",
                "2.2 运行",
                &format!("1 范围 {PARA}"),
                "2 要求",
                "2.1 运行单位应建立制度，见 3.2 和 3.3。",
                &format!("2.1.1 {PARA}"),
                "2.2 设备应定期维护，引用 HJ 91.1 的方法。",
                &format!("3 管理 {PARA}"),
            ],
            "should cut at the numbers that count on (the 目录's run, then the body's), not at 3.2, 3.3 or 91.1"
        );
        tiles(&src);
        // Three numbers are no outline.
        let src = format!("{PARA} 1 范围 {PARA} 2 要求 {PARA} 3 管理 {PARA}");
        assert_eq!(texts(&src).len(), 1);
    }

    #[test]
    fn should_cut_the_head_of_a_text_joined_by_nothing() {
        let long = PARA.repeat(3);
        let law = format!("# 中华人民共和国某某法1982年12月4日 第五届全国人民代表大会通过第一条 {long}第二条 {long}");
        assert_eq!(texts(&law)[0], "# 中华人民共和国某某法");
        let link = format!("# [小白接触堡垒机](https://example.com/p/1.html)作者：某某{long}");
        assert_eq!(texts(&link)[0], "# [小白接触堡垒机](https://example.com/p/1.html)");
        let gov = format!(
            "索 引 号：\t000014349/2019-00005标　　题：\t国务院关于某事的通知发文字号：\t国发〔2019〕4号{long}"
        );
        let t = texts(&gov);
        assert!(t.contains(&"标　　题：\t国务院关于某事的通知"), "{t:?}");
        let front = format!("---title: '某某工作'categories:- 财经---{long}");
        let t = texts(&front);
        assert_eq!(&t[..4], ["---", "title: '某某工作'", "categories:- 财经", "---"], "{t:?}");
        for src in [law, link, gov, front] {
            tiles(&src);
        }
    }

    #[test]
    fn should_cut_before_points_that_each_run_for_a_paragraph() {
        // 一是…。二是…。 each a paragraph of several sentences: cut.
        let src = format!("一年来主要做了以下工作。一是稳住经济基本盘。{PARA}{PARA}二是优先稳就业保民生。{PARA}{PARA}三是打好三大攻坚战。{PARA}");
        let t = texts(&src);
        assert!(t.iter().any(|l| l.starts_with("二是")) && t.iter().any(|l| l.starts_with("三是")), "{t:?}");
        // Points of one sentence each, inside a paragraph: no cut.
        let src = format!(
            "{PARA}呈现出新的特征。一是服务大局有新突破。二是走向市场有新探索。三是合作交流有新进展。{PARA}{PARA}"
        );
        assert_eq!(texts(&src).len(), 1);
    }

    #[test]
    fn should_not_split_a_word_letter_spaced_inside_a_line() {
        // A label after a cell run into it, and a chapter's name, in a text joined by nothing.
        let src = format!(
            "成文日期：\t2024年03月05日标\u{3000}\u{3000}题：\t某某市养犬管理办法发文字号：\t某政令第12号第一章\u{3000}总\u{3000}\u{3000}则第一条\u{3000}{PARA}第二条\u{3000}{PARA}第三条\u{3000}{PARA}"
        );
        let t = texts(&src);
        assert!(t.contains(&"标\u{3000}\u{3000}题：\t某某市养犬管理办法"), "{t:?}");
        assert!(t.iter().any(|l| l.contains("总\u{3000}\u{3000}则")), "{t:?}");
        tiles(&src);
        // Counter-examples: the run after the word's last letter, and after a word letter-spaced by
        // single spaces, still separates.
        let toc =
            format!("目\u{3000}\u{3000}录\u{3000}\u{3000}1\u{3000}总则\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}");
        assert_eq!(texts(&toc)[0], "目\u{3000}\u{3000}录");
        let rules = format!("国 务 院 工 作 规 则\u{3000}\u{3000}（二〇〇四年六月十六日修订通过）\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}");
        assert_eq!(texts(&rules)[0], "国 务 院 工 作 规 则");
    }

    #[test]
    fn should_cut_around_markdown_blocks_run_together() {
        let src = format!(
            "# **某某市教育局关于做好秋季开学工作的通知**某教发〔2025〕12号各区县教育局：{PARA}![](a.png)**一、提前做好开学准备**{PARA}![](b.png) ![](c.png)图为演练现场。**二、加强校园安全管理**{PARA}"
        );
        let t = texts(&src);
        assert_eq!(t[0], "# **某某市教育局关于做好秋季开学工作的通知**", "{t:?}");
        assert!(t.contains(&"![](a.png)"), "{t:?}");
        assert!(t.contains(&"![](b.png) ![](c.png)"), "pictures side by side are one block: {t:?}");
        assert!(t.contains(&"**一、提前做好开学准备**"), "{t:?}");
        assert!(t.contains(&"图为演练现场。"), "{t:?}");
        tiles(&src);
        // Counter-example: a bold word inside a sentence.
        let src = format!("{PARA}它实际上**是**旁路在网络交换机节点上的设备。一、概述{PARA}二、原理{PARA}");
        assert!(texts(&src).iter().any(|l| l.contains("实际上**是**旁路")));
    }

    #[test]
    fn should_cut_a_title_block_before_its_document_number_and_first_sentence() {
        let first = |src: &str| texts(src)[0].to_string();
        let opinion = format!(
            "关于加快推进县域商业体系建设的实施意见云政办发〔2025〕8号各县（市、区）人民政府：{PARA}{PARA}{PARA}"
        );
        assert_eq!(
            first(&opinion),
            "关于加快推进县域商业体系建设的实施意见",
            "the issuer's short name holds no genre word"
        );
        let summary = format!(
            "云江市交通运输局2024年工作总结2024年，在市委的坚强领导下，{PARA}一、主要成效{PARA}二、存在问题{PARA}"
        );
        assert_eq!(first(&summary), "云江市交通运输局2024年工作总结");
        let page = format!(
            "首页 > 生活百科 发布时间：2024.05.06如何挑选新鲜的鸡蛋1、看外壳。{PARA}2、听声音。{PARA}3、看蛋黄。{PARA}"
        );
        assert!(texts(&page).contains(&"如何挑选新鲜的鸡蛋"), "{:?}", texts(&page));
        let speech = format!(
            "在全区优化营商环境攻坚年动员大会上的讲话区委书记\u{3000}陈国栋（2024年2月26日）同志们：{PARA}{PARA}{PARA}"
        );
        assert_eq!(&texts(&speech)[..2], ["在全区优化营商环境攻坚年动员大会上的讲话", "区委书记\u{3000}陈国栋"]);
        let report = format!("关于全县农村集体经济发展情况的调研报告县委政策研究室调研组发展壮大农村集体经济，{PARA}一、基本情况{PARA}二、主要问题{PARA}");
        assert_eq!(&texts(&report)[..2], ["关于全县农村集体经济发展情况的调研报告", "县委政策研究室调研组"]);
        let news = format!("小切口撬动基层治理大变革本报记者 林晓 通讯员 王凯3月12日一早，{PARA}{PARA}{PARA}");
        assert_eq!(first(&news), "小切口撬动基层治理大变革");
    }

    #[test]
    fn should_cut_a_title_shown_twice() {
        let src =
            format!("首页基金理财重磅！P2P网站应用安全报告重磅！P2P网站应用安全报告2016年1月4日{PARA}{PARA}{PARA}");
        let t = texts(&src);
        assert_eq!(&t[..3], ["首页基金理财", "重磅！P2P网站应用安全报告", "重磅！P2P网站应用安全报告"], "{t:?}");
        tiles(&src);
        // Counter-examples: a short repeated word, fields of a front matter.
        let src = format!("好好学习好好学习是我们的口号，{PARA}{PARA}{PARA}");
        assert!(texts(&src)[0].starts_with("好好学习好好学习"));
        let src = format!("---title: '某某'categories:- 金融- 新浪财经- 新浪财经－国內---{PARA}{PARA}{PARA}");
        assert!(texts(&src).iter().any(|l| l.contains("- 金融- 新浪财经- 新浪财经")), "{:?}", texts(&src));
    }

    #[test]
    fn should_not_split_a_letter_spaced_label() {
        let src = format!(
            "标\u{3000}\u{3000}题：\t关于某事的通知\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}\u{3000}\u{3000}{PARA}"
        );
        let t = texts(&src);
        assert_eq!(t[0], "标\u{3000}\u{3000}题：\t关于某事的通知");
        assert_eq!(t.len(), 4, "{t:?}");
        tiles(&src);
    }

    #[test]
    fn should_join_a_number_alone_to_its_title() {
        let src = "第一章\n总则\n第一条　为了规范管理，制定本法。\n1\n简介\n（一）\n各地要加强领导。\n01\n定期整理手机里的照片，删除重复的文件。\n02\n它是怎么传染的？\n";
        assert_eq!(
            texts(src),
            [
                "第一章\n总则",
                "第一条　为了规范管理，制定本法。",
                "1\n简介",
                "（一）",
                "各地要加强领导。",
                "01",
                "定期整理手机里的照片，删除重复的文件。",
                "02\n它是怎么传染的？",
            ]
        );
        tiles(src);
    }

    #[test]
    fn should_split_at_u3000_runs() {
        let src = format!("关于加强某项工作的通知\u{3000}\u{3000}{PARA}\u{3000}\u{3000}一、总体要求\u{3000}\u{3000}{PARA}\u{3000}\u{3000}二、主要任务\u{3000}\u{3000}{PARA}");
        let t = texts(&src);
        assert_eq!(t[0], "关于加强某项工作的通知");
        assert_eq!(t[2], "一、总体要求");
        assert_eq!(t.len(), 6, "should make one line per paragraph: {t:?}");
        tiles(&src);
    }

    #[test]
    fn should_split_before_parallel_markers_after_sentence_ends() {
        let src = format!("一、总体要求{PARA}二、主要任务{PARA}三、保障措施{PARA}");
        let t = texts(&src);
        assert_eq!(t.len(), 3, "should cut before 二、 and 三、: {t:?}");
        assert!(t[1].starts_with("二、主要任务"));
        tiles(&src);
        let src =
            format!("一、总体要求{PARA}二、主要任务（一）完善设施。{PARA}（二）加强保障。{PARA}三、保障措施{PARA}");
        let t = texts(&src);
        assert!(t.contains(&"二、主要任务"), "should cut a short heading off the first item run into it: {t:?}");
        tiles(&src);
    }

    #[test]
    fn should_leave_markers_inside_a_paragraph() {
        let src = format!("要抓好三件事：一是{PARA}二是{PARA}三是{PARA}");
        assert_eq!(texts(&src).len(), 1, "should not cut at 一是 after a colon, or at 二是");
        let src = format!("{PARA}\n{PARA}第一，物理时延。第二，网络时延。第三，存储带来的时延。{PARA}\n{PARA}\n");
        assert_eq!(texts(&src).len(), 3, "should not cut points enumerated in one long line among others");
        let src = "战略是四个方面：1、聚焦客户；2、持续创新；3、合作共赢。";
        assert_eq!(texts(src).len(), 1, "should not cut a list whose items end in semicolons");
        let src = format!("{PARA}{PARA}{PARA}{PARA}");
        assert_eq!(texts(&src).len(), 1, "should not cut running text");
        assert_eq!(texts("第一章　总　　则\n"), vec!["第一章　总　　则"], "should not cut a short line");
    }

    #[test]
    fn should_cut_a_title_block_at_its_fields() {
        let first = |src: &str| texts(src)[0].to_string();
        let news = format!("我市首批20家智慧农贸市场完成改造2024年03月15日 07:58\u{3000}来源：临江日报本报讯（记者 林岚）{PARA}{PARA}{PARA}");
        assert_eq!(first(&news), "我市首批20家智慧农贸市场完成改造", "should cut before a date with its time");
        let speech =
            format!("在全县乡村振兴重点工作推进会上的讲话\u{3000}县委副书记\u{3000}刘某某同志们：{PARA}{PARA}{PARA}");
        assert_eq!(
            first(&speech),
            "在全县乡村振兴重点工作推进会上的讲话",
            "should cut after the genre word and a space"
        );
        let report = format!("2021年政府工作报告李克强各位代表：{PARA}{PARA}{PARA}");
        let t = texts(&report);
        assert_eq!((t[0], t[1]), ("2021年政府工作报告", "李克强"), "should cut the speaker off before the salutation");
        let law = format!("某某市养犬管理条例第一章　总则第一条　{PARA}第二条　{PARA}第三条　{PARA}");
        assert_eq!(first(&law), "某某市养犬管理条例", "should cut before the first chapter");
        // Not a cut: a date inside a title (no time after it), a title that opens with its year.
        let titled = format!("关于2024年5月1日起调整公交票价的通知各区县人民政府：{PARA}{PARA}{PARA}");
        assert_eq!(first(&titled), "关于2024年5月1日起调整公交票价的通知");
    }

    #[test]
    fn should_cut_before_items_that_count_up() {
        // Sentences after a colon, each its own paragraph in a document of lines.
        let src = format!("华为组织的建立和健全，必须：1、{PARA}2、{PARA}3、{PARA}");
        let t = texts(&src);
        assert_eq!(t.len(), 4, "should cut before each item after the colon: {t:?}");
        assert!(t[1].starts_with("1、"));
        // Items with no punctuation before them, counting 1, 2, 3.
        let src = format!("{PARA}下列决定予以废止：1．惩治军人违反职责罪暂行条例2．关于严惩严重破坏经济的罪犯的决定3．关于惩治走私罪的补充规定{PARA}");
        let t = texts(&src);
        assert!(t.contains(&"2．关于严惩严重破坏经济的罪犯的决定"), "should cut a counted list: {t:?}");
        // A label before the list stands apart.
        let src =
            format!("{PARA}注：1．三级医院考核应采用全部指标。2．标记的指标为监测指标。3．手术不包括门诊手术。{PARA}");
        assert!(texts(&src).contains(&"注："), "should cut the label off the sentence before it");
        // Not a list: the numbers of a number, a quoted amendment, a reference.
        let src =
            format!("{PARA}第十二、十三、十四项{PARA}“（一）关闭设备的；“（二）拒不执行的；“（三）擅自从事的。{PARA}");
        assert_eq!(texts(&src).len(), 1, "should cut no quoted item or numeral inside a numeral");
        let src = format!("{PARA}附件：1．查处酒后驾驶操作规程2．查处超速行驶操作规程3．查处违法停车操作规程{PARA}");
        assert_eq!(texts(&src).len(), 1, "should leave an attachment list after 附件： in its line");
    }

    #[test]
    fn should_report_what_it_did() {
        let src = format!("一、总体要求{PARA}二、主要任务{PARA}三、保障措施{PARA}\n下一行");
        let (_, r) = derive(&src, split(&src));
        assert_eq!(r, Some(Reflow { split_lines: 1, made: 3, joined: 0 }));
        let (_, r) = derive("一、总则\n二、附则\n", split("一、总则\n二、附则\n"));
        assert_eq!(r, None);
    }
}
