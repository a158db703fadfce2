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

use crate::model::{Archive, Cue, Entry, Kind, Link, Links};
pub use chat::{infer_segment, segments, Segment, SEGMENT, WARM_UP};

/// Fills `parents` and `links` of every entry. Entries left without a link answer the post.
///
/// An entry whose parser stated its parent (`Cue::Stated`: Disqus, Hacker News, Telegram)
/// keeps exactly that: the dump knows better than any cue. Inference fills the others.
pub fn link(archive: &mut Archive) {
    let inferred = if is_chat(&archive.entries) {
        chat::infer(&archive.entries)
    } else {
        blog::infer(archive)
    };
    settle(archive, inferred);
}

/// Whether [`link`] threads these entries as a chat: in [`segments`], which the browser's
/// worker may share out with [`infer_segment`] (blog threads are inferred as a whole).
pub fn is_chat(entries: &[Entry]) -> bool {
    entries
        .iter()
        .any(|e| matches!(e.kind, Kind::Message | Kind::System))
}

/// Gives each entry its `inferred` links (one list per entry, in order), as [`link`]
/// does: a stated parent wins, and a link that does not point back is dropped.
pub fn settle(archive: &mut Archive, inferred: Vec<Links>) {
    for (entry, inferred) in archive.entries.iter_mut().zip(inferred) {
        let stated = entry.links.iter().any(|l| l.cue == Cue::Stated);
        let links = if stated {
            std::mem::take(&mut entry.links)
        } else {
            inferred
        };
        let keep = |l: &Link| l.to < entry.id && (!stated || l.cue == Cue::Stated);
        entry.links = if links.iter().all(keep) {
            links
        } else {
            links.into_vec().into_iter().filter(keep).collect()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: usize, author: &str, body: &str, links: Vec<Link>) -> Entry {
        Entry {
            id,
            author: author.into(),
            time: None,
            time_text: None,
            kind: Kind::Comment,
            line: id,
            span: [0, 0],
            body: body.into(),
            links: links.into(),
            approximate: false,
        }
    }

    fn stated(to: usize) -> Link {
        Link {
            to,
            evidence: "↪ x".into(),
            confidence: 1.0,
            cue: Cue::Stated,
        }
    }

    #[test]
    fn stated_links_are_kept_and_the_others_inferred() {
        let mut archive = Archive {
            entries: vec![
                entry(0, "ann", "hello", vec![]),
                entry(1, "bob", "hi", vec![]),
                // States its parent (0) although it names bob: the statement wins.
                entry(2, "cid", "@bob yes", vec![stated(0)]),
                entry(3, "dan", "@bob no", vec![]),
                // A stated link to a later entry breaks the invariant: dropped.
                entry(4, "eve", "text", vec![stated(4)]),
            ],
            ..Archive::default()
        };
        link(&mut archive);
        let parents: Vec<Vec<usize>> = archive
            .entries
            .iter()
            .map(|e| e.parents().collect())
            .collect();
        assert_eq!(parents[2], [0]);
        assert_eq!(archive.entries[2].links[0].cue, Cue::Stated);
        assert_eq!(parents[3], [1], "inferred from @bob");
        assert!(parents[4].is_empty());
    }
}
