//! Chunks for retrieval: on every fixture and on generated documents, with overlap 0 the chunks
//! hold the body text exactly once, in order (the title, the 目录 and boilerplate aside); no chunk
//! runs past max_chars; every chunk's path is a section's ancestry; every span points at its text.

use dagang::chunks::{chunks, ChunkOptions};
use dagang::{BlockKind, Document};
use proptest::prelude::*;
use std::path::Path;

mod common;

/// Text compared modulo white space and Markdown markup.
fn norm(s: &str) -> String {
    // (White space as the library reads it: U+E40C, the Sogou paragraph mark, is white space too.)
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '#' | '*' | '\u{E40C}')).collect()
}

/// The document's body text: the text without the title, the 目录, boilerplate and Markdown markup.
fn body(text: &str, doc: &Document<'_>) -> String {
    let mut out_of: Vec<(usize, usize)> = Vec::new();
    if let Some(t) = &doc.title {
        out_of.extend(t.lines.iter().map(|s| (s.start, s.end)));
        out_of.push((t.span.start, t.span.end));
        out_of.extend(t.subtitle.iter().map(|s| (s.span.start, s.span.end)));
    }
    out_of.extend(doc.boilerplate.iter().map(|b| (b.span.start, b.span.end)));
    let blocks = doc.preamble.iter().chain(common::sections(doc).into_iter().flat_map(|s| s.blocks.iter()));
    out_of.extend(
        blocks
            .filter(|b| matches!(b.kind, BlockKind::Toc | BlockKind::Boilerplate))
            .map(|b| (b.span.start, b.span.end)),
    );
    for s in common::sections(doc) {
        out_of.extend(s.markup.iter().map(|m| (m.start, m.end)));
    }
    let mut keep = vec![true; text.len()];
    for (a, b) in out_of {
        keep[a..b].fill(false);
    }
    let kept: String = text.char_indices().filter(|(i, _)| keep[*i]).map(|(_, c)| c).collect();
    norm(&kept)
}

/// Whether `path` is the title followed by the headings of a section and its ancestors (each path
/// entry is the heading with its marker before it).
fn is_ancestry(doc: &Document<'_>, path: &[String]) -> bool {
    let root: Vec<String> = doc.title.iter().map(|t| t.text.to_string()).collect();
    if path.len() < root.len() || path[..root.len()] != root[..] {
        return false;
    }
    let want = &path[root.len()..];
    fn walk(sections: &[dagang::Section<'_>], want: &[String]) -> bool {
        let Some((first, rest)) = want.split_first() else { return true };
        sections.iter().any(|s| norm(first).ends_with(&norm(&s.heading)) && walk(&s.sections, rest))
    }
    walk(&doc.sections, want)
}

fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut it = hay.chars();
    needle.chars().all(|c| it.any(|h| h == c))
}

fn check(name: &str, text: &str, options: &ChunkOptions) {
    let doc = dagang::parse(text);
    let all = chunks(&doc, options);
    for (k, c) in all.iter().enumerate() {
        assert_eq!(c.index, k, "{name}: indices count up");
        assert_eq!(c.chars, c.text.chars().count(), "{name}: chars is the text's");
        assert!(c.chars <= options.max_chars, "{name}: chunk {k} has {} > {} chars", c.chars, options.max_chars);
        assert!(!c.text.is_empty(), "{name}: chunk {k} is empty");
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end), "{name}: span on boundaries");
        assert!(
            is_subsequence(&norm(&c.text), &norm(&text[c.span.start..c.span.end])),
            "{name}: chunk {k}'s span should hold its text: {:?}",
            c.text
        );
    }
    if options.overlap == 0 {
        let joined: String = all.iter().map(|c| norm(&c.text)).collect();
        assert_eq!(joined, body(text, &doc), "{name}: chunks should hold the body text once, in order");
    }
    for c in &all {
        assert!(is_ancestry(&doc, &c.path), "{name}: chunk {}'s path {:?} is no section's ancestry", c.index, c.path);
    }
}

#[test]
fn every_fixture_chunks_into_its_body_text() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"));
    let files = common::documents(dir);
    assert!(files.len() > 20);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.display().to_string();
        for options in [
            ChunkOptions::default(),
            ChunkOptions { max_chars: 60, min_chars: 0, overlap: 0 },
            ChunkOptions { max_chars: 200, min_chars: 50, overlap: 0 },
            ChunkOptions { max_chars: 120, min_chars: 0, overlap: 2 },
        ] {
            check(&name, &text, &options);
        }
    }
}

#[test]
fn a_chunk_carries_the_headings_above_it() {
    let text = "关于加强社区养老服务的通知\n一、总体要求\n各地要提高认识。\n二、保障措施\n（一）加强组织领导。各地要建立工作机制，明确责任分工。\n（二）强化资金保障。财政要列入预算。\n";
    let doc = dagang::parse(text);
    let all = chunks(&doc, &ChunkOptions { min_chars: 0, ..Default::default() });
    let last = all.last().unwrap();
    assert_eq!(last.path, ["关于加强社区养老服务的通知", "二、保障措施", "（二）强化资金保障。"]);
    assert_eq!(last.level, 2);
    assert_eq!(last.text, "（二）强化资金保障。财政要列入预算。");
    assert_eq!(&text[last.span.start..last.span.end], "（二）强化资金保障。财政要列入预算。");
    assert_eq!(last.title.as_deref(), Some("关于加强社区养老服务的通知"));
    // With the default min_chars, a heading with only subsections under it joins the first of them.
    let all = chunks(&doc, &ChunkOptions { max_chars: 40, ..Default::default() });
    assert!(all.iter().any(|c| c.text.starts_with("二、保障措施\n（一）") && c.path.len() == 2), "{all:?}");
}

#[test]
fn overlap_repeats_the_last_sentences_of_the_section() {
    let para = "第一句话在这里。第二句话在这里。第三句话在这里。第四句话在这里。第五句话在这里。";
    let text = format!("关于某事的通知\n一、总体要求\n{para}{para}\n");
    let doc = dagang::parse(&text);
    let all = chunks(&doc, &ChunkOptions { max_chars: 40, min_chars: 0, overlap: 1 });
    assert!(all.len() >= 3);
    for w in all.windows(2) {
        let prev_last = dagang::chunks::sentence_ranges(&w[0].text).last().map(|&(s, e)| w[0].text[s..e].to_string());
        assert!(
            w[1].text.starts_with(prev_last.as_deref().unwrap()),
            "{:?} should start with {prev_last:?}",
            w[1].text
        );
        assert!(w[1].chars <= 40);
    }
}

#[test]
fn a_law_article_stays_whole_where_it_fits() {
    let text = "某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 有下列情形之一的，不予登记：\n（一）材料不全的；\n（二）逾期申请的。\n第三条 本条例自公布之日起施行。\n";
    let doc = dagang::parse(text);
    let all = chunks(&doc, &ChunkOptions { max_chars: 100, min_chars: 0, overlap: 0 });
    let second = all.iter().find(|c| c.text.starts_with("第二条")).expect("an article's chunk");
    assert!(second.text.contains("（一）材料不全的；") && second.text.contains("（二）逾期申请的。"), "{second:?}");
    assert_eq!(second.path.last().map(String::as_str), Some("第二条 有下列情形之一的，不予登记："));
}

fn generated() -> impl Strategy<Value = String> {
    let line = prop::sample::select(vec![
        "一、总体要求",
        "二、主要任务",
        "（一）加强领导。各地要高度重视。",
        "（二）",
        "第一条　为了规范管理，制定本办法。",
        "1.建立台账。",
        "目录",
        "各地区各部门要高度重视这项工作，切实加强组织领导，明确责任分工，抓好工作落实。",
        "确保各项措施落到实处、取得实效！并及时总结推广好的经验做法？",
        "“我们要坚定信心。”他说。",
        "扫码关注我们",
        "",
        "　　",
    ]);
    prop::collection::vec(line, 1..40).prop_map(|v| format!("关于某某工作的通知\n{}\n", v.join("\n")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_documents_chunk_into_their_body_text(text in generated(), max in 8usize..200, min in 0usize..300, overlap in 0usize..3) {
        check("generated", &text, &ChunkOptions { max_chars: max, min_chars: min, overlap });
    }
}
