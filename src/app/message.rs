//! What the app tells the reader about a file or a link (a failure, a notice), kept as
//! data and worded in the reader's language only when shown (`i18n`), so that switching
//! languages rewords what is on screen. Pure.

use crate::decode::{Encoding, Sniff};
use crate::share::SourceError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Words written elsewhere (a browser's own error): shown as they are.
    Text(String),
    /// What `decode::sniff` saw: an encoding guessed, or a file empty or binary.
    Sniffed(Sniff),
    /// Read in the encoding the reader chose.
    ReadAs(Encoding),
    /// A file larger than palabre opens; its size in MB.
    TooLarge(u64),
    /// The browser could not read the file (its reason, in its words).
    Unreadable(String),
    /// This browser has no decoder for the encoding.
    NoDecoder(Encoding),
    /// The bytes are not valid text in the encoding.
    Invalid(Encoding),
    /// A `?src=` dump could not be opened.
    Source(SourceError),
    /// The data of a `#z=` link is damaged.
    DamagedLink,
    /// This browser cannot decompress the data of links.
    NoDecompression,
    /// This browser cannot compress a dump into a link.
    NoCompression,
    /// A link with the data inside could not be made (the browser's reason).
    PackFailed(String),
    /// The file on screen cannot be read again (to pack it into a link).
    FileGone,
    /// The dump is no longer in the library.
    NotStored,
    /// The Web Worker could not be given the file.
    WorkerUnreachable,
    /// The Web Worker stopped while parsing.
    WorkerStopped,
    /// The Web Worker sent a part of the dump that does not decode.
    WorkerDamaged,
    /// The Web Worker finished without sending a dump.
    WorkerSentNothing,
}

/// How a worker says which `Sniff` it saw (workers pass messages as plain values).
pub fn sniff_code(sniff: Sniff) -> String {
    match sniff {
        Sniff::Empty => "empty".into(),
        Sniff::Binary => "binary".into(),
        Sniff::Utf8 { bom: false } => "utf-8".into(),
        Sniff::Utf8 { bom: true } => "utf-8-bom".into(),
        Sniff::Utf16Le => "utf-16le".into(),
        Sniff::Utf16Be => "utf-16be".into(),
        Sniff::Windows1252 => "windows-1252".into(),
        Sniff::Latin1 => "iso-8859-1".into(),
        Sniff::Mixed {
            bom: false,
            repaired,
        } => format!("mixed:{repaired}"),
        Sniff::Mixed {
            bom: true,
            repaired,
        } => format!("mixed-bom:{repaired}"),
    }
}

/// The `Sniff` a worker named with [`sniff_code`].
pub fn sniff_of(code: &str) -> Option<Sniff> {
    if let Some((kind, n)) = code.split_once(':') {
        let repaired = n.parse().ok()?;
        return match kind {
            "mixed" => Some(Sniff::Mixed {
                bom: false,
                repaired,
            }),
            "mixed-bom" => Some(Sniff::Mixed {
                bom: true,
                repaired,
            }),
            _ => None,
        };
    }
    [
        Sniff::Empty,
        Sniff::Binary,
        Sniff::Utf8 { bom: false },
        Sniff::Utf8 { bom: true },
        Sniff::Utf16Le,
        Sniff::Utf16Be,
        Sniff::Windows1252,
        Sniff::Latin1,
    ]
    .into_iter()
    .find(|&s| sniff_code(s) == code)
}

/// What to tell the reader about how a file's bytes were read: the encoding they chose,
/// else what the sniffing noticed (nothing for plain UTF-8).
pub fn read_notice(sniffed: Sniff, forced: Option<Encoding>) -> Option<Message> {
    match forced {
        Some(e) => Some(Message::ReadAs(e)),
        None => sniffed.notice().map(|_| Message::Sniffed(sniffed)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sniff_survives_the_trip_through_a_worker_message() {
        for code in [
            "empty",
            "binary",
            "utf-8",
            "utf-8-bom",
            "utf-16le",
            "utf-16be",
            "windows-1252",
            "iso-8859-1",
            "mixed:3",
            "mixed-bom:1200",
        ] {
            let sniff = sniff_of(code).unwrap();
            assert_eq!(sniff_code(sniff), code);
        }
        assert_eq!(
            sniff_of("mixed:7"),
            Some(Sniff::Mixed {
                bom: false,
                repaired: 7
            })
        );
        for junk in ["klingon", "mixed:", "mixed:x", "utf-8:3"] {
            assert_eq!(sniff_of(junk), None, "{junk}");
        }
    }

    #[test]
    fn plain_utf8_says_nothing_and_a_choice_is_named() {
        assert_eq!(read_notice(Sniff::Utf8 { bom: false }, None), None);
        assert_eq!(
            read_notice(Sniff::Latin1, None),
            Some(Message::Sniffed(Sniff::Latin1))
        );
        assert_eq!(
            read_notice(Sniff::Latin1, Some(Encoding::Utf8)),
            Some(Message::ReadAs(Encoding::Utf8))
        );
    }
}
