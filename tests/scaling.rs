//! Linear time on pathological inputs (issue 14 item 7): each family of `common/families.rs` at
//! 2 MB, parsed and rendered with a generous time limit. The limit is not a benchmark — a linear
//! parse of 2 MB takes well under a second in the test profile — but a pass that reads the document
//! once per line (as the title search once read a header of repeated lines, or `lines::unwrapped`
//! the joined text before every break) takes minutes at this size, and fails here instead of
//! hanging a user's batch. Speed itself is measured by the `pathological` criterion group.

#[path = "common/families.rs"]
mod families;

use std::sync::mpsc;
use std::time::Duration;

const SIZE: usize = 2_000_000;
const LIMIT: Duration = Duration::from_secs(90);

fn parse_within_limit(name: &'static str) {
    let text = families::family(name, SIZE);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let doc = dagang::parse(&text);
        let tiles = dagang::render::nodes::check_tiling(&text, &doc).map_err(|e| e.to_string());
        let json = dagang::render::json::to_string(&doc);
        let _ = tx.send((tiles, json.len()));
    });
    match rx.recv_timeout(LIMIT) {
        Ok((tiles, json)) => {
            assert!(tiles.is_ok(), "{name}: leaves should tile the text: {tiles:?}");
            assert!(json > 0, "{name}: no JSON");
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{name}: 2 MB took more than {LIMIT:?}: quadratic?"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{name}: the parse panicked"),
    }
}

#[test]
fn every_family_parses_in_linear_time() {
    for name in families::NAMES {
        parse_within_limit(name);
    }
}
