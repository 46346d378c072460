//! Feeds arbitrary bytes through decoding, parsing and every renderer, and checks the invariants:
//! no panic, the leaves tile the decoded text, the compact JSON matches serde_json and parses back
//! into the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = dagang::decode::decode(data, None) else { return };
    let parsers = [
        dagang::Parser::new(),
        dagang::Parser::new().keep_boilerplate(true),
        dagang::Parser::new().boilerplate(false),
        dagang::Parser::new().kind(dagang::KindHint::Law),
        dagang::Parser::new().kind(dagang::KindHint::Official),
    ];
    for parser in parsers {
        let doc = parser.parse_decoded(&src);
        if let Err(e) = dagang::render::nodes::check_tiling(&src.text, &doc) {
            panic!("leaves do not tile the text: {e}");
        }
        let fast = dagang::render::json::to_string(&doc);
        assert_eq!(fast, serde_json::to_string(&doc).unwrap(), "the compact writer differs from serde_json");
        let back: dagang::Document = serde_json::from_str(&fast).unwrap();
        assert_eq!(back, doc);
        let mut pretty = Vec::new();
        dagang::render::json::write(&doc, true, &mut pretty).unwrap();
        let _ = dagang::render::nodes::leaves(&src.text, &doc);
    }
});
