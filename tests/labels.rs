//! Label lines (注, 说明, 备注) judged by their shape: a note label and its own items are a note; a word
//! that begins with 注 (`注意事项`) is not a label, and a label never hides the document's next heading.

mod common;

fn headings(text: &str) -> Vec<String> {
    let doc = dagang::parse(text);
    common::sections(&doc).iter().map(|s| s.heading.to_string()).collect()
}

#[test]
fn a_word_that_begins_with_zhu_is_no_note_label() {
    let text = "关于做好安全生产工作的通知\n注意事项\n一、总体要求\n各地要高度重视安全生产工作。\n二、主要任务\n加强隐患排查。\n";
    let h = headings(text);
    assert!(h.contains(&"总体要求".to_string()) && h.contains(&"主要任务".to_string()), "{h:?}");
}

#[test]
fn a_note_keeps_its_items_and_gives_back_the_next_heading() {
    let text = "关于做好考务工作的通知\n一、考试时间\n6月20日至22日。\n说明：\n1.本通知由市教育局负责解释。\n2.未尽事宜另行通知。\n二、考务要求\n各考点要严格执行考务规程。\n";
    let doc = dagang::parse(text);
    let h: Vec<String> = common::sections(&doc).iter().map(|s| s.heading.to_string()).collect();
    assert_eq!(h, ["考试时间", "考务要求"], "the note's items are no headings; 二、 is");
    let notes = common::sections(&doc)[0].blocks.iter().filter(|b| b.kind == dagang::BlockKind::Note).count();
    assert_eq!(notes, 3, "the label and its two items are a note");
    // A label right above the document's next heading does not take it.
    let text =
        "关于做好考务工作的通知\n一、考试时间\n6月20日至22日。\n说明：\n二、考务要求\n各考点要严格执行考务规程。\n";
    assert_eq!(headings(text), ["考试时间", "考务要求"]);
}

#[test]
fn a_sentence_that_announces_a_list_names_no_recipients() {
    let doc = dagang::parse("关于加强管理的意见\n各地要做好以下工作：\n第一，提高认识。\n第二，加强领导。\n");
    assert!(doc.parts.recipients.is_none(), "各地要做好以下工作： is a sentence, not the 主送机关");
    let doc =
        dagang::parse("关于加强管理的通知\n各区县人民政府，市政府各部门：\n现将有关事项通知如下。\n一、总体要求\n");
    assert_eq!(doc.parts.recipients.as_ref().map(|r| r.text.as_str()), Some("各区县人民政府，市政府各部门："));
}

#[test]
fn a_line_that_announces_what_follows_is_no_subhead() {
    // Found by the Markdown round trip of a clipping once its byline was removed: the line under the
    // title, above the first heading, introduces the steps; it titles nothing.
    let text =
        "# SSH之PAM\n\n登录时的PAM验证机制流程如下\n\n## 第一阶段：验证阶段\n\n### 1.判断用户\n\n### 2.配置环境变量\n";
    let h = headings(text);
    assert_eq!(h.first().map(String::as_str), Some("第一阶段：验证阶段"), "{h:?}");
}
