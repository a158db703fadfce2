//! Who wrote what: author identities, the post's author, reply statistics and a stable
//! colour per person.
//!
//! Identity rule: two names denote the same person when they fold alike (`text::fold`:
//! case, accents and spacing ignored), so `Thierry CROUZET` and `Thierry Crouzet` are one
//! person. Nothing looser: `greg` and `greg.` stay apart, because a wrong merge hides a
//! voice while a missed one only shows it twice.
//!
//! Post author rules, tried in order (the first that decides wins, and says so):
//! 1. [`Rule::Header`]: the name at the top of the post folds like a commenter's name.
//! 2. [`Rule::Pingback`]: a pingback or echo says `… by HANDLE` (`Twitted by Carole_Fabre`)
//!    and the handle matches exactly one commenter, where "matches" means that, ignoring
//!    case, accents and everything but letters and digits, one of the two names starts
//!    with the other and the shorter has at least 6 characters (`carolef` /
//!    `carolefabre`). Requiring a whole-name prefix rather than any shared prefix keeps
//!    `Carole_Dupont` away from `Carole_F`.
//! 3. [`Rule::Answers`]: the person who answers most others (reply links when the archive
//!    has them, else `@name` opening a line of a comment), only when clearly ahead: at
//!    least 3 answers and at least twice as many as anyone else.

use crate::model::{Archive, Cue, Entry, Kind, Stamp};
use crate::text::fold;
use foldhash::{HashMap, HashMapExt};
use serde::Serialize;

/// Everyone who wrote in an archive.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Authors {
    /// In order of first appearance; `identities[i].id == i`.
    pub identities: Vec<Identity>,
    /// Identity id of every entry, by entry id.
    pub by_entry: Vec<usize>,
    pub post_author: Option<PostAuthor>,
    /// Every (answering → answered) pair between two different people, strongest first.
    pub pairs: Vec<Pair>,
}

/// One person, under every spelling of their name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identity {
    /// Index in [`Authors::identities`]: first-appearance order, stable for a given dump.
    pub id: usize,
    /// The folded name: stable across loads and dumps, what the colour derives from.
    pub key: String,
    /// The most frequent spelling among the entries (ties: the first seen).
    pub name: String,
    /// Every spelling used, in order of first appearance.
    pub spellings: Vec<String>,
    pub entries: Vec<usize>,
    pub first: Option<Stamp>,
    pub last: Option<Stamp>,
    /// Reply links from this person's entries to someone else's.
    pub replies_given: usize,
    /// Reply links from someone else's entries to this person's.
    pub replies_received: usize,
    pub colour: Colour,
}

impl Identity {
    pub fn count(&self) -> usize {
        self.entries.len()
    }
}

/// Who wrote the post, and which rule decided it (for the UI to explain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PostAuthor {
    pub identity: usize,
    pub rule: Rule,
    /// What the rule saw, for a reader to check (`Display` words it in English; the app
    /// words it in the reader's language).
    pub evidence: Evidence,
}

/// What decided the post author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The name at the top of the post, as written there.
    Header { named: String },
    /// Entry `entry`, a pingback or an echo, says `… by HANDLE`.
    Pingback {
        kind: Kind,
        entry: usize,
        handle: String,
    },
    /// `count` answers to other people, counted on reply links (`by_links`) or on
    /// `@name` opening a line.
    Answers { by_links: bool, count: usize },
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Evidence::Header { named } => write!(f, "named at the top of the post: {named}"),
            Evidence::Pingback {
                kind,
                entry,
                handle,
            } => write!(f, "{} #{entry} says “… by {handle}”", kind.as_str()),
            Evidence::Answers { by_links, count } => write!(
                f,
                "answers others most often ({}): {count} answers",
                if *by_links { "reply links" } else { "@name" }
            ),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Named at the top of the post.
    Header,
    /// Named by a pingback or echo (`Twitted by …`).
    Pingback,
    /// Answers most of the other commenters.
    Answers,
}

/// `count` reply links from `from`'s entries to `to`'s entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub from: usize,
    pub to: usize,
    pub count: usize,
}

impl Identity {
    fn new(id: usize, key: String) -> Identity {
        Identity {
            id,
            colour: colour_of(&key),
            key,
            name: String::new(),
            spellings: Vec::new(),
            entries: Vec::new(),
            first: None,
            last: None,
            replies_given: 0,
            replies_received: 0,
        }
    }
}

impl Authors {
    /// Groups the names, detects the post author and counts replies. Never panics, even
    /// on parents that point nowhere.
    pub fn of(archive: &Archive) -> Authors {
        let entries = &archive.entries;
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut identities: Vec<Identity> = Vec::new();
        let mut spelling_counts: Vec<Vec<usize>> = Vec::new();
        let mut by_entry = Vec::with_capacity(entries.len());
        // Each spelling met before, with its identity and its place among that identity's
        // spellings: a log repeats a few names a million times, and folding each again
        // was most of the time this took.
        let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
        for (position, entry) in entries.iter().enumerate() {
            let id = match seen.get(entry.author.as_str()) {
                Some(&(id, spelling)) => {
                    spelling_counts[id][spelling] += 1;
                    id
                }
                None => {
                    let key = fold(&entry.author);
                    let id = *index.entry(key.clone()).or_insert_with(|| {
                        identities.push(Identity::new(identities.len(), key));
                        spelling_counts.push(Vec::new());
                        identities.len() - 1
                    });
                    let spellings = &mut identities[id].spellings;
                    seen.insert(&entry.author, (id, spellings.len()));
                    spellings.push(entry.author.to_string());
                    spelling_counts[id].push(1);
                    id
                }
            };
            let identity = &mut identities[id];
            identity.entries.push(position);
            if let Some(t) = entry.time {
                identity.first = Some(identity.first.map_or(t, |f| f.min(t)));
                identity.last = Some(identity.last.map_or(t, |l| l.max(t)));
            }
            by_entry.push(id);
        }
        for (identity, counts) in identities.iter_mut().zip(&spelling_counts) {
            // `max_by_key` keeps the last maximum; reversing makes ties go to the first seen.
            let best = counts
                .iter()
                .enumerate()
                .rev()
                .max_by_key(|(_, n)| **n)
                .map_or(0, |(i, _)| i);
            identity.name = identity.spellings[best].clone();
        }

        let mut pair_counts: HashMap<(usize, usize), usize> = HashMap::new();
        for (child, parent) in reply_links(entries) {
            let (from, to) = (by_entry[child], by_entry[parent]);
            if from != to {
                identities[from].replies_given += 1;
                identities[to].replies_received += 1;
                *pair_counts.entry((from, to)).or_default() += 1;
            }
        }
        let mut pairs: Vec<Pair> = pair_counts
            .into_iter()
            .map(|((from, to), count)| Pair { from, to, count })
            .collect();
        pairs.sort_by_key(|p| (std::cmp::Reverse(p.count), p.from, p.to));

        let mut authors = Authors {
            identities,
            by_entry,
            post_author: None,
            pairs,
        };
        authors.post_author = detect_post_author(archive, &authors);
        authors
    }

    /// The identity of the entry at this position.
    pub fn of_entry(&self, entry: usize) -> Option<&Identity> {
        self.identities.get(*self.by_entry.get(entry)?)
    }

    /// The identity a name denotes, compared like the grouping does.
    pub fn find(&self, name: &str) -> Option<&Identity> {
        let key = fold(name);
        self.identities.iter().find(|i| i.key == key)
    }

    pub fn post_author_identity(&self) -> Option<&Identity> {
        self.identities.get(self.post_author.as_ref()?.identity)
    }

    /// The `n` strongest "who answers whom" pairs.
    pub fn top_pairs(&self, n: usize) -> &[Pair] {
        &self.pairs[..n.min(self.pairs.len())]
    }
}

/// Every (child, parent) reply link whose both ends exist, parent before child.
pub(crate) fn reply_links(entries: &[Entry]) -> impl Iterator<Item = (usize, usize)> + '_ {
    entries.iter().enumerate().flat_map(move |(child, e)| {
        e.parents()
            .filter(move |&parent| parent < child)
            .map(move |parent| (child, parent))
    })
}

fn detect_post_author(archive: &Archive, authors: &Authors) -> Option<PostAuthor> {
    by_header(archive, authors)
        .or_else(|| by_pingback(archive, authors))
        .or_else(|| by_answers(archive, authors))
}

fn by_header(archive: &Archive, authors: &Authors) -> Option<PostAuthor> {
    let named = archive.post.author.as_deref()?;
    let identity = authors.find(named).filter(|_| !fold(named).is_empty())?;
    Some(PostAuthor {
        identity: identity.id,
        rule: Rule::Header,
        evidence: Evidence::Header {
            named: named.to_string(),
        },
    })
}

fn by_pingback(archive: &Archive, authors: &Authors) -> Option<PostAuthor> {
    let commenters: Vec<&Identity> = authors
        .identities
        .iter()
        .filter(|i| {
            i.entries.iter().any(|&e| {
                archive
                    .entries
                    .get(e)
                    .is_some_and(|e| matches!(e.kind, Kind::Comment | Kind::Message))
            })
        })
        .collect();
    let mut votes: Vec<(usize, Evidence)> = Vec::new();
    for entry in &archive.entries {
        if !matches!(entry.kind, Kind::Pingback | Kind::Echo) {
            continue;
        }
        for text in [entry.author.as_str(), &entry.body] {
            for handle in handles_after_by(text) {
                let mut matching = commenters
                    .iter()
                    .filter(|c| handle_matches(&handle, &c.key));
                if let (Some(only), None) = (matching.next(), matching.next()) {
                    votes.push((
                        only.id,
                        Evidence::Pingback {
                            kind: entry.kind,
                            entry: entry.id,
                            handle: handle.clone(),
                        },
                    ));
                }
            }
        }
    }
    let (winner, evidence) = clear_winner(&votes, 1, 1)?;
    Some(PostAuthor {
        identity: winner,
        rule: Rule::Pingback,
        evidence,
    })
}

fn by_answers(archive: &Archive, authors: &Authors) -> Option<PostAuthor> {
    let entries = &archive.entries;
    let has_links = entries
        .iter()
        .any(|e| e.links.iter().any(|l| l.cue != Cue::Context));
    let mut votes: Vec<(usize, ())> = Vec::new();
    if has_links {
        // Context links are the chat baseline's guesses, not someone answering someone.
        for (child, entry) in entries.iter().enumerate() {
            for link in entry.links.iter().filter(|l| l.cue != Cue::Context) {
                let (Some(&from), Some(&to)) =
                    (authors.by_entry.get(child), authors.by_entry.get(link.to))
                else {
                    continue;
                };
                if from != to && link.to < child {
                    votes.push((from, ()));
                }
            }
        }
    } else {
        for (position, entry) in entries.iter().enumerate() {
            if entry.kind != Kind::Comment {
                continue;
            }
            let Some(&from) = authors.by_entry.get(position) else {
                continue;
            };
            let mut addressed: Vec<usize> = Vec::new();
            for handle in opening_mentions(&entry.body) {
                let mut matching = authors
                    .identities
                    .iter()
                    .filter(|i| i.id != from && mention_matches(&handle, &i.key));
                if let (Some(only), None) = (matching.next(), matching.next()) {
                    if !addressed.contains(&only.id) {
                        addressed.push(only.id);
                    }
                }
            }
            for _ in addressed {
                votes.push((from, ()));
            }
        }
    }
    let (winner, ()) = clear_winner(&votes, 3, 2)?;
    let count = votes.iter().filter(|(id, _)| *id == winner).count();
    Some(PostAuthor {
        identity: winner,
        rule: Rule::Answers,
        evidence: Evidence::Answers {
            by_links: has_links,
            count,
        },
    })
}

/// The most voted identity and its first evidence, when it has at least `min` votes and
/// `ratio` times as many as the runner-up (strictly more when `ratio` is 1).
fn clear_winner<T: Clone>(votes: &[(usize, T)], min: usize, ratio: usize) -> Option<(usize, T)> {
    let mut tally: Vec<(usize, usize)> = Vec::new();
    for (id, _) in votes {
        match tally.iter_mut().find(|(t, _)| t == id) {
            Some((_, n)) => *n += 1,
            None => tally.push((*id, 1)),
        }
    }
    tally.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    let (winner, best) = *tally.first()?;
    let second = tally.get(1).map_or(0, |&(_, n)| n);
    let ahead = if ratio <= 1 {
        best > second
    } else {
        best >= ratio * second
    };
    (best >= min && ahead)
        .then(|| {
            // The winner has at least one vote: its first is the evidence shown.
            let first = votes.iter().find(|(id, _)| *id == winner);
            first.map(|(_, e)| (winner, e.clone()))
        })
        .flatten()
}

/// Characters a handle or nickname is made of.
fn is_handle_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Reads the handle at the start of `s` (an `@` allowed), without trailing dots.
fn read_handle(s: &str) -> Option<String> {
    let s = s.strip_prefix('@').unwrap_or(s);
    let handle: String = s.chars().take_while(|&c| is_handle_char(c)).collect();
    let handle = handle.trim_end_matches('.');
    (!handle.is_empty()).then(|| handle.to_string())
}

/// The handle after every word `by` (`This post was Twitted by Carole_Fabre`).
fn handles_after_by(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[0].eq_ignore_ascii_case("by"))
        .filter_map(|w| read_handle(w[1]))
        .collect()
}

/// `@name` opening a line of a comment: how bloggers address a commenter.
fn opening_mentions(body: &str) -> Vec<String> {
    body.lines()
        .filter_map(|line| line.trim_start().strip_prefix('@'))
        .filter_map(read_handle)
        .collect()
}

/// Letters and digits of the folded name only: `Carole_F` → `carolef`.
fn compact(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The pingback rule's match (see the module documentation).
fn handle_matches(handle: &str, key: &str) -> bool {
    let (a, b) = (compact(&fold(handle)), compact(key));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 6 && long.starts_with(&short)
}

/// `@Nathalie` addresses `Nathalie Goulevant`: the whole name, or its first word.
fn mention_matches(handle: &str, key: &str) -> bool {
    let handle = fold(handle);
    !handle.is_empty()
        && (key == handle
            || key.split(' ').next() == Some(handle.as_str())
            || compact(key) == compact(&handle))
}

/// A colour for one person, in a light-theme and a dark-theme variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Colour {
    /// Index in [`PALETTE`].
    pub index: usize,
    /// For text on a light background (`#fbfaf7`, white).
    pub light: &'static str,
    /// For text on a dark background (`#17181b`, `#1f2125`).
    pub dark: &'static str,
}

/// Twelve hues spread around the wheel, in a light-theme and a dark-theme variant. What
/// the palette guarantees, checked by `tests/styles.rs`:
/// - every colour reads at 4.5:1 or more on each background of its theme (names are text);
/// - any two colours differ by at least 10 ΔE*ab (CIE 1976; 2.3 is a just-noticeable
///   difference), and each differs that much from the text colours, under normal vision
///   and under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, full
///   severity): two people's colours can be told apart by readers with any of the three
///   colour-vision deficiencies.
///
/// Colour is still never the only cue: the name is always written beside it.
pub const PALETTE: [(&str, &str, &str); 12] = [
    ("vermillion", "#be320a", "#fca070"),
    ("ochre", "#623800", "#bd9405"),
    ("olive", "#6f6f1a", "#cabd2d"),
    ("green", "#457137", "#23ad45"),
    ("teal", "#1c7d5b", "#0ed2c6"),
    ("cyan", "#015d7a", "#27a1cc"),
    ("blue", "#1b65db", "#86b7f6"),
    ("indigo", "#412ccc", "#898ef7"),
    ("violet", "#7335b9", "#f0c4ff"),
    ("magenta", "#94189b", "#f479df"),
    ("crimson", "#db0049", "#ffa8ca"),
    ("slate", "#333d4f", "#6f9db2"),
];

/// The colour of a name: the same on every load, whatever the order of the entries.
pub fn colour_of(name: &str) -> Colour {
    let index = (fnv1a(fold(name).as_bytes()) % PALETTE.len() as u64) as usize;
    let (_, light, dark) = PALETTE[index];
    Colour { index, light, dark }
}

/// The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21), `None` if either is
/// not written that way. Tests hold the palette and the stylesheet to 4.5:1 with it.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let luminance = |hex: &str| -> Option<f64> {
        let digits = hex.strip_prefix('#').filter(|d| d.len() == 6)?;
        let channel = |i: usize| -> Option<f64> {
            let c = f64::from(u8::from_str_radix(digits.get(i..i + 2)?, 16).ok()?) / 255.0;
            Some(if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            })
        };
        Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
    };
    let (x, y) = (luminance(a)?, luminance(b)?);
    Some((x.max(y) + 0.05) / (x.min(y) + 0.05))
}

/// 64-bit FNV-1a: tiny and the same on every platform and run, unlike `std`'s hasher.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Link, Post};

    fn entry(author: &str, body: &str, kind: Kind) -> Entry {
        Entry {
            id: 0,
            author: author.into(),
            time: None,
            time_text: None,
            kind,
            line: 0,
            span: [0, 0],
            links: Default::default(),
            body: body.into(),
            approximate: false,
        }
    }

    fn archive(post_author: Option<&str>, entries: Vec<Entry>) -> Archive {
        Archive {
            post: Post {
                author: post_author.map(Into::into),
                ..Post::default()
            },
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(id, e)| Entry { id, ..e })
                .collect(),
            ..Archive::default()
        }
    }

    fn comment(author: &str, body: &str) -> Entry {
        entry(author, body, Kind::Comment)
    }

    #[test]
    fn spellings_that_fold_alike_are_one_person_and_others_stay_apart() {
        let a = archive(
            Some("Thierry CROUZET"),
            vec![
                comment("greg", ""),
                comment("Thierry Crouzet", ""),
                comment("greg.", ""),
                comment("THIERRY  CROUZET", ""),
                comment("Thierry Crouzet", ""),
            ],
        );
        let authors = Authors::of(&a);
        assert_eq!(authors.identities.len(), 3);
        let thierry = authors.find("thierry crouzet").unwrap();
        assert_eq!(thierry.entries, vec![1, 3, 4]);
        assert_eq!(thierry.name, "Thierry Crouzet");
        assert_eq!(thierry.spellings.len(), 2);
        assert_ne!(
            authors.find("greg").unwrap().id,
            authors.find("greg.").unwrap().id
        );
        assert_eq!(authors.by_entry, vec![0, 1, 2, 1, 1]);
        let post = authors.post_author.clone().unwrap();
        assert_eq!((post.identity, post.rule), (thierry.id, Rule::Header));
    }

    #[test]
    fn display_name_ties_go_to_the_first_spelling() {
        let a = archive(None, vec![comment("Lily", ""), comment("LILY", "")]);
        assert_eq!(Authors::of(&a).identities[0].name, "Lily");
        let a = archive(
            None,
            vec![
                comment("Lily", ""),
                comment("LILY", ""),
                comment("LILY", ""),
            ],
        );
        assert_eq!(Authors::of(&a).identities[0].name, "LILY");
    }

    #[test]
    fn a_pingback_handle_names_the_one_commenter_it_extends() {
        let a = archive(
            None,
            vec![
                comment("nblas", "hello"),
                comment("Carole_F", "@nblas merci"),
                comment("Carole_Dupont", "autre"),
                entry(
                    "Twitted by Carole_Fabre",
                    "This post was Twitted by Carole_Fabre",
                    Kind::Pingback,
                ),
            ],
        );
        let post = Authors::of(&a).post_author.unwrap();
        assert_eq!((post.identity, post.rule), (1, Rule::Pingback));
    }

    #[test]
    fn an_ambiguous_or_short_handle_decides_nothing() {
        let ambiguous = archive(
            None,
            vec![
                comment("Carole_F", ""),
                comment("Carole_Fa", ""),
                entry("x", "Twitted by Carole_Fabre", Kind::Pingback),
            ],
        );
        assert_eq!(Authors::of(&ambiguous).post_author, None);
        let short = archive(
            None,
            vec![
                comment("greg", ""),
                entry("x", "Twitted by gregory", Kind::Pingback),
            ],
        );
        assert_eq!(Authors::of(&short).post_author, None);
    }

    #[test]
    fn whoever_answers_most_others_by_name_is_the_post_author_when_clearly_ahead() {
        let mut entries = vec![
            comment("Ann", "hi"),
            comment("Bob Martin", "hello"),
            comment("Cy", "hey"),
            comment("Host", "@Ann thanks\n@Bob see above"),
            comment("Host", "@Cy yes"),
            comment("Ann", "@Cy no"),
        ];
        let authors = Authors::of(&archive(None, entries.clone()));
        let post = authors.post_author.unwrap();
        assert_eq!((post.identity, post.rule), (3, Rule::Answers));
        // One answer more for Ann: no longer twice as many, so nobody is named.
        entries.push(comment("Ann", "@Bob Martin sure"));
        assert_eq!(Authors::of(&archive(None, entries)).post_author, None);
    }

    #[test]
    fn reply_links_count_as_answers_and_pairs() {
        let mut entries = vec![
            comment("Ann", ""),
            comment("Bob", ""),
            comment("Host", ""),
            comment("Host", ""),
            comment("Host", ""),
        ];
        let link = |to| Link {
            to,
            evidence: "".into(),
            confidence: 1.0,
            cue: Cue::Mention,
        };
        for (child, parent) in [(2, 0), (3, 1), (4, 0), (1, 0)] {
            entries[child].links.push(link(parent));
        }
        // A parent that points nowhere must be ignored, not panic.
        entries[4].links.push(link(99));
        let authors = Authors::of(&archive(None, entries));
        let host = &authors.identities[2];
        assert_eq!((host.replies_given, host.replies_received), (3, 0));
        assert_eq!(authors.identities[0].replies_received, 3);
        assert_eq!(
            authors.top_pairs(1),
            &[Pair {
                from: 2,
                to: 0,
                count: 2
            }]
        );
        assert_eq!(authors.pairs.len(), 3);
        let post = authors.post_author.unwrap();
        assert_eq!((post.identity, post.rule), (2, Rule::Answers));
    }

    #[test]
    fn colours_depend_on_the_name_only() {
        let one = Authors::of(&archive(
            None,
            vec![comment("Lily", ""), comment("Thierry Crouzet", "")],
        ));
        let two = Authors::of(&archive(
            None,
            vec![
                comment("greg", ""),
                comment("THIERRY CROUZET", ""),
                comment("lily", ""),
            ],
        ));
        for name in ["Lily", "Thierry Crouzet"] {
            assert_eq!(
                one.find(name).unwrap().colour,
                two.find(name).unwrap().colour
            );
        }
        // Known FNV-1a vectors: the hash must not drift between versions.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        let used: std::collections::HashSet<usize> = (0..200)
            .map(|i| colour_of(&format!("author {i}")).index)
            .collect();
        assert_eq!(
            used.len(),
            PALETTE.len(),
            "the hash should reach every colour"
        );
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        let contrast = |a, b| contrast_ratio(a, b).unwrap();
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(contrast_ratio("#77", "#ffffff"), None);
    }

    #[test]
    fn an_empty_archive_has_no_one() {
        let authors = Authors::of(&Archive::default());
        assert!(authors.identities.is_empty() && authors.post_author.is_none());
        assert!(authors.top_pairs(5).is_empty());
        assert!(authors.of_entry(0).is_none());
    }
}
