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

use crate::model::Archive;

/// Parses a whole dump.
pub fn parse(text: &str) -> Archive {
    let lines = lines::split(text);
    match detect::detect(&lines) {
        Some(format) => format.parse(text, &lines),
        None => formats::plain(&lines),
    }
}
