//! Property tests: parsing never panics, and the leaves of the document tile the text exactly, for
//! arbitrary strings and for documents generated from the marker grammar.

use proptest::prelude::*;

fn check(text: &str) {
    let doc = dagang::parse(text);
    if let Err(e) = dagang::render::nodes::check_tiling(text, &doc) {
        panic!("leaves should tile {text:?}: {e}");
    }
    // Every requested kind reads its parts without moving a span.
    for kind in [dagang::KindHint::Law, dagang::KindHint::Official, dagang::KindHint::Speech] {
        let doc = dagang::Parser::new().kind(kind).keep_boilerplate(true).parse(text);
        if let Err(e) = dagang::render::nodes::check_tiling(text, &doc) {
            panic!("leaves should tile {text:?} read as {kind:?}: {e}");
        }
    }
    // The JSON round-trips through serde.
    let json = serde_json::to_string(&doc).unwrap();
    let back: dagang::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
}

/// Marker-heavy lines: every family, width variants, look-alikes, and the characters that matter.
fn marker_line() -> impl Strategy<Value = String> {
    let markers = prop::sample::select(vec![
        "一、",
        "十一、",
        "（一）",
        "(二)",
        "1.",
        "1、",
        "１．",
        "2)",
        "（3）",
        "⑷",
        "①",
        "第一、",
        "第二，",
        "第一章",
        "第三节",
        "第十条",
        "【第一条】",
        "第一编",
        "第二分编",
        "一是",
        "二是",
        "其一，",
        "1.1",
        "1.2.3",
        "2　",
        "A.",
        "b)",
        "Ⅱ、",
        "●",
        "——",
        "附件1",
        "附件：",
        "# ",
        "## ",
        "**",
        "目录",
        "注：",
        "2019年",
        "1.5亿元",
        "13:00",
        "第十条规定",
        "一、二等奖",
        "\t",
        "",
        "标题：",
        "版权所有",
        "上一篇：",
        "精选图文",
        "——在会议上的讲话",
        "（2024年1月1日）",
        "2024年1月1日",
    ]);
    let bodies = prop::sample::select(vec![
        "总则",
        "指导思想。以新思想为指导，推进工作。",
        "加强组织领导",
        "：",
        "",
        "本条例自公布之日起施行。",
        "…",
        "微信扫码分享",
        "221381",
        "同志们：",
        "国务院",
        "这是一个很长的句子，用来模拟正文段落，其中有逗号、顿号和句号。",
    ]);
    let indent = prop::sample::select(vec!["", "　　", "  ", "\u{a0}"]);
    let end = prop::sample::select(vec!["\n", "\r\n", "\n\n", "\r", ""]);
    (indent, markers, bodies, end).prop_map(|(i, m, b, e)| format!("{i}{m}{b}{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_tiles(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn arbitrary_text_with_line_breaks_tiles(text in "[\\PC\\n\\r\\t\u{3000}]{0,300}") {
        check(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn marker_documents_tile(lines in prop::collection::vec(marker_line(), 0..60)) {
        let text: String = lines.concat();
        check(&text);
    }
}

/// Regressions found by the properties above, kept as named cases.
#[test]
fn regression_subtitle_sharing_a_line_with_title_pieces() {
    // A U+2028-joined line holding a title piece and a ——subtitle, under another title piece.
    check("标题的前半部分\n标题后半\u{2028}——在某次会议上的讲话\u{2028}\n正文内容，足够长的一段话，用来构成正文。\n");
    check("j\\x?$%\n\\B\"g'V\u{2028}-Ἡ^זּ𞠜ౙ{{\nb'\n");
}

#[test]
fn regression_bold_heading_with_a_sentence_mark_inside() {
    // Found by the fuzzer: a `**…**` heading holding an ASCII `?` was split run-in, and its closing
    // `**` landed after the body paragraph, so the leaves went backwards.
    check("# 办法\n\n第三条 年满十八周岁的居民可以注册。\n\n**二、强帷>?>障**\n\n区级财政应当安排必要经费。\n");
    check("**一、总体要求。坚持问题导向**\n正文。\n");
}

#[test]
fn regression_two_line_heading_over_a_removed_line() {
    // Found by proptest: a subhead broken over two lines took as its second piece the next line that
    // was not boilerplate, so its span covered the removed metadata line between them.
    check("\u{3000}\u{3000}第二分编：\n\u{3000}\u{3000}第十条规定加强组织领导\n  标题：…13:00：\r\n\u{a0}目录总则\r\n\u{a0}2024年1月1日这是一个很长的句子，用来模拟正文段落，其中有逗号、顿号和句号。\r");
    check("正文第一段写得很长，一句话说完了。\n\n《关于加强管理、\n\n来源：本站\n\n促进发展的规定》\n\n这里是规定的正文，写得也很长，一句话说完了。\n");
}

#[test]
fn adversarial_inputs_tile() {
    let soup: String = ["一、", "（一）", "1.", "第一条", "①", "第一章", "一是", "##", "**", "目录", "附件："]
        .iter()
        .cycle()
        .take(400)
        .copied()
        .collect();
    let cases: &[(&str, String)] = &[
        ("CRLF line endings", "一、总则\r\n（一）目的。为了规范管理。\r\n\r\n二、附则\r\n".into()),
        ("lone CRs", "标题\r一、总则\r正文。\r\r二、附则\r".into()),
        ("no newline at all", "一、总则（一）目的。为了规范管理。二、附则".repeat(200)),
        ("only white space", " \t\u{3000}\n\n\u{a0}  \r\n\t".into()),
        ("marker soup on one line", soup.clone()),
        ("marker soup, a marker per line", soup.replace('、', "、\n").replace('）', "）\n")),
        ("a BOM and nothing else", "\u{feff}".into()),
    ];
    for (why, text) in cases {
        let doc = dagang::parse(text);
        assert!(dagang::render::nodes::check_tiling(text, &doc).is_ok(), "should tile {why}");
        check(text);
    }
}

/// A document long enough for the line views to be computed on several threads (16 384 lines and
/// more) gives the same outline on one thread as on four, and still tiles the text.
#[test]
fn large_documents_do_not_depend_on_the_number_of_threads() {
    let mut text = String::new();
    let mut k = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/outline")).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            text.push_str(&std::fs::read_to_string(&path).expect("fixture"));
            text.push('\n');
            k += 1;
        }
    }
    assert!(k > 0, "should have read the outline fixtures");
    let unit = text.clone();
    while text.lines().count() < 40_000 {
        text.push_str(&unit);
    }
    let json = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
        pool.install(|| dagang::parse(&text).to_json())
    };
    let one = json(1);
    assert_eq!(one, json(4), "should give the same outline on one thread as on four");
    check(&text);
}
