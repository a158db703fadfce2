//! Deciding how a dropped file's bytes are text.
//!
//! The parsers take `&str`; turning bytes into text is the edges' job. This module holds
//! the pure decision (`sniff`) both edges share, and a complete decoder for the native CLI
//! (`decode`, or `decode_as` when the user chose the encoding). The app decodes with the
//! browser's own `TextDecoder` instead, which costs no bundle size.
//!
//! The guess for text that is not UTF-8 is Windows-1252 when a byte in 0x80–0x9F is
//! present (only Windows-1252 gives those a meaning: curly quotes, dashes, €), else
//! ISO-8859-1; the notice names the one chosen, and a picker can override it. Text that is
//! UTF-8 but for a few stray bytes (a legacy paragraph pasted into it) is `Mixed`: it is
//! read as UTF-8 and only those bytes through Windows-1252 ([`repair`]), since reading all
//! of it as Windows-1252 would garble every other accent.

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
    /// Not valid UTF-8, with bytes in 0x80–0x9F: only Windows-1252 gives those a meaning
    /// (curly quotes, dashes, €), so this is what old Western European text mostly is.
    Windows1252,
    /// Not valid UTF-8, and no byte in 0x80–0x9F: ISO-8859-1 (Latin-1), which reads
    /// every byte the way Windows-1252 would.
    Latin1,
    /// UTF-8 but for `repaired` bytes, far fewer than its valid multi-byte characters:
    /// read as UTF-8, those bytes as Windows-1252 ([`repair`]; a `TextDecoder` would
    /// make them U+FFFD).
    Mixed {
        bom: bool,
        repaired: usize,
    },
}

impl Sniff {
    /// The WHATWG encoding label, as `TextDecoder` takes it. (Browsers decode
    /// `iso-8859-1` as Windows-1252, which is the same text when no byte is in 0x80–0x9F,
    /// as for every file sniffed `Latin1`.)
    pub fn label(self) -> Option<&'static str> {
        self.encoding().map(Encoding::label)
    }

    /// The encoding the bytes are read in; `None` for empty and binary files.
    pub fn encoding(self) -> Option<Encoding> {
        match self {
            Sniff::Utf8 { .. } | Sniff::Mixed { .. } => Some(Encoding::Utf8),
            Sniff::Utf16Le => Some(Encoding::Utf16Le),
            Sniff::Utf16Be => Some(Encoding::Utf16Be),
            Sniff::Windows1252 => Some(Encoding::Windows1252),
            Sniff::Latin1 => Some(Encoding::Latin1),
            Sniff::Empty | Sniff::Binary => None,
        }
    }

    /// Bytes to skip before decoding.
    pub fn bom_len(self) -> usize {
        match self {
            Sniff::Utf8 { bom: true } | Sniff::Mixed { bom: true, .. } => 3,
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
                "This file is not valid UTF-8: it was read as Windows-1252 (Western European), \
                 as its bytes for quotes and dashes suggest. If accents look wrong, choose \
                 another encoding.",
            ),
            Sniff::Latin1 => Some(
                "This file is not valid UTF-8: it was read as ISO-8859-1 (Latin-1, Western \
                 European). If accents look wrong, choose another encoding.",
            ),
            Sniff::Utf16Le | Sniff::Utf16Be => Some("This file is UTF-16 text."),
            // Says nothing of how those bytes were read: a decoder other than `repair`
            // (the browser's) makes them U+FFFD. `message` says it for `decode`.
            Sniff::Mixed { .. } => Some(
                "This file is UTF-8 but for a few bytes that are not. If a character looks \
                 wrong, choose another encoding.",
            ),
            Sniff::Utf8 { .. } => None,
        }
    }

    /// [`Sniff::notice`] for text read by [`decode`], with its figures: how many bytes of
    /// a mixed file were repaired, and how.
    pub fn message(self) -> Option<String> {
        match self {
            Sniff::Mixed { repaired, .. } => Some(format!(
                "This file is UTF-8 but for {repaired} byte(s) that are not: they were read as \
                 Windows-1252 (Western European). If a character looks wrong, choose another \
                 encoding."
            )),
            _ => self.notice().map(str::to_string),
        }
    }
}

/// An encoding the user may choose instead of the sniffed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    Latin1,
}

impl Encoding {
    /// Every encoding, in the order a picker lists them.
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Windows1252,
        Encoding::Latin1,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// The WHATWG label (what `TextDecoder` and `--encoding` take).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Latin1 => "iso-8859-1",
        }
    }

    /// The name a person knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 (little-endian)",
            Encoding::Utf16Be => "UTF-16 (big-endian)",
            Encoding::Windows1252 => "Windows-1252 (Western European)",
            Encoding::Latin1 => "ISO-8859-1 (Latin-1)",
        }
    }

    /// The encoding a label names, in any case: the WHATWG labels and common aliases.
    pub fn from_label(label: &str) -> Option<Encoding> {
        Some(match label.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" => Encoding::Utf8,
            "utf-16le" | "utf-16" | "utf16le" | "utf16" => Encoding::Utf16Le,
            "utf-16be" | "utf16be" => Encoding::Utf16Be,
            "windows-1252" | "cp1252" | "x-cp1252" | "win1252" => Encoding::Windows1252,
            "iso-8859-1" | "iso8859-1" | "latin1" | "latin-1" | "l1" | "iso_8859-1" => {
                Encoding::Latin1
            }
            _ => return None,
        })
    }
}

/// How far into a file NUL bytes are looked for: enough to tell text from binary.
const BINARY_PROBE: usize = 64 * 1024;

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

pub fn sniff(bytes: &[u8]) -> Sniff {
    match bytes {
        [] => Sniff::Empty,
        [0xFF, 0xFE, ..] => Sniff::Utf16Le,
        [0xFE, 0xFF, ..] => Sniff::Utf16Be,
        // A UTF-8 byte-order mark does not make NUL bytes text.
        _ if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some() => Sniff::Binary,
        _ => {
            let bom = bytes.starts_with(UTF8_BOM);
            if std::str::from_utf8(bytes).is_ok() {
                return Sniff::Utf8 { bom };
            }
            let (multibyte, invalid) = utf8_census(bytes);
            // Legacy text seldom forms valid UTF-8 by chance (a capital with an accent then
            // a symbol), so twice as many valid characters as bad bytes is UTF-8 damaged;
            // a byte-order mark says UTF-8 outright.
            if bom || multibyte >= 2 * invalid {
                Sniff::Mixed {
                    bom,
                    repaired: invalid,
                }
            } else if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
                Sniff::Windows1252
            } else {
                Sniff::Latin1
            }
        }
    }
}

/// How many valid multi-byte UTF-8 characters the bytes hold, and how many bytes are not
/// UTF-8.
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    bytes
        .utf8_chunks()
        .fold((0, 0), |(multibyte, invalid), chunk| {
            // Each multi-byte character has exactly one lead byte (0xC0 and above).
            let leads = chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
            (multibyte + leads, invalid + chunk.invalid().len())
        })
}

/// Decodes a whole file the way the app does; `None` for empty and binary files.
pub fn decode(bytes: &[u8]) -> Option<(String, Sniff)> {
    let how = sniff(bytes);
    let text = match how {
        Sniff::Mixed { .. } => repair(bytes),
        _ => decode_as(bytes, how.encoding()?),
    };
    Some((text, how))
}

/// Reads mostly-UTF-8 bytes: valid sequences as UTF-8, every byte that is not as
/// Windows-1252 (for a file `sniff` calls [`Sniff::Mixed`]). A UTF-8 byte-order mark is
/// skipped. Never fails; one pass, no allocation beyond the text.
pub fn repair(bytes: &[u8]) -> String {
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let mut text = String::with_capacity(body.len() + body.len() / 8);
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|&b| windows_1252(b)));
    }
    text
}

/// [`repair`] for a file read in slices (the worker's): the same text, whatever the
/// slices, and how many bytes needed repairing, so that a stray byte far past the opening
/// (which `sniff` saw alone) is still read as Windows-1252 and reported.
#[derive(Debug, Default)]
pub struct Repairer {
    /// The bytes of a character cut by the end of the previous slice.
    pending: Vec<u8>,
    started: bool,
    pub bom: bool,
    pub repaired: usize,
}

impl Repairer {
    /// Appends the text of the next slice to `out`.
    pub fn push(&mut self, slice: &[u8], out: &mut String) {
        if self.pending.is_empty() {
            self.decode(slice, out, false);
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(slice);
            self.decode(&joined, out, false);
        }
    }

    /// Appends what the last slice left cut, and says how the file read.
    pub fn finish(&mut self, out: &mut String) -> Sniff {
        let rest = std::mem::take(&mut self.pending);
        self.decode(&rest, out, true);
        match self.repaired {
            0 => Sniff::Utf8 { bom: self.bom },
            repaired => Sniff::Mixed {
                bom: self.bom,
                repaired,
            },
        }
    }

    fn decode(&mut self, mut bytes: &[u8], out: &mut String, last: bool) {
        if !self.started {
            // A mark split over two slices is not worth handling: slices are large.
            if bytes.len() < UTF8_BOM.len() && !last {
                self.pending.extend_from_slice(bytes);
                return;
            }
            self.started = true;
            if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
                self.bom = true;
                bytes = rest;
            }
        }
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(chunk) = chunks.next() {
            out.push_str(chunk.valid());
            let invalid = chunk.invalid();
            // A sequence cut by the slice's end is the start of a character, not a stray
            // byte: keep it for the next slice.
            if chunks.peek().is_none() && !last && cut_short(invalid) {
                self.pending.extend_from_slice(invalid);
                return;
            }
            self.repaired += invalid.len();
            out.extend(invalid.iter().map(|&b| windows_1252(b)));
        }
    }
}

/// [`sniff`] for the first slice of a longer file: a character the slice's end cuts in
/// two is not a stray byte (it would make an ASCII opening look like Latin-1).
pub fn sniff_opening(bytes: &[u8]) -> Sniff {
    let cut = (1..=3.min(bytes.len()))
        .map(|n| bytes.len() - n)
        .find(|&i| cut_short(&bytes[i..]));
    sniff(cut.map_or(bytes, |i| &bytes[..i]))
}

/// Whether `tail` (the last invalid bytes of a slice) could be the beginning of a
/// character the next slice completes.
fn cut_short(tail: &[u8]) -> bool {
    let Some(&lead) = tail.first() else {
        return false;
    };
    let needed = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    tail.len() < needed && tail[1..].iter().all(|&b| (0x80..=0xBF).contains(&b))
}

/// Decodes a whole file in the encoding the user chose. Never fails: bytes that mean
/// nothing in that encoding become U+FFFD. A byte-order mark of that encoding is skipped.
pub fn decode_as(bytes: &[u8], encoding: Encoding) -> String {
    match encoding {
        Encoding::Utf8 => {
            let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            String::from_utf8_lossy(body).into_owned()
        }
        Encoding::Utf16Le => utf16(
            bytes.strip_prefix(&[0xFF, 0xFE]).unwrap_or(bytes),
            u16::from_le_bytes,
        ),
        Encoding::Utf16Be => utf16(
            bytes.strip_prefix(&[0xFE, 0xFF]).unwrap_or(bytes),
            u16::from_be_bytes,
        ),
        Encoding::Windows1252 => bytes.iter().map(|&b| windows_1252(b)).collect(),
        // Latin-1 is the first 256 code points of Unicode, byte for byte.
        Encoding::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    // An odd last byte is half a character.
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
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
        assert_eq!(sniff(b"caf\xE9"), Sniff::Latin1);
        assert_eq!(sniff(b"\x93caf\xE9\x94"), Sniff::Windows1252);
        // A UTF-8 byte-order mark over NUL bytes is still binary.
        assert_eq!(sniff(b"\xEF\xBB\xBFa\0b\0"), Sniff::Binary);
        assert_eq!(decode(b"\xEF\xBB\xBFa\0b\0"), None);
    }

    #[test]
    fn an_opening_cut_inside_a_character_is_still_utf8() {
        let text = "plain ASCII, then é";
        let cut = &text.as_bytes()[..text.len() - 1];
        assert_eq!(sniff(cut), Sniff::Latin1, "what sniff alone would say");
        assert_eq!(sniff_opening(cut), Sniff::Utf8 { bom: false });
        assert_eq!(sniff_opening(text.as_bytes()), Sniff::Utf8 { bom: false });
        assert_eq!(sniff_opening(b"caf\xE9 au lait"), Sniff::Latin1);
        assert_eq!(sniff_opening(b""), Sniff::Empty);
    }

    #[test]
    fn repairing_in_slices_reads_like_repairing_at_once() {
        let mut samples: Vec<Vec<u8>> = vec![
            "Déjà vu… un café à 2 € 😀".as_bytes().to_vec(),
            b"\xEF\xBB\xBFcaf\xC3\xA9 \x93ok\x94 \xE2\x82".to_vec(),
            b"\xF0\x9F\x98".to_vec(),
            b"ab\xC3".to_vec(),
        ];
        samples.push([b"x\xE9 ".as_slice(), samples[0].as_slice()].concat());
        for bytes in &samples {
            let whole = repair(bytes);
            let invalid: usize = bytes
                .strip_prefix(UTF8_BOM)
                .unwrap_or(bytes)
                .utf8_chunks()
                .map(|c| c.invalid().len())
                .sum();
            for a in 0..=bytes.len() {
                for b in a..=bytes.len() {
                    let mut r = Repairer::default();
                    let mut out = String::new();
                    r.push(&bytes[..a], &mut out);
                    r.push(&bytes[a..b], &mut out);
                    r.push(&bytes[b..], &mut out);
                    let how = r.finish(&mut out);
                    assert_eq!(out, whole, "{bytes:?} cut at {a}, {b}");
                    assert_eq!(r.repaired, invalid, "{bytes:?} cut at {a}, {b}");
                    assert_eq!(how.bom_len(), if r.bom { 3 } else { 0 });
                }
            }
        }
    }

    #[test]
    fn utf8_with_a_stray_legacy_byte_is_repaired_not_garbled() {
        let bytes = "Déjà vu… caf".bytes().chain([0xE9]).collect::<Vec<u8>>();
        let how = sniff(&bytes);
        assert_eq!(
            how,
            Sniff::Mixed {
                bom: false,
                repaired: 1
            }
        );
        assert_eq!(decode(&bytes).unwrap().0, "Déjà vu… café");
        assert!(how.message().unwrap().contains("1 byte(s)"));
        assert_eq!(how.encoding(), Some(Encoding::Utf8));
        // With a byte-order mark, any invalid byte is a repair.
        let mut bom = b"\xEF\xBB\xBFcaf".to_vec();
        bom.extend([0xE9, 0x93]);
        assert_eq!(repair(&bom), "café“");
        assert_eq!(sniff(&bom).bom_len(), 3);
        // Legacy text that happens to hold one valid sequence stays legacy.
        assert_eq!(sniff(b"\xC3\xA9t\xE9 \xE0 la plage"), Sniff::Latin1);
        assert_eq!(repair(b""), "");
    }

    #[test]
    fn the_legacy_guess_names_what_it_chose() {
        assert_eq!(sniff(b"caf\xE9").label(), Some("iso-8859-1"));
        assert_eq!(sniff(b"\x80 caf\xE9").label(), Some("windows-1252"));
        assert!(sniff(b"caf\xE9").notice().unwrap().contains("ISO-8859-1"));
        assert!(sniff(b"\x80").notice().unwrap().contains("Windows-1252"));
    }

    #[test]
    fn the_user_may_choose_the_encoding() {
        let bytes = b"\x93caf\xE9\x94";
        assert_eq!(decode_as(bytes, Encoding::Windows1252), "“café”");
        assert_eq!(decode_as(bytes, Encoding::Latin1), "\u{93}café\u{94}");
        assert_eq!(decode_as(bytes, Encoding::Utf8), "\u{FFFD}caf\u{FFFD}");
        assert_eq!(decode_as("é".as_bytes(), Encoding::Latin1), "Ã©");
        assert_eq!(decode_as(b"\xEF\xBB\xBFok", Encoding::Utf8), "ok");
        assert_eq!(decode_as(b"\xFF\xFEo\0k\0", Encoding::Utf16Le), "ok");
        assert_eq!(decode_as(b"o\0k", Encoding::Utf16Le), "o\u{FFFD}");
        assert_eq!(decode_as(b"\0o\0k", Encoding::Utf16Be), "ok");
        for e in Encoding::ALL {
            assert_eq!(Encoding::from_label(e.label()), Some(e));
            assert_eq!(decode_as(b"", e), "");
        }
        assert_eq!(Encoding::from_label(" Latin1 "), Some(Encoding::Latin1));
        assert_eq!(Encoding::from_label("CP1252"), Some(Encoding::Windows1252));
        assert_eq!(Encoding::from_label("ebcdic"), None);
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
