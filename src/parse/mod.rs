//! From decoded text to an [`Archive`].
//!
//! `parse` never fails and never panics: it detects the dump's format (see [`detect`]),
//! lets that format find the entry headers, and builds entries that keep the line and byte
//! span they came from. Whatever looks wrong ends up in `Archive::problems`.

pub mod date;
pub mod detect;
pub mod formats;
pub mod lines;

mod blog;
mod chat;

use crate::model::{Archive, Stamp};

/// What the caller knows that the text does not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseOptions {
    /// When the page was copied: relative dates ("7 years ago", "il y a 3 jours") are
    /// counted back from it, and the entries marked approximate. Without it they stay
    /// undated (their text is kept) and a problem says why.
    pub anchor: Option<Stamp>,
}

/// Parses a whole dump with default options (no reference date).
pub fn parse(text: &str) -> Archive {
    parse_with(text, &ParseOptions::default())
}

/// Parses a whole dump.
pub fn parse_with(text: &str, options: &ParseOptions) -> Archive {
    let lines = lines::split(text);
    match detect::detect(&lines) {
        Some(format) => format.parse(text, &lines, options),
        None => formats::plain(&lines),
    }
}
