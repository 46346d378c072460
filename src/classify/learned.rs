//! Learned: a trained line classifier that can review the rules' boilerplate verdicts.
//!
//! **Status: measured, not in the default pipeline.** Under leave-one-source-out cross-validation
//! on `../shared/corpus` (`scripts/cv`), the reviewed verdicts score below the rules alone (pooled
//! boilerplate F1 0.969 with 4 body lines removed, against 0.971 with 1; the model alone 0.966 with
//! 8, 0.974 in-sample): the rules stay, as the figure decides, and
//! [`classify`](super::classify) runs with [`Learned::Off`](super::Learned::Off).
//! [`classify_with`](super::classify_with) and [`Learned::Review`](super::Learned::Review) run it.
//!
//! The rules of [`boilerplate`](super::boilerplate) decide first. This stage then scores every
//! non-blank line with a logistic model over the line's facts and its neighbours' ([`NAMES`]: length,
//! CJK and punctuation shares, sentence ends, the pattern library's hit as features rather than
//! verdicts, the marker, position and zone, repetition in the document, links, the rules' own
//! verdict and the verdicts above and below), and flips a verdict only where the model is sure:
//! clutter the rules kept is removed when the model's probability of clutter is at least
//! [`REMOVE_AT`], and a line the rules removed is given back to the body when it is at most
//! [`RESTORE_BELOW`]. The thresholds are asymmetric because losing a line of the article is worse
//! than keeping a line of clutter. A line removed by the model says which features decided it.
//!
//! The weights ([`WEIGHTS`], in `weights.rs`) are trained on the gold lines of `../shared/corpus`
//! by `cargo run --release --example train_boilerplate -- --write src/classify/weights.rs`
//! (deterministic: full-batch gradient descent from zero, fixed steps, files in sorted order), and
//! measured by leave-one-source-out cross-validation with `scripts/cv` (the README shows the table).
//! Inference is a dot product per line: no Python, no network.
//!
//! Counter-examples the thresholds protect: a short quoted line inside the body (`“我在国外没有一分钱
//! 资产”`) is never removed on shortness alone — the rules kept it and the body around it pulls its
//! score down; a title line or front matter is never reviewed.

use super::boilerplate::{Boiler, LineView, Zones};
use super::patterns::Strength;
use crate::model::BoilerplateKind as K;
use std::collections::HashMap;

/// The number of features.
pub const N: usize = 47;

/// The features' names, in the order of the weights (reported in the reasons of removed lines).
pub const NAMES: [&str; N] = [
    "bias",
    "length",
    "CJK share",
    "punctuation share",
    "full stops",
    "ends like a sentence",
    "ends with 。 or ；",
    "ends with a colon",
    "ends with an ellipsis",
    "table cells",
    "a marker",
    "a Markdown heading",
    "a certain pattern",
    "a strong pattern",
    "an edge pattern",
    "a pattern that ends articles",
    "a metadata pattern",
    "a navigation pattern",
    "a related-list pattern",
    "a markup pattern",
    "another clutter pattern",
    "position in the document",
    "before the body",
    "after the body",
    "dense text",
    "the rules removed it",
    "the rules removed the line above",
    "the rules removed the line below",
    "dense text above",
    "dense text below",
    "length of the line above",
    "length of the line below",
    "digit share",
    "Latin share",
    "a link",
    "repeated in the document",
    "a date line",
    "widget residue",
    "reads as a sentence",
    "a person's name",
    "separators",
    "removed lines around it",
    "dense lines around it",
    "distance into the head",
    "distance into the tail",
    "removed share of the document",
    "teaser-like lines in the document",
];

include!("weights.rs");

/// Clutter the rules kept is removed at this probability or above.
pub const REMOVE_AT: f64 = 0.9;
/// A line the rules removed is kept below this probability.
pub const RESTORE_BELOW: f64 = 0.1;

/// One line's features.
pub type Row = [f32; N];

/// The features of every line (`None` for blank lines), given the rules' verdicts.
pub fn rows(views: &[LineView<'_>], boiler: &[Option<Boiler>], zones: Zones) -> Vec<Option<Row>> {
    let n = views.len();
    let nonblank: Vec<usize> = (0..n).filter(|&i| !views[i].text.is_empty()).collect();
    let mut seen: HashMap<&str, u32> = HashMap::new();
    for &i in &nonblank {
        *seen.entry(views[i].text).or_default() += 1;
    }
    let ln = |c: u32| ((1.0 + c as f32).ln() / 5.0).min(2.0);
    // The share of the three non-blank lines on each side for which `f` holds.
    let window = |k: usize, f: &dyn Fn(usize) -> bool| {
        let around: Vec<usize> = nonblank[k.saturating_sub(3)..(k + 4).min(nonblank.len())]
            .iter()
            .copied()
            .filter(|&j| j != nonblank[k])
            .collect();
        if around.is_empty() {
            0.0
        } else {
            around.iter().filter(|&&j| f(j)).count() as f32 / around.len() as f32
        }
    };
    let count = nonblank.len().max(1) as f32;
    let removed_share = nonblank.iter().filter(|&&i| boiler[i].is_some()).count() as f32 / count;
    // A listing page is mostly teasers: short openings cut off with an ellipsis, `导读:` lines.
    let teasers = (nonblank.iter().filter(|&&i| views[i].feat.ellipsis || views[i].text.starts_with("导读")).count()
        as f32
        / count
        * 5.0)
        .min(1.0);
    let mut out = vec![None; n];
    for (k, &i) in nonblank.iter().enumerate() {
        let v = &views[i];
        let f = v.feat;
        let chars = f.chars.max(1) as f32;
        let prev = k.checked_sub(1).map(|p| nonblank[p]);
        let next = nonblank.get(k + 1).copied();
        let b = |x: bool| f32::from(u8::from(x));
        let (mut digits, mut latin) = (0u32, 0u32);
        for c in v.text.chars() {
            digits += u32::from(c.is_ascii_digit());
            latin += u32::from(c.is_ascii_alphabetic());
        }
        let hit = v.hit;
        let kind = |ks: &[K]| b(hit.is_some_and(|r| ks.contains(&r.kind)));
        let separators = v.text.matches(['|', '｜', '>', '›', '·']).count();
        let row: Row = [
            1.0,
            ln(f.chars),
            f.cjk as f32 / chars,
            (f.punct as f32 / chars).min(1.0),
            b(f.stops > 0),
            b(f.terminal),
            b(f.full_stop),
            b(f.colon_end),
            b(f.ellipsis),
            b(f.tabs > 0),
            b(v.marker.is_some()),
            b(v.atx),
            b(hit.is_some_and(|r| r.strength == Strength::Certain)),
            b(hit.is_some_and(|r| r.strength == Strength::Strong)),
            b(hit.is_some_and(|r| r.strength == Strength::Edge)),
            b(hit.is_some_and(|r| r.ends_article)),
            kind(&[K::Metadata]),
            kind(&[K::Navigation]),
            kind(&[K::Related]),
            kind(&[K::Markup]),
            kind(&[K::Share, K::Advertisement, K::Counter, K::Copyright, K::Comment, K::Contact, K::Banner]),
            i as f32 / n.max(1) as f32,
            b(zones.in_head(i)),
            b(zones.in_tail(i)),
            b(f.is_dense()),
            b(boiler[i].is_some()),
            b(prev.is_some_and(|p| boiler[p].is_some())),
            b(next.is_some_and(|x| boiler[x].is_some())),
            b(prev.is_some_and(|p| views[p].feat.is_dense())),
            b(next.is_some_and(|x| views[x].feat.is_dense())),
            prev.map_or(0.0, |p| ln(views[p].feat.chars)),
            next.map_or(0.0, |x| ln(views[x].feat.chars)),
            digits as f32 / chars,
            latin as f32 / chars,
            b(v.text.contains("http") || v.text.contains("www.") || v.text.contains("](")),
            b(seen.get(v.text).copied().unwrap_or(0) > 1),
            b(v.shape.date_line),
            b(v.shape.residue),
            b(f.is_sentence()),
            b(super::title::is_person_name(v.text)),
            (separators as f32 / 3.0).min(1.0),
            window(k, &|j: usize| boiler[j].is_some()),
            window(k, &|j: usize| views[j].feat.is_dense()),
            (zones.core_start.saturating_sub(i) as f32 / 20.0).min(1.0),
            (i.saturating_sub(zones.core_end) as f32 / 20.0).min(1.0),
            removed_share,
            teasers,
        ];
        out[i] = Some(row);
    }
    out
}

/// The model's probability that a line with features `x` is clutter.
pub fn probability(x: &Row) -> f64 {
    let z: f64 = x.iter().zip(WEIGHTS.iter()).map(|(&a, &w)| f64::from(a) * f64::from(w)).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The features that pushed a line's score up the most, named (`short, after the body, a strong
/// pattern`): the reason of a line the model removes.
fn reason(x: &Row, p: f64) -> String {
    let mut parts: Vec<(f32, usize)> = (1..N).map(|j| (x[j] * WEIGHTS[j], j)).filter(|&(c, _)| c > 0.0).collect();
    parts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let names: Vec<&str> = parts.iter().take(3).map(|&(_, j)| NAMES[j]).collect();
    format!("the line classifier ({:.0} % clutter): {}", p * 100.0, names.join(", "))
}

/// Reviews the rules' verdicts: removes the lines the model is sure are clutter and gives back the
/// lines it is sure are body. Lines in `keep` (the title block) and front matter are left alone.
pub fn review(views: &[LineView<'_>], boiler: &mut [Option<Boiler>], zones: Zones, keep: &[bool], fixed: &[bool]) {
    let rows = rows(views, boiler, zones);
    let mut flips: Vec<(usize, Option<Boiler>)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(x) = row else { continue };
        if keep[i] || fixed[i] {
            continue;
        }
        let p = probability(x);
        match &boiler[i] {
            None if p >= REMOVE_AT => {
                let kind = views[i].hit.map_or_else(|| neighbour_kind(boiler, i), |r| r.kind);
                flips.push((i, Some(Boiler { kind, reason: reason(x, p).into() })));
            }
            Some(_) if p < RESTORE_BELOW => flips.push((i, None)),
            _ => {}
        }
    }
    for (i, b) in flips {
        boiler[i] = b;
    }
}

/// The kind of the nearest removed line (a line removed among navigation is navigation).
fn neighbour_kind(boiler: &[Option<Boiler>], i: usize) -> K {
    let up = (0..i).rev().find_map(|j| boiler[j].as_ref().map(|b| (i - j, b.kind)));
    let down = (i + 1..boiler.len()).find_map(|j| boiler[j].as_ref().map(|b| (j - i, b.kind)));
    match (up, down) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a.1
            } else {
                b.1
            }
        }
        (Some(a), None) => a.1,
        (None, Some(b)) => b.1,
        (None, None) => K::Navigation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "首页 > 新闻 > 正文\n\n关于开展读书月活动的通知\n\n各学院：为营造良好的读书氛围，学校决定在四月开展读书月活动，请各单位认真组织，按时报送活动方案。\n\n一、活动时间\n\n四月一日至四月三十日，各学院可以结合实际安排具体日程，做到活动有计划、有总结。\n\n上一篇：关于举办春季运动会的通知\n下一篇：关于做好清明假期安全工作的通知\n";

    #[test]
    fn should_give_every_non_blank_line_its_features() {
        let rows = crate::classify::training_rows(PAGE);
        let nonblank = PAGE.split('\n').filter(|l| !l.trim().is_empty()).count();
        // The title line is the title block's, never reviewed: every other line has a row.
        assert_eq!(rows.len(), nonblank - 1, "should give a row to every non-blank line but the title");
        for (_, x, _) in &rows {
            assert_eq!(x[0], 1.0, "should start with the bias");
            let p = probability(x);
            assert!(p > 0.0 && p < 1.0, "should give a probability, got {p}");
        }
        // The rules remove the breadcrumb and the previous/next links.
        assert_eq!(rows.iter().filter(|r| r.2).count(), 3, "should carry the rules' verdicts");
    }

    #[test]
    fn should_name_the_features_that_decided() {
        let mut x = [0.0f32; N];
        x[0] = 1.0;
        x[25] = 1.0; // the rules removed it
        x[23] = 1.0; // after the body
        let r = reason(&x, 0.97);
        assert!(r.starts_with("the line classifier (97 % clutter): "), "should say what decided: {r}");
        assert!(!r.contains("bias"), "should not name the bias: {r}");
    }

    #[test]
    fn should_review_without_touching_the_title_or_losing_bytes() {
        let lines = crate::lines::split(PAGE);
        let a =
            crate::classify::classify_with(PAGE, &lines, &crate::Options::default(), crate::classify::Learned::Review);
        let title = a.title.as_ref().map(|t| t.text.as_str());
        assert_eq!(title, Some("关于开展读书月活动的通知"), "should keep the title");
        assert_eq!(a.roles.len(), lines.len(), "should give every line a role");
    }
}
