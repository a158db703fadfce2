//! Reply links arranged for display: each entry sits under one parent (its most certain
//! link); the other parents are shown as "also answers". Entries with no link are roots:
//! they answer the post.

use crate::model::Entry;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tree {
    /// Entries answering the post, in dump order.
    pub roots: Vec<usize>,
    /// The parent each entry is displayed under.
    pub primary: Vec<Option<usize>>,
    /// Replies displayed under each entry, in dump order.
    pub children: Children,
    /// 0 for roots.
    pub depth: Vec<usize>,
    /// Number of entries in each entry's subtree, itself excluded.
    pub descendants: Vec<usize>,
}

impl Tree {
    pub fn build(entries: &[Entry]) -> Tree {
        let primary: Vec<Option<usize>> = entries
            .iter()
            .map(|e| {
                // The first of the most confident links: links only point back, so the
                // tree has no cycle.
                e.links
                    .iter()
                    .filter(|l| l.to < e.id)
                    .fold(None, |best: Option<&crate::model::Link>, l| match best {
                        Some(b) if b.confidence >= l.confidence => Some(b),
                        _ => Some(l),
                    })
                    .map(|l| l.to)
            })
            .collect();
        Tree::from_primary(primary)
    }

    /// The tree with these parents, `None` when one is not an earlier entry (a tree
    /// read from a worker's message is checked so).
    pub fn checked(primary: Vec<Option<usize>>) -> Option<Tree> {
        let points_back = primary
            .iter()
            .enumerate()
            .all(|(id, p)| p.is_none_or(|p| p < id));
        points_back.then(|| Tree::from_primary(primary))
    }

    /// Parents must point back (`primary[id] < id`).
    fn from_primary(primary: Vec<Option<usize>>) -> Tree {
        let n = primary.len();
        let children = Children::of(&primary);
        let mut roots = Vec::new();
        let mut depth = vec![0; n];
        for (id, parent) in primary.iter().enumerate() {
            match *parent {
                Some(p) => depth[id] = depth[p] + 1,
                None => roots.push(id),
            }
        }
        // Children always come after their parent, so one backward pass sums subtrees.
        let mut descendants = vec![0; n];
        for id in (0..n).rev() {
            if let Some(p) = primary[id] {
                descendants[p] += descendants[id] + 1;
            }
        }
        Tree {
            roots,
            primary,
            children,
            depth,
            descendants,
        }
    }

    /// The entry's ancestors, nearest first.
    pub fn ancestors(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.primary.get(id).copied().flatten(), |&p| {
            self.primary[p]
        })
    }

    /// Whether `id` is `root` or one of its descendants.
    pub fn is_within(&self, id: usize, root: usize) -> bool {
        id == root || self.ancestors(id).any(|a| a == root)
    }
}

/// Each entry's replies, all in one array: a `Vec` per entry cost a million allocations
/// (and most of the time of building the tree) on a large chat log.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Children {
    /// The replies of entry `id` are `flat[start[id]..start[id + 1]]`.
    start: Vec<usize>,
    flat: Vec<usize>,
}

impl Children {
    /// From each entry's parent (`None` for an entry under nothing); replies keep the
    /// order of `parents`. A parent out of range is ignored.
    pub fn of(parents: &[Option<usize>]) -> Children {
        let n = parents.len();
        let mut start = vec![0; n + 1];
        for &p in parents.iter().flatten().filter(|&&p| p < n) {
            start[p + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut flat = vec![0; start[n]];
        for (id, &p) in parents.iter().enumerate() {
            if let Some(p) = p.filter(|&p| p < n) {
                flat[next[p]] = id;
                next[p] += 1;
            }
        }
        Children { start, flat }
    }

    /// The replies of `id`, empty for an entry out of range.
    pub fn get(&self, id: usize) -> &[usize] {
        match (self.start.get(id), self.start.get(id + 1)) {
            (Some(&a), Some(&b)) => &self.flat[a..b],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cue, Kind, Link};

    fn entry(id: usize, links: &[(usize, f32)]) -> Entry {
        Entry {
            id,
            author: format!("a{id}"),
            time: None,
            time_text: None,
            kind: Kind::Comment,
            line: id,
            span: [0, 0],
            parents: links.iter().map(|l| l.0).collect(),
            body: String::new(),
            links: links
                .iter()
                .map(|&(to, confidence)| Link {
                    to,
                    evidence: String::new(),
                    confidence,
                    cue: Cue::Mention,
                })
                .collect(),
            approximate: false,
        }
    }

    #[test]
    fn entries_sit_under_their_most_certain_parent() {
        let entries = [
            entry(0, &[]),
            entry(1, &[]),
            entry(2, &[(0, 0.4), (1, 0.9)]),
            entry(3, &[(2, 0.6)]),
            entry(4, &[(0, 0.95), (1, 0.95)]),
        ];
        let t = Tree::build(&entries);
        assert_eq!(t.roots, [0, 1]);
        assert_eq!(t.primary, [None, None, Some(1), Some(2), Some(0)]);
        assert_eq!(t.children.get(0), [4]);
        assert_eq!(t.children.get(1), [2]);
        assert_eq!(t.children.get(4), [] as [usize; 0]);
        assert_eq!(t.children.get(5), [] as [usize; 0]);
        assert_eq!(t.depth, [0, 0, 1, 2, 1]);
        assert_eq!(t.descendants, [1, 2, 1, 0, 0]);
        assert_eq!(t.ancestors(3).collect::<Vec<_>>(), [2, 1]);
        assert!(t.is_within(3, 1) && !t.is_within(3, 0));
    }

    #[test]
    fn children_keep_the_order_of_their_entries_and_ignore_parents_out_of_range() {
        let c = Children::of(&[None, Some(0), Some(7), Some(0), Some(1), Some(0)]);
        assert_eq!(c.get(0), [1, 3, 5]);
        assert_eq!(c.get(1), [4]);
        assert_eq!(c.get(2), [] as [usize; 0]);
        assert_eq!(Children::of(&[]).get(0), [] as [usize; 0]);
    }
}
