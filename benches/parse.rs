//! Benchmarks: throughput in bytes/s of parse only (text → Document), render only (Document → JSON)
//! and end to end, on the seed, on ~100 MB made by repeating the seed (generated here, not
//! committed; set DAGANG_BENCH_MB to change the size), and on many small documents; and groups of
//! pathological inputs that grow 1×, 4×, 16× to show that time grows linearly with size; and the
//! cost of the logical-lines stage (`line_breaks`): the large text parsed with the stage deciding
//! (`auto`) and told to keep the lines (`keep`), whose ratio is what detection costs where nothing
//! needs reflowing, and a one-line text and a text wrapped at the page width at 1×, 4×, 16×.
//!
//! ```text
//! cargo bench                       # everything
//! cargo bench -- pathological       # one group
//! ```

#[path = "../tests/common/families.rs"]
mod families;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

// The same allocator as the binary, so that the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: &str = include_str!("../fixtures/seed/fanwen_speech.txt");

fn render(doc: &dagang::Document<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 << 16);
    dagang::render::json::write(doc, false, &mut out).unwrap();
    out
}

fn stages(c: &mut Criterion, name: &str, text: &str, samples: usize) {
    let mut g = c.benchmark_group(name);
    g.sample_size(samples).measurement_time(Duration::from_secs(if text.len() > 10 << 20 { 20 } else { 5 }));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| b.iter(|| black_box(dagang::parse(black_box(text)))));
    let doc = dagang::parse(text);
    g.bench_function("render", |b| b.iter(|| black_box(render(black_box(&doc)))));
    g.bench_function("end_to_end", |b| b.iter(|| black_box(render(&dagang::parse(black_box(text))))));
    g.finish();
}

fn seed(c: &mut Criterion) {
    stages(c, "seed", SEED, 100);
}

fn large(c: &mut Criterion) {
    let mb: usize = std::env::var("DAGANG_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let text = SEED.repeat(mb * 1_000_000 / SEED.len());
    stages(c, "large", &text, 10);
}

fn many_small(c: &mut Criterion) {
    let docs: Vec<String> = (0..1000).map(|i| SEED.replace("第五、", &format!("第五、（{i}）"))).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("many_small");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("end_to_end_1000_docs", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(render(&dagang::parse(d)));
            }
        })
    });
    g.finish();
}

/// Inputs that grow with `n`: each should take time proportional to its size.
fn pathological_inputs(n: usize) -> Vec<(&'static str, String)> {
    let families =
        ["一、", "（一）", "1.", "（1）", "①", "a)", "A.", "Ⅰ、", "第一章", "第一节", "第一条", "●", "1.1", "1.1.1"];
    vec![
        ("long_line", "这是一个很长的句子，没有换行。".repeat(20_000 * n)),
        ("many_headings", (0..20_000 * n).map(|i| format!("{}.标题{i}\n", i % 50 + 1)).collect()),
        ("deep_nesting", (0..2_000 * n).map(|i| format!("{}标题{i}\n", families[i % families.len()])).collect()),
        ("punctuation", "，。、；：！？（）【】《》“”…—·".repeat(10_000 * n)),
        ("blank_lines", "\n".repeat(200_000 * n)),
        ("boilerplate", "上一篇：某某文章\n微信扫码分享\n版权所有 © 2024\n".repeat(5_000 * n)),
        // Truncated teasers among running text: each is compared with its neighbours only (once
        // it was compared with every line of the document).
        (
            "teasers",
            (0..5_000 * n)
                .map(|i| format!("今年全国两会召开，习近平总书记三下团组。\n很多人都在看的第{i}篇文章…\n"))
                .collect(),
        ),
    ]
}

fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for n in [1, 4, 16] {
        for (name, text) in pathological_inputs(n) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{n}x")), &text, |b, t| {
                b.iter(|| black_box(dagang::parse(black_box(t))))
            });
        }
    }
    // The families of tests/scaling.rs, from 64 KB.
    for n in [1, 4, 16] {
        for name in families::NAMES {
            let text = families::family(name, 64_000 * n);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(*name, format!("{n}x")), &text, |b, t| {
                b.iter(|| black_box(dagang::parse(black_box(t))))
            });
        }
    }
    g.finish();
}

/// `SEED` as a converter from PDF writes it: every paragraph broken every 38 characters, a page
/// number and a running header every 40 lines.
fn wrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 11 / 10);
    let mut n = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let chars: Vec<char> = line.chars().collect();
        for piece in chars.chunks(38) {
            out.extend(piece);
            out.push('\n');
            n += 1;
            if n % 40 == 0 {
                out.push_str(&format!("- {} -\n在市委理论学习中心组学习研讨会上的发言\n", n / 40));
            }
        }
    }
    out
}

fn line_breaks(c: &mut Criterion) {
    let mb: usize = std::env::var("DAGANG_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let text = SEED.repeat(mb * 1_000_000 / SEED.len());
    let mut g = c.benchmark_group("line_breaks");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Bytes(text.len() as u64));
    for (name, mode) in [("auto", dagang::LineBreaks::Auto), ("keep", dagang::LineBreaks::Keep)] {
        let parser = dagang::Parser::new().line_breaks(mode);
        g.bench_function(name, |b| b.iter(|| black_box(parser.parse(black_box(&text)))));
    }
    g.finish();
    let mut g = c.benchmark_group("line_breaks_growth");
    g.sample_size(10);
    let one_line: String =
        SEED.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\u{3000}\u{3000}");
    let wrapped = wrapped(SEED);
    for n in [1usize, 4, 16] {
        for (name, unit) in [("one_line", &one_line), ("wrapped", &wrapped)] {
            let t = unit.repeat(n * 40);
            g.throughput(Throughput::Bytes(t.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &t, |b, t| b.iter(|| black_box(dagang::parse(black_box(t)))));
        }
    }
    g.finish();
}

criterion_group!(benches, seed, large, many_small, pathological, line_breaks);
criterion_main!(benches);
