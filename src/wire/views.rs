//! The views of an archive ([`Views`]) in the wire's binary form, so that the worker
//! that parsed a large dump builds them and the page only reads them.
//!
//! Long lists of numbers (each entry's parent and author, each person's and each bar's
//! entries) travel as four-byte columns. Reading checks every number the page indexes
//! with against the archive the views are for: an entry number below the entry count, a
//! person number below the count of people, a parent before its reply. Views that fail
//! a check are refused as a whole (the page then builds its own).

use super::{kind_code, kind_of, Reader, Writer};
use crate::authors::{colour_of, Authors, Evidence, Identity, Pair, PostAuthor, Rule};
use crate::summary::Summary;
use crate::thread::tree::{Row, Slices, Tree};
use crate::timeline::{AuthorCount, Bin, Break, KindCounts, Latency, Segment, Timeline, Unit};
use crate::views::Views;

const RULES: [Rule; 3] = [Rule::Header, Rule::Pingback, Rule::Answers];

/// Entries per message of the reply tree: its parents, its replies and the list's rows
/// come in slices of this many, each read by the page in a task of its own.
pub const TREE_SLICE: usize = 1 << 18;

/// The views as messages: the reply tree's parents (with each entry's count of
/// replies), then its replies (built, since building them from the parents took the
/// page 50 ms on a large chat log), then the rows of the entry list, each in slices of
/// [`TREE_SLICE`] entries; then the people, then each entry's person in slices too,
/// then the rest. The page reads each in its own task.
pub fn encode_views(v: &Views) -> Vec<Vec<u8>> {
    encode_sliced(v, TREE_SLICE)
}

fn encode_sliced(v: &Views, slice: usize) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let primary = &v.tree.primary;
    for range in cut(primary.len(), slice) {
        let mut w = Writer::default();
        w.byte(0);
        w.column(primary[range.clone()].iter().map(|p| p.get()));
        // Views whose lists disagree in length are written as they are (and refused
        // on reading), not a panic.
        w.column(numbers(
            v.tree.descendants.get(range.clone()).unwrap_or_default(),
        ));
        let host = v.in_host_thread.get(range).unwrap_or_default();
        w.0.extend(host.iter().map(|&h| u8::from(h)));
        parts.push(w.0);
    }
    let (start, flat) = v.tree.children.parts();
    for range in cut(primary.len(), slice) {
        let mut w = Writer::default();
        w.byte(3);
        let starts = start.get(range.start..=range.end).unwrap_or_default();
        let replies = match (starts.first(), starts.last()) {
            (Some(&a), Some(&b)) => flat.get(a..b).unwrap_or_default(),
            _ => &[],
        };
        w.column(numbers(starts));
        w.column(numbers(replies));
        parts.push(w.0);
    }
    let rows = &v.rows;
    for range in cut(rows.len(), slice) {
        let mut w = Writer::default();
        w.byte(4);
        w.usize(rows.len());
        w.column(rows[range].iter().map(|r| Some(r.id)));
        parts.push(w.0);
    }

    let mut people = Writer::default();
    people.byte(1);
    authors(&mut people, &v.authors);
    parts.push(people.0);
    // Each person's entries are not sent: the page lists them as each entry's person
    // comes. Sent whole with the people, the two lists made one message of 15 MB for a
    // 100 MB log, which the page took 80 ms to read.
    let by_entry = &v.authors.by_entry;
    for range in cut(by_entry.len(), slice) {
        let mut w = Writer::default();
        w.byte(5);
        w.column(numbers(&by_entry[range]));
        parts.push(w.0);
    }

    let mut rest = Writer::default();
    rest.byte(2);
    summary(&mut rest, &v.summary);
    timeline(&mut rest, &v.timeline);
    let l = &v.latency;
    rest.opt_int(l.first_reply);
    rest.usize(l.answered_entries);
    rest.opt_int(l.post_author);
    rest.usize(l.post_author_answers);
    parts.push(rest.0);
    parts
}

/// `0..len` in ranges of `size`, and one empty range when there is nothing: every kind
/// of slice is sent at least once, so that the page knows an empty tree came whole.
fn cut(len: usize, size: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    (0..len.max(1))
        .step_by(size.max(1))
        .map(move |at| at.min(len)..(at + size).min(len))
}

/// The views of an archive of `entries` entries, read from the messages of
/// [`encode_views`] as they come, in order.
#[derive(Debug, Default)]
pub struct ViewsReader {
    slices: Slices,
    /// Once every slice of it came.
    tree: Option<Tree>,
    rows: Vec<Row>,
    /// How many rows there are to come, as each of their messages says.
    rows_expected: Option<usize>,
    /// Whether each entry is in a thread the post author wrote in.
    host: Vec<bool>,
    /// The people, their entries listed as each entry's person comes.
    authors: Option<Authors>,
    /// How many entries each person has, as the people's message says.
    counts: Vec<usize>,
    rest: Option<(Summary, Timeline, Latency)>,
    /// A message was refused: the views are not to be trusted.
    damaged: bool,
}

impl ViewsReader {
    pub fn read(&mut self, bytes: &[u8], entries: usize) {
        let read = match bytes.first() {
            Some(0) => self.read_parents(&mut Reader(&bytes[1..]), entries),
            Some(3) => self.read_replies(&mut Reader(&bytes[1..]), entries),
            Some(4) => self.read_rows(&mut Reader(&bytes[1..]), entries),
            Some(1) if self.authors.is_none() => read_authors(&mut Reader(&bytes[1..]), entries)
                .map(|(a, counts)| {
                    self.authors = Some(a);
                    self.counts = counts;
                }),
            Some(5) => self.read_people_of(&mut Reader(&bytes[1..]), entries),
            // The rest names people by number: it comes once every entry's person came.
            Some(2) if self.people_whole(entries) => self.authors.as_ref().and_then(|a| {
                let rest = read_rest(&mut Reader(&bytes[1..]), entries, a.identities.len())?;
                self.rest = Some(rest);
                Some(())
            }),
            _ => None,
        };
        self.damaged |= read.is_none();
    }

    /// A slice of the tree's parents, with whether each of its entries is in a thread
    /// the post author wrote in.
    fn read_parents(&mut self, r: &mut Reader, entries: usize) -> Option<()> {
        let primary = r.column()?;
        let descendants = r.column_below(entries)?;
        let host = r.take(primary.len())?;
        r.end()?;
        if self.host.len() + primary.len() > entries {
            return None;
        }
        if self.host.is_empty() {
            self.host.reserve_exact(entries);
            self.slices.reserve(entries);
        }
        self.slices.parents(&primary, &descendants)?;
        self.host.extend(host.iter().map(|&b| b == 1));
        Some(())
    }

    fn read_replies(&mut self, r: &mut Reader, entries: usize) -> Option<()> {
        let start = r.column_below(entries + 1)?;
        let flat = r.column_below(entries)?;
        r.end()?;
        self.slices.replies(entries, &start, &flat)?;
        if self.slices.is_whole() {
            self.tree = std::mem::take(&mut self.slices).finish();
        }
        Some(())
    }

    /// A slice of the entry list's rows, as entry numbers: each row is rebuilt from the
    /// tree, which came before.
    fn read_rows(&mut self, r: &mut Reader, entries: usize) -> Option<()> {
        let expected = r.usize().filter(|&n| n <= entries)?;
        let ids = r.column_below(entries)?;
        r.end()?;
        let tree = self.tree.as_ref()?;
        if *self.rows_expected.get_or_insert(expected) != expected
            || self.rows.len() + ids.len() > expected
        {
            return None;
        }
        self.rows.reserve(expected - self.rows.len());
        for id in ids {
            self.rows.push(tree.reading_row(id)?);
        }
        Some(())
    }

    /// A slice of each entry's person, for the entries after those that came: each
    /// entry joins its person's list.
    fn read_people_of(&mut self, r: &mut Reader, entries: usize) -> Option<()> {
        let authors = self.authors.as_mut()?;
        let ids = r.column_below(authors.identities.len())?;
        r.end()?;
        if authors.by_entry.len() + ids.len() > entries {
            return None;
        }
        for id in ids {
            let entry = authors.by_entry.len();
            authors.identities.get_mut(id)?.entries.push(entry);
            authors.by_entry.push(id);
        }
        Some(())
    }

    /// Every entry's person came, each person's count of entries as said.
    fn people_whole(&self, entries: usize) -> bool {
        self.authors.as_ref().is_some_and(|a| {
            a.by_entry.len() == entries
                && a.identities
                    .iter()
                    .zip(&self.counts)
                    .all(|(i, &n)| i.entries.len() == n)
        })
    }

    /// The views, when every part came whole.
    pub fn finish(self) -> Option<Views> {
        // `read` takes the rest only once every entry's person has come.
        let (tree, authors, (summary, timeline, latency)) = (self.tree?, self.authors?, self.rest?);
        let whole = !self.damaged
            && self.host.len() == tree.primary.len()
            && self.rows_expected == Some(self.rows.len());
        whole.then_some(Views {
            summary,
            tree,
            authors,
            timeline,
            latency,
            in_host_thread: self.host,
            rows: std::rc::Rc::new(self.rows),
        })
    }
}

/// [`encode_views`]'s messages read at once: `None` if any is refused.
pub fn decode_views(parts: &[Vec<u8>], entries: usize) -> Option<Views> {
    let mut reader = ViewsReader::default();
    for part in parts {
        reader.read(part, entries);
    }
    reader.finish()
}

fn read_rest(
    r: &mut Reader,
    entries: usize,
    people: usize,
) -> Option<(Summary, Timeline, Latency)> {
    let summary = read_summary(r)?;
    let timeline = read_timeline(r, entries, people)?;
    let latency = Latency {
        first_reply: r.opt_int()?,
        answered_entries: r.usize()?,
        post_author: r.opt_int()?,
        post_author_answers: r.usize()?,
    };
    r.end()?;
    Some((summary, timeline, latency))
}

fn summary(w: &mut Writer, s: &Summary) {
    w.usize(s.entries);
    w.usize(s.authors);
    w.opt_stamp(s.first);
    w.opt_stamp(s.last);
    w.usize(s.undated);
    w.usize(s.approximate);
    w.usize(s.by_post_author);
    kind_counts(w, &s.kinds);
}

fn kind_counts(w: &mut Writer, c: &KindCounts) {
    for n in [c.comment, c.echo, c.pingback, c.message, c.system] {
        w.usize(n);
    }
}

fn read_kind_counts(r: &mut Reader) -> Option<KindCounts> {
    Some(KindCounts {
        comment: r.usize()?,
        echo: r.usize()?,
        pingback: r.usize()?,
        message: r.usize()?,
        system: r.usize()?,
    })
}

fn read_summary(r: &mut Reader) -> Option<Summary> {
    Some(Summary {
        entries: r.usize()?,
        authors: r.usize()?,
        first: r.opt_stamp()?,
        last: r.opt_stamp()?,
        undated: r.usize()?,
        approximate: r.usize()?,
        by_post_author: r.usize()?,
        kinds: read_kind_counts(r)?,
    })
}

fn numbers(values: &[usize]) -> impl ExactSizeIterator<Item = Option<usize>> + '_ {
    values.iter().map(|&v| Some(v))
}

fn authors(w: &mut Writer, a: &Authors) {
    w.usize(a.identities.len());
    for i in &a.identities {
        w.str(&i.key);
        w.str(&i.name);
        w.usize(i.spellings.len());
        for s in &i.spellings {
            w.str(s);
        }
        w.usize(i.entries.len());
        w.opt_stamp(i.first);
        w.opt_stamp(i.last);
        w.usize(i.replies_given);
        w.usize(i.replies_received);
    }
    match &a.post_author {
        None => w.byte(0),
        Some(p) => {
            w.byte(1);
            w.usize(p.identity);
            w.byte(RULES.iter().position(|&r| r == p.rule).unwrap_or(0) as u8);
            match &p.evidence {
                Evidence::Header { named } => {
                    w.byte(0);
                    w.str(named);
                }
                Evidence::Pingback {
                    kind,
                    entry,
                    handle,
                } => {
                    w.byte(1);
                    w.byte(kind_code(*kind));
                    w.usize(*entry);
                    w.str(handle);
                }
                Evidence::Answers { by_links, count } => {
                    w.byte(2);
                    w.byte(u8::from(*by_links));
                    w.usize(*count);
                }
            }
        }
    }
    w.usize(a.pairs.len());
    for p in &a.pairs {
        w.usize(p.from);
        w.usize(p.to);
        w.usize(p.count);
    }
}

/// The people, each with room for as many entries as it says it has (which must add up
/// to `entries`), and those counts; their entries come after, by [`ViewsReader::read`].
fn read_authors(r: &mut Reader, entries: usize) -> Option<(Authors, Vec<usize>)> {
    let people = r.count()?;
    let mut identities = Vec::with_capacity(people);
    let mut counts = Vec::with_capacity(people);
    let mut total: usize = 0;
    for id in 0..people {
        let key = r.str()?;
        let name = r.str()?;
        let spellings = (0..r.count()?).map(|_| r.str()).collect::<Option<_>>()?;
        identities.push(Identity {
            id,
            colour: colour_of(&key),
            key,
            name,
            spellings,
            entries: {
                let count = r.usize()?;
                total = total.checked_add(count).filter(|&t| t <= entries)?;
                counts.push(count);
                // Bounded by the entries' count, checked just above.
                Vec::with_capacity(count)
            },
            first: r.opt_stamp()?,
            last: r.opt_stamp()?,
            replies_given: r.usize()?,
            replies_received: r.usize()?,
        });
    }
    if total != entries {
        return None;
    }
    let post_author = match r.byte()? {
        0 => None,
        1 => Some(PostAuthor {
            identity: r.usize().filter(|&i| i < people)?,
            rule: *RULES.get(usize::from(r.byte()?))?,
            evidence: match r.byte()? {
                0 => Evidence::Header { named: r.str()? },
                1 => Evidence::Pingback {
                    kind: kind_of(r.byte()?)?,
                    entry: r.usize().filter(|&e| e < entries)?,
                    handle: r.str()?,
                },
                2 => Evidence::Answers {
                    by_links: r.bool()?,
                    count: r.usize()?,
                },
                _ => return None,
            },
        }),
        _ => return None,
    };
    let pairs = (0..r.count()?)
        .map(|_| {
            Some(Pair {
                from: r.usize().filter(|&i| i < people)?,
                to: r.usize().filter(|&i| i < people)?,
                count: r.usize()?,
            })
        })
        .collect::<Option<_>>()?;
    r.end()?;
    let authors = Authors {
        identities,
        by_entry: Vec::with_capacity(entries),
        post_author,
        pairs,
    };
    Some((authors, counts))
}

fn timeline(w: &mut Writer, t: &Timeline) {
    w.byte(Unit::ALL.iter().position(|&u| u == t.unit).unwrap_or(0) as u8);
    w.usize(t.segments.len());
    for segment in &t.segments {
        w.usize(segment.bins.len());
        for bin in &segment.bins {
            w.stamp(bin.start);
            w.stamp(bin.end);
            kind_counts(w, &bin.counts);
            w.column(numbers(&bin.entries));
            w.usize(bin.host_replies);
            w.usize(bin.top_authors.len());
            for a in &bin.top_authors {
                w.usize(a.identity);
                w.usize(a.entries);
            }
        }
    }
    w.usize(t.breaks.len());
    for b in &t.breaks {
        w.stamp(b.start);
        w.stamp(b.end);
        w.uint(b.empty_bins);
        w.int(b.seconds);
    }
    w.usize(t.bars);
    w.uint(t.kept_gap);
    w.usize(t.dated);
    w.column(numbers(&t.undated));
}

fn read_timeline(r: &mut Reader, entries: usize, people: usize) -> Option<Timeline> {
    let unit = *Unit::ALL.get(usize::from(r.byte()?))?;
    let segments = (0..r.count()?)
        .map(|_| {
            let bins = (0..r.count()?)
                .map(|_| {
                    Some(Bin {
                        start: r.stamp()?,
                        end: r.stamp()?,
                        counts: read_kind_counts(r)?,
                        entries: r.column_below(entries)?,
                        host_replies: r.usize()?,
                        top_authors: (0..r.count()?)
                            .map(|_| {
                                Some(AuthorCount {
                                    identity: r.usize().filter(|&i| i < people)?,
                                    entries: r.usize()?,
                                })
                            })
                            .collect::<Option<_>>()?,
                    })
                })
                .collect::<Option<_>>()?;
            Some(Segment { bins })
        })
        .collect::<Option<_>>()?;
    let breaks = (0..r.count()?)
        .map(|_| {
            Some(Break {
                start: r.stamp()?,
                end: r.stamp()?,
                empty_bins: r.uint()?,
                seconds: r.int()?,
            })
        })
        .collect::<Option<_>>()?;
    Some(Timeline {
        unit,
        segments,
        breaks,
        bars: r.usize()?,
        kept_gap: r.uint()?,
        dated: r.usize()?,
        undated: r.column_below(entries)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Archive;
    use crate::thread::tree::{Children, Parent};

    fn seeds() -> Vec<(String, Archive)> {
        let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        [
            "000_0a401290472b4421.txt",
            "002_0ad0d366ed8f33a8.txt",
            "hackernews_thread.txt",
            "irc_brackets.txt",
        ]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            (name.to_string(), crate::read_dump(&text))
        })
        .collect()
    }

    #[test]
    fn views_survive_the_trip() {
        for (name, archive) in seeds() {
            let views = Views::of(&archive);
            let back = decode_views(&encode_views(&views), archive.entries.len());
            assert_eq!(back.as_ref(), Some(&views), "{name}");
            // A tree in many slices, as a large dump's is sent.
            let back = decode_views(&encode_sliced(&views, 7), archive.entries.len());
            assert_eq!(back.as_ref(), Some(&views), "{name} in slices");
        }
        // Synthetic dumps of every format, with their thousands of links.
        for format in crate::synth::FORMATS {
            let dump = crate::synth::generate(format, 200_000).unwrap();
            let archive = crate::read_dump(&dump.text);
            let views = Views::of(&archive);
            let back = decode_views(&encode_views(&views), archive.entries.len());
            assert_eq!(back.as_ref(), Some(&views), "{format}");
        }
    }

    #[test]
    fn views_for_another_archive_or_cut_or_damaged_are_refused() {
        let (_, archive) = seeds().swap_remove(0);
        let n = archive.entries.len();
        let views = Views::of(&archive);
        for parts in [encode_views(&views), encode_sliced(&views, 40)] {
            refused_when_damaged(&parts, n);
        }
    }

    fn refused_when_damaged(parts: &[Vec<u8>], n: usize) {
        // For an archive of another size: the columns do not fit it.
        assert_eq!(decode_views(parts, n - 1), None);
        assert_eq!(decode_views(parts, n + 1), None);
        // A part missing, or a part before what it needs (the replies before the
        // parents, the rest before the people).
        for missing in 0..parts.len() {
            let mut fewer = parts.to_vec();
            fewer.remove(missing);
            assert_eq!(decode_views(&fewer, n), None, "part {missing} missing");
        }
        let replies = parts.iter().position(|p| p[0] == 3).unwrap();
        for (a, b) in [(replies - 1, replies), (parts.len() - 2, parts.len() - 1)] {
            let mut reordered = parts.to_vec();
            reordered.swap(a, b);
            assert_eq!(
                decode_views(&reordered, n),
                None,
                "parts {a} and {b} swapped"
            );
        }
        for which in 0..parts.len() {
            let mut cut = parts.to_vec();
            for at in (0..parts[which].len()).step_by(7) {
                cut[which] = parts[which][..at].to_vec();
                assert_eq!(decode_views(&cut, n), None, "part {which} cut at {at}");
            }
            let mut flipped = parts.to_vec();
            for i in (0..flipped[which].len()).step_by(5) {
                flipped[which][i] ^= 0x5A;
                if let Some(v) = decode_views(&flipped, n) {
                    // Whatever got through is still safe to index with.
                    let people = v.authors.identities.len();
                    assert!(v.authors.by_entry.iter().all(|&i| i < people));
                    assert!(v
                        .authors
                        .identities
                        .iter()
                        .flat_map(|i| &i.entries)
                        .all(|&e| e < n));
                    assert!(v
                        .tree
                        .primary
                        .iter()
                        .enumerate()
                        .all(|(id, p)| p.get().is_none_or(|p| p < id)));
                    for (id, p) in v.tree.primary.iter().enumerate() {
                        let under = p
                            .get()
                            .map_or(&v.tree.roots[..], |p| v.tree.children.get(p));
                        assert!(under.contains(&id), "entry {id} is where its parent says");
                    }
                    assert!(v.timeline.bins().flat_map(|b| &b.entries).all(|&e| e < n));
                    assert_eq!(v.in_host_thread.len(), n);
                    assert!(v.rows.iter().all(|r| r.id < n));
                }
            }
        }
    }

    #[test]
    fn a_parent_after_its_reply_or_a_person_out_of_range_is_refused() {
        let (_, archive) = seeds().swap_remove(1);
        let n = archive.entries.len();
        let mut views = Views::of(&archive);
        views.tree.primary[2] = Parent::of(Some(5));
        assert_eq!(decode_views(&encode_views(&views), n), None);

        let mut views = Views::of(&archive);
        views.authors.by_entry[3] = views.authors.identities.len();
        assert_eq!(decode_views(&encode_views(&views), n), None);

        let mut views = Views::of(&archive);
        views.authors.identities[0].entries.push(n);
        assert_eq!(decode_views(&encode_views(&views), n), None);

        // Counts that add up, but not to what each entry's person says.
        let mut views = Views::of(&archive);
        let moved = views.authors.identities[0].entries.pop().unwrap();
        views.authors.identities[1].entries.push(moved);
        assert_eq!(decode_views(&encode_views(&views), n), None);

        let mut views = Views::of(&archive);
        views.in_host_thread.pop();
        assert_eq!(decode_views(&encode_views(&views), n), None);
    }

    #[test]
    fn replies_that_are_not_exactly_each_parents_are_refused() {
        // One moved, one listed twice, one missing, two out of order.
        let (_, archive) = seeds().swap_remove(0);
        let n = archive.entries.len();
        let views = Views::of(&archive);
        let (start, flat) = views.tree.children.parts();
        let moved = flat.iter().position(|&c| c > 1).unwrap();
        let damage = |start: &[usize], flat: &[usize]| {
            let mut v = views.clone();
            v.tree.children = Children::from_parts(start.to_vec(), flat.to_vec());
            decode_views(&encode_views(&v), n)
        };
        let mut other = flat.to_vec();
        other[moved] -= 1;
        assert_eq!(damage(start, &other), None, "a reply under another parent");
        let mut twice = flat.to_vec();
        twice[moved + 1] = twice[moved];
        assert_eq!(damage(start, &twice), None, "a reply listed twice");
        let mut fewer = start.to_vec();
        *fewer.last_mut().unwrap() -= 1;
        assert_eq!(
            damage(&fewer, &flat[..flat.len() - 1]),
            None,
            "a reply missing"
        );
        let (a, b) = (0..n)
            .map(|p| views.tree.children.get(p))
            .find(|c| c.len() > 1)
            .map(|c| (c[0], c[1]))
            .unwrap();
        let swapped: Vec<usize> = flat
            .iter()
            .map(|&c| {
                if c == a {
                    b
                } else if c == b {
                    a
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(damage(start, &swapped), None, "replies out of order");
        assert_eq!(
            damage(start, flat).as_ref(),
            Some(&views),
            "the same, undamaged"
        );
    }
}
