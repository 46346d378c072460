//! Tests over ../shared/corpus, the development corpus of real documents (not part of the project).
//! They are `#[ignore]`d, so a plain `cargo test` reports them as ignored rather than passing
//! without looking at anything; `scripts/check` runs them with `--ignored` when ../shared is
//! present (and skips them, saying so, when it is absent). Run by hand:
//! `cargo test --test corpus -- --ignored`. The accuracy floor is checked by .ci/run with the
//! scorer; here every document must parse without panicking, tile its text and round-trip.

use std::path::{Path, PathBuf};

mod common;

/// ../shared/corpus, which an `--ignored` run asked for: its absence is an error, not a pass.
fn corpus_dir() -> PathBuf {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")).to_path_buf();
    assert!(dir.is_dir(), "{} is absent: these tests need the shared corpus beside the repository", dir.display());
    dir
}

#[test]
#[ignore = "needs ../shared/corpus; scripts/check runs it when present"]
fn corpus_documents_tile_their_text() {
    let dir = corpus_dir();
    let docs = common::documents(&dir);
    for path in &docs {
        let bytes = std::fs::read(path).unwrap();
        let (text, doc) = dagang::Parser::new().parse_bytes(&bytes, None).expect("corpus documents decode");
        if let Err(e) = dagang::render::nodes::check_tiling(&text, &doc) {
            panic!("{}: leaves should tile the text: {e}", path.display());
        }
    }
}

#[test]
#[ignore = "needs ../shared/corpus; scripts/check runs it when present"]
fn corpus_documents_round_trip_through_markdown() {
    let dir = corpus_dir();
    let mut failures = Vec::new();
    for path in common::documents(&dir) {
        let bytes = std::fs::read(&path).unwrap();
        let (text, _) = dagang::Parser::new().parse_bytes(&bytes, None).expect("corpus documents decode");
        if let Err(e) = common::markdown_round_trip(&text) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "should give the same outline back from Markdown:\n{}", failures.join("\n"));
}
