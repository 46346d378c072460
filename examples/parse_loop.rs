//! Parses one file repeatedly (no output), for profiling the parser alone.
//!
//! ```text
//! cargo run --release --example parse_loop -- FILE [N]
//! ```

// The same allocator as the binary, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: parse_loop FILE [N]")?;
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(&path)?;
    let mut sections = 0;
    for _ in 0..n {
        sections += dagang::parse(&text).sections.len();
    }
    println!("{sections}");
    Ok(())
}
