//! The structure of a law or regulation (立法法: 法律根据内容需要，可以分编、章、节、条、款、项、目):
//!
//! - **units** — 编 `book`, 分编 `sub_book`, 部分/篇 `part`, 章 `chapter`, 节 `section`, 条 `article`;
//!   inside an article, `（一）` is an item (项, `item`), and `1.` inside an item a sub-item (目,
//!   `sub_item`) — the opposite of a 公文, where `（一）` is a second-level heading;
//! - **款** — an article's unnumbered paragraphs, numbered here by position: the article's own text is
//!   款 1, each following paragraph (one that starts a line) the next. Items carry the number of the
//!   款 that introduces them; a paragraph after the items is a new 款, even where the outline keeps it
//!   inside the last item (`clause` on the block says so);
//! - **附则** — the supplementary-provisions chapter;
//! - **施行日期** — the sentence `本法自2020年1月1日起施行` (the date normalised when it is literal;
//!   `自公布之日起施行` has none).
//!
//! Cross-references (`依照本法第十条`, `前款规定`) never open units: the marker grammar refuses a
//! 第X条 that does not start its line, and a line that starts with one but goes on as a citation
//! (`第十条规定的…`) is refused by the outline's sequence checks.

use crate::classify::meta::normalize_date;
use crate::model::{BlockKind, DatedPart, Document, LawUnit, Part, Section};
use regex::Regex;
use std::sync::LazyLock;

static EFFECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"自\s*(\S{2,30}?)\s*起\s*(?:施行|生效|实施|执行)").expect("effective regex"));

static DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:起\s*)?(?:施行|生效|实施)$")
        .expect("dated regex")
});

fn unit_of(style: &str, parent: Option<LawUnit>) -> Option<LawUnit> {
    Some(match style {
        "book" => LawUnit::Book,
        "sub_book" => LawUnit::SubBook,
        "part" | "piece" => LawUnit::Part,
        "chapter" => LawUnit::Chapter,
        "section" => LawUnit::Section,
        "article" => LawUnit::Article,
        "chinese_paren" if parent == Some(LawUnit::Article) => LawUnit::Item,
        "arabic" | "arabic_half_paren" | "arabic_paren" if parent == Some(LawUnit::Item) => LawUnit::SubItem,
        _ => return None,
    })
}

/// Names the units, numbers the 款, finds 附则 and 施行日期.
pub fn annotate(text: &str, doc: &mut Document<'_>) {
    for s in &mut doc.sections {
        units(s, None);
    }
    let mut supplementary = None;
    let mut effective = None;
    find_parts(&doc.sections, &mut supplementary, &mut effective);
    // Or a dated line in the front matter of a compiled law: `2021年1月1日 施行`.
    if effective.is_none() {
        effective = super::items(text, doc).iter().take(20).filter(|it| it.block.is_some()).find_map(|it| {
            let t = it.text.trim();
            let c = DATED.captures(t)?;
            Some(DatedPart { text: t.to_string(), span: it.span, date: normalize_date(&c[1]) })
        });
    }
    doc.parts.supplementary = supplementary;
    doc.parts.effective = effective;
}

fn units(s: &mut Section<'_>, parent: Option<LawUnit>) {
    let style = s.marker.as_ref().map(|m| m.style.to_string()).unwrap_or_default();
    s.unit = unit_of(&style, parent);
    if s.unit == Some(LawUnit::Article) {
        clauses(s);
    }
    let here = s.unit.or(parent);
    for c in &mut s.sections {
        units(c, here);
    }
}

/// Numbers an article's 款 by position.
fn clauses(article: &mut Section<'_>) {
    let line = article.span.line;
    let mut n: u32 = u32::from(!article.heading.trim().is_empty());
    for b in &mut article.blocks {
        // The rest of the article's first line (a run-in split) is still 款 1.
        if b.kind == BlockKind::Paragraph && b.span.line != line {
            n += 1;
            b.clause = Some(n);
        }
    }
    for item in &mut article.sections {
        let style = item.marker.as_ref().map(|m| m.style.as_ref());
        if style != Some("chinese_paren") {
            continue;
        }
        item.clause = Some(n.max(1));
        let item_line = item.span.line;
        for b in &mut item.blocks {
            if b.kind == BlockKind::Paragraph && b.span.line != item_line {
                n += 1;
                b.clause = Some(n);
            }
        }
        for sub in &mut item.sections {
            sub.clause = item.clause;
        }
    }
}

fn find_parts(sections: &[Section<'_>], supplementary: &mut Option<Part>, effective: &mut Option<DatedPart>) {
    for s in sections {
        let heading: String = s.heading.chars().filter(|c| !c.is_whitespace()).collect();
        if supplementary.is_none() && matches!(heading.as_str(), "附则" | "附　则") {
            let marker = s.marker.as_ref().map_or("", |m| m.text.as_ref());
            *supplementary = Some(Part { text: format!("{marker}{}", s.heading.trim()), span: s.span });
        }
        let article = s.marker.as_ref().is_some_and(|m| m.style == "article");
        if article {
            let texts =
                std::iter::once((s.heading.as_ref(), s.span)).chain(s.blocks.iter().map(|b| (b.text.as_ref(), b.span)));
            for (t, span) in texts {
                if let Some(c) = EFFECTIVE.captures(t) {
                    if t.contains("本") || t.contains("施行") {
                        // The last such sentence wins: the 施行 article closes the law.
                        *effective = Some(DatedPart { text: t.trim().to_string(), span, date: normalize_date(&c[1]) });
                    }
                }
            }
        }
        find_parts(&s.sections, supplementary, effective);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn should_number_clauses_and_name_items() {
        let text = "示范条例\n\n第一条 为了规范管理，制定本条例。\n\n第二条 下列事项应当公开：\n（一）预算；\n（二）决算。\n前款规定的事项，应当及时公开。\n\n第三条 本条例自2024年1月1日起施行。\n";
        let doc = crate::Parser::new().kind(crate::KindHint::Law).parse(text);
        let art2 = &doc.sections[1];
        assert_eq!(art2.unit, Some(crate::model::LawUnit::Article));
        let item = &art2.sections[0];
        assert_eq!(item.unit, Some(crate::model::LawUnit::Item), "should read （一） in an article as an item");
        assert_eq!(item.clause, Some(1), "should put the items under the article's first 款");
        let after = &art2.sections[1].blocks[0];
        assert_eq!(after.clause, Some(2), "should count the paragraph after the items as 款 2");
        let eff = doc.parts.effective.as_ref().expect("should find the 施行 article");
        assert_eq!(eff.date.as_deref(), Some("2024-01-01"));
    }
}
