//! Times the pipeline's stages on one file (decode, parse, JSON render), for profiling by hand.
//!
//! ```text
//! cargo run --release --example timing -- FILE
//! ```

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
    let t = Instant::now();
    let mut out = Vec::with_capacity(text.len() * 2);
    dagang::render::json::write(&doc, false, &mut out)?;
    let render = t.elapsed().as_secs_f64();
    println!(
        "{mb:.1} MB: decode {:.0} MB/s, parse {:.0} MB/s, render {:.0} MB/s ({:.1} MB of JSON)",
        mb / decode,
        mb / parse,
        mb / render,
        out.len() as f64 / 1e6
    );
    Ok(())
}
