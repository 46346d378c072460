//! The parts of a speech:
//!
//! - **occasion** — from the subtitle or the title: `——在全省工作会议上的讲话` → `全省工作会议`;
//! - **speaker** — the line under the title that names the speaker (`习近平`, `某某局局长　贺立群`; the
//!   title stage reads it into `meta.author`), or the name before `在` in a title such as
//!   `习近平在庆祝…大会上的讲话`;
//! - **salutation** — a short line that opens the address: `同志们：`, `各位代表：`, `尊敬的各位领导、
//!   各位来宾：`. Not one: `同志们！改革开放之初，……` — a paragraph that begins with an address.

use super::{items, retype, OCCASION};
use crate::classify::title::is_person_name;
use crate::model::{BlockKind, Document, Part};
use regex::Regex;
use std::sync::LazyLock;

pub(crate) static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(尊敬的|亲爱的|各位|同志们|女士们|先生们|朋友们|老师们|同学们|战友们|代表们|委员们|来宾们|大家好|青年朋友们|小朋友们)",
    )
    .expect("salutation regex")
});

/// The salutation: a short line opening the address, before the first heading.
pub fn find_salutation(text: &str, doc: &Document<'_>) -> Option<Part> {
    let its = items(text, doc);
    its.iter().take_while(|it| it.block.is_some()).take(12).find_map(|it| {
        let t = it.trimmed();
        let short = t.chars().count() <= 40;
        (it.block == Some(BlockKind::Paragraph)
            && short
            && SALUTATION.is_match(t)
            && t.ends_with(['：', ':', '！', '!', '，', ',']))
        .then(|| Part { text: t.to_string(), span: it.span })
    })
}

/// Finds a speech's speaker, occasion and salutation, and retypes the speaker's and the salutation's
/// lines.
pub fn annotate(text: &str, doc: &mut Document<'_>) {
    let mut changes = Vec::new();
    // Occasion: the subtitle first, then the title (each with its own span).
    let sources: Vec<(String, crate::Span)> = doc
        .title
        .as_ref()
        .map(|t| {
            let mut v: Vec<(String, crate::Span)> = t.subtitle.iter().map(|s| (s.text.to_string(), s.span)).collect();
            let lines = if t.lines.is_empty() { vec![t.span] } else { t.lines.clone() };
            v.extend(lines.iter().map(|s| (s.slice(text).to_string(), *s)));
            v
        })
        .unwrap_or_default();
    for (src, span) in &sources {
        if let Some(c) = OCCASION.captures(src) {
            let m = c.get(1).expect("the occasion group");
            let start = span.start + m.start();
            let occasion = m.as_str().trim_start_matches(['—', '-', ' ']).to_string();
            doc.parts.occasion =
                Some(Part { text: occasion, span: crate::Span { start, end: start + m.len(), line: span.line } });
            // 习近平在…上的讲话: the name before 在.
            let before = src[..c.get(0).map_or(0, |m| m.start())]
                .trim_matches(|c: char| c.is_whitespace() || c == '—' || c == '-');
            if is_person_name(before) {
                let at = span.start + src.find(before).unwrap_or(0);
                doc.parts.speaker = Some(Part {
                    text: before.to_string(),
                    span: crate::Span { start: at, end: at + before.len(), line: span.line },
                });
            }
            break;
        }
    }
    // Speaker: the author's line under the title.
    if let Some(author) = doc.meta.author.clone() {
        let its = items(text, doc);
        let line = its.iter().take_while(|it| it.block.is_some()).take(6).find(|it| {
            let t = it.trimmed();
            it.block == Some(BlockKind::Paragraph) && t.chars().count() <= 40 && t.ends_with(author.as_str())
        });
        if let Some(it) = line {
            changes.push((it.span.start, BlockKind::Speaker));
            doc.parts.speaker = Some(Part { text: it.trimmed().to_string(), span: it.span });
        }
    }
    if let Some(p) = find_salutation(text, doc) {
        changes.push((p.span.start, BlockKind::Salutation));
        doc.parts.salutation = Some(p);
    }
    retype(doc, &changes);
}

#[cfg(test)]
mod tests {
    #[test]
    fn should_read_a_salutation_only_when_it_stands_alone() {
        let doc = crate::parse("在全市工作会议上的讲话\n\n同志们：\n\n今天召开会议，主要任务是总结工作。\n");
        assert_eq!(doc.parts.salutation.as_ref().map(|p| p.text.as_str()), Some("同志们："));
        let doc = crate::parse(
            "在全市工作会议上的讲话\n\n同志们！改革开放之初，我们党发出了走自己的路的号召，这是一个很长的段落。\n",
        );
        assert!(doc.parts.salutation.is_none(), "should not take a paragraph for a salutation");
    }
}
