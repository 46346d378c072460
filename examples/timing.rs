//! Times the pipeline's stages on one file (decode, parse, JSON render), for profiling by hand.
//!
//! ```text
//! cargo run --release --example timing -- FILE
//! ```

// The same allocator as the binary, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: timing FILE")?;
    let bytes = std::fs::read(&path)?;
    let mb = bytes.len() as f64 / 1e6;
    let t = Instant::now();
    let src = dagang::decode::decode(&bytes, None)?;
    let decode = t.elapsed().as_secs_f64();
    let text = src.text.into_owned();
    let t = Instant::now();
    let doc = dagang::parse(&text);
    let parse = t.elapsed().as_secs_f64();
    // Parse and render again, best of five: the first run also pays for fresh memory.
    let mut parse_best = parse;
    for _ in 0..5 {
        let t = Instant::now();
        let d = dagang::parse(&text);
        parse_best = parse_best.min(t.elapsed().as_secs_f64());
        drop(d);
    }
    let mut render = f64::MAX;
    let mut out = Vec::with_capacity(text.len() * 2);
    for _ in 0..5 {
        out.clear();
        let t = Instant::now();
        dagang::render::json::write(&doc, false, &mut out)?;
        render = render.min(t.elapsed().as_secs_f64());
    }
    // The parse again, stage by stage.
    let opts = dagang::Options::default();
    let t = Instant::now();
    let lines = dagang::__private::lines::split(&text);
    let t_lines = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let analysis = dagang::__private::classify::classify(&text, &lines, &opts);
    let t_classify = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut staged = dagang::__private::outline::build(&text, &lines, analysis, doc.source.clone(), false);
    let t_outline = t.elapsed().as_secs_f64();
    let t = Instant::now();
    dagang::__private::kinds::analyze(&text, &mut staged, dagang::KindHint::Auto);
    let t_kinds = t.elapsed().as_secs_f64();
    println!(
        "stages: lines {:.0} MB/s, classify {:.0} MB/s, outline {:.0} MB/s, kinds {:.0} MB/s",
        mb / t_lines,
        mb / t_classify,
        mb / t_outline,
        mb / t_kinds
    );
    println!(
        "{mb:.1} MB: decode {:.0} MB/s, parse {:.0} MB/s (first run {:.0} MB/s), render {:.0} MB/s ({:.1} MB of JSON)",
        mb / decode,
        mb / parse_best,
        mb / parse,
        mb / render,
        out.len() as f64 / 1e6
    );
    Ok(())
}
