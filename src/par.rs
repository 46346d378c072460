//! Per-line work on all cores for large documents, on the calling thread for small ones.
//!
//! A stage whose result for line `i` depends on read-only inputs alone (the line views, the zones)
//! maps the line indices through [`map`]: a document of [`MIN_LINES`] lines or more is cut into
//! chunks that rayon's threads share, and the results come back in line order, exactly as one
//! thread would produce them. Small documents — nearly all — stay on the calling thread, where a
//! batch run already spreads documents over the cores.

use rayon::prelude::*;

/// From this many lines on, per-line work runs on all cores.
pub const MIN_LINES: usize = 1 << 14;

/// `(0..n).map(f).collect()`, on all cores when `n` is at least [`MIN_LINES`].
pub fn map<T: Send>(n: usize, f: impl Fn(usize) -> T + Sync + Send) -> Vec<T> {
    if n >= MIN_LINES {
        (0..n).into_par_iter().with_min_len(MIN_LINES / 4).map(f).collect()
    } else {
        (0..n).map(f).collect()
    }
}

/// `(0..n).filter_map(f).collect()`, on all cores when `n` is at least [`MIN_LINES`]: for a pass
/// that finds a few lines among many (the results, in line order, are all that is allocated).
pub fn filter_map<T: Send>(n: usize, f: impl Fn(usize) -> Option<T> + Sync + Send) -> Vec<T> {
    if n >= MIN_LINES {
        (0..n).into_par_iter().with_min_len(MIN_LINES / 4).filter_map(f).collect()
    } else {
        (0..n).filter_map(f).collect()
    }
}

/// `items.into_iter().enumerate().map(f).collect()`, on all cores when there are at least
/// [`MIN_LINES`] items.
pub fn map_owned<T: Send, U: Send>(items: Vec<T>, f: impl Fn(usize, T) -> U + Sync + Send) -> Vec<U> {
    if items.len() >= MIN_LINES {
        items.into_par_iter().enumerate().with_min_len(MIN_LINES / 4).map(|(i, t)| f(i, t)).collect()
    } else {
        items.into_iter().enumerate().map(|(i, t)| f(i, t)).collect()
    }
}

/// Runs `a` and `b`, side by side when `large`.
pub fn join<A: Send, B: Send>(large: bool, a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    if large {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}
