//! Text: the clean article — title, headings and paragraphs, with boilerplate removed and Markdown
//! markup (`##`, `**`) dropped, keeping the original line breaks between paragraphs.

use super::explain::{line_roles, LineRole};
use crate::model::{Document, Section};
use std::io::{self, Write};

fn collect_markup(s: &Section<'_>, out: &mut Vec<(usize, usize)>) {
    out.extend(s.markup.iter().map(|m| (m.start, m.end)));
    for c in &s.sections {
        collect_markup(c, out);
    }
}

/// The clean article as a string.
pub fn to_text(text: &str, doc: &Document<'_>) -> String {
    let roles = line_roles(text, doc);
    let mut markup = Vec::new();
    for s in &doc.sections {
        collect_markup(s, &mut markup);
    }
    markup.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    let mut at = 0;
    let mut m = 0;
    // A page often repeats its title (in the banner, then above the article): print it once.
    let mut titles_seen: Vec<String> = Vec::new();
    for (line, role) in text.split('\n').zip(&roles) {
        let start = at;
        at += line.len() + 1;
        match role {
            LineRole::Boilerplate { .. } => continue,
            LineRole::Title => {
                let key: String = line.chars().filter(|c| !c.is_whitespace()).collect();
                if titles_seen.contains(&key) {
                    continue;
                }
                titles_seen.push(key);
            }
            LineRole::Blank => {
                pending_blank = !out.is_empty();
                continue;
            }
            _ => {}
        }
        if pending_blank {
            out.push('\n');
            pending_blank = false;
        }
        // Drop the Markdown markup on this line.
        let mut piece = String::new();
        let mut from = start;
        while m < markup.len() && markup[m].0 < start + line.len() {
            let (s, e) = markup[m];
            if s >= from {
                piece.push_str(&text[from..s]);
                from = e;
            }
            m += 1;
        }
        piece.push_str(&text[from.min(start + line.len())..start + line.len()]);
        out.push_str(piece.trim_matches(crate::lines::is_space));
        out.push('\n');
    }
    out
}

/// Writes the clean article.
///
/// ## Errors
///
/// Returns the writer's I/O error.
pub fn write(text: &str, doc: &Document<'_>, mut out: impl Write) -> io::Result<()> {
    out.write_all(to_text(text, doc).as_bytes())
}
