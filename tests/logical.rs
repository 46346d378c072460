//! The logical-lines stage on texts whose line breaks lie: a speech joined by U+3000 runs, a notice
//! joined by nothing, and generated one-line documents (the leaves must still tile the text).

use proptest::prelude::*;
use std::path::Path;

mod common;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/flat")).join(name)).unwrap()
}

/// Every section as (level, marker, heading), depth first.
fn outline(doc: &dagang::Document) -> Vec<(u32, String, String)> {
    common::sections(doc)
        .iter()
        .map(|s| (s.level, s.marker.as_ref().map_or(String::new(), |m| m.text.to_string()), s.heading.to_string()))
        .collect()
}

fn owned(v: &[(u32, &str, &str)]) -> Vec<(u32, String, String)> {
    v.iter().map(|&(l, m, h)| (l, m.to_string(), h.to_string())).collect()
}

#[test]
fn a_speech_joined_by_u3000_reads_as_paragraphs() {
    let text = fixture("u3000_speech.txt");
    let doc = dagang::parse(&text);
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_ref()),
        Some("在全市安全生产工作会议上的讲话"),
        "should find the title"
    );
    assert_eq!(
        outline(&doc),
        owned(&[
            (1, "一、", "充分肯定去年以来的工作成效"),
            (1, "二、", "清醒认识当前面临的风险挑战"),
            (1, "三、", "扎实做好今年的重点工作"),
            (2, "（一）", "压实安全责任。"),
            (2, "（二）", "深化隐患排查。"),
        ]),
        "should find every heading at its level"
    );
    assert!(doc.diagnostics.iter().any(|d| d.code == "reflowed"), "should say that it reflowed the text");
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}

#[test]
fn a_notice_joined_by_nothing_finds_its_numbered_parts() {
    let text = fixture("none_notice.txt");
    let doc = dagang::parse(&text);
    let markers: Vec<String> = outline(&doc).into_iter().map(|(_, m, _)| m).collect();
    assert_eq!(markers, vec!["一、", "二、", "（一）", "（二）", "三、"], "should cut before each numbered part");
    let levels: Vec<u32> = outline(&doc).into_iter().map(|(l, _, _)| l).collect();
    assert_eq!(levels, vec![1, 1, 2, 2, 1], "should nest （一） under 二、");
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}

#[test]
fn lines_whose_breaks_are_paragraphs_are_left_alone() {
    for name in ["outline/gongwen_four_levels.txt", "seed/fanwen_speech.txt", "kinds/law_books_clauses.txt"] {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")).join(name);
        let text = std::fs::read_to_string(path).unwrap();
        let doc = dagang::parse(&text);
        assert!(!doc.diagnostics.iter().any(|d| d.code == "reflowed"), "should not reflow {name}");
    }
}

fn paragraph() -> impl Strategy<Value = String> {
    let parts = prop::sample::select(vec![
        "一、总体要求",
        "二、主要任务",
        "（一）加强领导。",
        "（二）",
        "第一条　",
        "1.",
        "要抓好三件事：一是",
        "各地区各部门要高度重视这项工作，切实加强组织领导，明确责任分工。",
        "确保各项措施落到实处、取得实效，并及时总结推广好的经验做法。",
        "“我们要坚定信心。”",
        "……",
        "\u{3000}\u{3000}",
        "  ",
        "\u{E40C}",
        "\r",
        "。",
    ]);
    prop::collection::vec(parts, 1..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn one_line_documents_tile(paras in prop::collection::vec(paragraph(), 8..40), sep in prop::sample::select(vec!["\u{3000}\u{3000}", "", " ", "\u{E40C}", "\r"])) {
        let text = paras.join(sep);
        let doc = dagang::parse(&text);
        if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
            panic!("leaves should tile {text:?}: {e}");
        }
    }

    #[test]
    fn every_text_tiles_when_reflowed(text in "(\\PC|\n|\r|\u{3000}|。|一、|（二）|第三条|1\\.| |<img|<北|-->|## |#|# |# \\[|\\]\\(|---|title: |2020年1月2日|发文字号：|：（一）|；（二）){0,400}") {
        let doc = dagang::Parser::new().line_breaks(dagang::LineBreaks::Reflow).parse(&text);
        if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
            panic!("leaves should tile {text:?} reflowed: {e}");
        }
    }
}

#[test]
fn a_heading_over_two_lines_keeps_its_leading_markup_a_leaf() {
    // Found by `every_text_tiles_when_reflowed`: a tag opening a title broken over two lines was in no
    // leaf (the heading's text started after it, its markup was dropped).
    let text = "------一、\n<g>img\r<im发文字号：020年1月2日\u{3000}。\n# e";
    let doc = dagang::Parser::new().line_breaks(dagang::LineBreaks::Reflow).parse(text);
    if let Err(e) = dagang::render::nodes::check_tiling(text, &doc) {
        panic!("leaves should tile {text:?}: {e}");
    }
}

#[test]
fn a_notice_wrapped_at_the_page_width_reads_as_paragraphs() {
    let text = fixture("wrap_gongwen.txt");
    let doc = dagang::parse(&text);
    let diag = doc.diagnostics.iter().find(|d| d.code == "reflowed").expect("should say that it joined lines");
    assert!(diag.message.contains("wrapped at the page width"), "{}", diag.message);
    // The page numbers and the running header beside them are page furniture; the title is not.
    let page: Vec<&str> = doc
        .boilerplate
        .iter()
        .filter(|b| b.kind == dagang::model::BoilerplateKind::Page)
        .map(|b| b.text.as_ref())
        .collect();
    assert_eq!(
        page,
        ["- 1 -", "青川市人民政府办公室关于加强城市社区养老", "- 2 -", "青川市人民政府办公室关于加强城市社区养老"]
    );
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_ref()),
        Some("青川市人民政府办公室关于加强城市社区养老服务工作的通知")
    );
    // A paragraph broken over four lines is one block, its text without the breaks, flagged.
    let first = &common::sections(&doc)[0].blocks[0];
    assert!(first.reflowed, "should flag the joined paragraph");
    assert!(!first.text.contains('\n'), "should give the text without its line breaks");
    assert!(first.text.ends_with("满意度明显提升。"), "{}", first.text);
    assert_eq!(text[first.span.start..first.span.end].lines().count(), 4, "should span the four physical lines");
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
    // Kept as written, the same text has one paragraph a line.
    let kept = dagang::Parser::new().line_breaks(dagang::LineBreaks::Keep).parse(&text);
    assert!(!kept.diagnostics.iter().any(|d| d.code == "reflowed"));
    assert!(common::sections(&kept)[0].blocks.len() >= 4, "should keep each physical line apart");
}

#[test]
fn a_converted_plan_joins_section_numbers_to_their_titles() {
    let text = fixture("converted_toc_sections.txt");
    let doc = dagang::parse(&text);
    assert_eq!(
        outline(&doc),
        owned(&[
            (1, "1", "总体要求"),
            (1, "2", "主要任务"),
            (2, "2.1", "夯实数字基础设施"),
            (2, "2.2", "推进政务数据共享"),
            (1, "3", "保障措施"),
        ]),
        "should read a number alone above its title as one heading"
    );
    // The 目录 with dot leaders is a 目录, not headings; the page lines are furniture.
    let toc = doc.preamble.iter().filter(|b| b.kind == dagang::model::BlockKind::Toc).count();
    assert_eq!(toc, 6, "should type the 目录 label and its five entries");
    let pages = doc.boilerplate.iter().filter(|b| b.kind == dagang::model::BoilerplateKind::Page).count();
    assert_eq!(pages, 5, "should remove three page numbers and two running headers");
    let heading = &common::sections(&doc)[0];
    assert!(heading.reflowed && text[heading.span.start..heading.span.end].contains('\n'));
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}

/// A paragraph of running text broken every `width` characters, as a converter from PDF writes it.
fn wrapped(paras: &[String], width: usize) -> String {
    let mut out = String::new();
    for p in paras {
        let chars: Vec<char> = p.chars().collect();
        for piece in chars.chunks(width) {
            out.extend(piece);
            out.push('\n');
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn wrapped_documents_tile(paras in prop::collection::vec(paragraph(), 4..30), width in 20usize..60, page in prop::bool::ANY) {
        let mut text = wrapped(&paras, width);
        if page {
            text = text.replacen('\n', "\n- 1 -\n", 1);
        }
        for mode in [dagang::LineBreaks::Auto, dagang::LineBreaks::Reflow] {
            let doc = dagang::Parser::new().line_breaks(mode).parse(&text);
            if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
                panic!("leaves should tile {text:?} ({mode:?}): {e}");
            }
        }
    }
}

#[test]
fn a_title_run_into_its_date_or_byline_is_cut_off() {
    // The title block of a text joined by nothing: the title, then a full date in brackets.
    let text = fixture("none_title_date.txt");
    let doc = dagang::parse(&text);
    assert_eq!(doc.title.as_ref().map(|t| t.text.as_ref()), Some("关于加快推进城乡供水一体化的实施意见"));
    assert_eq!(doc.meta.published.as_deref(), Some("2024-03-01"));
    assert_eq!(outline(&doc).len(), 3, "the numbered parts still cut");
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
    // Or a byline row: cut before its first label only, the fields stay one row.
    let text = fixture("none_title_byline.txt");
    let doc = dagang::parse(&text);
    assert_eq!(doc.title.as_ref().map(|t| t.text.as_ref()), Some("如何保持冰箱清洁"));
    assert_eq!((doc.meta.author.as_deref(), doc.meta.published.as_deref()), (Some("李明"), Some("2024-05-06")));
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}

#[test]
fn a_law_joined_by_nothing_cuts_its_counted_lists() {
    let text = fixture("none_counted_lists.txt");
    let doc = dagang::parse(&text);
    let markers: Vec<String> = outline(&doc).into_iter().map(|(_, m, _)| m).collect();
    assert_eq!(
        markers,
        vec!["第一章", "第一条", "第二条", "第二条之一", "第三条", "1．", "2．", "3．", "第四条", "1．", "2．", "3．"],
        "should cut before an inserted article, the items after a colon, and a list with no punctuation \
         before its items — not the attachment list after 附件："
    );
    let texts: Vec<String> = outline(&doc).into_iter().map(|(_, _, h)| h).collect();
    assert_eq!(texts[9], "某某市限制养犬规定", "an item with no punctuation ends where the next one starts");
    assert!(doc.title.as_ref().is_some_and(|t| t.text == "某某市养犬管理条例"), "should keep the title");
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}

#[test]
fn a_notice_joined_by_the_sogou_paragraph_mark_reads_as_paragraphs() {
    // Paragraphs joined by U+E40C, each indented by two U+3000 after the mark.
    let text = fixture("e40c_notice.txt");
    let doc = dagang::parse(&text);
    let markers: Vec<String> = outline(&doc).into_iter().map(|(_, m, _)| m).collect();
    assert_eq!(
        markers,
        vec!["一、", "二、", "（一）", "（二）", "三、"],
        "each part opens with its marker, the mark is white space"
    );
    assert_eq!(doc.title.as_ref().map(|t| t.text.as_ref()), Some("关于做好防汛工作的通知"));
    dagang::render::nodes::check_tiling(&text, &doc).expect("leaves should tile the text");
}
