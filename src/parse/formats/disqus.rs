//! Disqus comment threads copied from a page.
//!
//! ```text
//! 12 Comments                         declared count (optional), then the bar's chrome
//! Avatar                              the picture's alt text: chrome
//! Anna Berg • 7 years ago             header: name, a relative date
//! body
//! 5 △ ▽ • Reply • Share ›             votes and buttons: chrome
//! Avatar
//! Jon Mod Anna Berg • 7 years ago     a reply: the author, a moderator badge (optional),
//! body                                  the name of the comment answered, the date
//! ```
//!
//! The name of the comment answered is a reply link on the page: it states the thread.
//! Copied, it runs into the author's name (`Jon Anna Berg`), so it is told apart by the
//! names of earlier comments; the parent is the latest earlier comment by that name.
//! Dates are relative: they need a reference date (`ParseOptions::anchor`).

use super::Format;
use crate::model::{Archive, Problem};
use crate::parse::blog::{build, comment_count, Header};
use crate::parse::date::parse_ago;
use crate::parse::lines::Line;
use crate::parse::ParseOptions;
use std::collections::{HashMap, HashSet};

pub struct Disqus;

/// A header line is short: a name or two, a badge and a date.
const MAX_HEADER: usize = 160;
/// `il y a 3 jours` is the longest relative date, in words.
const MAX_DATE_WORDS: usize = 5;

impl Format for Disqus {
    fn name(&self) -> &'static str {
        "disqus"
    }

    /// Headers, when the opening shows something only Disqus prints (an avatar, vote
    /// arrows, `Share ›`, its sort bar): a name over a relative date alone is a layout
    /// many sites share, which the guess reads with its notice.
    fn score(&self, head: &[Line]) -> usize {
        if !head.iter().any(|l| is_mark(l.text)) {
            return 0;
        }
        headers(head).len()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let found = headers(lines);
        // Who wrote somewhere in the copy, as far as the names alone tell: a badge or a
        // names part nothing can be split from.
        let attested: HashSet<&str> = found
            .iter()
            .map(|&(_, names, _)| match names.split_once(" Mod ") {
                Some((author, _)) => author.trim(),
                None => names.strip_suffix(" Mod").unwrap_or(names).trim(),
            })
            .collect();
        let mut headers: Vec<Header> = Vec::with_capacity(found.len());
        // The latest comment of each author so far, by exact name.
        let mut latest: HashMap<&str, usize> = HashMap::new();
        let mut orphans: Vec<usize> = Vec::new();
        for &(i, names, date) in &found {
            let (author, parent_name) = split_names(names, &latest, &attested);
            let mut header = Header::new(i, i + 1, author, Some(date));
            if let Some(parent_name) = parent_name {
                header.parent = latest.get(parent_name).copied();
                if header.parent.is_none() {
                    orphans.push(i + 1);
                }
            }
            latest.insert(author, headers.len());
            headers.push(header);
        }
        let mut archive = build(self.name(), lines, &headers, options, |l| {
            is_chrome(l) || is_bar(l)
        });
        if let Some(first) = orphans.first() {
            archive.problems.push(Problem::Orphans {
                count: orphans.len(),
                line: *first,
            });
        }
        archive
    }
}

/// The header lines, with their names part and date. Headers under a comment's buttons
/// (or at the top, or under the count) are sure; if a copy lost the buttons, headers under
/// a blank line are taken instead, never those under a line of text.
fn headers<'a>(lines: &[Line<'a>]) -> Vec<(usize, &'a str, &'a str)> {
    let mut sure = Vec::new();
    let mut loose = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((names, date)) = header(line.text) else {
            continue;
        };
        let before = lines[..i].iter().rposition(|l| !l.is_blank());
        let under_chrome = before.is_none_or(|b| {
            let t = lines[b].text;
            is_chrome(t) || comment_count(t).is_some() || is_bar(t)
        });
        if under_chrome {
            sure.push((i, names, date));
        } else if before.is_some_and(|b| b + 1 < i) {
            loose.push((i, names, date));
        }
    }
    if sure.is_empty() {
        loose
    } else {
        sure
    }
}

/// `Jon Mod Anna Berg • 7 years ago • edited` → (`Jon Mod Anna Berg`, `7 years ago`).
fn header(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    if text.len() > MAX_HEADER {
        return None;
    }
    let text = strip_separators(text.strip_suffix("edited").unwrap_or(text));
    // A relative date ends the line or starts within its last five words: a cheap look
    // before trying each ending (most lines are text and fail here).
    let last = text.rsplit(char::is_whitespace).next().unwrap_or("");
    let relative_end = ["ago", "fa", "atrás", "atras", "geleden"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w));
    let relative_start = [" il y a ", " hace ", " vor ", " há "]
        .iter()
        .any(|w| text.contains(w));
    if !relative_end && !relative_start {
        return None;
    }
    // Where words start, to try the last five to one words as the date, longest first.
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || text[..i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
        .collect();
    let (names, date) = starts[starts.len().saturating_sub(MAX_DATE_WORDS)..]
        .iter()
        .filter(|&&at| at > 0)
        .find_map(|&at| {
            parse_ago(&text[at..])?;
            Some((strip_separators(&text[..at]), &text[at..]))
        })?;
    let words = names.split_whitespace().count();
    // Disqus joins name and date with `•` or a space; `Ann | 3 hours ago` and
    // `Posted by Jonas - 2 days ago` are other layouts.
    let joined_otherwise = names.ends_with(['-', '–', '—', '|', '/']);
    ((1..=12).contains(&words) && !joined_otherwise && !names.ends_with(['.', '!', '?', ':', ',']))
        .then_some((names, date))
}

fn strip_separators(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '•' || c == '·')
}

/// Tells the author from the name of the comment answered: the `Mod` badge separates
/// them; otherwise an ending that names an earlier commenter (the longest first) is the
/// parent, provided what is left reads as a name, unless the whole is already a
/// commenter's name. Two single words (`Mary Ann` after an `Ann`) may be one person's first
/// and last names as well as Mary answering Ann: that is only split when the first word
/// is someone `attested` in the copy; otherwise the whole name is kept.
fn split_names<'a>(
    names: &'a str,
    latest: &HashMap<&str, usize>,
    attested: &HashSet<&str>,
) -> (&'a str, Option<&'a str>) {
    if let Some((author, parent)) = names.split_once(" Mod ") {
        return (author.trim(), Some(parent.trim()));
    }
    if let Some(author) = names.strip_suffix(" Mod") {
        return (author.trim(), None);
    }
    if latest.contains_key(names) {
        return (names, None);
    }
    for (at, _) in names.match_indices(' ') {
        let (author, parent) = (names[..at].trim(), names[at + 1..].trim());
        if !latest.contains_key(parent) || !plausible_name(author) || is_initial(parent) {
            continue;
        }
        let two_words = !author.contains(' ') && !parent.contains(' ');
        if two_words && !attested.contains(author) {
            break;
        }
        return (author, Some(parent));
    }
    (names, None)
}

/// What is left of a name once the parent's is cut off: not ending in an initial nor
/// cut after its particle (`Pete van` of `Pete van Dijk`).
fn plausible_name(name: &str) -> bool {
    let Some(last) = name.split_whitespace().next_back() else {
        return false;
    };
    let particle = matches!(
        last,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "du"
            | "da"
            | "di"
            | "del"
            | "la"
            | "le"
            | "dos"
            | "das"
            | "ten"
            | "ter"
            | "bin"
            | "al"
            | "el"
    );
    !is_initial(last) && !particle && name.chars().any(char::is_alphabetic)
}

/// `K`, `K.`: the end of a name (`Paul K`), not a name on its own.
fn is_initial(word: &str) -> bool {
    word.trim_end_matches('.').chars().count() <= 1
}

/// The lines Disqus prints around each comment: the avatar's alt text, vote counts and
/// arrows, Reply and Share, alone or together (`5 △ ▽ • Reply • Share ›`).
fn is_chrome(line: &str) -> bool {
    let t = line.trim();
    // A separator alone: `Reply • Share ›` copied one piece a line.
    if !t.is_empty() && t.chars().all(|c| c == '•' || c == '·' || c.is_whitespace()) {
        return true;
    }
    let mut words = line
        .split(|c: char| c.is_whitespace() || c == '•' || c == '·')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "Avatar"
                        | "△"
                        | "▽"
                        | "−"
                        | "+"
                        | "Reply"
                        | "Share"
                        | "›"
                        | "Share›"
                        | "Edit"
                        | "Report"
                        | "Répondre"
                        | "Partager"
                        | "Responder"
                        | "Compartir"
                        | "Antworten"
                        | "Teilen"
                )
        })
}

/// A line only Disqus prints: the avatar's alt text, vote arrows, its Share link, its
/// bar. Digits and `Reply` alone are not enough: every comment system has those.
fn is_mark(line: &str) -> bool {
    let t = line.trim();
    let marked = [
        "Avatar",
        "△",
        "▽",
        "Share ›",
        "Share›",
        "Partager ›",
        "Compartir ›",
    ]
    .iter()
    .any(|m| t.contains(m));
    (marked && is_chrome(t))
        || t.starts_with("Sort by ")
        || matches!(
            t,
            "Join the discussion…" | "Load more comments" | "Show more replies"
        )
}

/// The bar above the comments (sorting, sharing) and the links below them.
fn is_bar(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("Sort by ")
        || matches!(
            t,
            "Recommend"
                | "Tweet"
                | "Share"
                | "Login"
                | "Favorite"
                | "Join the discussion…"
                | "Load more comments"
                | "Show more replies"
                | "see more"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn headers_with_badges_parents_and_edits() {
        assert_eq!(
            header("Anna Berg • 7 years ago"),
            Some(("Anna Berg", "7 years ago"))
        );
        assert_eq!(
            header("Jon Mod Anna Berg • a year ago • edited"),
            Some(("Jon Mod Anna Berg", "a year ago"))
        );
        assert_eq!(
            header("Agent 7 2 hours ago"),
            Some(("Agent 7", "2 hours ago"))
        );
        assert_eq!(
            header("Lucie Martin il y a 3 jours"),
            Some(("Lucie Martin", "il y a 3 jours"))
        );
    }

    #[test]
    fn near_misses() {
        for text in [
            "7 years ago",
            "Anna Berg",
            "Anna Berg • 7 years",
            "That was it. 7 years ago",
        ] {
            assert_eq!(header(text), None, "{text:?}");
        }
        // A body line with a relative date is not a header under a line of text.
        let lines = split("Avatar\nAnn • 2 days ago\nI know.\nWe moved 7 years ago\n1 • Reply\n");
        let found: Vec<&str> = headers(&lines).iter().map(|h| h.1).collect();
        assert_eq!(found, ["Ann"]);
    }

    #[test]
    fn parents_are_told_from_authors() {
        let latest: HashMap<&str, usize> = [("Anna Berg", 0), ("Jon", 1), ("Ann", 2)].into();
        let attested: HashSet<&str> = ["Anna Berg", "Jon", "Ann", "Kim"].into();
        let split = |names| split_names(names, &latest, &attested);
        assert_eq!(split("Jon Mod Anna Berg"), ("Jon", Some("Anna Berg")));
        assert_eq!(split("Jon Mod"), ("Jon", None));
        assert_eq!(split("Kim Anna Berg"), ("Kim", Some("Anna Berg")));
        assert_eq!(split("Kim Lee Jon"), ("Kim Lee", Some("Jon")));
        assert_eq!(split("Anna Berg"), ("Anna Berg", None));
        assert_eq!(split("Kim Lee"), ("Kim Lee", None));
        // Two words: split only when the first is someone who wrote in the copy.
        assert_eq!(split("Kim Jon"), ("Kim", Some("Jon")));
        assert_eq!(split("Mary Ann"), ("Mary Ann", None));
        // What is left must read as a name.
        let latest: HashMap<&str, usize> = [("K", 0), ("Dijk Sam", 1), ("Sam", 2)].into();
        let split = |names| split_names(names, &latest, &attested);
        assert_eq!(split("Bob Paul K"), ("Bob Paul K", None));
        assert_eq!(split("Pete van Dijk Sam"), ("Pete van Dijk", Some("Sam")));
    }

    #[test]
    fn a_name_ending_in_an_earlier_name_is_not_cut() {
        let text = "Avatar\nAnn • 3 years ago\nhello\n△ ▽ • Reply • Share ›\n\
                    Avatar\nMary Ann • 2 years ago\nhi\n△ ▽ • Reply • Share ›\n\
                    Avatar\nBob Paul K • 2 years ago\nyo\n△ ▽ • Reply • Share ›\n";
        let a = Disqus.parse(text, &split(text), &ParseOptions::default());
        let parents: Vec<Vec<usize>> = a.entries.iter().map(|e| e.parents().collect()).collect();
        let seen: Vec<(&str, &[usize])> = a
            .entries
            .iter()
            .zip(&parents)
            .map(|(e, parents)| (e.author.as_str(), &parents[..]))
            .collect();
        assert_eq!(
            seen,
            [
                ("Ann", &[][..]),
                ("Mary Ann", &[][..]),
                ("Bob Paul K", &[][..])
            ]
        );
    }

    #[test]
    fn only_disqus_chrome_makes_a_disqus_thread() {
        let bare = "Ann • 3 hours ago\nhello\n\nBob • 2 hours ago\nhi\n";
        assert_eq!(Disqus.score(&split(bare)), 0);
        let marked = "Avatar\nAnn • 3 hours ago\nhello\nAvatar\nBob • 2 hours ago\nhi\n";
        assert_eq!(Disqus.score(&split(marked)), 2);
        for other in ["Ann | 3 hours ago", "Posted by Jonas - 2 days ago"] {
            assert_eq!(header(other), None, "{other:?}");
        }
        for mark in ["Avatar", "5 △ ▽ • Reply • Share ›", "Sort by Best"] {
            assert!(is_mark(mark), "{mark:?}");
        }
        for text in ["Reply", "5", "Share your thoughts ›", "Recommend"] {
            assert!(!is_mark(text), "{text:?}");
        }
    }

    #[test]
    fn chrome_lines() {
        for text in [
            "Avatar",
            "5",
            "△ ▽",
            "5 △ ▽ • Reply • Share ›",
            "• Reply •",
            "Share ›",
        ] {
            assert!(is_chrome(text), "{text:?}");
        }
        assert!(is_chrome("•"));
        for text in ["", "Reply to Ann", "5 stars", "Great"] {
            assert!(!is_chrome(text), "{text:?}");
        }
    }

    #[test]
    fn chrome_is_neither_post_nor_body() {
        let text =
            "Avatar\nAnn • 3 years ago\nhello\nReply\n•\nShare ›\nAvatar\nBob • 2 years ago\nhi\n";
        let a = Disqus.parse(text, &split(text), &ParseOptions::default());
        assert_eq!(a.post.body, None);
        assert_eq!(&*a.entries[0].body, "hello");
    }

    #[test]
    fn a_reply_states_its_parent() {
        let text = "3 Comments\nAvatar\nAnna Berg • 7 years ago\nFirst!\n2 △ ▽ • Reply • Share ›\n\
                    Avatar\nJon Mod Anna Berg • 7 years ago\nWelcome.\n△ ▽ • Reply • Share ›\n\
                    Avatar\nKim Jon • 6 years ago\nThanks Jon.\n△ ▽ • Reply • Share ›\n\
                    Avatar\nKim • 5 years ago\nAnd a question.\n△ ▽ • Reply • Share ›\n";
        let a = Disqus.parse(text, &split(text), &ParseOptions::default());
        let parents: Vec<Vec<usize>> = a.entries.iter().map(|e| e.parents().collect()).collect();
        let seen: Vec<(&str, &[usize], &str)> = a
            .entries
            .iter()
            .zip(&parents)
            .map(|(e, parents)| (e.author.as_str(), &parents[..], &*e.body))
            .collect();
        assert_eq!(
            seen,
            [
                ("Anna Berg", &[][..], "First!"),
                ("Jon", &[0][..], "Welcome."),
                ("Kim", &[1][..], "Thanks Jon."),
                ("Kim", &[][..], "And a question."),
            ]
        );
        assert_eq!(a.declared_count, Some(3));
        assert!(a
            .problems
            .iter()
            .any(|p| p.to_string().contains("no reference date")));
    }
}
