//! Decode: bytes to text. UTF-8 (with or without BOM), UTF-16 LE/BE and UTF-32 LE/BE with BOM, UTF-16 without a BOM
//! when its zero bytes fall on every other position (CJK and ASCII text in UTF-16 always has them),
//! and otherwise what chardetng — the detector Firefox uses — guesses when it is a CJK encoding (Big5,
//! Shift_JIS, EUC-JP, EUC-KR) that decodes the bytes, else GB18030 (a superset of GBK and GB2312); or
//! exactly the encoding the caller names (no byte-order mark sniffed: `--encoding gbk` on a
//! UTF-16 file decodes GBK).
//!
//! Spans are byte offsets into the decoded UTF-8 text. For UTF-8 input that text is the input itself,
//! BOM included (the BOM is a leading U+FEFF, white space to the parser), so offsets are file offsets.
//! For other encodings the offsets count the UTF-8 text, not the file's bytes.

use crate::error::{Error, ErrorKind};
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Decoded text and how it was decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Source<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding's name (`UTF-8`, `GB18030`, `UTF-16LE`, …).
    pub encoding: &'static str,
    /// Whether the bytes began with a byte-order mark.
    pub bom: bool,
    /// Whether the text uses CRLF line endings.
    pub crlf: bool,
    /// How the encoding was chosen.
    pub detection: Detection,
    /// How sure that choice is, from 0.5 (a fallback) to 1 (a byte-order mark, the encoding named,
    /// valid UTF-8): for chardetng's guess, 1 when no other CJK encoding decodes the bytes and 0.75
    /// when others do too; for UTF-16 without a BOM, the share of its characters that read as text.
    pub confidence: f32,
}

/// How [`decode`] chose the encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detection {
    /// The caller named it (`--encoding`).
    Named,
    /// A byte-order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// UTF-16 without a BOM, by where its zero bytes fall.
    Utf16Zeros,
    /// chardetng's guess (Big5, Shift_JIS, EUC-JP, EUC-KR, or GBK read as GB18030).
    Detector,
    /// GB18030, when nothing else decodes the bytes and chardetng guessed no CJK encoding.
    Fallback,
    /// Not decoded: the caller gave text.
    Text,
}

impl Detection {
    /// The name in `source.detection`.
    pub fn name(self) -> &'static str {
        match self {
            Detection::Named => "named",
            Detection::Bom => "bom",
            Detection::Utf8 => "utf8",
            Detection::Utf16Zeros => "utf16_zeros",
            Detection::Detector => "detector",
            Detection::Fallback => "fallback",
            Detection::Text => "text",
        }
    }
}

/// Decodes `bytes`. With `encoding` (a WHATWG label such as `gbk`, `gb18030`, `utf-16le`, `big5`), uses
/// that encoding; otherwise detects it.
///
/// ## Errors
///
/// [`ErrorKind::Binary`] when the bytes hold NUL bytes outside UTF-16, [`ErrorKind::Undecodable`] when
/// no supported encoding decodes them, [`ErrorKind::UnknownEncoding`] for an unknown label.
pub fn decode<'a>(bytes: &'a [u8], encoding: Option<&str>) -> Result<Source<'a>, Error> {
    if let Some(label) = encoding {
        let enc = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownEncoding,
                format!("unknown encoding {label:?} (try utf-8, gbk, gb18030, utf-16le, big5)"),
            )
        })?;
        // Exactly the encoding named: a BOM of another encoding is not looked for, and a UTF-8 BOM
        // stays in the text (a U+FEFF, white space to the parser) so that spans are file offsets.
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(Error::new(ErrorKind::Undecodable, format!("the bytes are not valid {}", enc.name())));
        }
        let bom = match enc.name() {
            "UTF-8" => bytes.starts_with(b"\xEF\xBB\xBF"),
            "UTF-16LE" => bytes.starts_with(b"\xFF\xFE"),
            "UTF-16BE" => bytes.starts_with(b"\xFE\xFF"),
            _ => false,
        };
        return Ok(finish(text, enc.name(), bom, Detection::Named, 1.0));
    }
    if let Some(big_endian) = utf32_bom(bytes) {
        return utf32(&bytes[4..], big_endian).map(|text| {
            finish(Cow::Owned(text), if big_endian { "UTF-32BE" } else { "UTF-32LE" }, true, Detection::Bom, 1.0)
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(Error::new(
                ErrorKind::Undecodable,
                format!("the bytes are not valid {} after its byte-order mark", enc.name()),
            ));
        }
        return Ok(finish(text, enc.name(), true, Detection::Bom, 1.0));
    }
    // simdutf8 validates with SIMD at several GB/s on CJK text, where std's validator slows down on
    // every multi-byte character; on failure we only need to know that it failed.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(binary());
        }
        let bom = text.starts_with('\u{FEFF}');
        return Ok(finish(Cow::Borrowed(text), "UTF-8", bom, if bom { Detection::Bom } else { Detection::Utf8 }, 1.0));
    }
    if let Some((enc, share)) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors && !text.contains('\0') {
            return Ok(finish(text, enc.name(), false, Detection::Utf16Zeros, share));
        }
    }
    if bytes.contains(&0) {
        return Err(binary());
    }
    // A legacy encoding: chardetng's guess (on the first 64 KiB), when it decodes the bytes.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let head = &bytes[..bytes.len().min(64 << 10)];
    detector.feed(head, head.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // How sure: 1 when no other CJK reading decodes the first 64 KiB without errors, 0.75 when chardetng
    // chose among several that do (its scores are not public API).
    let candidates = [GB18030, encoding_rs::BIG5, encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP, encoding_rs::EUC_KR];
    let confidence_of = |chosen: &'static Encoding| -> f32 {
        let head = &head[..head.len() - incomplete_tail(head)];
        let rivals = candidates.iter().filter(|&&e| e != chosen).any(|e| !e.decode_without_bom_handling(head).1);
        if rivals {
            0.75
        } else {
            1.0
        }
    };
    // Of its guesses, the CJK encodings are taken (a single-byte guess on bytes that are neither UTF-8
    // nor GB18030 is more often noise than windows-1252: `--encoding` names those).
    let cjk = [encoding_rs::BIG5, encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP, encoding_rs::EUC_KR];
    if cjk.contains(&guess) {
        let (text, had_errors) = guess.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(finish(text, guess.name(), false, Detection::Detector, confidence_of(guess)));
        }
    }
    let (text, had_errors) = GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Error::new(
            ErrorKind::Undecodable,
            "the bytes are neither UTF-8 nor GB18030/GBK nor Big5 (name the encoding with --encoding)",
        ));
    }
    // (chardetng names GB18030 text GBK.)
    let (detection, confidence) = if guess == encoding_rs::GBK {
        (Detection::Detector, confidence_of(GB18030))
    } else {
        (Detection::Fallback, 0.5)
    };
    Ok(finish(text, "GB18030", false, detection, confidence))
}

/// UTF-16 without a byte-order mark: the zero bytes of its first 4 KiB (every ASCII character,
/// line breaks included, has one) fall mostly on one side of the code units — never both bytes of
/// a unit — and, read that way, nine characters in ten of the text are ASCII, CJK or their
/// punctuation. (Legacy CJK encodings and UTF-8 never hold a zero byte in text.)
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static Encoding, f32)> {
    if bytes.len() < 8 || bytes.len() % 2 != 0 {
        return None;
    }
    let head = &bytes[..bytes.len().min(4096) & !1];
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        match (pair[0] == 0, pair[1] == 0) {
            (true, true) => return None,
            (true, false) => even += 1,
            (false, true) => odd += 1,
            _ => {}
        }
    }
    // (Little-endian ASCII is `41 00`: the zero at the odd byte. A CJK character can hold a zero
    // too — 一 is U+4E00 — so the side with more of them decides, and the reading must make sense.)
    let enc = match (even, odd) {
        (0, 0) => return None,
        (e, o) if o > e => UTF_16LE,
        (e, o) if e > o => UTF_16BE,
        _ => return None,
    };
    let (text, had_errors) = enc.decode_without_bom_handling(head);
    let plausible = |c: char| {
        c.is_ascii_graphic()
            || matches!(c, ' ' | '\t' | '\n' | '\r')
            || matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF | 0x2010..=0x206F)
    };
    let n = text.chars().count();
    let share = text.chars().filter(|&c| plausible(c)).count();
    (!had_errors && share * 10 >= n * 9).then(|| (enc, share as f32 / n.max(1) as f32))
}

/// How many bytes at the end of a cut `head` may be the start of a character cut off (up to 3: no
/// legacy CJK character is longer than 4 bytes).
fn incomplete_tail(head: &[u8]) -> usize {
    head.iter().rev().take(3).take_while(|&&b| b >= 0x80).count()
}

/// Whether the bytes begin with a UTF-32 byte-order mark, and which: `Some(true)` for big-endian
/// (`00 00 FE FF`), `Some(false)` for little-endian (`FF FE 00 00`, which UTF-16 would read as a BOM
/// and a NUL).
fn utf32_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.starts_with(b"\0\0\xFE\xFF") {
        Some(true)
    } else if bytes.starts_with(b"\xFF\xFE\0\0") {
        Some(false)
    } else {
        None
    }
}

/// UTF-32 code units to text (encoding_rs has no UTF-32: the WHATWG standard leaves it out).
fn utf32(bytes: &[u8], big_endian: bool) -> Result<String, Error> {
    let bad = || Error::new(ErrorKind::Undecodable, "the bytes are not valid UTF-32 after its byte-order mark");
    if bytes.len() % 4 != 0 {
        return Err(bad());
    }
    let mut out = String::with_capacity(bytes.len() / 2);
    for unit in bytes.chunks_exact(4) {
        let b = [unit[0], unit[1], unit[2], unit[3]];
        let v = if big_endian { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
        match char::from_u32(v) {
            Some('\0') => return Err(binary()),
            Some(c) => out.push(c),
            None => return Err(bad()),
        }
    }
    Ok(out)
}

/// Whether the first bytes of an input already show it is binary, as [`decode`] would find on the
/// whole: NUL bytes that no UTF-16 or UTF-32 reading explains. (Lets a reader refuse `/dev/zero` or
/// an image after its first block instead of reading it all.)
pub fn looks_binary(head: &[u8]) -> bool {
    if !head.contains(&0) || utf32_bom(head).is_some() {
        return false;
    }
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return false;
    }
    utf16_without_bom(&head[..head.len() & !1]).is_none()
}

fn binary() -> Error {
    Error::new(ErrorKind::Binary, "looks like a binary file (it holds NUL bytes), not text")
}

fn finish<'a>(
    text: Cow<'a, str>,
    encoding: &'static str,
    bom: bool,
    detection: Detection,
    confidence: f32,
) -> Source<'a> {
    let crlf = memchr::memmem::find(text.as_bytes(), b"\r\n").is_some();
    Source { text, encoding, bom, crlf, detection, confidence }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_decode_each_encoding() {
        let s = decode("一、总则\r\n".as_bytes(), None).unwrap();
        assert_eq!((s.encoding, s.bom, s.crlf), ("UTF-8", false, true), "should read plain UTF-8 with CRLF");
        let s = decode(b"\xEF\xBB\xBF\xE4\xB8\x80", None).unwrap();
        assert!(s.bom && s.text.starts_with('\u{FEFF}'), "should keep a UTF-8 BOM in the text");
        let (gbk, _, _) = encoding_rs::GBK.encode("第一章 总则");
        let s = decode(&gbk, None).unwrap();
        assert_eq!((s.text.as_ref(), s.encoding), ("第一章 总则", "GB18030"), "should detect GBK");
        let mut u16 = vec![0xFF, 0xFE];
        for u in "总则".encode_utf16() {
            u16.extend_from_slice(&u.to_le_bytes());
        }
        let s = decode(&u16, None).unwrap();
        assert_eq!((s.text.as_ref(), s.encoding, s.bom), ("总则", "UTF-16LE", true), "should read UTF-16LE");
    }

    #[test]
    fn should_detect_big5_and_utf16_without_a_bom() {
        let text = "關於加強社區養老服務工作的通知\n一、總體要求\n各地要提高認識，切實加強組織領導。\n";
        let (big5, _, _) = encoding_rs::BIG5.encode(text);
        let s = decode(&big5, None).unwrap();
        assert_eq!((s.text.as_ref(), s.encoding), (text, "Big5"), "Big5 should not come out as GB18030");
        let simplified = "关于加强社区养老服务工作的通知\n一、总体要求\n各地要提高认识。\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(simplified);
        assert_eq!(decode(&gbk, None).unwrap().encoding, "GB18030");
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let s = decode(&le, None).unwrap();
        assert_eq!((s.text.as_ref(), s.encoding, s.bom), (text, "UTF-16LE", false));
        assert_eq!(decode(&be, None).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn should_decode_exactly_the_encoding_named() {
        // A UTF-8 BOM stays in the text: spans are file offsets.
        let s = decode("\u{FEFF}一、总则".as_bytes(), Some("utf-8")).unwrap();
        assert_eq!((s.text.as_ref(), s.bom), ("\u{FEFF}一、总则", true));
        // gbk named on UTF-16 bytes with a BOM is gbk, not UTF-16 sniffed.
        let mut u16 = vec![0xFF, 0xFE];
        u16.extend("总则".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(decode(&u16, Some("gbk")).map_or(true, |s| s.encoding == "GBK"));
    }

    #[test]
    fn should_read_utf32_with_its_bom() {
        let text = "一、总则\n";
        let le: Vec<u8> = [0xFEFFu32]
            .iter()
            .chain(&text.chars().map(|c| c as u32).collect::<Vec<_>>())
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let be: Vec<u8> = [0xFEFFu32]
            .iter()
            .chain(&text.chars().map(|c| c as u32).collect::<Vec<_>>())
            .flat_map(|u| u.to_be_bytes())
            .collect();
        for (bytes, name) in [(le, "UTF-32LE"), (be, "UTF-32BE")] {
            let src = decode(&bytes, None).unwrap();
            assert_eq!((src.text.as_ref(), src.encoding, src.bom), (text, name, true));
            assert!(!looks_binary(&bytes), "{name} is not binary");
        }
        assert_eq!(decode(b"\xFF\xFE\0\0\x41\0\0", None).unwrap_err().kind(), ErrorKind::Undecodable, "a cut unit");
    }

    #[test]
    fn should_say_how_and_how_surely_it_chose() {
        let cases: [(&[u8], Detection, f32); 3] = [
            ("一、总则".as_bytes(), Detection::Utf8, 1.0),
            (b"\xEF\xBB\xBF\xe4\xb8\x80", Detection::Bom, 1.0),
            (b"\xFF\xFEa\0", Detection::Bom, 1.0),
        ];
        for (bytes, detection, confidence) in cases {
            let s = decode(bytes, None).unwrap();
            assert_eq!((s.detection, s.confidence), (detection, confidence), "{bytes:?}");
        }
        let named = decode("一、总则".as_bytes(), Some("utf-8")).unwrap();
        assert_eq!((named.detection, named.confidence), (Detection::Named, 1.0));
        // GBK text that Big5 cannot read: the detector, sure of it.
        let (gbk, _, _) = encoding_rs::GBK.encode("关于进一步加强和改进新时代基层治理工作的实施意见。各区县人民政府：");
        let s = decode(&gbk, None).unwrap();
        assert_eq!(s.detection, Detection::Detector);
        assert!(s.confidence >= 0.75, "{}", s.confidence);
        let utf16: Vec<u8> = "一、总体要求\n做好工作。\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let s = decode(&utf16, None).unwrap();
        assert_eq!(s.detection, Detection::Utf16Zeros);
        assert!(s.confidence > 0.9);
    }

    #[test]
    fn should_tell_binary_from_its_first_bytes() {
        assert!(looks_binary(&[0u8; 65536]));
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary("一、总则".as_bytes()));
        let utf16: Vec<u8> = "一、总体要求\n做好工作。\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(!looks_binary(&utf16), "UTF-16 without a BOM has zero bytes and is text");
    }

    #[test]
    fn should_refuse_binary_and_unknown() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0", None).unwrap_err().kind(), ErrorKind::Binary);
        assert_eq!(decode(b"abc", Some("klingon")).unwrap_err().kind(), ErrorKind::UnknownEncoding);
        assert_eq!(decode(&[0xFF, 0xFF, 0xFF, 0x80], None).unwrap_err().kind(), ErrorKind::Undecodable);
    }
}
