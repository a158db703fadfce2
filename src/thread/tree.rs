//! Reply links arranged for display: each entry sits under one parent (its most certain
//! link); the other parents are shown as "also answers". Entries with no link are roots:
//! they answer the post.

use crate::model::Entry;

/// Replies nest this deep on screen; deeper ones open as their own thread ("continued"),
/// so that indentation stays readable.
pub const MAX_DEPTH: usize = 5;

/// One line of the entry list: eight bytes in wasm, as a million-entry list holds a
/// million of them (as three words and a tag, the million rows of a 100 MB IRC log took 16 MB).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub id: usize,
    /// The level in its three low bits, what follows in the next two, and the count of
    /// replies (all levels) in the rest.
    packed: u32,
}

impl Row {
    const LEVEL_BITS: u32 = 3;
    const KIND_BITS: u32 = 2;
    /// The deepest level a row tells: [`walk`] with a depth cap (the list on screen)
    /// never goes deeper ([`MAX_DEPTH`]); the walk without one, for the reading order,
    /// only reads rows' ids.
    const LEVELS: usize = (1 << Row::LEVEL_BITS) - 1;
    /// The largest count of replies a row tells: more entries than fit in wasm memory.
    const COUNT: usize = (1 << (32 - Row::LEVEL_BITS - Row::KIND_BITS)) - 1;
    const COUNT_SHIFT: u32 = Row::LEVEL_BITS + Row::KIND_BITS;

    pub fn new(id: usize, level: usize, replies: Replies) -> Row {
        let (kind, count) = match replies {
            Replies::None => (0, 0),
            Replies::Open(n) => (1, n),
            Replies::Folded(n) => (2, n),
            Replies::Continued(n) => (3, n),
        };
        let packed = level.min(Row::LEVELS)
            | kind << Row::LEVEL_BITS
            | count.min(Row::COUNT) << Row::COUNT_SHIFT;
        Row {
            id,
            packed: packed as u32,
        }
    }

    /// 0 for entries answering the post (or the focused entry), 1 for their replies…
    pub fn level(self) -> usize {
        self.packed as usize & Row::LEVELS
    }

    pub fn replies(self) -> Replies {
        let count = (self.packed >> Row::COUNT_SHIFT) as usize;
        match (self.packed >> Row::LEVEL_BITS) & ((1 << Row::KIND_BITS) - 1) {
            0 => Replies::None,
            1 => Replies::Open(count),
            2 => Replies::Folded(count),
            _ => Replies::Continued(count),
        }
    }
}

#[cfg(target_pointer_width = "32")]
const _: () = assert!(std::mem::size_of::<Row>() == 8 && MAX_DEPTH <= Row::LEVELS);

impl std::fmt::Debug for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Row")
            .field("id", &self.id)
            .field("level", &self.level())
            .field("replies", &self.replies())
            .finish()
    }
}

/// What follows an entry's card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replies {
    None,
    /// Its replies come next (this many, all levels).
    Open(usize),
    /// Folded away by the reader.
    Folded(usize),
    /// Too deep to indent further: "continue this thread" opens it on its own.
    Continued(usize),
}

/// The rows under `tops`, depth first, replies in the order of `children`: an entry
/// `folded` says so of keeps its replies out of sight, and past `max_depth` (if any)
/// they continue on their own. `descendants` counts each entry's replies, all levels;
/// `at_most` bounds the rows (the entries that can be shown), to reserve them at once.
pub fn walk(
    tops: &[usize],
    children: &Children,
    descendants: &[usize],
    max_depth: Option<usize>,
    folded: impl Fn(usize) -> bool,
    at_most: usize,
) -> Vec<Row> {
    let mut rows = Vec::with_capacity(at_most);
    // An explicit stack: chat logs can chain thousands of replies. One top at a time,
    // so that a log of a million roots does not stack them all first.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for &top in tops {
        stack.push((top, 0));
        while let Some((id, level)) = stack.pop() {
            let row = row(children, descendants, id, level, max_depth, &folded);
            rows.push(row);
            if let Replies::Open(_) = row.replies() {
                stack.extend(children.get(id).iter().rev().map(|&c| (c, level + 1)));
            }
        }
    }
    rows
}

/// Entry `id`'s row at `level`: what follows its card, by [`walk`]'s rules.
fn row(
    children: &Children,
    descendants: &[usize],
    id: usize,
    level: usize,
    max_depth: Option<usize>,
    folded: impl Fn(usize) -> bool,
) -> Row {
    let below = descendants.get(id).copied().unwrap_or(0);
    let replies = match () {
        _ if children.get(id).is_empty() => Replies::None,
        _ if max_depth.is_some_and(|m| level >= m) => Replies::Continued(below),
        _ if folded(id) => Replies::Folded(below),
        _ => Replies::Open(below),
    };
    Row::new(id, level, replies)
}

/// An entry's parent in the tree, in four bytes where an `Option<usize>` takes eight in
/// wasm (14 MB of a 100 MB log's page). An id past `u32::MAX - 1` is no parent: there
/// are never that many entries (wasm memory would not hold them).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Parent(Option<std::num::NonZeroU32>);

impl Parent {
    /// `None` for an id too large to keep.
    pub fn try_of(id: Option<usize>) -> Option<Parent> {
        match id {
            None => Some(Parent(None)),
            Some(id) => {
                let id = u32::try_from(id).ok()?;
                Some(Parent(Some(std::num::NonZeroU32::MIN.checked_add(id)?)))
            }
        }
    }

    /// As [`Parent::try_of`], an id too large to keep being no parent.
    pub fn of(id: Option<usize>) -> Parent {
        Parent::try_of(id).unwrap_or_default()
    }

    pub fn get(self) -> Option<usize> {
        self.0.map(|p| p.get() as usize - 1)
    }
}

impl std::fmt::Debug for Parent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.get(), f)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tree {
    /// Entries answering the post, in dump order.
    pub roots: Vec<usize>,
    /// The parent each entry is displayed under ([`Tree::parent`]).
    pub primary: Vec<Parent>,
    /// Replies displayed under each entry, in dump order.
    pub children: Children,
    /// 0 for roots.
    pub depth: Vec<usize>,
    /// Number of entries in each entry's subtree, itself excluded.
    pub descendants: Vec<usize>,
}

impl Tree {
    pub fn build(entries: &[Entry]) -> Tree {
        let primary: Vec<Parent> = entries
            .iter()
            .map(|e| {
                // The first of the most confident links: links only point back, so the
                // tree has no cycle.
                let to = e
                    .links
                    .iter()
                    .filter(|l| l.to < e.id)
                    .fold(None, |best: Option<&crate::model::Link>, l| match best {
                        Some(b) if b.confidence >= l.confidence => Some(b),
                        _ => Some(l),
                    })
                    .map(|l| l.to);
                Parent::of(to)
            })
            .collect();
        // Links only point back: the check always passes.
        Tree::checked(primary).unwrap_or_default()
    }

    /// The tree with these parents, `None` when one is not an earlier entry (a tree
    /// read from a worker's message is checked so).
    pub fn checked(primary: Vec<Parent>) -> Option<Tree> {
        let (mut depth, mut roots) = (Vec::with_capacity(primary.len()), Vec::new());
        push_depths(&primary, &mut depth, &mut roots)?;
        let children = Children::of(&primary);
        // Replies come after their parent, so one backward pass sums subtrees.
        let mut descendants = vec![0; primary.len()];
        for id in (0..primary.len()).rev() {
            if let Some(p) = primary[id].get() {
                descendants[p] += descendants[id] + 1;
            }
        }
        Some(Tree {
            roots,
            primary,
            children,
            depth,
            descendants,
        })
    }

    /// The whole tree as the list first shows it: every fold open, no thread focused,
    /// replies past [`MAX_DEPTH`] continued on their own.
    pub fn reading_rows(&self) -> Vec<Row> {
        walk(
            &self.roots,
            &self.children,
            &self.descendants,
            Some(MAX_DEPTH),
            |_| false,
            self.primary.len(),
        )
    }

    /// Entry `id`'s row in [`Tree::reading_rows`] (`None` past the end), from the tree
    /// alone: what a page needs to rebuild those rows from their entry numbers.
    pub fn reading_row(&self, id: usize) -> Option<Row> {
        let level = *self.depth.get(id)?;
        let (children, descendants) = (&self.children, &self.descendants);
        Some(row(
            children,
            descendants,
            id,
            level,
            Some(MAX_DEPTH),
            |_| false,
        ))
    }

    /// The parent entry `id` is displayed under (`None` for a root, or past the end).
    pub fn parent(&self, id: usize) -> Option<usize> {
        self.primary.get(id).and_then(|p| p.get())
    }

    /// The entry's ancestors, nearest first.
    pub fn ancestors(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent(id), |&p| self.parent(p))
    }

    /// Whether `id` is `root` or one of its descendants.
    pub fn is_within(&self, id: usize, root: usize) -> bool {
        id == root || self.ancestors(id).any(|a| a == root)
    }
}

/// Appends the depth of each entry of `primary` (which follow the entries `depth`
/// already has) and the roots among them; `None` when a parent is not an earlier entry.
fn push_depths(primary: &[Parent], depth: &mut Vec<usize>, roots: &mut Vec<usize>) -> Option<()> {
    for parent in primary {
        match parent.get() {
            // Parents point back, so a parent's depth is already known.
            Some(p) => depth.push(depth.get(p)? + 1),
            None => {
                roots.push(depth.len());
                depth.push(0);
            }
        }
    }
    Some(())
}

/// A tree arriving in slices from the thread that built it: each entry's parent, slice
/// by slice, then each entry's replies. The page reads each slice in a task of its own,
/// where building the replies of a large chat log from its parents took 50 ms at once.
/// Every slice is checked, so that what comes out is a tree [`Tree::checked`] would
/// have built: parents point back, and the replies are exactly each entry's own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Slices {
    primary: Vec<Parent>,
    depth: Vec<usize>,
    roots: Vec<usize>,
    descendants: Vec<usize>,
    /// Entries with a parent so far: the replies must list each once.
    answering: usize,
    start: Vec<usize>,
    flat: Vec<usize>,
}

impl Slices {
    /// Room for a tree of `entries` entries, before its first slice: grown slice by
    /// slice instead, each doubling copied the lists whole, 20–40 ms of one slice's task
    /// for a 100 MB log.
    pub fn reserve(&mut self, entries: usize) {
        self.primary.reserve_exact(entries);
        self.depth.reserve_exact(entries);
        self.descendants.reserve_exact(entries);
        self.start.reserve_exact(entries + 1);
    }

    /// The parents of the next entries, and the number of replies (all levels) under
    /// each. `None` when a parent is not an earlier entry, or after replies came.
    pub fn parents(&mut self, slice: &[Option<usize>], descendants: &[usize]) -> Option<()> {
        if !self.start.is_empty() || slice.len() != descendants.len() {
            return None;
        }
        // A parent too large to keep is refused, not made a root.
        let parents: Vec<Parent> = slice
            .iter()
            .map(|&p| Parent::try_of(p))
            .collect::<Option<_>>()?;
        push_depths(&parents, &mut self.depth, &mut self.roots)?;
        self.answering += slice.iter().flatten().count();
        self.primary.extend_from_slice(&parents);
        self.descendants.extend_from_slice(descendants);
        Some(())
    }

    /// The replies of the next entries, once every parent came: `start` has one more
    /// number than there are entries in the slice, each where an entry's replies start
    /// in the whole list (the first where the previous slice ended), and `flat` the
    /// replies themselves. `None` unless each reply is under its own parent, in
    /// increasing order, and each entry's count of replies their sum.
    pub fn replies(&mut self, entries: usize, start: &[usize], flat: &[usize]) -> Option<()> {
        let first = self.start.len().saturating_sub(1);
        let (&from, &to) = (start.first()?, start.last()?);
        let shaped = self.primary.len() == entries
            && from == self.flat.len()
            && to.checked_sub(from) == Some(flat.len())
            && first + start.len() - 1 <= entries
            && start.windows(2).all(|w| w[0] <= w[1]);
        if !shaped {
            return None;
        }
        if self.flat.is_empty() {
            self.flat.reserve_exact(self.answering);
        }
        // Each reply under its own parent, increasing: none twice, and with the count
        // checked at the end, none missing. Then counting an entry's replies, all levels,
        // from its own replies' counts checks every count in one pass.
        let fits = start.windows(2).enumerate().all(|(i, w)| {
            let id = first + i;
            let replies = &flat[w[0] - from..w[1] - from];
            replies.windows(2).all(|p| p[0] < p[1])
                && replies
                    .iter()
                    .all(|&c| self.primary.get(c).and_then(|p| p.get()) == Some(id))
                // In 64 bits: a damaged count must not overflow the sum.
                && replies
                    .iter()
                    .map(|&c| self.descendants[c] as u64 + 1)
                    .sum::<u64>()
                    == self.descendants[id] as u64
        });
        if !fits {
            return None;
        }
        let skip = usize::from(!self.start.is_empty());
        self.start.extend_from_slice(&start[skip..]);
        self.flat.extend_from_slice(flat);
        Some(())
    }

    /// Whether the replies of every entry came.
    pub fn is_whole(&self) -> bool {
        self.start.len() == self.primary.len() + 1 && self.flat.len() == self.answering
    }

    /// The tree, when the replies of every entry came.
    pub fn finish(self) -> Option<Tree> {
        self.is_whole().then_some(Tree {
            roots: self.roots,
            primary: self.primary,
            children: Children {
                start: self.start,
                flat: self.flat,
            },
            depth: self.depth,
            descendants: self.descendants,
        })
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
    /// From each entry's parent (none for an entry under nothing); replies keep the
    /// order of `parents`. A parent out of range is ignored.
    pub fn of(parents: &[Parent]) -> Children {
        let n = parents.len();
        let mut start = vec![0; n + 1];
        for p in parents.iter().filter_map(|p| p.get()).filter(|&p| p < n) {
            start[p + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        // Each parent's start serves as its cursor, then the starts shift up one place: a
        // copy of the starts to serve as cursors was 7 MB more for a 100 MB log.
        let mut flat = vec![0; start[n]];
        for (id, p) in parents.iter().enumerate() {
            if let Some(p) = p.get().filter(|&p| p < n) {
                flat[start[p]] = id;
                start[p] += 1;
            }
        }
        start.copy_within(..n, 1);
        start[0] = 0;
        Children { start, flat }
    }

    /// Where each entry's replies start in the second array, and the replies.
    pub fn parts(&self) -> (&[usize], &[usize]) {
        (&self.start, &self.flat)
    }

    /// Whatever arrays, to test that [`Slices`] refuses what is not a tree.
    #[cfg(test)]
    pub(crate) fn from_parts(start: Vec<usize>, flat: Vec<usize>) -> Children {
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
            author: format!("a{id}").into(),
            time: None,
            time_text: None,
            kind: Kind::Comment,
            line: id,
            span: [0, 0],
            body: Box::default(),
            links: links
                .iter()
                .map(|&(to, confidence)| Link {
                    to,
                    evidence: "".into(),
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
        let parents: Vec<Option<usize>> = (0..6).map(|id| t.parent(id)).collect();
        assert_eq!(parents, [None, None, Some(1), Some(2), Some(0), None]);
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
    fn reading_rows_stop_nesting_at_the_depth_cap_and_are_rebuilt_from_entry_numbers() {
        // A chain deeper than the cap, and a root with two replies.
        let mut entries: Vec<Entry> = (0..MAX_DEPTH + 3)
            .map(|id| match id {
                0 => entry(0, &[]),
                _ => entry(id, &[(id - 1, 0.9)]),
            })
            .collect();
        let n = entries.len();
        entries.extend([
            entry(n, &[]),
            entry(n + 1, &[(n, 0.9)]),
            entry(n + 2, &[(n, 0.9)]),
        ]);
        let t = Tree::build(&entries);
        let rows = t.reading_rows();
        let ids: Vec<usize> = rows.iter().map(|r| r.id).collect();
        let mut expected: Vec<usize> = (0..=MAX_DEPTH).collect();
        expected.extend([n, n + 1, n + 2]);
        assert_eq!(ids, expected);
        assert_eq!(rows[MAX_DEPTH].replies(), Replies::Continued(2));
        assert_eq!(rows[0].replies(), Replies::Open(n - 1));
        assert_eq!(rows[MAX_DEPTH + 1].replies(), Replies::Open(2));
        assert_eq!(rows.last().unwrap().replies(), Replies::None);
        for row in &rows {
            assert_eq!(t.reading_row(row.id), Some(*row));
        }
        assert_eq!(t.reading_row(n + 3), None);
    }

    #[test]
    fn a_parent_is_kept_in_four_bytes_and_one_too_large_is_refused() {
        assert_eq!(std::mem::size_of::<Parent>(), 4);
        for id in [None, Some(0), Some(7), Some(u32::MAX as usize - 1)] {
            assert_eq!(Parent::of(id).get(), id);
        }
        let mut slices = Slices::default();
        slices.reserve(2);
        assert_eq!(
            slices.parents(&[None, Some(u32::MAX as usize)], &[0, 0]),
            None
        );
        assert_eq!(slices.parents(&[None, Some(0)], &[1, 0]), Some(()));
    }

    #[test]
    fn a_row_reads_back_what_it_was_made_of() {
        let all = [
            Replies::None,
            Replies::Open(1),
            Replies::Folded(70_000),
            Replies::Continued(Row::COUNT),
        ];
        for (level, replies) in (0..=MAX_DEPTH).zip(all.iter().cycle()) {
            let row = Row::new(level * 1_000, level, *replies);
            assert_eq!(
                (row.id, row.level(), row.replies()),
                (level * 1_000, level, *replies)
            );
        }
        // Past what it can tell, a row says the most it can rather than wrap around.
        let deep = Row::new(1, 40, Replies::Open(usize::MAX));
        assert_eq!(
            (deep.level(), deep.replies()),
            (7, Replies::Open(Row::COUNT))
        );
    }

    #[test]
    fn children_keep_the_order_of_their_entries_and_ignore_parents_out_of_range() {
        let parents = [None, Some(0), Some(7), Some(0), Some(1), Some(0)].map(Parent::of);
        let c = Children::of(&parents);
        assert_eq!(c.get(0), [1, 3, 5]);
        assert_eq!(c.get(1), [4]);
        assert_eq!(c.get(2), [] as [usize; 0]);
        assert_eq!(Children::of(&[]).get(0), [] as [usize; 0]);
    }
}
