//! Line features: what one line looks like, counted in a single pass over its characters.
//!
//! These are the features of jusText adapted to Chinese plain text: length in characters and in
//! CJK characters, sentence punctuation (，。；：！？、), whether the line ends like a sentence, digits,
//! URL/domain and separator marks typical of navigation (`|`, `>`, `·`), and whether the line is only a
//! number or only symbols (widget residue).

/// The features of one line's trimmed content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// CJK ideographs.
    pub cjk: usize,
    /// Sentence punctuation inside the line: ，。；！？、 and their ASCII forms `,;!?`.
    pub punct: usize,
    /// Full stops, question and exclamation marks (。！？!?).
    pub stops: usize,
    /// Whether the line ends like a sentence (。！？；… or a closing quote/bracket after one).
    pub terminal: bool,
    /// Whether the line ends with a Chinese full stop or semicolon (。；), as body sentences do; link
    /// titles end with ！ or ？ if anything.
    pub full_stop: bool,
    /// Whether the line ends with a colon (：:), as a label or an introducer does.
    pub colon_end: bool,
    /// ASCII and full-width digits.
    pub digits: usize,
    /// ASCII letters.
    pub latin: usize,
    /// Navigation separators: | ｜ > » › · •
    pub separators: usize,
    /// Tab characters (table cells).
    pub tabs: usize,
    /// Whether the line ends with an ellipsis (… or ...), as a truncated teaser does.
    pub ellipsis: bool,
}

impl Features {
    /// Counts the features of `text` (a line's trimmed content).
    pub fn of(text: &str) -> Features {
        let mut f = Features::default();
        let mut last = None;
        let mut before_last = None;
        for c in text.chars() {
            f.chars += 1;
            match c {
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' => f.cjk += 1,
                '，' | '；' | '、' | ',' | ';' => f.punct += 1,
                '。' | '！' | '？' | '!' | '?' => {
                    f.punct += 1;
                    f.stops += 1;
                }
                '0'..='9' | '０'..='９' => f.digits += 1,
                'a'..='z' | 'A'..='Z' => f.latin += 1,
                '|' | '｜' | '>' | '»' | '›' | '·' | '•' => f.separators += 1,
                '\t' => f.tabs += 1,
                _ => {}
            }
            before_last = last;
            last = Some(c);
        }
        let end = match last {
            Some('”' | '’' | '」' | '』' | '"' | '）' | ')') => before_last,
            other => other,
        };
        f.terminal = matches!(end, Some('。' | '！' | '？' | '；' | '!' | '?' | ';' | '…'));
        f.colon_end = matches!(last, Some('：' | ':'));
        f.full_stop = matches!(end, Some('。' | '；'));
        f.ellipsis = text.ends_with('…') || text.ends_with("...") || text.ends_with("..");
        f
    }

    /// A weight for length that counts a CJK character as one and a Latin letter or digit as half,
    /// so that mixed lines compare with Chinese ones.
    pub fn weight(&self) -> usize {
        let other = self.chars - self.cjk;
        self.cjk + other.div_ceil(2)
    }

    /// Whether the line reads as running text: long enough and punctuated like sentences.
    pub fn is_sentence(&self) -> bool {
        (self.chars >= 15 && (self.terminal || self.punct >= 2)) || (self.chars >= 40 && self.punct >= 1)
    }

    /// Whether the line is strong evidence of article body: long, punctuated text.
    pub fn is_dense(&self) -> bool {
        !self.ellipsis
            && ((self.weight() >= 40 && self.punct >= 2)
                || (self.weight() >= 20 && self.full_stop && self.punct >= 2)
                || (self.weight() >= 80 && self.cjk >= 20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_count_features() {
        let f = Features::of("今年全国两会,习近平总书记三下团组。");
        assert_eq!(f.chars, 18);
        assert_eq!(f.punct, 2, "should count the ASCII comma and the full stop");
        assert!(f.terminal, "should see the final 。");
        let g = Features::of("他说：“好。”");
        assert!(g.terminal, "should see a stop before a closing quote");
        let h = Features::of("索 引 号：\t000014349/2019-00005");
        assert_eq!(h.tabs, 1);
        assert!(Features::of("很多人看...").ellipsis, "should see a truncated teaser");
        assert!(Features::of("问题分析：").colon_end);
    }
}
