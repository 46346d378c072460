//! Shared test helpers: read gold annotations (the scorer's format) and compare a parsed document with
//! them, the way ../shared/tools/score.py does.
#![allow(dead_code)]

use dagang::{Document, Section};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every fixture document (`*.txt`, `*.md`) under `dir`, recursively, sorted.
pub fn documents(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("txt" | "md")) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The 1-based line of byte `offset` in `text`, counting `\n` only.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn walk<'a, 'b>(s: &'a Section<'b>, out: &mut Vec<&'a Section<'b>>) {
    out.push(s);
    for c in &s.sections {
        walk(c, out);
    }
}

/// Every section of the document, depth first.
pub fn sections<'a, 'b>(doc: &'a Document<'b>) -> Vec<&'a Section<'b>> {
    let mut out = Vec::new();
    for s in &doc.sections {
        walk(s, &mut out);
    }
    out
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Compares `doc` (parsed from `text`) with the gold annotation; returns the differences, one per line.
pub fn compare_with_gold(text: &str, doc: &Document, gold: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let nonblank: BTreeSet<usize> =
        lines.iter().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, _)| i + 1).collect();

    let want: BTreeMap<usize, (u64, String)> = gold["headings"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|h| {
                    (
                        h["line"].as_u64().unwrap() as usize,
                        (h["level"].as_u64().unwrap(), h["text"].as_str().unwrap_or("").to_string()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let got: BTreeMap<usize, (u64, String)> =
        sections(doc).iter().map(|s| (line_of(text, s.span.start), (s.level as u64, s.heading.to_string()))).collect();
    for (line, (level, heading)) in &want {
        match got.get(line) {
            None => diffs.push(format!("missed heading at line {line}: L{level} {heading}")),
            Some((l, h)) => {
                if l != level {
                    diffs.push(format!("line {line}: level {l}, want {level} ({heading})"));
                }
                if squash(h) != squash(heading) {
                    diffs.push(format!("line {line}: heading {h:?}, want {heading:?}"));
                }
            }
        }
    }
    for (line, (level, heading)) in &got {
        if !want.contains_key(line) {
            diffs.push(format!("extra heading at line {line}: L{level} {heading}"));
        }
    }

    let title_lines: BTreeSet<usize> = gold["title_lines"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_u64()).map(|v| v as usize).collect())
        .unwrap_or_default();
    let want_boiler: BTreeSet<usize> = gold["boilerplate_lines"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_u64()).map(|v| v as usize).collect())
        .unwrap_or_default();
    let mut got_boiler = BTreeSet::new();
    for b in &doc.boilerplate {
        let first = line_of(text, b.span.start);
        let last = line_of(text, b.span.end.max(b.span.start + 1) - 1);
        got_boiler.extend(first..=last);
    }
    let got_boiler: BTreeSet<usize> =
        got_boiler.intersection(&nonblank).copied().filter(|l| !title_lines.contains(l)).collect();
    let want_boiler: BTreeSet<usize> =
        want_boiler.intersection(&nonblank).copied().filter(|l| !title_lines.contains(l)).collect();
    for l in want_boiler.difference(&got_boiler) {
        diffs.push(format!("kept boilerplate line {l}: {}", lines[l - 1].trim()));
    }
    for l in got_boiler.difference(&want_boiler) {
        diffs.push(format!("removed body line {l}: {}", lines[l - 1].trim()));
    }

    if let Some(t) = gold.get("title") {
        let want = t.as_str().map(squash).unwrap_or_default();
        let got = doc.title.as_ref().map(|t| squash(&t.text)).unwrap_or_default();
        if want != got {
            diffs.push(format!("title {got:?}, want {want:?}"));
        }
    }
    let meta = serde_json::to_value(&doc.meta).unwrap();
    if let Some(m) = gold["meta"].as_object() {
        for (k, v) in m {
            if meta.get(k) != Some(v) {
                diffs.push(format!("meta {k} = {:?}, want {v}", meta.get(k)));
            }
        }
    }
    diffs
}

/// The outline as (level, heading as written with whitespace squeezed out), depth first.
pub fn outline(doc: &Document) -> Vec<(u32, String)> {
    doc.headings().map(|(level, h)| (level, h.chars().filter(|c| !c.is_whitespace()).collect())).collect()
}

/// Renders `text`'s document as Markdown, parses the Markdown back and compares the outlines (and the
/// title). Returns the first difference.
pub fn markdown_round_trip(text: &str) -> Result<(), String> {
    let doc = dagang::parse(text);
    let md = doc.to_markdown();
    let back = dagang::parse(&md);
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let title = |d: &Document| d.title.as_ref().map(|t| squash(&t.text));
    if title(&doc) != title(&back) {
        return Err(format!("title {:?} came back as {:?}", title(&doc), title(&back)));
    }
    let (a, b) = (outline(&doc), outline(&back));
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if x != y {
            return Err(format!("heading {i}: {x:?} came back as {y:?}"));
        }
    }
    if a.len() != b.len() {
        let extra = if a.len() > b.len() { &a[b.len()] } else { &b[a.len()] };
        return Err(format!("{} headings came back as {} (first extra: {extra:?})", a.len(), b.len()));
    }
    Ok(())
}
