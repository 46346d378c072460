//! Chunks: the document cut into pieces of bounded size for retrieval (RAG), each carrying the
//! outline above it.
//!
//! Cutting text by size alone throws the outline away: a chunk that reads `（三）加强组织领导……`
//! without `二、保障措施` above it has lost its meaning. Here every chunk holds text of one section
//! and says where it stands: its `path` is the headings from the title down to its section, each
//! with its marker.
//!
//! ## Rules
//!
//! - A section's own text — its heading line, then its paragraphs — is one **unit**; the preamble
//!   (the text before the first heading) is another. Boilerplate and the 目录 are in no chunk; the
//!   title is in every chunk's path, not in its text.
//! - A unit is cut into chunks of at most [`ChunkOptions::max_chars`] characters (characters, not
//!   bytes), at sentence ends (`。！？；…` and the closing quotes after them) and paragraph ends —
//!   inside a sentence only when that sentence alone is longer, then every `max_chars`.
//! - A chunk never holds two units, unless they are shorter together than
//!   [`ChunkOptions::min_chars`] (a heading with nothing under it but its subsections joins the
//!   first of them): its path is then the ancestry the units share.
//! - A law's 条 with its 款, 项 and 目 is one unit, whole where it fits.
//! - With [`ChunkOptions::overlap`] `N`, a chunk repeats the last `N` sentences of the previous chunk
//!   of the same unit (within `max_chars`).
//! - `span` is the byte range of the chunk's text in the input (from its first sentence to its last),
//!   so a reader can highlight the source; paragraphs in a chunk are joined by a line break, and a
//!   paragraph wrapped at the page width is given without its breaks.
//!
//! ## Examples
//!
//! ```
//! let doc = dagang::parse("关于加强管理的通知\n一、总体要求\n各地要加强领导。\n二、保障措施\n（一）加强组织领导。各地要抓好落实。\n");
//! let options = dagang::chunks::ChunkOptions { min_chars: 0, ..Default::default() };
//! let chunks = dagang::chunks::chunks(&doc, &options);
//! // 二、 has nothing under it but （一）: the two go together, under the path they share.
//! let last = chunks.last().unwrap();
//! assert_eq!(last.text, "二、保障措施\n（一）加强组织领导。各地要抓好落实。");
//! assert_eq!(last.path, ["关于加强管理的通知", "二、保障措施"]);
//! ```

use crate::model::{Block, BlockKind, Document, KindName, LawUnit, Section};
use crate::span::Span;
use serde::Serialize;

/// How chunks are cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkOptions {
    /// At most this many characters a chunk (unless one sentence alone is longer: then it is cut
    /// every `max_chars`). At least 1.
    pub max_chars: usize,
    /// Sections shorter together than this share a chunk.
    pub min_chars: usize,
    /// Sentences of the previous chunk of the same section repeated at the start of the next.
    pub overlap: usize,
}

impl Default for ChunkOptions {
    fn default() -> ChunkOptions {
        ChunkOptions { max_chars: 800, min_chars: 200, overlap: 0 }
    }
}

/// A piece of the document for retrieval.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Chunk {
    /// Its position among the document's chunks, from 0.
    pub index: usize,
    /// Its text: paragraphs joined by `\n`.
    pub text: String,
    /// The characters of its text.
    pub chars: usize,
    /// The headings from the title down to its section, each with its marker.
    pub path: Vec<String>,
    /// The level of its section (0 for the text before the first heading).
    pub level: u32,
    /// Where its text stands in the input.
    pub span: Span,
    /// The document's title.
    pub title: Option<String>,
    /// The document's kind.
    pub kind: KindName,
}

/// A run of text with the byte range it comes from.
#[derive(Clone, Debug)]
struct Sentence {
    text: String,
    start: usize,
    end: usize,
    line: usize,
    /// It ends a paragraph (the next sentence starts a new one).
    ends_paragraph: bool,
}

/// A section's own text (or the preamble), with its place in the outline.
struct Unit {
    path: Vec<String>,
    level: u32,
    sentences: Vec<Sentence>,
    /// A heading with nothing under it but its subsections: it goes with the first of them.
    heading_only: bool,
}

impl Unit {
    fn chars(&self) -> usize {
        self.sentences
            .iter()
            .map(|s| s.text.chars().count() + usize::from(s.ends_paragraph))
            .sum::<usize>()
            .saturating_sub(1)
    }
}

/// The chunks of `doc`, in document order.
pub fn chunks(doc: &Document<'_>, options: &ChunkOptions) -> Vec<Chunk> {
    let max = options.max_chars.max(1);
    let title: Option<String> = doc.title.as_ref().map(|t| t.text.to_string());
    let root: Vec<String> = title.iter().cloned().collect();
    let mut units = Vec::new();
    let preamble = sentences_of_blocks(&doc.preamble);
    if !preamble.is_empty() {
        units.push(Unit { path: root.clone(), level: 0, sentences: preamble, heading_only: false });
    }
    for s in &doc.sections {
        collect(s, &root, 1, &mut units);
    }
    // Pack each unit, then join neighbours that are short together.
    let mut packed: Vec<(Vec<String>, u32, Vec<Sentence>)> = Vec::new();
    let mut pending: Option<(Vec<String>, u32, Vec<Sentence>, usize)> = None;
    // Headings with nothing under them but their subsections, waiting for the first of them.
    let mut carry: Option<Unit> = None;
    let mut all: Vec<Unit> = Vec::with_capacity(units.len());
    for u in units {
        let u = match carry.take() {
            Some(mut c) => {
                c.path = common_prefix(&c.path, &u.path);
                c.level = (c.path.len() as u32).saturating_sub(root.len() as u32);
                c.sentences.extend(u.sentences);
                c.heading_only = u.heading_only;
                c
            }
            None => u,
        };
        if u.heading_only {
            carry = Some(u);
        } else {
            all.push(u);
        }
    }
    all.extend(carry);
    for u in all {
        let chars = u.chars();
        let fits = chars <= max;
        if fits {
            if let Some((path, level, sents, n)) = pending.as_mut() {
                if *n + 1 + chars < options.min_chars && *n + 1 + chars <= max {
                    let common = common_prefix(path, &u.path);
                    *level = (common.len() as u32).saturating_sub(root.len() as u32);
                    *path = common;
                    if let Some(last) = sents.last_mut() {
                        last.ends_paragraph = true;
                    }
                    sents.extend(u.sentences);
                    *n += 1 + chars;
                    continue;
                }
            }
            if let Some((path, level, sents, _)) = pending.take() {
                packed.push((path, level, sents));
            }
            pending = Some((u.path, u.level, u.sentences, chars));
            continue;
        }
        if let Some((path, level, sents, _)) = pending.take() {
            packed.push((path, level, sents));
        }
        for piece in pack(u.sentences, max, options.overlap) {
            packed.push((u.path.clone(), u.level, piece));
        }
    }
    if let Some((path, level, sents, _)) = pending.take() {
        packed.push((path, level, sents));
    }
    packed
        .into_iter()
        .enumerate()
        .map(|(index, (path, level, sents))| {
            let mut text = String::new();
            for (k, s) in sents.iter().enumerate() {
                text.push_str(&s.text);
                if s.ends_paragraph && k + 1 < sents.len() {
                    text.push('\n');
                }
            }
            let first = sents.first().expect("a chunk holds a sentence");
            let last = sents.last().expect("a chunk holds a sentence");
            Chunk {
                index,
                chars: text.chars().count(),
                text,
                path,
                level,
                span: Span { start: first.start, end: last.end, line: first.line },
                title: title.clone(),
                kind: doc.kind.name,
            }
        })
        .collect()
}

/// What a section holds, in the order of the text: its blocks and the sections under it (a block
/// may stand after a subsection, when the outline gave a later line back to the section above).
enum Part<'d, 'a> {
    Block(&'d Block<'a>),
    Section(&'d Section<'a>),
}

fn parts<'d, 'a>(s: &'d Section<'a>) -> Vec<Part<'d, 'a>> {
    let mut out: Vec<(usize, Part<'d, 'a>)> = s.blocks.iter().map(|b| (b.span.start, Part::Block(b))).collect();
    out.extend(s.sections.iter().map(|c| (c.span.start, Part::Section(c))));
    out.sort_by_key(|p| p.0);
    out.into_iter().map(|p| p.1).collect()
}

/// The units of section `s` and of the sections under it, in order.
fn collect(s: &Section<'_>, parent: &[String], level: u32, units: &mut Vec<Unit>) {
    let mut path = parent.to_vec();
    path.push(s.label());
    if s.unit == Some(LawUnit::Article) {
        // An article with its items, whole.
        let mut all = Vec::new();
        gather(s, &mut all);
        units.push(Unit { path, level, sentences: all, heading_only: false });
        return;
    }
    let mut own = heading_sentence(s);
    for part in parts(s) {
        match part {
            Part::Block(b) => own.extend(sentences_of_blocks(std::slice::from_ref(b))),
            Part::Section(c) => {
                if !own.is_empty() {
                    let heading_only = own.len() == 1 && own[0].start == s.span.start;
                    units.push(Unit { path: path.clone(), level, sentences: std::mem::take(&mut own), heading_only });
                }
                collect(c, &path, level + 1, units);
            }
        }
    }
    if !own.is_empty() {
        units.push(Unit { path, level, sentences: own, heading_only: false });
    }
}

/// Every sentence of `s` and of the sections under it, in the order of the text.
fn gather(s: &Section<'_>, out: &mut Vec<Sentence>) {
    out.extend(heading_sentence(s));
    for part in parts(s) {
        match part {
            Part::Block(b) => out.extend(sentences_of_blocks(std::slice::from_ref(b))),
            Part::Section(c) => gather(c, out),
        }
    }
}

/// The heading as the first sentence of its section's text.
fn heading_sentence(s: &Section<'_>) -> Vec<Sentence> {
    let text = s.label();
    if text.trim().is_empty() {
        return Vec::new();
    }
    // A run-in heading (`（一）加强领导。各地…`) goes on in the paragraph after it, on its line.
    let run_in = s.blocks.first().is_some_and(|b| b.span.line == s.span.line);
    vec![Sentence { text, start: s.span.start, end: s.span.end, line: s.span.line, ends_paragraph: !run_in }]
}

/// The sentences of the blocks that are the document's text (not the 目录, not boilerplate kept in
/// the body).
fn sentences_of_blocks(blocks: &[Block<'_>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for b in blocks {
        if matches!(b.kind, BlockKind::Toc | BlockKind::Boilerplate) || b.text.trim().is_empty() {
            continue;
        }
        let n = out.len();
        for (s, e) in sentence_ranges(&b.text) {
            out.push(Sentence {
                text: b.text[s..e].to_string(),
                start: b.span.start,
                end: b.span.end,
                line: b.span.line,
                ends_paragraph: false,
            });
        }
        // The byte range of each sentence in the input, when the block's text is the input's; a
        // paragraph given without the line breaks it was wrapped with keeps the block's range for
        // each of its sentences.
        if b.text.len() == b.span.end - b.span.start {
            let mut at = b.span.start;
            for s in &mut out[n..] {
                s.start = at;
                at += s.text.len();
                s.end = at;
            }
        }
        if let Some(last) = out.last_mut() {
            last.ends_paragraph = true;
        }
    }
    out
}

/// Whether `c` ends a sentence.
fn stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '…' | '!' | '?' | ';')
}

/// Whether `c` closes a quote or bracket after a sentence end.
fn closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'' | '》')
}

/// The byte ranges of the sentences of `t`: each runs to a sentence end and the closing quotes after
/// it (the last one to the end of the text).
pub fn sentence_ranges(t: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !stop(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if stop(d) || closer(d) {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        out.push((start, end));
        start = end;
    }
    if start < t.len() {
        out.push((start, t.len()));
    }
    out
}

/// The sentences of one unit in chunks of at most `max` characters (a longer sentence cut every
/// `max` characters), each after the first starting with the last `overlap` sentences of the one
/// before it.
fn pack(sentences: Vec<Sentence>, max: usize, overlap: usize) -> Vec<Vec<Sentence>> {
    let mut out: Vec<Vec<Sentence>> = Vec::new();
    let mut cur: Vec<Sentence> = Vec::new();
    let mut cur_chars = 0;
    let cost = |cur: &[Sentence], s: &Sentence| {
        s.text.chars().count() + usize::from(cur.last().is_some_and(|p| p.ends_paragraph))
    };
    let mut queue: std::collections::VecDeque<Sentence> = sentences.into_iter().collect();
    while let Some(s) = queue.pop_front() {
        let n = s.text.chars().count();
        if n > max {
            // One sentence longer than a chunk: cut every `max` characters.
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
                cur_chars = 0;
            }
            let chars: Vec<(usize, char)> = s.text.char_indices().collect();
            let exact = s.end - s.start == s.text.len();
            let mut pieces = Vec::new();
            for part in chars.chunks(max) {
                let (a, b) = (part[0].0, part.last().map_or(0, |&(i, c)| i + c.len_utf8()));
                let (start, end) = if exact { (s.start + a, s.start + b) } else { (s.start, s.end) };
                pieces.push(Sentence {
                    text: s.text[a..b].to_string(),
                    start,
                    end,
                    line: s.line,
                    ends_paragraph: false,
                });
            }
            if let Some(last) = pieces.last_mut() {
                last.ends_paragraph = s.ends_paragraph;
            }
            let last = pieces.pop();
            for p in pieces {
                out.push(vec![p]);
            }
            if let Some(p) = last {
                cur_chars = p.text.chars().count();
                cur.push(p);
            }
            continue;
        }
        let c = cost(&cur, &s);
        if !cur.is_empty() && cur_chars + c > max {
            let done = std::mem::take(&mut cur);
            // The next chunk starts with the last `overlap` sentences of this one, as many as fit.
            let mut carried: Vec<Sentence> = Vec::new();
            let mut carried_chars = 0;
            for p in done.iter().rev().take(overlap) {
                let k = p.text.chars().count() + usize::from(p.ends_paragraph);
                if carried_chars + k + n + 1 > max {
                    break;
                }
                carried_chars += k;
                carried.insert(0, p.clone());
            }
            out.push(done);
            cur = carried;
            cur_chars = cur.iter().map(|p| p.text.chars().count()).sum::<usize>()
                + cur.iter().take(cur.len().saturating_sub(1)).filter(|p| p.ends_paragraph).count();
        }
        cur_chars += cost(&cur, &s);
        cur.push(s);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The longest common prefix of two paths.
fn common_prefix(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().zip(b).take_while(|(x, y)| x == y).map(|(x, _)| x.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_and_their_quotes() {
        let t = "他说：“要抓好落实。”各地要加强领导！是吗？最后一句";
        let parts: Vec<&str> = sentence_ranges(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(parts, ["他说：“要抓好落实。”", "各地要加强领导！", "是吗？", "最后一句"]);
    }

    #[test]
    fn a_long_sentence_is_cut_every_max_chars() {
        let doc =
            crate::parse("关于加强管理的通知\n一、总体要求\n一二三四五六七八九十一二三四五六七八九十一二三四五\n");
        let c = chunks(&doc, &ChunkOptions { max_chars: 10, min_chars: 0, overlap: 0 });
        assert!(c.iter().all(|c| c.chars <= 10), "{c:?}");
        let joined: String = c.iter().map(|c| c.text.replace('\n', "")).collect();
        assert_eq!(joined, "一、总体要求一二三四五六七八九十一二三四五六七八九十一二三四五");
    }
}
