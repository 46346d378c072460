//! Pathological input families: texts of one shape repeated to a given size, each ending with a
//! heading and a paragraph (so every stage that scans ahead for the body or the next heading has a
//! long way to go). Shared by `tests/scaling.rs` (each family at a size where quadratic behaviour
//! would take minutes) and the `pathological` criterion group (1×/4×/16×).

const CN: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A Chinese numeral, 1 to 99.
fn cn(n: usize) -> String {
    let n = n % 99 + 1;
    match (n / 10, n % 10) {
        (0, o) => CN[o - 1].to_string(),
        (1, 0) => "十".to_string(),
        (1, o) => format!("十{}", CN[o - 1]),
        (t, 0) => format!("{}十", CN[t - 1]),
        (t, o) => format!("{}十{}", CN[t - 1], CN[o - 1]),
    }
}

/// The names of the families.
pub const NAMES: &[&str] = &[
    "title_repeat",
    "title_repeat_only",
    "bold",
    "nested",
    "headings",
    "law",
    "colon",
    "blank",
    "short",
    "long_line",
    "digits",
    "menu",
    "dates",
    "toc",
    "markdown_headings",
    "tab_table",
    "pipe_table",
    "run_in",
    "note",
    "attachment",
    "link",
    "html",
    "sign_off",
    "byline",
    "u3000_one_line",
    "no_separator_one_line",
    "pages_sections",
    "picture_starts_one_line",
];

/// Line `i` of family `name`.
fn line(name: &str, i: usize) -> String {
    const MENU: [&str; 6] = ["首页", "新闻", "政务", "服务", "互动", "专题"];
    match name {
        "title_repeat" if i % 2 == 0 => "关于加强基层治理体系建设的实施意见".into(),
        "title_repeat" => "正文内容在这里展开说明。".into(),
        "title_repeat_only" => "关于加强基层治理体系建设的实施意见".into(),
        "bold" => format!("**这是一个加粗的行{i}**"),
        "nested" => match i % 6 {
            0 => format!("{}、标题", cn(i)),
            1 => format!("（{}）小标题", cn(i)),
            2 => format!("{}.条目", i % 99 + 1),
            3 => format!("（{}）细目", i % 99 + 1),
            4 => "①要点".into(),
            _ => format!("第{}章 总则", cn(i)),
        },
        "headings" => format!("{}、总体要求", cn(i)),
        "law" => format!("第{}条 为了规范管理，制定本办法。", cn(i)),
        "colon" => "主要内容如下：".into(),
        "blank" => String::new(),
        "short" => "首页".into(),
        "long_line" => "这是一句很长的正文。".repeat(50),
        "digits" => i.to_string(),
        "menu" => MENU[i * 7 % 6].into(),
        "dates" => format!("2024年3月{}日", i % 28 + 1),
        "toc" => format!("第{}章 总则……………{i}", cn(i)),
        "markdown_headings" => format!("{} 标题{i}", "#".repeat(i % 6 + 1)),
        "tab_table" => "名称\t数量\t金额".into(),
        "pipe_table" => "| a | b | c |".into(),
        "run_in" => "一是加强领导。二是完善制度。三是强化考核。".into(),
        "note" => "注：".into(),
        "attachment" => format!("附件：{i}"),
        "link" => format!("[相关链接](http://example.com/{i})"),
        "html" => "<div>内容</div>".into(),
        "sign_off" => "某某市人民政府".into(),
        "byline" => "来源：新华社 作者：张三 编辑：李四".into(),
        "u3000_one_line" => format!("{}、标题{i}　　正文内容。", cn(i)),
        "no_separator_one_line" => format!("{}、标题{i}正文内容在这里。", cn(i)),
        // Page numbers beside section numbers opening each page (each bare number looked up beside
        // every page number was quadratic), and picture starts with no end (`![` read to the line's
        // end at every one: 2.6 MB took 160 s).
        "pages_sections" => format!("正文一行。\nPage {i}\n\x0c{i}\n标题"),
        "picture_starts_one_line" => "这是一段话。![图".into(),
        other => panic!("no family {other}"),
    }
}

/// Family `name` to about `bytes` bytes, then a heading and a paragraph.
pub fn family(name: &str, bytes: usize) -> String {
    let one_line = name.ends_with("one_line");
    let mut out = String::with_capacity(bytes + 64);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&line(name, i));
        if !one_line {
            out.push('\n');
        }
        i += 1;
    }
    out.push_str("\n一、总体要求\n正文内容。\n");
    out
}
