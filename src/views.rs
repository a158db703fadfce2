//! What the page shows beside the entries (reply tree, authors, timeline, reply delays,
//! summary), computed once per dump: by the worker for a large file, which sends it
//! with [`crate::wire::encode_views`] so that the page's thread never spends a second
//! building it, and by the page itself for a small one.

use crate::authors::Authors;
use crate::model::Archive;
use crate::summary::Summary;
use crate::thread::tree::{Row, Tree};
use crate::timeline::{latency, Latency, Timeline};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub struct Views {
    pub summary: Summary,
    pub tree: Tree,
    pub authors: Authors,
    pub timeline: Timeline,
    pub latency: Latency,
    /// Whether the post author wrote in the thread (reply tree under a root) of each entry.
    pub in_host_thread: Vec<bool>,
    /// The entry list as it first shows ([`Tree::reading_rows`]), kept because the
    /// list comes back to it whenever no filter, fold or focus is on: walking a million
    /// entries for it took the page's thread 40 ms.
    pub rows: Rc<Vec<Row>>,
}

impl Views {
    pub fn of(archive: &Archive) -> Views {
        let authors = Authors::of(archive);
        let tree = Tree::build(&archive.entries);
        Views {
            summary: Summary::of(archive),
            timeline: Timeline::of(archive, &authors),
            latency: latency(archive, &authors),
            in_host_thread: host_threads(&tree, &authors),
            rows: Rc::new(tree.reading_rows()),
            tree,
            authors,
        }
    }
}

/// For each entry, whether the post author wrote anywhere in its thread.
pub(crate) fn host_threads(tree: &Tree, authors: &Authors) -> Vec<bool> {
    let n = tree.primary.len();
    let Some(host) = authors.post_author.as_ref().map(|p| p.identity) else {
        return vec![false; n];
    };
    // Parents come first, so each entry's root is known when it is reached.
    let mut root = vec![0; n];
    let mut has_host = vec![false; n];
    for id in 0..n {
        root[id] = tree.parent(id).map_or(id, |p| root[p]);
        if authors.by_entry.get(id) == Some(&host) {
            has_host[root[id]] = true;
        }
    }
    root.iter().map(|&r| has_host[r]).collect()
}
