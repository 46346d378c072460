//! The parts of an official document (公文), after 《党政机关公文处理工作条例》第九条 and GB/T 9704-2012:
//!
//! - **发文字号** — a line of its own: issuing body's code, year in 〔〕 (or [] 【】 （）), number 号:
//!   `国发〔2019〕5号`, `青教发[2024]12号`. Not one: a 字号 cited inside a sentence.
//! - **主送机关** — the first short line of the body that ends with a colon and names bodies:
//!   `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`. Names are split at `，`/`；`, and at `、`
//!   only when every piece is itself a body (`市财政局、市教育局：`). Not one: `同志们：`, `尊敬的…：`,
//!   a label heading.
//! - **附件说明** — `附件：1．…` (or `附件：…`, `附件1：…`) after the body, with the numbered lines that
//!   continue it (`2．…`). Not one: an attached document's own `附件1` heading.
//! - **落款** — one to three short lines naming issuing bodies, then the 成文日期 alone on its line
//!   (`2024年4月2日`, `二〇二四年四月二日`), after some body text.
//! - **抄送** — `抄送：…` (also 抄报, 分送), names as for 主送机关.
//! - **印发机关和印发日期** — `某某办公室　2024年1月5日印发`.

use super::{items, retype, Item};
use crate::classify::headings::is_date_line;
use crate::classify::meta::normalize_date;
use crate::model::{Attachment, BlockKind, DatedPart, Document, NamedPart, Part, PrintedBy, Signature};
use regex::Regex;
use std::sync::LazyLock;

static DOC_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}A-Za-z]{1,16}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$")
        .expect("doc no regex")
});
static ATTACHMENT_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附\s*件\s*(?:[0-9０-９]+)?\s*[：:]\s*(?:([0-9０-９]{1,2})\s*[.．、]\s*)?(\S.*)$")
        .expect("attachment regex")
});
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9０-９]{1,2})\s*[.．、]\s*(\S.*)$").expect("numbered regex"));
static CC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:抄\s*送|抄\s*报|分\s*送)\s*[：:]\s*(\S.*)$").expect("cc regex"));
static PRINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\S.*?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*印\s*发$",
    )
    .expect("printed regex")
});

/// What an organisation's name ends with.
const ORG_ENDS: &[&str] = &[
    "政府",
    "委员会",
    "办公厅",
    "办公室",
    "领导小组",
    "小组",
    "中心",
    "公司",
    "集团",
    "协会",
    "学会",
    "联合会",
    "党委",
    "党组",
    "支部",
    "总支",
    "工委",
    "纪委",
    "监委",
    "法院",
    "检察院",
    "部",
    "局",
    "厅",
    "委",
    "院",
    "会",
    "办",
    "处",
    "室",
    "所",
    "站",
    "队",
    "校",
    "大学",
    "学院",
    "银行",
    "署",
    "社",
    "馆",
    "团",
    "府",
    "司",
];

fn is_org(name: &str) -> bool {
    let n = name.chars().count();
    (2..=40).contains(&n) && ORG_ENDS.iter().any(|e| name.ends_with(e)) && !name.contains(['。', '，', '；', '：', ':'])
}

/// Splits a list of bodies (主送机关, 抄送): at `，`/`；`, and at `、` when every piece is a body.
fn names(list: &str) -> Vec<String> {
    let list = list.trim().trim_end_matches(['：', ':', '。', '.']);
    let mut out = Vec::new();
    for group in list.split(['，', ',', '；', ';']).map(str::trim).filter(|g| !g.is_empty()) {
        let pieces: Vec<&str> = group.split('、').map(str::trim).filter(|p| !p.is_empty()).collect();
        // `市财政局、市教育局` are two bodies; in `各设区市生态环境局、财政局` the second shares the first's
        // qualifier, so the group stays whole.
        if pieces.len() > 1 && pieces.iter().all(|p| is_org(p) && p.chars().count() >= 4) {
            out.extend(pieces.iter().map(|p| p.to_string()));
        } else {
            out.push(group.to_string());
        }
    }
    out
}

/// The parts found, before the kind is decided.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// 发文字号.
    pub doc_no: Option<Part>,
    /// 主送机关.
    pub recipients: Option<NamedPart>,
    /// 附件说明 entries, and the blocks that hold them.
    pub attachments: Vec<Attachment>,
    attachment_blocks: Vec<usize>,
    /// 落款, and the blocks that hold it.
    pub signature: Option<Signature>,
    /// 抄送.
    pub cc: Option<NamedPart>,
    /// 印发机关和印发日期.
    pub printed_by: Option<PrintedBy>,
}

fn part(it: &Item<'_>) -> Part {
    Part { text: it.trimmed().to_string(), span: it.span }
}

/// Finds the parts without changing the document.
pub fn find(text: &str, doc: &Document<'_>) -> Found {
    let its = items(text, doc);
    let mut f = Found::default();
    let first_heading = its.iter().position(|it| it.block.is_none()).unwrap_or(its.len());
    let is_block = |it: &Item<'_>| matches!(it.block, Some(BlockKind::Paragraph | BlockKind::ListItem));

    // 发文字号: near the top.
    if let Some(it) = its
        .iter()
        .take(first_heading.max(12))
        .take(40)
        .filter(|it| is_block(it))
        .find(|it| DOC_NO.is_match(it.trimmed()))
    {
        f.doc_no = Some(part(it));
    }
    // 主送机关: among the first lines of the body.
    for it in its.iter().take(first_heading.min(12)).filter(|it| is_block(it)) {
        let t = it.trimmed();
        if !t.ends_with(['：', ':']) || t.chars().count() > 150 || t.contains(['。', '！', '？']) {
            continue;
        }
        if super::speech::SALUTATION.is_match(t) || t.starts_with("尊敬") || t.starts_with("亲爱") {
            break;
        }
        // A sentence that announces what follows (`各地要做好以下工作：`) names no recipients.
        const ANNOUNCES: [&str; 9] = ["要", "以下", "如下", "下列", "做好", "应当", "必须", "现将", "认真"];
        if ANNOUNCES.iter().any(|w| t.contains(w)) {
            break;
        }
        let ns = names(t);
        if t.starts_with('各') || ns.iter().any(|n| is_org(n) || n.starts_with('各')) {
            f.recipients = Some(NamedPart { text: t.to_string(), span: it.span, names: ns });
        }
        break;
    }
    // 落款: issuing bodies over a date line, after body text.
    let mut seen_body = false;
    for (i, it) in its.iter().enumerate() {
        let t = it.trimmed();
        if is_block(it) && is_date_line(t) && seen_body {
            let mut issuers = Vec::new();
            let mut j = i;
            while j > 0 && i - j < 3 {
                let p = &its[j - 1];
                let pt = p.trimmed();
                let all_orgs = pt.split(char::is_whitespace).filter(|w| !w.is_empty()).all(is_org);
                if !is_block(p) || !all_orgs || is_date_line(pt) {
                    break;
                }
                // Joint issuers stand on one line, set apart by wide spaces: one part each.
                let base = p.span.start + (p.text.len() - p.text.trim_start_matches(crate::lines::is_space).len());
                let mut names: Vec<Part> = Vec::new();
                let mut at = 0;
                for w in pt.split(char::is_whitespace) {
                    if !w.is_empty() {
                        let start = base + at;
                        names.push(Part {
                            text: w.to_string(),
                            span: crate::Span { start, end: start + w.len(), line: p.span.line },
                        });
                    }
                    at += w.len() + pt[at + w.len()..].chars().next().map_or(0, char::len_utf8);
                }
                issuers.extend(names.into_iter().rev());
                j -= 1;
            }
            if !issuers.is_empty() {
                issuers.reverse();
                let date = DatedPart { text: t.to_string(), span: it.span, date: normalize_date(t) };
                f.signature = Some(Signature { issuers, date });
                break;
            }
        }
        if it.block.is_none() || t.chars().count() > 20 {
            seen_body = true;
        }
    }
    // 附件说明, 抄送, 印发: after the body.
    let from = its.len() / 3;
    let mut i = from;
    while i < its.len() {
        let it = &its[i];
        let t = it.trimmed();
        // (Each pattern is anchored at a word its line opens or ends with: only such lines are read by
        // its regex — a 100 MB text holds millions of blocks.)
        if f.attachments.is_empty() && is_block(it) && t.starts_with('附') {
            if let Some(c) = ATTACHMENT_NOTE.captures(t) {
                let number = c.get(1).and_then(|m| digits(m.as_str()));
                f.attachments.push(Attachment { number, name: clean_name(&c[2]), span: it.span });
                f.attachment_blocks.push(it.span.start);
                // Numbered lines that continue it.
                if let Some(mut expect) = number.map(|n| n + 1) {
                    let mut j = i + 1;
                    while let Some(next) = its.get(j).filter(|n| is_block(n) || n.block.is_none()) {
                        let Some(c) = NUMBERED.captures(next.trimmed()) else { break };
                        if digits(&c[1]) != Some(expect) {
                            break;
                        }
                        f.attachments.push(Attachment {
                            number: Some(expect),
                            name: clean_name(&c[2]),
                            span: next.span,
                        });
                        if next.block.is_some() {
                            f.attachment_blocks.push(next.span.start);
                        }
                        expect += 1;
                        j += 1;
                    }
                    i = j;
                    continue;
                }
            }
        }
        if is_block(it) {
            if let Some(c) = t.starts_with(['抄', '分']).then(|| CC.captures(t)).flatten() {
                f.cc = Some(NamedPart { text: t.to_string(), span: it.span, names: names(&c[1]) });
            } else if let Some(c) =
                t.ends_with('发').then(|| PRINTED.captures(t)).flatten().filter(|c| is_org(c[1].trim()))
            {
                f.printed_by = Some(PrintedBy {
                    text: t.to_string(),
                    span: it.span,
                    issuer: c[1].trim().to_string(),
                    date: normalize_date(&c[2]),
                });
            }
        }
        i += 1;
    }
    f
}

/// The value of a number of ASCII or full-width digits.
fn digits(s: &str) -> Option<u32> {
    crate::markers::numeral::parse_arabic(s).ok().filter(|(rest, _)| rest.is_empty()).map(|(_, n)| n)
}

/// An attachment's name without closing punctuation.
fn clean_name(s: &str) -> String {
    s.trim().trim_end_matches(['。', '；', ';', '，', ',']).to_string()
}

/// Sets every official part found and retypes its blocks.
pub fn apply(doc: &mut Document<'_>, f: Found) {
    let mut changes = Vec::new();
    if let Some(p) = &f.doc_no {
        changes.push((p.span.start, BlockKind::DocNo));
    }
    if let Some(p) = &f.recipients {
        changes.push((p.span.start, BlockKind::Recipients));
    }
    changes.extend(f.attachment_blocks.iter().map(|&s| (s, BlockKind::Attachments)));
    if let Some(p) = &f.cc {
        changes.push((p.span.start, BlockKind::Cc));
    }
    if let Some(p) = &f.printed_by {
        changes.push((p.span.start, BlockKind::PrintedBy));
    }
    doc.parts.doc_no = f.doc_no;
    doc.parts.recipients = f.recipients;
    doc.parts.attachments = f.attachments;
    doc.parts.cc = f.cc;
    doc.parts.printed_by = f.printed_by;
    retype(doc, &changes);
    apply_signature(doc, Found { signature: f.signature, ..Found::default() });
}

/// Sets the sign-off only (for reports, which are signed but have no other 公文 parts).
pub fn apply_signature(doc: &mut Document<'_>, f: Found) {
    if let Some(sig) = f.signature {
        // The 成文日期, unless a gov.cn header table already gave it.
        if doc.meta.written.is_none() {
            doc.meta.written.clone_from(&sig.date.date);
        }
        let mut changes: Vec<(usize, BlockKind)> =
            sig.issuers.iter().map(|p| (p.span.start, BlockKind::Signature)).collect();
        changes.push((sig.date.span.start, BlockKind::Signature));
        retype(doc, &changes);
        doc.parts.signature = Some(sig);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_recognise_document_numbers() {
        for ok in ["国发〔2019〕5号", "青教发[2024]12号", "国办函〔2005〕57号", "京政发（2020）第3号"]
        {
            assert!(DOC_NO.is_match(ok), "should read {ok} as a 发文字号");
        }
        for no in ["根据国发〔2019〕5号文件精神", "2019年5号", "〔2019〕5号"] {
            assert!(!DOC_NO.is_match(no), "should not read {no} as a 发文字号");
        }
    }

    #[test]
    fn should_split_lists_of_bodies() {
        assert_eq!(
            names("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
            ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "should keep 、 inside a group whose pieces are not all bodies"
        );
        assert_eq!(names("市发展改革委、市财政局、市教育局："), ["市发展改革委", "市财政局", "市教育局"]);
        assert_eq!(names("市委办公室，市人大常委会办公室。"), ["市委办公室", "市人大常委会办公室"]);
    }

    #[test]
    fn should_read_printed_by_lines() {
        let c = PRINTED.captures("青川市人民政府办公室　　2024年4月2日印发").unwrap();
        assert_eq!(c[1].trim(), "青川市人民政府办公室");
        assert_eq!(normalize_date(&c[2]).as_deref(), Some("2024-04-02"));
        assert!(PRINTED.captures("文件已于2024年4月2日印发").is_some_and(|c| !is_org(c[1].trim())));
    }
}
