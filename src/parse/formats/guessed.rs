//! The fallback for layouts no other format knows: lines made of a name and a date that
//! recur through the text are taken as entry headers, and a problem says so.
//!
//! ```text
//! Amelie Roux | 16/09/2010 12:05           name, separator, date
//! body
//! Posted by Jonas - 2 days ago             `Posted by` dropped; relative dates too
//! [16.09.2010 14:02] Karl                  date first, in brackets
//! Karl (Sep 16, 2010)                      date in parentheses
//! ```
//!
//! A header line is short and nothing but a name (a few words, no sentence punctuation)
//! and a date, joined by a separator (` | `, ` - `, `, `, ` on `, brackets…). Lines are
//! grouped by shape (separator, order, the date's pattern of digits and letters); only the
//! most common shape counts, and only if it recurs at least [`MIN_RECURRENCE`] times, so
//! that a sentence which happens to end in a date is not a header. A guess weighs half a
//! known header in detection: any format that recognises the text wins over it.

use super::Format;
use crate::model::{Archive, Problem};
use crate::parse::blog::{build, is_button, Header};
use crate::parse::date::read_when;
use crate::parse::lines::Line;
use crate::parse::ParseOptions;
use std::collections::HashMap;

pub struct Guessed;

pub const MIN_RECURRENCE: usize = 3;
/// Header lines are short; longer lines are text (and are not worth trying).
const MAX_HEADER: usize = 100;
const MAX_NAME_CHARS: usize = 50;
const MAX_NAME_WORDS: usize = 6;

/// What may join a name and a date, in either order.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " • ", ", ", " @ ", " on ", " le ", " at ",
];
/// Words some sites write before the name.
const LEAD_INS: &[&str] = &[
    "Posted by ",
    "posted by ",
    "Written by ",
    "By ",
    "by ",
    "Par ",
    "par ",
    "Publié par ",
    "Von ",
    "Por ",
    "Door ",
];

impl Format for Guessed {
    fn name(&self) -> &'static str {
        "guessed"
    }

    fn score(&self, head: &[Line]) -> usize {
        match dominant(&candidates(head)) {
            Some((_, count)) => count / 2,
            None => 0,
        }
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let found = candidates(lines);
        let Some((shape, _)) = dominant(&found) else {
            return super::plain(lines);
        };
        let headers: Vec<Header> = found
            .iter()
            .filter(|(_, c)| c.shape == shape)
            .map(|(i, c)| Header::new(*i, i + 1, c.name, Some(c.date)))
            .collect();
        let example = headers
            .first()
            .map(|h| (h.line + 1, lines[h.line].text.trim()));
        let mut archive = build(self.name(), lines, &headers, options, is_button);
        if let Some((line, text)) = example {
            archive.problems.insert(
                0,
                Problem::GuessedLayout {
                    headers: headers.len(),
                    line,
                    text: text.to_string(),
                },
            );
        }
        archive
    }
}

/// How a header line is built; lines of one shape are headers of one layout.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Shape {
    /// Index in `SEPARATORS`, or one of the bracket forms after them.
    joint: usize,
    date_first: bool,
    /// The date with digit runs written `9` and letter runs `a`: `16/09/2010 12:05` is
    /// `9/9/9 9:9`, `Sep 1, 2009` is `a 9, 9`.
    pattern: String,
}

#[derive(Debug)]
struct Candidate<'a> {
    name: &'a str,
    date: &'a str,
    shape: Shape,
}

/// Every line that is a name and a date, with its index.
fn candidates<'a>(lines: &[Line<'a>]) -> Vec<(usize, Candidate<'a>)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((i, candidate(l.text)?)))
        .collect()
}

/// The most common shape among the candidates and how many have it, if it recurs.
fn dominant(found: &[(usize, Candidate)]) -> Option<(Shape, usize)> {
    let mut counts: HashMap<&Shape, usize> = HashMap::new();
    for (_, c) in found {
        *counts.entry(&c.shape).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_RECURRENCE)
        // Ties go to the shape that sorts first, so the choice does not depend on hashing.
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.pattern.cmp(&a.0.pattern)))
        .map(|(shape, n)| (shape.clone(), n))
}

/// A line that is a name and a date, or `None`.
fn candidate(text: &str) -> Option<Candidate<'_>> {
    let text = text.trim();
    // Dates have digits, but for relative ones like `a year ago`.
    let datable = text.bytes().any(|b| b.is_ascii_digit()) || text.ends_with("ago");
    if text.len() > MAX_HEADER || !datable {
        return None;
    }
    let bracketed =
        bracketed(text).map(|(name, date, date_first, joint)| (joint, name, date, date_first));
    let joined = SEPARATORS.iter().enumerate().flat_map(|(joint, sep)| {
        let first = text.split_once(sep);
        let last = text.rsplit_once(sep).filter(|l| Some(*l) != first);
        first
            .into_iter()
            .chain(last)
            .flat_map(move |(a, b)| [(joint, a, b, false), (joint, b, a, true)])
    });
    bracketed
        .into_iter()
        .chain(joined)
        .find_map(|(joint, name, date, date_first)| {
            let name = name_of(name)?;
            let date = date.trim();
            read_when(date)?;
            Some(Candidate {
                name,
                date,
                shape: Shape {
                    joint,
                    date_first,
                    pattern: pattern(date),
                },
            })
        })
}

/// `[date] Name`, `Name (date)`, `Name [date]` → (name, date, date first, joint).
fn bracketed(text: &str) -> Option<(&str, &str, bool, usize)> {
    let n = SEPARATORS.len();
    if let Some(rest) = text.strip_prefix('[') {
        let (date, name) = rest.split_once("] ")?;
        return Some((name, date, true, n));
    }
    for (open, close, joint) in [(" (", ')', n + 1), (" [", ']', n + 2)] {
        if let Some(inner) = text.strip_suffix(close) {
            if let Some((name, date)) = inner.rsplit_once(open) {
                return Some((name, date, false, joint));
            }
        }
    }
    None
}

/// The name part, if it reads as a name: a few words, a letter, no sentence punctuation.
fn name_of(part: &str) -> Option<&str> {
    let mut name = part.trim();
    if let Some(rest) = LEAD_INS.iter().find_map(|l| name.strip_prefix(l)) {
        name = rest.trim();
    }
    let words = name.split_whitespace().count();
    let ok = (1..=MAX_NAME_WORDS).contains(&words)
        && name.chars().count() <= MAX_NAME_CHARS
        && name.chars().any(char::is_alphabetic)
        && !name.ends_with([',', ';', ':', '!', '?', '…'])
        && !name.contains(['"', '“', '«']);
    ok.then_some(name)
}

fn pattern(date: &str) -> String {
    let mut out = String::with_capacity(date.len());
    for c in date.chars() {
        let class = if c.is_ascii_digit() {
            '9'
        } else if c.is_alphabetic() {
            'a'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        if !(out.ends_with(class) && matches!(class, '9' | 'a' | ' ')) {
            out.push(class);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn parts(text: &str) -> Option<(&str, &str, String)> {
        candidate(text).map(|c| (c.name, c.date, c.shape.pattern))
    }

    #[test]
    fn names_and_dates_in_many_arrangements() {
        assert_eq!(
            parts("Amelie Roux | 16/09/2010 12:05"),
            Some(("Amelie Roux", "16/09/2010 12:05", "9/9/9 9:9".into()))
        );
        assert_eq!(
            parts("Posted by Jonas - 2 days ago").map(|p| (p.0, p.1)),
            Some(("Jonas", "2 days ago"))
        );
        assert_eq!(
            parts("[16.09.2010 14:02] Karl").map(|p| (p.0, p.1)),
            Some(("Karl", "16.09.2010 14:02"))
        );
        assert_eq!(
            parts("Karl (Sep 16, 2010)"),
            Some(("Karl", "Sep 16, 2010", "a 9, 9".into()))
        );
        assert_eq!(
            parts("16 septembre 2010 - Hélène").map(|p| (p.0, p.1)),
            Some(("Hélène", "16 septembre 2010"))
        );
    }

    #[test]
    fn sentences_are_not_headers() {
        for text in [
            "",
            "Amelie Roux",
            "16/09/2010 12:05",
            "We met again, and again, and again, and then on Sep 16, 2010",
            "Is it true? - Sep 16, 2010",
            "He said “hi” | 16/09/2010",
            "Amelie | the 16th",
            "2010 - 2011",
        ] {
            assert!(candidate(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn only_a_recurring_shape_makes_headers() {
        let text = "Thread\n\nAmelie | 16/09/2010 12:05\nhi\n\nI was born - 16/09/1980\n\n\
                    Jonas | 16/09/2010 13:40\nho\n\nAmelie | 17/09/2010 08:02\nok\n";
        let lines = split(text);
        let (shape, count) = dominant(&candidates(&lines)).unwrap();
        assert_eq!((shape.pattern.as_str(), count), ("9/9/9 9:9", 3));
        assert_eq!(Guessed.score(&lines), 1);
        let a = Guessed.parse(text, &lines, &ParseOptions::default());
        let authors: Vec<&str> = a.entries.iter().map(|e| e.author.as_str()).collect();
        assert_eq!(authors, ["Amelie", "Jonas", "Amelie"]);
        assert_eq!(&*a.entries[0].body, "hi\n\nI was born - 16/09/1980");
        assert!(
            a.problems[0].to_string().contains("not recognised"),
            "{:?}",
            a.problems
        );
        // Twice is not enough.
        assert_eq!(
            Guessed.score(&split("a | 16/09/2010\nx\nb | 17/09/2010\n")),
            0
        );
    }
}
