//! Builds a table of contents from a file: numbered entries (1, 1.1, 1.1.1 …) whatever markers the
//! document uses, with the line each section starts on, down to an optional depth.
//!
//! ```text
//! cargo run --example toc -- fixtures/outline/law_chapters.txt 2
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: toc FILE [DEPTH]")?;
    let depth: u32 = args.next().map(|d| d.parse()).transpose()?.unwrap_or(u32::MAX);
    let (_text, doc) = dagang::Parser::new().parse_bytes(&std::fs::read(&path)?, None)?;
    if let Some(t) = &doc.title {
        println!("{}\n", t.text);
    }
    // `walk()` walks depth first and gives each section's path: its index among its siblings at
    // every level, which is exactly a TOC number.
    for v in doc.walk().filter(|v| v.level() <= depth) {
        let number: Vec<String> = v.path.iter().map(|i| (i + 1).to_string()).collect();
        let indent = "  ".repeat(v.path.len() - 1);
        // A law's articles carry their whole first sentence as heading: keep entries short.
        let heading: String = v.section.heading.chars().take(24).collect();
        let more = if heading.len() < v.section.heading.len() { "…" } else { "" };
        println!("{indent}{} {heading}{more}  …… {}", number.join("."), v.section.span.line);
    }
    Ok(())
}
