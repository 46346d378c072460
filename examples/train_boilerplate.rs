//! Trains the line classifier of `dagang::__private::classify::learned` on the gold lines of a corpus, and
//! measures it by leave-one-source-out cross-validation against the rules alone.
//!
//! ```text
//! cargo run --release --example train_boilerplate -- --cv [CORPUS]                  # the table
//! cargo run --release --example train_boilerplate -- --write src/classify/weights.rs [CORPUS]
//! ```
//!
//! CORPUS defaults to `../shared/corpus`: one folder per source, each document `DOC` with its gold
//! `DOC.gold.json` (documents in the "order" format carry no line labels and are skipped). A line is
//! clutter when the gold lists it in `boilerplate_lines`; title lines are not scored, as in the
//! scorer. Training is deterministic: L2-regularised logistic regression fitted by Newton's method
//! from zero weights, every source weighted equally (so that one long law does not outweigh eleven
//! sources of web pages), files read in sorted order.

use dagang::__private::classify::learned::{self, Row, N};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One scored line: features, the rules' verdict, the gold verdict.
struct Line {
    x: Row,
    rules: bool,
    gold: bool,
}

struct Doc {
    source: String,
    lines: Vec<Line>,
}

fn load(corpus: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    // Every .txt/.md file under the corpus, in a stable order (the CLI's own listing for -r).
    for path in dagang::cli::batch::list(corpus).expect("the corpus folder lists") {
        let gold_path = path.with_file_name(format!("{}.gold.json", path.file_name().unwrap().to_string_lossy()));
        let Ok(gold) = std::fs::read_to_string(&gold_path) else { continue };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON parses");
        if gold.get("format").and_then(|f| f.as_str()) == Some("order") {
            continue;
        }
        let set = |key: &str| -> BTreeSet<u64> {
            gold.get(key)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|n| n.as_u64()).collect())
                .unwrap_or_default()
        };
        let (boiler, title) = (set("boilerplate_lines"), set("title_lines"));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let source = path
            .strip_prefix(corpus)
            .ok()
            .and_then(|p| p.iter().next())
            .map_or_else(|| "?".to_string(), |s| s.to_string_lossy().into_owned());
        // The gold numbers lines by `\n` alone; dagang also breaks lines at `\r` and U+2028.
        let line_of = |offset: usize| text.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let lines = dagang::__private::classify::training_rows(&text)
            .into_iter()
            .map(|(at, x, rules)| (line_of(at), x, rules))
            .filter(|(n, _, _)| !title.contains(n))
            .map(|(n, x, rules)| Line { x, rules, gold: boiler.contains(&n) })
            .collect();
        docs.push(Doc { source, lines });
    }
    docs
}

/// Fits the weights on `docs` (every source of equal total weight).
fn train(docs: &[&Doc]) -> [f64; N] {
    let sources: BTreeSet<&str> = docs.iter().map(|d| d.source.as_str()).collect();
    let per_source = |s: &str| docs.iter().filter(|d| d.source == s).map(|d| d.lines.len()).sum::<usize>().max(1);
    let weight_of: std::collections::BTreeMap<&str, f64> =
        sources.iter().map(|&s| (s, 1000.0 / per_source(s) as f64)).collect();
    let rows: Vec<(&Row, f64, f64)> = docs
        .iter()
        .flat_map(|d| d.lines.iter().map(|l| (&l.x, f64::from(u8::from(l.gold)), weight_of[d.source.as_str()])))
        .collect();
    let lambda = 1.0;
    let mut w = [0.0f64; N];
    for _ in 0..25 {
        let mut g = [0.0f64; N];
        let mut h = vec![[0.0f64; N]; N];
        for &(x, y, c) in &rows {
            let z: f64 = (0..N).map(|j| f64::from(x[j]) * w[j]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let s = (p * (1.0 - p)).max(1e-9) * c;
            for j in 0..N {
                let xj = f64::from(x[j]);
                g[j] += c * (p - y) * xj;
                if xj != 0.0 {
                    for k in 0..N {
                        h[j][k] += s * xj * f64::from(x[k]);
                    }
                }
            }
        }
        for j in 1..N {
            g[j] += lambda * w[j];
            h[j][j] += lambda;
        }
        h[0][0] += 1e-6;
        let step = solve(h, g);
        let mut change = 0.0f64;
        for j in 0..N {
            w[j] -= step[j];
            change = change.max(step[j].abs());
        }
        if change < 1e-7 {
            break;
        }
    }
    w
}

/// Solves `a · x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<[f64; N]>, mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let pivot = (col..N).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let d = a[col][col];
        if d.abs() < 1e-12 {
            continue;
        }
        for r in col + 1..N {
            let f = a[r][col] / d;
            if f != 0.0 {
                let pivot_row = a[col];
                for (x, p) in a[r][col..].iter_mut().zip(&pivot_row[col..]) {
                    *x -= f * p;
                }
                b[r] -= f * b[col];
            }
        }
    }
    let mut x = [0.0f64; N];
    for col in (0..N).rev() {
        let s: f64 = (col + 1..N).map(|k| a[col][k] * x[k]).sum();
        x[col] = if a[col][col].abs() < 1e-12 { 0.0 } else { (b[col] - s) / a[col][col] };
    }
    x
}

fn probability(w: &[f64; N], x: &Row) -> f64 {
    let z: f64 = (0..N).map(|j| f64::from(x[j]) * w[j]).sum();
    1.0 / (1.0 + (-z).exp())
}

/// Counts of one verdict against the gold: true positives, false positives, false negatives.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            _ => {}
        }
    }
    fn f1(&self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            f64::from(2 * self.tp) / f64::from(d)
        }
    }
}

/// The rules, the rules reviewed by the model (what dagang runs), and the model alone.
fn score(w: &[f64; N], docs: &[&Doc]) -> [Counts; 3] {
    let mut c = [Counts::default(); 3];
    for d in docs {
        for l in &d.lines {
            let p = probability(w, &l.x);
            let reviewed = if l.rules { p >= learned::RESTORE_BELOW } else { p >= learned::REMOVE_AT };
            c[0].add(l.rules, l.gold);
            c[1].add(reviewed, l.gold);
            c[2].add(p >= 0.5, l.gold);
        }
    }
    c
}

fn row(name: &str, c: &[Counts; 3]) {
    println!(
        "{name:22} {:>8.3} {:>5} {:>8.3} {:>5} {:>8.3} {:>5}",
        c[0].f1(),
        c[0].fp,
        c[1].f1(),
        c[1].fp,
        c[2].f1(),
        c[2].fp
    );
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let cv = args.iter().any(|a| a == "--cv");
    let grid = args.iter().any(|a| a == "--grid");
    let write = args.iter().position(|a| a == "--write").map(|i| {
        let p = args.get(i + 1).cloned().expect("--write needs a path");
        args.drain(i..=i + 1);
        p
    });
    args.retain(|a| a != "--cv" && a != "--grid");
    let corpus = PathBuf::from(args.first().map_or("../shared/corpus", String::as_str));
    let docs = load(&corpus);
    assert!(!docs.is_empty(), "no gold documents under {}", corpus.display());
    let all: Vec<&Doc> = docs.iter().collect();
    if cv {
        let sources: BTreeSet<&str> = docs.iter().map(|d| d.source.as_str()).collect();
        println!("leave-one-source-out: boilerplate F1 and body lines removed (fp) of the held-out source");
        println!("{:22} {:>8} {:>5} {:>8} {:>5} {:>8} {:>5}", "source", "rules", "fp", "reviewed", "fp", "model", "fp");
        let mut pooled = [Counts::default(); 3];
        let mut macro_f1 = [0.0f64; 3];
        for &s in &sources {
            let (held, rest): (Vec<&Doc>, Vec<&Doc>) = all.iter().partition(|d| d.source == s);
            let w = train(&rest);
            let c = score(&w, &held);
            row(s, &c);
            for k in 0..3 {
                pooled[k].tp += c[k].tp;
                pooled[k].fp += c[k].fp;
                pooled[k].fn_ += c[k].fn_;
                macro_f1[k] += c[k].f1() / sources.len() as f64;
            }
        }
        row("TOTAL (pooled)", &pooled);
        println!(
            "{:22} {:>8.3} {:>5} {:>8.3} {:>5} {:>8.3} {:>5}",
            "mean of sources", macro_f1[0], "", macro_f1[1], "", macro_f1[2], ""
        );
        let w = train(&all);
        row("in-sample (all)", &score(&w, &all));
        if grid {
            for remove in [0.8, 0.9, 0.95, 0.98] {
                for restore in [0.01, 0.05, 0.1, 0.2] {
                    let mut pooled = Counts::default();
                    for &s in &sources {
                        let (held, rest): (Vec<&Doc>, Vec<&Doc>) = all.iter().partition(|d| d.source == s);
                        let w = train(&rest);
                        for d in &held {
                            for l in &d.lines {
                                let p = probability(&w, &l.x);
                                pooled.add(if l.rules { p >= restore } else { p >= remove }, l.gold);
                            }
                        }
                    }
                    println!(
                        "remove at {remove:.2}, restore below {restore:.2}: F1 {:.3}, body removed {}",
                        pooled.f1(),
                        pooled.fp
                    );
                }
            }
        }
    }
    if let Some(path) = write {
        let w = train(&all);
        let mut out = String::from(
            "// Written by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`\n\
             // from ../shared/corpus; do not edit by hand.\n\
             /// The line classifier's weights, one per feature of [`NAMES`].\n\
             pub static WEIGHTS: [f32; N] = [\n",
        );
        for (j, wj) in w.iter().enumerate() {
            out.push_str(&format!("    {:?}, // {}\n", *wj as f32, learned::NAMES[j]));
        }
        out.push_str("];\n");
        std::fs::write(&path, out).expect("write the weights");
        println!("wrote {path}");
    }
}
