//! Prints the outline of a text file as an indented list of headings.
//!
//! ```text
//! cargo run --example outline -- fixtures/seed/fanwen_speech.txt
//! ```

use dagang::Section;

fn print(s: &Section) {
    let indent = "  ".repeat(s.level as usize - 1);
    let marker = s.marker.as_ref().map_or("", |m| m.text.as_ref());
    println!("{indent}{marker}{}  (line {})", s.heading, s.span.line);
    for c in &s.sections {
        print(c);
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: outline FILE")?;
    let bytes = std::fs::read(&path)?;
    let (_text, doc) = dagang::Parser::new().parse_bytes(&bytes, None)?;
    if let Some(t) = &doc.title {
        println!("{}", t.text);
    }
    for s in &doc.sections {
        print(s);
    }
    Ok(())
}
