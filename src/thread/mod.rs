//! Reply inference: for every entry, which earlier entries it answers, and why.
//!
//! Blog comments are linked by the cues a careful reader uses (`blog.rs`: `@name`,
//! quotes, retweets, names); chat and IRC messages by a model of turn-taking (`chat.rs`).
//! Links only ever point to earlier entries, so threads can have no cycles.

mod blog;
mod chat;
// Learned numbers, some of which happen to sit near π/3 or log10(2).
#[allow(clippy::approx_constant)]
mod chat_weights;
mod names;
pub mod score;
pub mod tree;

use crate::model::{Archive, Kind, Link};

/// Fills `parents` and `links` of every entry. Entries left without a link answer the post.
pub fn link(archive: &mut Archive) {
    let links = if archive
        .entries
        .iter()
        .any(|e| matches!(e.kind, Kind::Message | Kind::System))
    {
        chat::infer(&archive.entries)
    } else {
        blog::infer(archive)
    };
    for (entry, links) in archive.entries.iter_mut().zip(links) {
        let links: Vec<Link> = links.into_iter().filter(|l| l.to < entry.id).collect();
        entry.parents = links.iter().map(|l| l.to).collect();
        entry.links = links;
    }
}
