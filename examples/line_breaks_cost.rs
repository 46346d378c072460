//! What the logical-lines stage costs where nothing needs reflowing, measured in one run: the seed
//! repeated to N MB (default 100), parsed with `--line-breaks auto` and `keep` in turn, the best of
//! five each; prints the two times and their ratio. And a one-line text at 1×, 4×, 16× (time per MB
//! should stay flat).
//!
//! ```text
//! cargo run --profile ci --example line_breaks_cost -- [MB]
//! ```

use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: &str = include_str!("../fixtures/seed/fanwen_speech.txt");

fn best(text: &str, mode: dagang::LineBreaks) -> Duration {
    let parser = dagang::Parser::new().line_breaks(mode);
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(parser.parse(std::hint::black_box(text)));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100);
    let text = SEED.repeat(mb * 1_000_000 / SEED.len());
    let (mut auto, mut keep) = (Duration::MAX, Duration::MAX);
    // Interleaved, so that both see the same machine.
    for _ in 0..2 {
        auto = auto.min(best(&text, dagang::LineBreaks::Auto));
        keep = keep.min(best(&text, dagang::LineBreaks::Keep));
    }
    println!("{mb} MB: auto {auto:.2?}, keep {keep:.2?}, auto/keep {:.3}", auto.as_secs_f64() / keep.as_secs_f64());
    let one_line: String =
        SEED.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\u{3000}\u{3000}");
    let unit = one_line.repeat((mb * 1_000_000 / 16 / one_line.len()).max(1));
    for n in [1usize, 4, 16] {
        let t = unit.repeat(n);
        let d = best(&t, dagang::LineBreaks::Auto);
        let per_mb = d.as_secs_f64() * 1e3 / (t.len() as f64 / 1e6);
        println!("one line ×{n:<2} ({:>5.1} MB): {d:.2?}, {per_mb:.2} ms/MB", t.len() as f64 / 1e6);
    }
}
