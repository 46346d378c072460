//! Terminal helpers for the views people read: display width of CJK text, truncation to a column
//! budget, and ANSI colour that can be turned off (`--color=never`, `NO_COLOR`).

/// Whether `c` takes two columns in a terminal (CJK ideographs, kana, hangul, full-width forms).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
}

/// Display width of `s` in terminal columns (control characters count zero).
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if c.is_control() {
                0
            } else if is_wide(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `s` cut to at most `max` columns, with `…` when something was cut. Line breaks and tabs become
/// spaces.
pub fn fit(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    let total = width(s);
    for c in s.chars() {
        let c = if c == '\t' || c == '\n' || c == '\r' || c == '\u{2028}' { ' ' } else { c };
        if c.is_control() {
            continue;
        }
        let cw = if is_wide(c) { 2 } else { 1 };
        if total > max && w + cw > max.saturating_sub(1) {
            out.push('…');
            return out;
        }
        w += cw;
        out.push(c);
    }
    out
}

/// `s` padded with spaces to `cols` columns.
pub fn pad(s: &str, cols: usize) -> String {
    let w = width(s);
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// ANSI styles, or nothing when colour is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    /// Whether to emit escape codes.
    pub on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    /// Bold.
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    /// Dim (for line numbers and reasons).
    pub fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    /// Cyan (for markers).
    pub fn cyan(self, s: &str) -> String {
        self.wrap("36", s)
    }
    /// Yellow (for boilerplate).
    pub fn yellow(self, s: &str) -> String {
        self.wrap("33", s)
    }
    /// Magenta (for the title).
    pub fn magenta(self, s: &str) -> String {
        self.wrap("35", s)
    }
    /// Green (for headings' levels).
    pub fn green(self, s: &str) -> String {
        self.wrap("32", s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_measure_and_fit_cjk() {
        assert_eq!(width("第一章 a"), 8, "should count CJK as two columns");
        assert_eq!(fit("第一章总则", 7), "第一章…", "should cut to the budget with an ellipsis");
        assert_eq!(fit("总则", 7), "总则", "should leave short text alone");
        assert_eq!(pad("总则", 6), "总则  ");
    }
}
