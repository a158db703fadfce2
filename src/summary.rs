//! The one-line overview of an archive ("133 entries · 107 authors · Sep 16, 2010 –
//! Mar 17, 2014 · 3 undated"), shared by the app and the CLI.

use crate::model::{Archive, Stamp};
use crate::text::fold;
use crate::timeline::KindCounts;
use foldhash::{HashMap, HashMapExt};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub entries: usize,
    /// Distinct author names as written.
    pub authors: usize,
    pub first: Option<Stamp>,
    pub last: Option<Stamp>,
    pub undated: usize,
    /// Entries dated from a relative date ("3 days ago"), so only approximately.
    pub approximate: usize,
    /// Entries whose author is the post's author, names compared loosely (case, accents).
    pub by_post_author: usize,
    /// Entries of each kind: the page offers a filter for the kinds a dump has without
    /// looking through a million entries on each render.
    pub kinds: KindCounts,
}

impl Summary {
    pub fn of(archive: &Archive) -> Summary {
        let post_author = archive.post.author.as_deref().map(fold);
        // Each spelling once, with whether it names the post author: folding each of a
        // million entries' names again cost more than all the rest of this.
        let mut is_host: HashMap<&str, bool> = HashMap::new();
        let mut s = Summary {
            entries: archive.entries.len(),
            authors: 0,
            first: None,
            last: None,
            undated: 0,
            approximate: 0,
            by_post_author: 0,
            kinds: KindCounts::default(),
        };
        for entry in &archive.entries {
            let host = *is_host.entry(&entry.author).or_insert_with(|| {
                post_author
                    .as_ref()
                    .is_some_and(|p| fold(&entry.author) == *p)
            });
            s.by_post_author += usize::from(host);
            s.approximate += usize::from(entry.approximate);
            s.kinds.add(entry.kind);
            match entry.time {
                Some(t) => {
                    s.first = Some(s.first.map_or(t, |f| f.min(t)));
                    s.last = Some(s.last.map_or(t, |l| l.max(t)));
                }
                None => s.undated += 1,
            }
        }
        s.authors = is_host.len();
        s
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(f, "{}", count(self.entries, "entry", "entries"))?;
        write!(f, " · {}", count(self.authors, "author", "authors"))?;
        match (self.first, self.last) {
            (Some(a), Some(b)) if a.year == b.year && a.month == b.month && a.day == b.day => {
                write!(f, " · {}", short_date(a))?
            }
            (Some(a), Some(b)) => write!(f, " · {} – {}", short_date(a), short_date(b))?,
            _ => {}
        }
        if self.undated > 0 {
            write!(f, " · {} undated", self.undated)?;
        }
        Ok(())
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Sep 16, 2010`: the month in letters, unambiguous whatever the reader's locale.
pub fn short_date(s: Stamp) -> String {
    format!("{} {}, {}", MONTHS[usize::from(s.month - 1)], s.day, s.year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entry, Kind, Post};

    fn entry(author: &str, time: Option<Stamp>) -> Entry {
        Entry {
            id: 0,
            author: author.into(),
            time,
            time_text: None,
            kind: Kind::Comment,
            line: 0,
            span: [0, 0],
            links: Default::default(),
            body: Box::default(),
            approximate: false,
        }
    }

    #[test]
    fn counts_authors_dates_and_undated_entries() {
        let d = |day| Stamp::new(2010, 9, day, 12, 0, 0);
        let archive = Archive {
            post: Post {
                author: Some("Thierry CROUZET".into()),
                ..Post::default()
            },
            entries: vec![
                entry("greg", d(16)),
                entry("Thierry Crouzet", d(17)),
                entry("greg", None),
                Entry {
                    kind: Kind::Pingback,
                    ..entry("Lily", d(18))
                },
            ],
            ..Archive::default()
        };
        let s = Summary::of(&archive);
        assert_eq!(
            (s.entries, s.authors, s.undated, s.by_post_author),
            (4, 3, 1, 1)
        );
        let kinds = [Kind::Comment, Kind::Pingback, Kind::Echo].map(|k| s.kinds.of(k));
        assert_eq!(kinds, [3, 1, 0]);
        assert_eq!(
            s.to_string(),
            "4 entries · 3 authors · Sep 16, 2010 – Sep 18, 2010 · 1 undated"
        );
    }

    #[test]
    fn singular_forms_and_a_single_day() {
        let archive = Archive {
            entries: vec![entry("a", Stamp::new(2009, 9, 1, 0, 0, 0))],
            ..Archive::default()
        };
        assert_eq!(
            Summary::of(&archive).to_string(),
            "1 entry · 1 author · Sep 1, 2009"
        );
    }
}
