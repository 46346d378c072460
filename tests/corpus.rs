//! Tests over ../shared/corpus, the development corpus of real documents (not part of the project).
//! They skip cleanly when ../shared is absent. The accuracy floor is checked by .ci/run with the
//! scorer; here every document must parse without panicking and tile its text.

use std::path::Path;

mod common;

#[test]
fn corpus_documents_tile_their_text() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let docs = common::documents(dir);
    for path in &docs {
        let bytes = std::fs::read(path).unwrap();
        let (text, doc) = dagang::Parser::new().parse_bytes(&bytes, None).expect("corpus documents decode");
        if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
            panic!("{}: leaves should tile the text: {e}", path.display());
        }
    }
}

#[test]
fn corpus_documents_round_trip_through_markdown() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let mut failures = Vec::new();
    for path in common::documents(dir) {
        let bytes = std::fs::read(&path).unwrap();
        let (text, _) = dagang::Parser::new().parse_bytes(&bytes, None).expect("corpus documents decode");
        if let Err(e) = common::markdown_round_trip(&text) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "should give the same outline back from Markdown:\n{}", failures.join("\n"));
}
