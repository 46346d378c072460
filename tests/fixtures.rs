//! Fixture tests: every document under fixtures/ is parsed and
//! - compared with its gold annotation (`NAME.gold.json`, the scorer's format): headings, levels,
//!   heading text, boilerplate lines, title and metadata must match exactly;
//! - checked for lossless accounting: the leaves tile the text;
//! - snapshotted as JSON and in every human format (insta), so that any change of output is reviewed;
//! - rendered as Markdown and parsed back, which must give the same outline;
//! - validated against the JSON Schema that `dagang --schema` prints.

mod common;

use std::path::Path;

fn fixtures_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
}

#[test]
fn fixtures_match_their_gold_annotations() {
    let mut failures = Vec::new();
    let docs = common::documents(fixtures_dir());
    assert!(!docs.is_empty(), "should find fixtures under {}", fixtures_dir().display());
    for path in docs {
        let gold_path = path.with_file_name(format!("{}.gold.json", path.file_name().unwrap().to_string_lossy()));
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON parses");
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dagang::parse(&text);
        let diffs = common::compare_with_gold(&text, &doc, &gold);
        if !diffs.is_empty() {
            failures.push(format!("{}:\n  {}", path.display(), diffs.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "should reproduce every gold annotation:\n{}", failures.join("\n"));
}

#[test]
fn fixtures_tile_their_text() {
    for path in common::documents(fixtures_dir()) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dagang::parse(&text);
        if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
            panic!("{}: leaves should tile the text: {e}", path.display());
        }
    }
}

#[test]
fn fixture_snapshots() {
    insta::glob!("../fixtures", "**/*.{txt,md}", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = dagang::parse(&text);
        insta::assert_json_snapshot!(doc);
    });
}

#[test]
fn format_snapshots() {
    use dagang::render::{explain, markdown, term::Paint, text, tree};
    let plain = Paint { on: false };
    insta::glob!("../fixtures", "**/*.{txt,md}", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = dagang::parse(&text);
        insta::assert_snapshot!("markdown", markdown::to_markdown(&doc));
        let mut out = Vec::new();
        tree::write(&doc, plain, Some(80), &mut out).unwrap();
        insta::assert_snapshot!("tree", String::from_utf8(out).unwrap());
        insta::assert_snapshot!("text", text::to_text(&text, &doc));
        let mut out = Vec::new();
        explain::write(&text, &doc, plain, Some(100), &mut out).unwrap();
        insta::assert_snapshot!("explain", String::from_utf8(out).unwrap());
    });
}

#[test]
fn markdown_round_trips_on_every_fixture() {
    let mut failures = Vec::new();
    let eval = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/eval"));
    for path in common::documents(fixtures_dir()).into_iter().chain(common::documents(eval)) {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err(e) = common::markdown_round_trip(&text) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "should give the same outline back from Markdown:\n{}", failures.join("\n"));
}

#[test]
fn every_fixture_output_matches_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(dagang::SCHEMA).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    for path in common::documents(fixtures_dir()) {
        let text = std::fs::read_to_string(&path).unwrap();
        for parser in [dagang::Parser::new(), dagang::Parser::new().keep_boilerplate(true)] {
            let doc = parser.parse(&text);
            for json in [doc.to_json(), doc.clone().outline_only().to_json()] {
                let value: serde_json::Value = serde_json::from_str(&json).unwrap();
                let errors: Vec<String> =
                    validator.iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
                assert!(
                    errors.is_empty(),
                    "{}: output should match the schema:\n{}",
                    path.display(),
                    errors.join("\n")
                );
            }
        }
    }
}

#[test]
fn fast_json_matches_serde_json_on_every_fixture() {
    for path in common::documents(fixtures_dir()) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dagang::parse(&text);
        let fast = dagang::render::json::to_string(&doc);
        let serde = serde_json::to_string(&doc).unwrap();
        assert!(fast == serde, "{}: the compact writer should match serde_json", path.display());
    }
}

#[test]
fn character_spans_are_the_byte_spans_counted_in_characters() {
    fn spans(v: &serde_json::Value, out: &mut Vec<(u64, u64, u64, u64)>) {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e), Some(bs), Some(be)) = (
                    m.get("start").and_then(|x| x.as_u64()),
                    m.get("end").and_then(|x| x.as_u64()),
                    m.get("byte_start").and_then(|x| x.as_u64()),
                    m.get("byte_end").and_then(|x| x.as_u64()),
                ) {
                    out.push((s, e, bs, be));
                }
                m.values().for_each(|x| spans(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| spans(x, out)),
            _ => {}
        }
    }
    for path in common::documents(fixtures_dir()) {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dagang::parse(&text);
        let chars: serde_json::Value =
            serde_json::from_str(&dagang::render::json::to_string_char_spans(&doc, &text)).unwrap();
        let bytes: serde_json::Value = serde_json::from_str(&dagang::render::json::to_string(&doc)).unwrap();
        let (mut with_chars, mut plain) = (Vec::new(), 0);
        spans(&chars, &mut with_chars);
        fn count(v: &serde_json::Value) -> usize {
            match v {
                serde_json::Value::Object(m) => {
                    usize::from(m.contains_key("line") && m.contains_key("start"))
                        + m.values().map(count).sum::<usize>()
                }
                serde_json::Value::Array(a) => a.iter().map(count).sum(),
                _ => 0,
            }
        }
        plain += count(&bytes);
        assert_eq!(with_chars.len(), plain, "{}: every span should carry both offsets", path.display());
        for (s, e, bs, be) in with_chars {
            let by_chars: String = text.chars().skip(s as usize).take((e - s) as usize).collect();
            assert_eq!(by_chars, text[bs as usize..be as usize], "{}: {s}..{e} should be {bs}..{be}", path.display());
        }
    }
}

#[test]
fn enum_names_match_serde() {
    use dagang::{BlockKind as B, BoilerplateKind as K};
    for k in [
        B::Paragraph,
        B::ListItem,
        B::Toc,
        B::TableRow,
        B::Note,
        B::Code,
        B::Boilerplate,
        B::DocNo,
        B::Recipients,
        B::Salutation,
        B::Speaker,
        B::Attachments,
        B::Signature,
        B::Cc,
        B::PrintedBy,
    ] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name(), "should name {k:?} as serde does");
    }
    for k in [
        K::Banner,
        K::Navigation,
        K::Metadata,
        K::Share,
        K::Advertisement,
        K::Related,
        K::Counter,
        K::Copyright,
        K::Comment,
        K::Markup,
        K::Residue,
        K::Teaser,
        K::Contact,
    ] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name(), "should name {k:?} as serde does");
    }
    use dagang::{KindName as N, LawUnit as U};
    for k in [N::Law, N::Regulation, N::OfficialDocument, N::Speech, N::Report, N::Article, N::Unknown] {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name(), "should name {k:?} as serde does");
    }
    for u in [U::Book, U::SubBook, U::Part, U::Chapter, U::Section, U::Article, U::Item, U::SubItem] {
        assert_eq!(serde_json::to_value(u).unwrap(), u.name(), "should name {u:?} as serde does");
    }
}
