//! Line features: what one line looks like, counted in a single pass over its characters.
//!
//! These are the features of jusText adapted to Chinese plain text: length in characters and in
//! CJK characters, sentence punctuation (，。；：！？、), whether the line ends like a sentence, a colon
//! or an ellipsis, and table cells. (Counts of digits, letters and navigation separators were dropped:
//! no rule asked for them, and every line paid for them.)

/// Lines longer than this many bytes are counted by [`Features::of_long`].
const LONG: usize = 360;

/// On a long line, sentence marks and stops are counted up to this many (see [`Features::of_long`]).
const LONG_MARKS: u32 = 8;

/// The features of one line's trimmed content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Characters (Unicode scalar values).
    pub chars: u32,
    /// CJK ideographs.
    pub cjk: u32,
    /// Sentence punctuation inside the line: ，。；！？、 and their ASCII forms `,;!?` (on a line
    /// longer than 360 bytes, counted up to 8).
    pub punct: u32,
    /// Full stops, question and exclamation marks (。！？!?) (on a long line, up to 8).
    pub stops: u32,
    /// Whether the line ends like a sentence (。！？；… or a closing quote/bracket after one).
    pub terminal: bool,
    /// Whether the line ends with a Chinese full stop or semicolon (。；), as body sentences do; link
    /// titles end with ！ or ？ if anything.
    pub full_stop: bool,
    /// Whether the line ends with a colon (：:), as a label or an introducer does.
    pub colon_end: bool,
    /// Tab characters (table cells).
    pub tabs: u32,
    /// Whether the line ends with an ellipsis (… or ...), as a truncated teaser does.
    pub ellipsis: bool,
}

impl Features {
    /// Counts the features of `text` (a line's trimmed content).
    pub fn of(text: &str) -> Features {
        if text.len() > LONG {
            return Features::of_long(text);
        }
        let mut f = Features::default();
        let b = text.as_bytes();
        let mut i = 0;
        // One pass over the bytes: ASCII is classified directly, multi-byte characters are decoded
        // only as far as their code point.
        while i < b.len() {
            let x = b[i];
            if x < 0x80 {
                f.chars += 1;
                match x {
                    b',' | b';' => f.punct += 1,
                    b'!' | b'?' => {
                        f.punct += 1;
                        f.stops += 1;
                    }
                    b'\t' => f.tabs += 1,
                    _ => {}
                }
                i += 1;
                continue;
            }
            let (cp, len) = match x {
                0xC0..=0xDF if i + 1 < b.len() => (((x as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2),
                0xE0..=0xEF if i + 2 < b.len() => {
                    (((x as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F), 3)
                }
                0xF0..=0xF7 => (0x10000, 4),
                _ => (0, 1),
            };
            f.chars += 1;
            match cp {
                0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF => f.cjk += 1,
                0xFF0C | 0xFF1B | 0x3001 => f.punct += 1, // ， ； 、
                0x3002 | 0xFF01 | 0xFF1F => {
                    // 。 ！ ？
                    f.punct += 1;
                    f.stops += 1;
                }
                _ => {}
            }
            i += len;
        }
        f.finish(text);
        f
    }

    /// The features of a long line (a paragraph), counted with vectorisable passes instead of a
    /// character loop: what decides a long line is its length, its share of CJK, whether it has a few
    /// sentence marks and how it ends, not the exact count of every mark.
    fn of_long(text: &str) -> Features {
        let b = text.as_bytes();
        let (mut chars, mut cjk, mut tabs) = (0u32, 0u32, 0u32);
        let (mut marks, mut ascii_stops) = (0u32, 0u32);
        // Branch-free counts in byte-wide accumulators over chunks of 255 bytes, which the compiler
        // vectorises without widening.
        for chunk in b.chunks(255) {
            let (mut c, mut k, mut t, mut m, mut q) = (0u8, 0u8, 0u8, 0u8, 0u8);
            for &x in chunk {
                c += u8::from((x as i8) >= -0x40);
                k += u8::from(x.wrapping_sub(0xE4) < 6); // lead bytes of U+4000–U+9FFF
                t += u8::from(x == b'\t');
                m += u8::from(x == b',') + u8::from(x == b';');
                q += u8::from(x == b'!') + u8::from(x == b'?');
            }
            chars += u32::from(c);
            cjk += u32::from(k);
            tabs += u32::from(t);
            marks += u32::from(m);
            ascii_stops += u32::from(q);
        }
        let mut f = Features { chars, cjk, tabs, ..Features::default() };
        f.punct = marks + ascii_stops;
        f.stops = ascii_stops;
        // Sentence marks: full-width punctuation starts with E3 80 (、。) or EF BC (，；！？), the
        // ASCII ones are , ; ! ?. Counted up to LONG_MARKS of each: every rule asks of a long line
        // whether it has none, one or a few, and a paragraph has hundreds.
        for i in memchr::memchr2_iter(0xE3, 0xEF, b) {
            if f.punct >= LONG_MARKS && f.stops >= LONG_MARKS {
                break;
            }
            match (b[i], b.get(i + 1), b.get(i + 2)) {
                (0xE3, Some(0x80), Some(0x81)) | (0xEF, Some(0xBC), Some(0x8C | 0x9B)) => f.punct += 1,
                (0xE3, Some(0x80), Some(0x82)) | (0xEF, Some(0xBC), Some(0x81 | 0x9F)) => {
                    f.punct += 1;
                    f.stops += 1;
                }
                _ => {}
            }
        }
        f.punct = f.punct.min(LONG_MARKS);
        f.stops = f.stops.min(LONG_MARKS);
        f.finish(text);
        f
    }

    fn finish(&mut self, text: &str) {
        let mut rev = text.chars().rev();
        let last = rev.next();
        let before_last = rev.next();
        let end = match last {
            Some('”' | '’' | '」' | '』' | '"' | '）' | ')') => before_last,
            other => other,
        };
        self.terminal = matches!(end, Some('。' | '！' | '？' | '；' | '!' | '?' | ';' | '…'));
        self.colon_end = matches!(last, Some('：' | ':'));
        self.full_stop = matches!(end, Some('。' | '；'));
        self.ellipsis = text.ends_with('…') || text.ends_with("...") || text.ends_with("..");
    }

    /// A weight for length that counts a CJK character as one and a Latin letter or digit as half,
    /// so that mixed lines compare with Chinese ones.
    pub fn weight(&self) -> u32 {
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
    fn should_agree_with_a_char_by_char_count() {
        for text in ["", "a", "第一章　总则", "今年，全国两会。Ａ１２３｜»·•", "𠀀𠀁 emoji 🕴 ①", "\t表格\t单元"]
        {
            let f = Features::of(text);
            assert_eq!(f.chars as usize, text.chars().count(), "should count characters in {text:?}");
            let cjk = text
                .chars()
                .filter(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'))
                .count();
            assert_eq!(f.cjk as usize, cjk, "should count CJK in {text:?}");
        }
    }

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
