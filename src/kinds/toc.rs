//! Tables of contents: a 目录 block (typed `toc` by the heading stage, never taken as headings) is
//! read into entries, and each entry is linked to the body heading it names.
//!
//! An entry names a heading when their texts agree once the marker, white space, dot leaders and page
//! numbers are set aside (`五、活动前期……3` names `六、活动前期`). A diagnostic reports an entry that
//! names no heading (`toc_unmatched`), and one whose numbering differs from the heading's
//! (`toc_numbering`: the 目录 says 五、 where the body has 六、).

use crate::model::{BlockKind, Diagnostic, Document, Section, Toc, TocEntry};
use crate::Span;

/// An entry's or a heading's text, compared without white space, markup, leaders, page numbers and
/// closing punctuation.
fn key(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '*' | '#')).map(narrow).collect();
    s.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | '·' | '…' | '-' | '—' | '_' | '．' | '。' | '：' | ':')
    })
    .to_string()
}

/// Splits an entry into its marker (as written) and its text.
fn split_marker(t: &str) -> (Option<&str>, &str) {
    let (prefix, _) = crate::classify::headings::prefix_markup(t);
    let t = &t[prefix..];
    match crate::markers::scan(t) {
        Some(m) if m.body <= t.len() => (Some(t[..m.len].trim()), &t[m.body..]),
        _ => (None, t),
    }
}

struct Heading {
    marker: Option<String>,
    key: String,
    span: Span,
}

fn headings(sections: &[Section<'_>], out: &mut Vec<Heading>) {
    for s in sections {
        let marker = s.marker.as_ref().filter(|m| m.style != "markdown").map(|m| m.text.trim().to_string());
        // An unnumbered heading may hold its own number (`## 1 总则` read as Markdown).
        let (marker, text) = match marker {
            Some(m) => (Some(m), s.heading.to_string()),
            None => {
                let (m, t) = split_marker(&s.heading);
                (m.map(str::to_string), t.to_string())
            }
        };
        out.push(Heading { marker, key: key(&text), span: s.span });
        headings(&s.sections, out);
    }
}

fn toc_blocks(doc: &Document<'_>) -> Vec<(String, Span)> {
    fn walk(s: &[Section<'_>], out: &mut Vec<(String, Span)>) {
        for s in s {
            out.extend(s.blocks.iter().filter(|b| b.kind == BlockKind::Toc).map(|b| (b.text.to_string(), b.span)));
            walk(&s.sections, out);
        }
    }
    let mut out: Vec<(String, Span)> =
        doc.preamble.iter().filter(|b| b.kind == BlockKind::Toc).map(|b| (b.text.to_string(), b.span)).collect();
    walk(&doc.sections, &mut out);
    out
}

/// A full-width bracket, stop or digit as its ASCII twin.
fn narrow(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        '．' => '.',
        '，' => ',',
        '：' => ':',
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        c => c,
    }
}

fn same_marker(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).map(narrow).collect() };
    norm(a) == norm(b)
}

/// Reads the first 目录 block into entries, links them, and reports mismatches.
pub fn link(doc: &mut Document<'_>) {
    let blocks = toc_blocks(doc);
    if blocks.is_empty() {
        return;
    }
    let is_label = |t: &str| crate::lines::TOC_LABELS.contains(&key(t).as_str());
    let label = blocks.iter().position(|(t, _)| is_label(t));
    let span = label.map_or(blocks[0].1, |i| blocks[i].1);
    let mut heads = Vec::new();
    headings(&doc.sections, &mut heads);
    let mut used = vec![false; heads.len()];
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    // Headings after the 目录 only: the body it lists.
    let toc_end = blocks.last().map_or(0, |b| b.1.end);
    for (t, sp) in blocks.iter().skip(label.map_or(0, |i| i + 1)) {
        let text = t.trim();
        if text.is_empty() || is_label(text) {
            continue;
        }
        let (marker, rest) = split_marker(text);
        let k = key(rest);
        if k.is_empty() {
            continue;
        }
        let found = (0..heads.len())
            .filter(|&h| !used[h] && heads[h].span.start >= toc_end)
            .find(|&h| heads[h].key == k)
            .or_else(|| {
                // A long heading shortened in the 目录.
                (0..heads.len()).filter(|&h| !used[h] && heads[h].span.start >= toc_end).find(|&h| {
                    k.chars().count() >= 4
                        && (heads[h].key.starts_with(&k)
                            || k.starts_with(&heads[h].key) && heads[h].key.chars().count() >= 4)
                })
            });
        let target = found.map(|h| {
            used[h] = true;
            heads[h].span
        });
        match found {
            None => diagnostics.push(Diagnostic {
                code: "toc_unmatched".into(),
                message: format!("no heading in the body matches the 目录 entry “{text}”"),
                span: *sp,
            }),
            Some(h) => {
                if let (Some(a), Some(b)) = (marker, heads[h].marker.as_deref()) {
                    if !same_marker(a, b) {
                        diagnostics.push(Diagnostic {
                            code: "toc_numbering".into(),
                            message: format!(
                                "the 目录 numbers this entry {a} but the heading on line {} is numbered {b}",
                                heads[h].span.line
                            ),
                            span: *sp,
                        });
                    }
                }
            }
        }
        entries.push(TocEntry { text: text.to_string(), span: *sp, marker: marker.map(str::to_string), target });
    }
    if !entries.is_empty() {
        doc.parts.toc = Some(Toc { span, entries });
        doc.diagnostics.extend(diagnostics);
        doc.diagnostics.sort_by_key(|d| d.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_compare_entries_without_leaders_and_pages() {
        assert_eq!(key("活动前期……………3"), "活动前期");
        assert_eq!(key("总　　则 ........ 12"), "总则");
        assert_eq!(split_marker("五、活动前期…3"), (Some("五、"), "活动前期…3"));
        assert!(same_marker("（一）", "(一)"), "should compare markers across widths");
        assert!(!same_marker("五、", "六、"));
    }
}
