//! Kind detection and the parts each kind defines, on the kind fixtures and on small table cases.

use dagang::{BlockKind, KindHint, KindName, LawUnit, Parser};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/kinds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn blocks_of_kind(doc: &dagang::Document, kind: BlockKind) -> Vec<String> {
    let mut out: Vec<String> =
        doc.preamble.iter().filter(|b| b.kind == kind).map(|b| b.text.trim().to_string()).collect();
    for v in doc.walk() {
        out.extend(v.section.blocks.iter().filter(|b| b.kind == kind).map(|b| b.text.trim().to_string()));
    }
    out
}

#[test]
fn should_detect_the_kind_from_title_structure_and_parts() {
    let cases: &[(&str, KindName, Option<&str>, &str)] = &[
        ("江岭省河道管理条例\n第一条 为了加强河道管理，制定本条例。\n第二条 本条例适用于本省。\n", KindName::Regulation, Some("条例"), "a 条例 with articles"),
        ("中华人民共和国示范法\n第一章 总则\n第一条 为了规范示范活动，制定本法。\n", KindName::Law, None, "a 法 with articles"),
        ("青川市教育局关于开展安全检查的通知\n各学校：\n一、检查范围\n全市中小学。\n", KindName::OfficialDocument, Some("通知"), "a 关于…通知"),
        ("柳泽市城市更新推进会会议纪要\n一、会议议定事项\n会议同意推进改造。\n", KindName::OfficialDocument, Some("会议纪要"), "a 纪要 without 关于"),
        ("在全市安全生产工作会议上的讲话\n同志们：\n今天召开会议，部署安全生产工作。\n", KindName::Speech, None, "an occasion in the title"),
        ("青川县2024年度民政工作总结\n一年来，我局认真履行职责，各项工作取得新进展。\n全年发放救助资金三千万元。\n", KindName::Report, None, "a 总结"),
        (
            "春天的故事\n\n春天来了，花开了，鸟儿在枝头歌唱，田野里一片生机勃勃的景象。\n\n孩子们在田野里奔跑，笑声传得很远很远，大人们也停下脚步微笑着看着他们。\n",
            KindName::Article,
            None,
            "a titled text without kind-specific parts",
        ),
        ("好的。\n", KindName::Unknown, None, "too little to tell"),
    ];
    for (text, name, genre, why) in cases {
        let doc = dagang::parse(text);
        assert_eq!(doc.kind.name, *name, "should detect {why}: {:?}", doc.kind);
        assert_eq!(doc.kind.genre.as_deref(), *genre, "should name the genre of {why}");
        assert!(!doc.kind.reason.is_empty(), "should give the evidence for {why}");
    }
}

#[test]
fn should_read_a_law_with_books_clauses_items_and_sub_items() {
    let text = fixture("law_books_clauses.txt");
    let doc = dagang::parse(&text);
    assert_eq!(doc.kind.name, KindName::Law);
    let units: Vec<(u32, Option<LawUnit>)> = doc.walk().map(|v| (v.level(), v.section.unit)).collect();
    assert_eq!(units[0], (1, Some(LawUnit::Book)), "should make 编 the top unit");
    assert_eq!(units[1], (2, Some(LawUnit::Chapter)));
    let art5 = doc.walk().find(|v| v.section.marker.as_ref().is_some_and(|m| m.text == "第五条")).unwrap().section;
    let items: Vec<Option<LawUnit>> = art5.sections.iter().map(|s| s.unit).collect();
    assert_eq!(items, [Some(LawUnit::Item); 3], "should read （一） inside an article as 项");
    assert_eq!(art5.sections[1].sections[0].unit, Some(LawUnit::SubItem), "should read 1. inside a 项 as 目");
    assert_eq!(art5.sections[2].blocks[0].clause, Some(2), "should count 有前款第二项情形 as 款 2");
    let art2 = doc.walk().find(|v| v.section.marker.as_ref().is_some_and(|m| m.text == "第二条")).unwrap().section;
    assert_eq!(art2.blocks[0].clause, Some(2), "should number an article's second paragraph 款 2");
    let art4 = doc.walk().find(|v| v.section.marker.as_ref().is_some_and(|m| m.text == "第四条")).unwrap().section;
    assert_eq!(art4.blocks[0].clause, None, "should keep the rest of the article's first line in 款 1");
    assert!(
        doc.headings().all(|(_, h)| !h.starts_with("第九条规定") && !h.contains("依照本法典第十二条")),
        "should never take a cross-reference for a heading"
    );
    assert_eq!(doc.parts.supplementary.as_ref().map(|p| p.text.as_str()), Some("第三编附则"));
    assert_eq!(doc.parts.effective.as_ref().and_then(|p| p.date.as_deref()), Some("2025-01-01"));
}

#[test]
fn should_read_every_part_of_an_official_document() {
    let text = fixture("notice_all_parts.txt");
    let doc = dagang::parse(&text);
    assert_eq!(doc.kind.name, KindName::OfficialDocument);
    assert_eq!(doc.kind.genre.as_deref(), Some("通知"));
    let p = &doc.parts;
    assert_eq!(p.doc_no.as_ref().map(|x| x.span.slice(&text)), Some("江环发〔2025〕8号"));
    assert_eq!(p.recipients.as_ref().unwrap().names, ["各设区市生态环境局、财政局", "省直有关单位"]);
    let att: Vec<(Option<u32>, &str)> = p.attachments.iter().map(|a| (a.number, a.name.as_str())).collect();
    assert_eq!(att, [(Some(1), "2025年度生态环境专项资金项目申报表"), (Some(2), "项目绩效目标表")]);
    let sig = p.signature.as_ref().unwrap();
    let issuers: Vec<&str> = sig.issuers.iter().map(|i| i.span.slice(&text)).collect();
    assert_eq!(issuers, ["江岭省生态环境厅", "江岭省财政厅"], "should split joint issuers, each with its span");
    assert_eq!(sig.date.date.as_deref(), Some("2025-01-20"));
    assert_eq!(doc.meta.written.as_deref(), Some("2025-01-20"), "should take the 成文日期 into meta.written");
    assert_eq!(p.cc.as_ref().unwrap().names, ["生态环境部办公厅", "财政部办公厅"]);
    let printed = p.printed_by.as_ref().unwrap();
    assert_eq!((printed.issuer.as_str(), printed.date.as_deref()), ("江岭省生态环境厅办公室", Some("2025-01-21")));
    assert!(doc.boilerplate.is_empty(), "should keep every part in the document, not in boilerplate");
    for (kind, n) in [
        (BlockKind::DocNo, 1),
        (BlockKind::Recipients, 1),
        (BlockKind::Attachments, 2),
        (BlockKind::Signature, 2),
        (BlockKind::Cc, 1),
        (BlockKind::PrintedBy, 1),
    ] {
        assert_eq!(blocks_of_kind(&doc, kind).len(), n, "should type {n} block(s) as {}", kind.name());
    }
}

#[test]
fn should_read_a_speech_with_its_speaker_occasion_and_salutation() {
    let text = fixture("speech_subtitle_salutation.txt");
    let doc = dagang::parse(&text);
    assert_eq!(doc.kind.name, KindName::Speech);
    let p = &doc.parts;
    assert_eq!(p.occasion.as_ref().map(|o| o.span.slice(&text)), Some("全市农村工作会议"));
    assert_eq!(p.speaker.as_ref().map(|s| s.text.as_str()), Some("市委书记　陈建国"));
    assert_eq!(doc.meta.author.as_deref(), Some("陈建国"));
    assert_eq!(p.salutation.as_ref().map(|s| s.text.as_str()), Some("同志们："));
    assert_eq!(blocks_of_kind(&doc, BlockKind::Salutation), ["同志们："]);
    // A speaker named in the title.
    let doc = dagang::parse("习近平在庆祝改革开放40周年大会上的讲话\n\n同志们：\n\n今天，我们隆重集会。\n");
    assert_eq!(doc.parts.speaker.as_ref().map(|s| s.text.as_str()), Some("习近平"));
    assert_eq!(doc.parts.occasion.as_ref().map(|s| s.text.as_str()), Some("庆祝改革开放40周年大会"));
}

#[test]
fn should_link_toc_entries_and_report_the_ones_that_disagree() {
    let text = fixture("plan_contradicting_toc.txt");
    let doc = dagang::parse(&text);
    let toc = doc.parts.toc.as_ref().expect("should read the 目录");
    assert_eq!(toc.entries.len(), 7);
    assert!(doc.headings().all(|(_, h)| !h.contains('…')), "should never take a 目录 entry for a heading");
    let first = &toc.entries[0];
    assert_eq!(first.target.map(|t| t.line), Some(13), "should link 一、活动主题 to its heading");
    let codes: Vec<(&str, usize)> = doc.diagnostics.iter().map(|d| (d.code.as_str(), d.span.line)).collect();
    assert!(codes.contains(&("toc_numbering", 9)), "should report 五、活动前期 numbered 六、 in the body: {codes:?}");
    assert!(codes.contains(&("toc_numbering", 10)), "should report 六、保障措施 numbered 七、 in the body");
    assert!(codes.contains(&("toc_unmatched", 11)), "should report 七、经费预算, which names no heading");
}

#[test]
fn should_obey_the_requested_kind() {
    let text = "第一条 为了规范管理，制定本规定。\n第二条 下列事项应当公开：\n（一）预算；\n（二）决算。\n";
    let auto = dagang::parse(text);
    assert_ne!(auto.kind.reason, "requested");
    let law = Parser::new().kind(KindHint::Law).parse(text);
    assert_eq!(law.kind.reason, "requested");
    assert_eq!(law.sections[1].sections[0].unit, Some(LawUnit::Item), "should read items when asked for a law");
    let speech = Parser::new().kind(KindHint::Speech).parse(text);
    assert_eq!(speech.kind.name, KindName::Speech);
    assert!(speech.sections.iter().all(|s| s.unit.is_none()), "should not name law units in a speech");
}

#[test]
fn should_never_take_cross_references_for_headings() {
    let text = "示范条例\n\n第五条　有下列情形之一的，应当责令改正：\n\n（一）未依法评价的；\n\n（二）超标排放的。\n\n第五条第一款规定的情形，情节严重的，依法处罚。\n\n第十二条规定的罚款，由县级以上人民政府决定。\n\n前款规定的期限届满，应当公告。\n\n第六条　本条例自公布之日起施行。\n";
    let doc = dagang::parse(text);
    let markers: Vec<String> =
        doc.walk().filter_map(|v| v.section.marker.as_ref().map(|m| m.text.to_string())).collect();
    assert_eq!(
        markers,
        ["第五条", "（一）", "（二）", "第六条"],
        "should keep 第五条第一款规定 and 第十二条规定 as text"
    );
    let clauses: Vec<Option<u32>> = doc.sections[0].sections[1].blocks.iter().map(|b| b.clause).collect();
    assert_eq!(clauses, [Some(2), Some(3), Some(4)], "should count each paragraph after the items as a new 款");
    let eff = doc.parts.effective.as_ref().expect("should find the 施行 article");
    assert_eq!(eff.date, None, "should give no date for 自公布之日起施行");
}
