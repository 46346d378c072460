//! Feeds arbitrary bytes through decoding (detected, and under each `--encoding` the first byte
//! picks), parsing with every option (each kind, each line-break mode, boilerplate kept or off) and
//! every renderer, and checks the invariants: no panic, the leaves tile the decoded text, the
//! compact JSON matches serde_json and parses back into the same document, the shaped views
//! (`--outline-only`, `--max-level`) still render, chunks stay inside the text.
#![no_main]

use dagang::render::term::Paint;
use dagang::{KindHint, LineBreaks, Parser};
use libfuzzer_sys::fuzz_target;

const ENCODINGS: [Option<&str>; 7] =
    [None, Some("utf-8"), Some("gbk"), Some("gb18030"), Some("big5"), Some("utf-16le"), Some("utf-16be")];

fuzz_target!(|data: &[u8]| {
    let (pick, bytes) = data.split_first().map_or((0, data), |(&b, rest)| (b, rest));
    let encoding = ENCODINGS[usize::from(pick) % ENCODINGS.len()];
    let Ok(src) = dagang::decode::decode(bytes, encoding) else { return };
    let text: &str = &src.text;
    let parsers = [
        Parser::new(),
        Parser::new().keep_boilerplate(true),
        Parser::new().boilerplate(false),
        Parser::new().kind(KindHint::Law),
        Parser::new().kind(KindHint::Official),
        Parser::new().kind(KindHint::Speech),
        Parser::new().line_breaks(LineBreaks::Keep),
        Parser::new().line_breaks(LineBreaks::Reflow),
    ];
    for parser in parsers {
        let doc = parser.parse_decoded(&src);
        if let Err(e) = dagang::render::nodes::check_tiling(text, &doc) {
            panic!("leaves do not tile the text: {e}");
        }
        let fast = dagang::render::json::to_string(&doc);
        assert_eq!(fast, serde_json::to_string(&doc).unwrap(), "the compact writer differs from serde_json");
        let back: dagang::Document = serde_json::from_str(&fast).unwrap();
        assert_eq!(back, doc);
        let mut sink = Vec::new();
        dagang::render::json::write(&doc, true, &mut sink).unwrap();
        let _ = dagang::render::json::to_string_char_spans(&doc, text);
        dagang::render::markdown::write(&doc, &mut sink).unwrap();
        dagang::render::text::write(text, &doc, &mut sink).unwrap();
        for paint in [Paint { on: false }, Paint { on: true }] {
            dagang::render::tree::write(&doc, paint, Some(40), &mut sink).unwrap();
            dagang::render::explain::write(text, &doc, paint, Some(130), &mut sink).unwrap();
        }
        let _ = dagang::render::nodes::leaves(text, &doc);
        for options in [dagang::ChunkOptions::default(), dagang::ChunkOptions { max_chars: 20, min_chars: 5, overlap: 1 }] {
            let chunks = dagang::chunks(&doc, &options);
            dagang::render::chunks::write_lines(&chunks, &[("id", "1")], &mut sink).unwrap();
        }
        let shaped = doc.clone().outline_only().max_level(1);
        dagang::render::json::write(&shaped, false, &mut sink).unwrap();
        dagang::render::markdown::write(&shaped, &mut sink).unwrap();
    }
});
