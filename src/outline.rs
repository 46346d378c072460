//! Outline: nest the headings by the order the document itself uses, and build the [`Document`].
//!
//! The builder keeps a *spine*, the stack of open headings from the top level down (as
//! pulldown-cmark's `tree.rs` keeps the stack of open blocks). For each heading:
//!
//! 1. an **attachment** or an **attached document's title** closes everything and opens a top-level
//!    part;
//! 2. a heading whose marker family is **already open** closes everything below that heading and
//!    becomes its sibling — after a sequence check: a number that restarts or goes back (`1.` after
//!    `17.`) on a line that reads like a sentence, with no introducing line (`…如下：`), is a list item
//!    of the text, not an outline item, and stays a block with a diagnostic;
//! 3. a **Markdown** heading is placed by its `#` depth among the open Markdown headings (`## 序言` and
//!    `## 第一章 总纲` are siblings; `###` nests under `##`);
//! 4. a **new family** opens a level below the current heading.
//!
//! Nesting is capped at [`MAX_DEPTH`] levels; deeper headings become siblings at the deepest level,
//! with a diagnostic. The builder also checks, in debug builds, that the leaves of the document tile
//! the text.

use crate::classify::{Analysis, Head, Role};
use crate::lines::Line;
use crate::markers::Style;
use crate::model::{
    Block, BlockKind, Boilerplate, BoilerplateTag, Diagnostic, Document, MarkerInfo, Section, SourceInfo, Spanned,
    Title,
};
use crate::span::{LineIndex, Span};
use std::borrow::Cow;

/// The deepest nesting the outline builds.
pub const MAX_DEPTH: usize = 64;

struct Draft<'a> {
    level: u32,
    style: Style,
    atx: Option<u8>,
    ordinal: Option<u32>,
    section: Section<'a>,
    /// The enclosing section's draft (drafts are in document order, so a parent comes first).
    parent: Option<usize>,
    /// A top-level part: an attachment, an attached document's title, a paper's back matter.
    root: bool,
}

/// The drafts in document order, in chunks of [`Drafts::CHUNK`]: pushing never copies what is there
/// (a vector grown by doubling holds up to twice its drafts, and copies them at every growth), and
/// [`Builder::finish`] frees each chunk as soon as its drafts have moved into the tree — so the
/// drafts and the tree built from them are not both whole in memory at the peak.
struct Drafts<'a> {
    chunks: Vec<Vec<Draft<'a>>>,
    len: usize,
}

impl<'a> Drafts<'a> {
    const CHUNK: usize = 4096;

    fn new() -> Self {
        Drafts { chunks: Vec::new(), len: 0 }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn push(&mut self, d: Draft<'a>) {
        // (A chunk grows from empty: most documents hold a few dozen headings, and a chunk reserved
        // whole would cost each of them a megabyte of fresh memory. A full chunk's capacity is exactly
        // CHUNK, a power of two.)
        if self.len % Self::CHUNK == 0 {
            self.chunks.push(Vec::new());
        }
        self.chunks.last_mut().expect("a chunk").push(d);
        self.len += 1;
    }

    /// The number of children of every draft, and of the top level.
    fn child_counts(&self) -> (Vec<u32>, usize) {
        let mut counts = vec![0u32; self.len];
        let mut top = 0;
        for d in self.chunks.iter().flatten() {
            match d.parent {
                Some(p) => counts[p] += 1,
                None => top += 1,
            }
        }
        (counts, top)
    }
}

impl<'a> std::ops::Index<usize> for Drafts<'a> {
    type Output = Draft<'a>;
    fn index(&self, i: usize) -> &Draft<'a> {
        &self.chunks[i / Self::CHUNK][i % Self::CHUNK]
    }
}

impl<'a> std::ops::IndexMut<usize> for Drafts<'a> {
    fn index_mut(&mut self, i: usize) -> &mut Draft<'a> {
        &mut self.chunks[i / Self::CHUNK][i % Self::CHUNK]
    }
}

struct Builder<'a> {
    text: &'a str,
    /// Built on first use: most spans take their line number from the line being placed.
    index: std::cell::OnceCell<LineIndex>,
    drafts: Drafts<'a>,
    spine: Vec<usize>,
    preamble: Vec<Block<'a>>,
    diagnostics: Vec<Diagnostic>,
    /// The line being placed, `(start, end, number)`: a span that starts inside it takes its number
    /// without a search of the line index.
    current: (usize, usize, usize),
    /// The current line is a derived logical line.
    derived: bool,
    /// The last item kept as text by [`continues_inline_list`]: its ordinal and the end of its line, so
    /// that the item right under it (`3.…` under `2.…` under `附件：1.…`) is that list's too.
    inline_item: Option<(u32, usize)>,
}

impl<'a> Builder<'a> {
    fn span(&self, start: usize, end: usize) -> Span {
        let (s, e, number) = self.current;
        if (s..e).contains(&start) {
            return Span { start, end, line: number };
        }
        self.index.get_or_init(|| LineIndex::new(self.text)).span(start, end)
    }

    fn block(&mut self, kind: BlockKind, start: usize, end: usize) {
        self.tagged_block(kind, start, end, None);
    }

    fn tagged_block(&mut self, kind: BlockKind, start: usize, end: usize, tag: Option<BoilerplateTag>) {
        let b = Block {
            kind,
            text: if self.derived {
                crate::lines::unwrapped(&self.text[start..end])
            } else {
                Cow::Borrowed(&self.text[start..end])
            },
            span: self.span(start, end),
            clause: None,
            boilerplate: tag,
            reflowed: self.derived,
        };
        match self.spine.last() {
            Some(&d) => self.drafts[d].section.blocks.push(b),
            None => self.preamble.push(b),
        }
    }

    fn diagnose(&mut self, code: &str, message: String, start: usize, end: usize) {
        let span = self.span(start, end);
        self.diagnostics.push(Diagnostic { code: code.into(), message, span });
    }

    /// Whether an open heading and a new one are of one family: one marker style — and, for headings
    /// without a number, both labels in 【】 or neither. A bulletin's columns (`【工作动态】`,
    /// `【经验交流】`) title the unnumbered article titles under them, a rank above them, as a
    /// leaflet's `【成份】` stands above its plain subheads.
    fn same_family(&self, d: &Draft<'_>, h: &Head) -> bool {
        let label = |at: usize| self.text.get(at..).is_some_and(|t| t.starts_with('【'));
        d.style == h.style
            && (d.style != Style::Unnumbered
                || d.section.markup.iter().any(|m| label(m.start)) == h.markup.iter().any(|m| label(m.0)))
    }

    /// Where a new heading goes: truncate the spine to its parent. Returns `false` when the heading is
    /// demoted to a block.
    fn place(&mut self, h: &Head, prev_line: Option<&str>, prev_end: Option<usize>, line: &Line) -> bool {
        if h.root {
            self.spine.clear();
            return true;
        }
        // A law unit closes what its rank puts below it, wherever the document left it open; a subhead
        // without a marker titles a part of the document, never an item of a bullet list (● …).
        let drafts = &self.drafts;
        // A numbered part of the document's own ladder (一、, 第一章, 1 / 1.1) closes a bullet list too: a
        // bullet is an item, never a container of parts (a 前言's `——` items above `1　范围`).
        let part =
            matches!(h.style, Style::Dotted(_) | Style::Unit(_) | Style::Chinese | Style::ChineseUpper | Style::Di);
        let closes = |open: Style| {
            outranks(h.style, open)
                || (h.style == Style::Unnumbered && h.atx.is_none() || part) && matches!(open, Style::Bullet(_))
        };
        if let Some(pos) = self.spine.iter().position(|&d| closes(drafts[d].style)) {
            self.spine.truncate(pos);
        }
        let drafts = &self.drafts;
        let open_ordinal =
            self.spine.iter().rev().find(|&&d| self.same_family(&drafts[d], h)).and_then(|&d| drafts[d].ordinal);
        if let Some(now) = h.ordinal {
            let continues_open = open_ordinal.is_some_and(|p| now == p + 1);
            // The item right under one kept so, the list's next, goes with it (`附件：1.演练流程图` /
            // `2.演练评估表` / `3.参演人员及器材清单`) — in a list of names, not of sentences: a list of
            // rules run on from its heading's line (`游览须知：1.…。` / `2.…。` / `3.…。`) numbers the
            // document's own items from 3 on.
            let rest = self.text.get(h.marker.map_or(line.text_start, |m| m.1)..line.text_end).unwrap_or("");
            let named = !reads_like_sentence(rest);
            let chained = named && self.inline_item.is_some_and(|(o, end)| o + 1 == now && prev_end == Some(end));
            if !continues_open && (chained || continues_inline_list(h, self.text, now, prev_line)) {
                self.inline_item = named.then_some((now, line.text_end));
                let msg = format!("{now} continues a list that stands in the line above; kept as text");
                self.diagnose("inline_list", msg, line.text_start, line.text_end);
                return false;
            }
        }
        let drafts = &self.drafts;
        if let Some(pos) = self.spine.iter().rposition(|&d| self.same_family(&drafts[d], h)) {
            let open = &self.drafts[self.spine[pos]];
            if let (Some(prev), Some(now)) = (open.ordinal, h.ordinal) {
                let rest = &self.text[h.text.0..line.text_end];
                let introduced = prev_line.is_some_and(|p| p.ends_with(['：', ':']));
                // A dotted number carries its whole path (3.2.1 after 3.1.2 is no restart).
                let dotted = matches!(h.style, Style::Dotted(_));
                // An inserted article (第十七条之一 after 第十七条) repeats the number it follows.
                let inserted = now == prev && crate::markers::di::is_inserted(&self.text[line.text_start..h.text.0]);
                if now <= prev && !dotted && !inserted && reads_like_sentence(rest) && !(introduced && now == 1) {
                    let msg = format!("{} does not continue the open sequence at {}; kept as text", now, prev);
                    self.diagnose("sequence_restart", msg, line.text_start, line.text_end);
                    return false;
                }
                if now > prev + 1 && !matches!(h.style, Style::Dotted(_)) {
                    let msg = format!("sequence jumps from {} to {}", prev, now);
                    self.diagnose("sequence_gap", msg, line.text_start, line.text_end);
                }
            }
            self.spine.truncate(pos);
            return true;
        }
        if let Some(d) = h.atx {
            let atx_of = |i: usize| self.drafts[self.spine[i]].atx;
            if let Some(pos) = (0..self.spine.len()).rev().find(|&i| atx_of(i) == Some(d)) {
                self.spine.truncate(pos);
            } else if let Some(pos) = (0..self.spine.len()).rev().find(|&i| atx_of(i).is_some_and(|a| a < d)) {
                // A direct child of that Markdown heading (one more #) closes what is open below it; a
                // deeper one (#### under ##) nests under the current heading.
                if atx_of(pos).is_some_and(|a| a + 1 == d) {
                    self.spine.truncate(pos + 1);
                }
            } else if let Some(pos) = (0..self.spine.len()).find(|&i| atx_of(i).is_some_and(|a| a > d)) {
                self.spine.truncate(pos);
            }
        }
        // A family of parts that starts (`第一天`, `D1`, `一、`) after an unnumbered heading whose section
        // already holds text of its own (`写在前面` and its paragraphs, `行前准备` and its bullets) is
        // that heading's sibling, not its child: the subhead was a part of its own. One that starts
        // right under it is its list (`教学过程` / `环节一`, `做法` / `步骤1：`, `行程总览` / `D1:`).
        // The document's own ladder (`一、`, `第一章`, `1`) does so only after a front-matter label
        // (`重要内容提示：`, `温馨提示`, `前言`): after another subhead with text (`参与主题类别` / `总共四大
        // 类别…` / `一、写作类`) the corpus' gold nests it.
        // (A zero-padded part number, `01` / `党建引领`, numbers a report's or an article's parts as
        // a step does.)
        let padded = h.style == Style::Padded
            || h.style == Style::Dotted(1) && h.marker.is_some_and(|(a, _)| self.text.as_bytes().get(a) == Some(&b'0'));
        let steps = matches!(h.style, Style::Unit(crate::markers::Unit::Step) | Style::Named(_)) || padded;
        // (A standard's or a manual's `1 范围` after its `引言` is its ladder too.)
        let ladder =
            matches!(h.style, Style::Unit(_) | Style::Chinese | Style::ChineseUpper | Style::Di | Style::Dotted(1));
        if (steps || ladder) && h.ordinal == Some(1) && h.atx.is_none() {
            if let Some(&last) = self.spine.last() {
                let d = &self.drafts[last];
                // (Letter-spaced or not: `摘　要`.)
                let label: String =
                    d.section.heading.trim_end_matches(['：', ':']).split(crate::lines::is_space).collect();
                let front = crate::classify::title::FRONT_MATTER.contains(&label.as_str());
                if d.style == Style::Unnumbered
                    && d.atx.is_none()
                    && !d.root
                    && !d.section.blocks.is_empty()
                    && (steps || front)
                {
                    self.spine.pop();
                }
            }
        }
        true
    }

    fn push(&mut self, h: &Head, line: &Line) {
        if self.spine.len() >= MAX_DEPTH {
            self.spine.truncate(MAX_DEPTH - 1);
            self.diagnose(
                "depth_limit",
                format!("nesting deeper than {MAX_DEPTH} levels; kept at level {MAX_DEPTH}"),
                line.text_start,
                line.text_end,
            );
        }
        let level = self.spine.len() as u32 + 1;
        let start =
            h.markup.iter().map(|m| m.0).chain(h.marker.map(|m| m.0)).chain([h.text.0]).min().unwrap_or(h.text.0);
        let marker = h.marker.map(|(s, e)| MarkerInfo {
            text: Cow::Borrowed(&self.text[s..e]),
            style: Cow::Borrowed(h.style.name()),
            ordinal: h.ordinal,
            depth: match h.style {
                Style::Dotted(d) | Style::Atx(d) => Some(d),
                _ => None,
            },
            span: self.span(s, e),
        });
        let section = Section {
            level,
            marker,
            heading: heading_text(self.text, h),
            span: self.span(start, h.end),
            markup: h.markup.iter().map(|&(s, e)| self.span(s, e)).collect(),
            unit: None,
            clause: None,
            reflowed: self.derived,
            blocks: Vec::new(),
            sections: Vec::new(),
        };
        let id = self.drafts.len();
        self.drafts.push(Draft {
            level,
            style: h.style,
            atx: h.atx,
            ordinal: h.ordinal,
            section,
            parent: self.spine.last().copied(),
            root: h.root,
        });
        self.spine.push(id);
        // The rest of a run-in heading's line is the section's first paragraph.
        // (The heading's closing markup, `】` after `【性状`, stands between them.)
        let after = h.markup.iter().find(|m| m.0 == h.end).map_or(h.end, |m| m.1);
        if after < line.text_end && h.text.1 == h.end {
            let rest = &self.text[after..line.text_end];
            let lead = rest.len() - rest.trim_start_matches(crate::lines::is_space).len();
            let trail = h.markup.iter().filter(|m| m.0 >= after).map(|m| m.0).min().unwrap_or(line.text_end);
            let (s, e) = (after + lead, trail);
            let e = s + self.text[s..e.max(s)].trim_end_matches(crate::lines::is_space).len();
            if e > s {
                self.block(BlockKind::Paragraph, s, e);
            }
        }
    }

    fn finish(self) -> (Vec<Block<'a>>, Vec<Section<'a>>, Vec<Diagnostic>) {
        // The drafts are in document order, each after its parent: the tree is assembled in one pass
        // with a stack holding the path to the last draft (a draft's parent is on that path, and the
        // sections above it on the stack are complete). Every vector of sections is sized to its
        // children up front (a vector of one section grown by pushing holds four), and each chunk of
        // drafts is freed once its drafts are in the tree.
        let (counts, top_count) = self.drafts.child_counts();
        let mut top: Vec<Section<'a>> = Vec::with_capacity(top_count);
        let mut stack: Vec<(usize, Section<'a>)> = Vec::new();
        let close = |stack: &mut Vec<(usize, Section<'a>)>, top: &mut Vec<Section<'a>>| {
            let (_, mut done) = stack.pop().expect("a section to close");
            // A section's blocks were pushed one by one: give back what the last growth reserved.
            if done.blocks.capacity() > done.blocks.len() {
                done.blocks.shrink_to_fit();
            }
            match stack.last_mut() {
                Some((_, parent)) => parent.sections.push(done),
                None => top.push(done),
            }
        };
        let drafts = self.drafts.chunks.into_iter().flat_map(|chunk| chunk.into_iter());
        for (id, d) in drafts.enumerate() {
            while stack.last().is_some_and(|&(open, _)| Some(open) != d.parent) {
                close(&mut stack, &mut top);
            }
            let mut section = d.section;
            section.level = d.level;
            section.sections = Vec::with_capacity(counts[id] as usize);
            stack.push((id, section));
        }
        while !stack.is_empty() {
            close(&mut stack, &mut top);
        }
        (self.preamble, top, self.diagnostics)
    }
}

/// Whether a heading of family `new` closes an open heading of family `open` by rank alone — the
/// ranks of 立法法 (编 > 分编 > 章 > 节 > 条 > 项 > 目) and of GB/T 9704 (一、 > （一） > 1. > （1） > ①)
/// are facts of the language, not of one document:
///
/// - a unit above the article (编, 分编, 部分, 篇, 章, 节) closes every lower unit and every item of the
///   GB/T 9704 ladder: `第二章` after `（八）` is the next chapter, not a child of the item (a law whose
///   first 第一章 is missing; `第二部分` above a restarted `一、`);
/// - an article (条) closes lower units and the items inside articles (`（一）` 项, `1.` 目, `（1）`,
///   `①`), but not `一、`: some rules number their chapters `一、总则` and their articles 第一条 below;
/// - `一、` and `（一）` close the items of the lower rungs (`1.`, `（1）`, `①`): `一、关于能否认定工伤`
///   after a question's `1.` `2.` `3.` is the answer's first part, not a child of question 3 (seen
///   in Q&A pages, speeches flattened to a line, a tutorial whose list precedes its parts).
///
/// Counter-examples (no closing): `第一步`/`第一阶段` (steps rank nothing); `一、` after `第一条` (an
/// item list inside an article stays inside it); `1.` after `②`, `（1）` after `1.` — the lower
/// rungs are often inverted (a WeChat article's `①` parts hold `1.` points), so they rank nothing
/// among themselves; a family already open is closed by the same-family rule, not here.
fn outranks(new: Style, open: Style) -> bool {
    use crate::markers::Unit;
    if let (Some(n), Some(o)) = (new.gb_rank(), open.gb_rank()) {
        // The two upper rungs of the ladder close the three lower ones.
        return n <= 2 && o >= 3;
    }
    let Style::Unit(unit) = new else { return false };
    if unit == Unit::Step {
        return false;
    }
    match open {
        Style::Unit(Unit::Step) => false,
        Style::Unit(o) => o.rank() > unit.rank(),
        Style::Chinese => unit.rank() < Unit::Article.rank(),
        other => other.gb_rank().is_some(),
    }
}

/// Whether a numbered line continues a list whose previous item stands in the middle of the line
/// above (`附件：1.某某表` followed by `2.某某台账`): then it is that list's item, not an outline item.
fn continues_inline_list(h: &Head, text: &str, now: u32, prev_line: Option<&str>) -> bool {
    let (Some((s, e)), Some(prev)) = (h.marker, prev_line) else {
        return false;
    };
    if now < 2 || !matches!(h.style, Style::Arabic | Style::ArabicHalfParen) {
        return false;
    }
    let marker = &text[s..e];
    let digits = marker.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count();
    if digits == 0 {
        return false;
    }
    let sep: String = marker.chars().skip(digits).collect();
    let want = format!("{}{}", now - 1, sep);
    prev.find(&want).is_some_and(|at| at > 0)
}

/// The heading text: borrowed from the line when it is a slice of it, owned when it was joined from
/// several lines.
fn heading_text<'a>(text: &'a str, h: &Head) -> Cow<'a, str> {
    let on_line = text.get(h.text.0..h.text.1).map(|t| t.trim_matches(crate::lines::is_space));
    match (&h.joined, on_line) {
        (None, Some(t)) => crate::lines::unwrapped(t),
        (Some(joined), Some(t)) if joined.trim_matches(crate::lines::is_space) == t => crate::lines::unwrapped(t),
        (Some(joined), _) => {
            Cow::Owned(crate::lines::unwrapped(joined.trim_matches(crate::lines::is_space)).into_owned())
        }
        (None, None) => Cow::Borrowed(""),
    }
}

/// Whether the text after a marker reads like a sentence rather than a title.
fn reads_like_sentence(rest: &str) -> bool {
    rest.contains(['。', '；', '！', '？', '，', ';', ','])
        || crate::classify::features::Features::of(rest).weight() > 30
}

/// Builds the document from the classified lines.
/// Builds the document from the classified lines. With `keep_boilerplate`, boilerplate lines stay in the
/// body as typed blocks.
pub fn build<'a>(
    text: &'a str,
    lines: &[Line],
    mut analysis: Analysis,
    source: SourceInfo,
    keep_boilerplate: bool,
) -> Document<'a> {
    let mut b = Builder {
        text,
        index: std::cell::OnceCell::new(),
        drafts: Drafts::new(),
        spine: Vec::new(),
        preamble: Vec::new(),
        diagnostics: Vec::new(),
        current: (0, 0, 1),
        derived: false,
        inline_item: None,
    };
    let roles = &analysis.roles;
    // The blocks before the first heading, reserved at once (on a text with no heading, every line).
    b.preamble.reserve(
        roles.iter().take_while(|r| !matches!(r, Role::Heading(_))).filter(|r| matches!(r, Role::Block(_))).count(),
    );
    // The removed lines are gathered apart from the outline (on another core for a large document):
    // they depend on their own line alone.
    let removed = || -> Vec<Boilerplate<'a>> {
        if keep_boilerplate {
            return Vec::new();
        }
        // Sized up front: on a page of clutter the removed lines are most of the document, and
        // growing the vector by doubling would copy it (and touch fresh memory) a dozen times.
        let mut out = Vec::with_capacity(roles.iter().filter(|r| matches!(r, Role::Boilerplate(_))).count());
        for (line, role) in lines.iter().zip(roles) {
            if let Role::Boilerplate(bp) = role {
                let (s, e) = (line.text_start, line.text_end);
                out.push(Boilerplate {
                    kind: bp.kind,
                    text: if line.joined() { crate::lines::unwrapped(&text[s..e]) } else { Cow::Borrowed(&text[s..e]) },
                    span: Span { start: s, end: e, line: line.number },
                    reason: bp.reason.clone(),
                    reflowed: line.derived(),
                });
            }
        }
        out
    };
    let outline = || {
        let mut prev_content: Option<usize> = None;
        for (i, (line, role)) in lines.iter().zip(roles).enumerate() {
            let (s, e) = (line.text_start, line.text_end);
            // `line.end` includes the terminator, which no span starts on: the number holds for the
            // rest of the line.
            b.current = if line.is_blank() { (0, 0, 1) } else { (line.start, line.end, line.number) };
            b.derived = line.derived();
            match role {
                Role::Blank | Role::Title | Role::Subtitle | Role::Continuation => {}
                Role::Boilerplate(bp) if keep_boilerplate => {
                    let tag = BoilerplateTag { kind: bp.kind, reason: bp.reason.clone() };
                    b.tagged_block(BlockKind::Boilerplate, s, e, Some(tag));
                }
                Role::Boilerplate(_) => {}
                Role::Block(kind) => b.block(*kind, s, e),
                Role::Heading(h) => {
                    let prev = prev_content.map(|p: usize| lines[p].text(text));
                    if b.place(h, prev, prev_content.map(|p: usize| lines[p].text_end), line) {
                        b.push(h, line);
                    } else {
                        b.block(BlockKind::ListItem, s, e);
                    }
                }
            }
            if !matches!(role, Role::Blank | Role::Boilerplate(_)) {
                prev_content = Some(i);
            }
        }
    };
    let ((), boilerplate) = crate::par::join(lines.len() >= crate::par::MIN_LINES, outline, removed);
    // The roles (a boxed head per heading) are done with: freed before the tree is assembled.
    drop(std::mem::take(&mut analysis.roles));
    let index = std::mem::take(&mut b.index);
    let (preamble, sections, diagnostics) = b.finish();
    // A span on one of the title's lines takes that line's number; anything else asks the index.
    let span_on = |line: usize, start: usize, end: usize| match lines.get(line) {
        Some(l) if (l.start..l.end).contains(&start) => Span { start, end, line: l.number },
        _ => index.get_or_init(|| LineIndex::new(text)).span(start, end),
    };
    let title = analysis.title.map(|t| {
        let mut title_lines: Vec<usize> = t.lines.clone();
        // A subtitle alone on its line is its own leaf; one that shares a line with the title (U+2028
        // joins) leaves the whole line a title line.
        if let Some((sl, (s, e), _)) = &t.subtitle {
            let alone = lines[*sl].text_start == *s && lines[*sl].text_end == *e;
            if alone && title_lines.first() != Some(sl) {
                title_lines.retain(|l| l != sl);
            }
        }
        Title {
            text: Cow::Owned(crate::lines::unwrapped(&t.text).into_owned()),
            span: span_on(t.lines.first().copied().unwrap_or(usize::MAX), t.range.0, t.range.1),
            lines: title_lines.iter().map(|&i| span_on(i, lines[i].text_start, lines[i].text_end)).collect(),
            subtitle: t
                .subtitle
                .as_ref()
                .map(|(l, (s, e), txt)| Spanned { text: Cow::Owned(txt.clone()), span: span_on(*l, *s, *e) }),
        }
    });
    let doc = Document {
        version: crate::model::VERSION,
        source,
        kind: crate::model::Kind::default(),
        title,
        meta: analysis.meta,
        parts: crate::model::Parts::default(),
        preamble,
        sections,
        boilerplate,
        diagnostics,
    };
    debug_assert!(
        crate::render::nodes::check_tiling(text, &doc).is_ok(),
        "{:?}",
        crate::render::nodes::check_tiling(text, &doc)
    );
    doc
}
