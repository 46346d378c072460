//! Strips the site clutter from every `.txt` file of a folder: writes the clean article next to each
//! input as `NAME.clean.txt`, and prints what was removed from each file, by kind.
//!
//! ```text
//! cargo run --example strip_boilerplate -- fixtures/web
//! ```

use std::collections::BTreeMap;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: strip_boilerplate DIR")?;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.to_string_lossy().ends_with(".clean.txt"))
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path)?;
        // Undecodable files are reported and skipped; the others always parse.
        let (text, doc) = match dagang::Parser::new().parse_bytes(&bytes, None) {
            Ok(parsed) => parsed,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                continue;
            }
        };
        let out = path.with_extension("clean.txt");
        std::fs::write(&out, doc.to_text(&text))?;
        let mut removed: BTreeMap<&str, usize> = BTreeMap::new();
        for b in &doc.boilerplate {
            *removed.entry(b.kind.name()).or_default() += 1;
        }
        let summary: Vec<String> = removed.iter().map(|(k, n)| format!("{n} {k}")).collect();
        println!(
            "{} → {}: removed {}",
            path.display(),
            name(&out),
            if summary.is_empty() { "nothing".into() } else { summary.join(", ") }
        );
    }
    Ok(())
}

fn name(p: &Path) -> String {
    p.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}
