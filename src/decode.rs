//! Deciding how a dropped file's bytes are text.
//!
//! The parsers take `&str`; turning bytes into text is the edges' job. This module holds
//! the pure decision (`sniff`) both edges share, and a complete decoder for the native CLI.
//! The app decodes with the browser's own `TextDecoder` instead, which costs no bundle size.

/// What a file's bytes look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniff {
    Empty,
    /// NUL bytes outside a UTF-16 file: an image, an archive, a program…
    Binary,
    Utf8 {
        bom: bool,
    },
    Utf16Le,
    Utf16Be,
    /// Not valid UTF-8: read as Windows-1252, what old Western European text mostly is.
    Windows1252,
}

impl Sniff {
    /// The WHATWG encoding label, as `TextDecoder` takes it.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Sniff::Utf8 { .. } => Some("utf-8"),
            Sniff::Utf16Le => Some("utf-16le"),
            Sniff::Utf16Be => Some("utf-16be"),
            Sniff::Windows1252 => Some("windows-1252"),
            Sniff::Empty | Sniff::Binary => None,
        }
    }

    /// Bytes to skip before decoding.
    pub fn bom_len(self) -> usize {
        match self {
            Sniff::Utf8 { bom: true } => 3,
            Sniff::Utf16Le | Sniff::Utf16Be => 2,
            _ => 0,
        }
    }

    /// A sentence for the user when the file is not plain UTF-8, or cannot be shown.
    pub fn notice(self) -> Option<&'static str> {
        match self {
            Sniff::Empty => Some("This file is empty: there is nothing to show."),
            Sniff::Binary => Some(
                "This looks like a binary file (an image, an archive or a program), not a text \
                 dump of a discussion.",
            ),
            Sniff::Windows1252 => Some(
                "This file is not valid UTF-8: it was read as Windows-1252 (Western European). \
                 If accents look wrong, the file may use another encoding.",
            ),
            Sniff::Utf16Le | Sniff::Utf16Be => Some("This file is UTF-16 text."),
            Sniff::Utf8 { .. } => None,
        }
    }
}

/// How far into a file NUL bytes are looked for: enough to tell text from binary.
const BINARY_PROBE: usize = 64 * 1024;

pub fn sniff(bytes: &[u8]) -> Sniff {
    match bytes {
        [] => Sniff::Empty,
        [0xEF, 0xBB, 0xBF, ..] => Sniff::Utf8 { bom: true },
        [0xFF, 0xFE, ..] => Sniff::Utf16Le,
        [0xFE, 0xFF, ..] => Sniff::Utf16Be,
        _ if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some() => Sniff::Binary,
        _ if std::str::from_utf8(bytes).is_ok() => Sniff::Utf8 { bom: false },
        _ => Sniff::Windows1252,
    }
}

/// Decodes a whole file the way the app does; `None` for empty and binary files.
pub fn decode(bytes: &[u8]) -> Option<(String, Sniff)> {
    let how = sniff(bytes);
    let body = &bytes[how.bom_len()..];
    let text = match how {
        Sniff::Empty | Sniff::Binary => return None,
        Sniff::Utf8 { .. } => String::from_utf8_lossy(body).into_owned(),
        Sniff::Utf16Le => utf16(body, u16::from_le_bytes),
        Sniff::Utf16Be => utf16(body, u16::from_be_bytes),
        Sniff::Windows1252 => body.iter().map(|&b| windows_1252(b)).collect(),
    };
    Some((text, how))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252 differs from Latin-1 only in 0x80..=0x9F, where it has typographic
/// quotes, dashes and the euro sign (as the WHATWG encoding standard maps them).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_kind_of_file() {
        assert_eq!(sniff(b""), Sniff::Empty);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Sniff::Binary);
        assert_eq!(sniff("café".as_bytes()), Sniff::Utf8 { bom: false });
        assert_eq!(sniff(b"\xEF\xBB\xBFcaf\xC3\xA9"), Sniff::Utf8 { bom: true });
        assert_eq!(sniff(b"\xFF\xFEa\0"), Sniff::Utf16Le);
        assert_eq!(sniff(b"\xFE\xFF\0a"), Sniff::Utf16Be);
        assert_eq!(sniff(b"caf\xE9"), Sniff::Windows1252);
    }

    #[test]
    fn decodes_legacy_and_utf16_text() {
        assert_eq!(decode(b"\x93caf\xE9\x94 \x80").unwrap().0, "“café” €");
        assert_eq!(decode(b"\xFF\xFEc\0a\0f\0\xE9\0").unwrap().0, "café");
        assert_eq!(decode(b"\xFE\xFF\0c\0a\0f\0\xE9").unwrap().0, "café");
        assert_eq!(decode(b"\xEF\xBB\xBFok").unwrap().0, "ok");
        assert_eq!(decode(b"a\0b"), None);
    }
}
