//! Parses one file once and writes its JSON to stdout, with the system allocator: for heap profilers.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: mem_once FILE")?;
    let bytes = std::fs::read(&path)?;
    let src = dagang::decode::decode(&bytes, None)?;
    let text = src.text.into_owned();
    drop(bytes);
    let doc = dagang::parse(&text);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    dagang::render::json::write(&doc, false, &mut out)?;
    Ok(())
}
