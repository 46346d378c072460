//! Decode: bytes to text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030 (a superset
//! of GBK and GB2312) when the bytes are not UTF-8; or the encoding the caller names.
//!
//! Spans are byte offsets into the decoded UTF-8 text. For UTF-8 input that text is the input itself,
//! BOM included (the BOM is a leading U+FEFF, white space to the parser), so offsets are file offsets.
//! For other encodings the offsets count the UTF-8 text, not the file's bytes.

use crate::error::{Error, ErrorKind};
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Decoded text and how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding's name (`UTF-8`, `GB18030`, `UTF-16LE`, …).
    pub encoding: &'static str,
    /// Whether the bytes began with a byte-order mark.
    pub bom: bool,
    /// Whether the text uses CRLF line endings.
    pub crlf: bool,
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
        let (text, _, had_errors) = enc.decode(bytes);
        if had_errors {
            return Err(Error::new(ErrorKind::Undecodable, format!("the bytes are not valid {}", enc.name())));
        }
        let bom =
            bytes.starts_with(b"\xEF\xBB\xBF") || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
        return Ok(finish(text, enc.name(), bom));
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
        return Ok(finish(text, enc.name(), true));
    }
    // simdutf8 validates with SIMD at several GB/s on CJK text, where std's validator slows down on
    // every multi-byte character; on failure we only need to know that it failed.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(binary());
        }
        return Ok(finish(Cow::Borrowed(text), "UTF-8", text.starts_with('\u{FEFF}')));
    }
    if bytes.contains(&0) {
        return Err(binary());
    }
    let (text, had_errors) = GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Error::new(
            ErrorKind::Undecodable,
            "the bytes are neither UTF-8 nor GB18030/GBK (name the encoding with --encoding)",
        ));
    }
    Ok(finish(text, "GB18030", false))
}

fn binary() -> Error {
    Error::new(ErrorKind::Binary, "looks like a binary file (it holds NUL bytes), not text")
}

fn finish<'a>(text: Cow<'a, str>, encoding: &'static str, bom: bool) -> Source<'a> {
    let crlf = memchr::memmem::find(text.as_bytes(), b"\r\n").is_some();
    Source { text, encoding, bom, crlf }
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
    fn should_refuse_binary_and_unknown() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0", None).unwrap_err().kind(), ErrorKind::Binary);
        assert_eq!(decode(b"abc", Some("klingon")).unwrap_err().kind(), ErrorKind::UnknownEncoding);
        assert_eq!(decode(&[0xFF, 0xFF, 0xFF, 0x80], None).unwrap_err().kind(), ErrorKind::Undecodable);
    }
}
