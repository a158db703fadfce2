//! Reply links between chat or IRC messages.
//!
//! Starting point (the corpus paper's baseline): each message answers the message just
//! before it; system lines answer nothing.

use crate::model::{Cue, Entry, Kind, Link};

/// One list of links per entry, each pointing to an earlier entry.
pub fn infer(entries: &[Entry]) -> Vec<Vec<Link>> {
    entries
        .iter()
        .map(|e| {
            let previous = entries[..e.id]
                .iter()
                .rev()
                .find(|p| p.kind == Kind::Message);
            match (e.kind, previous) {
                (Kind::Message, Some(p)) => vec![Link {
                    to: p.id,
                    evidence: "previous message".into(),
                    confidence: 0.3,
                    cue: Cue::Context,
                }],
                _ => Vec::new(),
            }
        })
        .collect()
}
