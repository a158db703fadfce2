//! Telegram Desktop: messages selected and copied ("Copy Selected as Text").
//!
//! ```text
//! Ana Lopes, [16.09.10 12:05]              header: name, date and time in brackets
//! text, on one line or several             body
//!
//! Ben, [16.09.10 12:07]
//! [In reply to Ana Lopes]                  a reply: stated, resolved to Ana's latest
//! text                                       message (kept as text when not in the copy)
//! ```
//!
//! The date follows the desktop's locale (`16.09.10`, `9/16/10 12:05 PM`); its day/month
//! order is decided over the whole copy, as for WhatsApp.

use super::Format;
use crate::model::{Archive, Kind};
use crate::parse::chat::{self, build, order_notice, unreadable_notice, Said};
use crate::parse::date::{clock, numeric_date, Clock, NumericDate};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;
use std::collections::HashMap;

pub struct Telegram;

const MAX_NAME: usize = 64;

impl Format for Telegram {
    fn name(&self) -> &'static str {
        "telegram"
    }

    fn score(&self, head: &[Line]) -> usize {
        head.iter().filter(|l| header(l.text).is_some()).count()
    }

    fn min_score(&self) -> usize {
        2
    }

    fn parse(&self, _text: &str, lines: &[Line], _options: &ParseOptions) -> Archive {
        let (heads, order, guessed) = chat::headers(lines, header, |h| (h.date, h.clock));
        let mut latest: HashMap<&str, usize> = HashMap::new();
        let mut said: Vec<Said> = Vec::with_capacity(heads.len());
        let mut unreadable = Vec::new();
        for (i, h) in &heads {
            let mut body_from = i + 1;
            let mut parent = None;
            // The first line below may say which message this one answers.
            let next = lines[body_from..].iter().position(|l| !l.is_blank());
            if let Some(at) = next.map(|n| body_from + n) {
                // Stated when the message answered is in the copy; else the line stays.
                if let Some(p) = in_reply_to(lines[at].text).and_then(|n| latest.get(n)) {
                    parent = Some(*p);
                    body_from = at + 1;
                }
            }
            latest.insert(h.name, said.len());
            let time = h.date.stamp(order, h.clock);
            if time.is_none() {
                unreadable.push(i + 1);
            }
            said.push(Said {
                line: *i,
                body_from,
                author: h.name,
                time_text: h.stamp,
                time,
                first: None,
                kind: Kind::Message,
                parent,
            });
        }
        let mut problems = Vec::new();
        if guessed {
            if let Some((_, h)) = heads.first() {
                problems.push(order_notice(h.stamp, order));
            }
        }
        problems.extend(unreadable_notice(&unreadable));
        build(self.name(), lines, &said, problems)
    }
}

#[derive(Debug, PartialEq)]
struct Head<'a> {
    name: &'a str,
    date: NumericDate,
    clock: Clock,
    /// Date and time as written.
    stamp: &'a str,
}

/// `Ana Lopes, [16.09.10 12:05]` → name, date and clock.
fn header(text: &str) -> Option<Head<'_>> {
    let text = text.trim();
    let (name, stamp) = text.strip_suffix(']')?.rsplit_once(", [")?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return None;
    }
    let (date, at) = numeric_date(stamp)?;
    let time = stamp[at..].strip_prefix(' ')?;
    let (clock, len) = clock(time)?;
    (len == time.len()).then_some(Head {
        name,
        date,
        clock,
        stamp,
    })
}

/// `[In reply to Ana Lopes]` → `Ana Lopes`.
fn in_reply_to(text: &str) -> Option<&str> {
    let name = text
        .trim()
        .strip_prefix("[In reply to ")?
        .strip_suffix(']')?;
    (!name.trim().is_empty()).then(|| name.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn headers() {
        let h = header("Ana Lopes, [16.09.10 12:05]").unwrap();
        assert_eq!((h.name, h.stamp), ("Ana Lopes", "16.09.10 12:05"));
        assert_eq!(
            header("Ben, [9/16/10 12:05 PM]").unwrap().clock.pm,
            Some(true)
        );
        for text in [
            "Ana Lopes, [16.09.10]",
            "Ana Lopes [16.09.10 12:05]",
            ", [16.09.10 12:05]",
            "I said, [16.09.10 12:05] was the time",
            "Ana, [16.09.10 12:05] hello",
            "[16.09.10 12:05] <ana> hi",
        ] {
            assert_eq!(header(text), None, "{text:?}");
        }
    }

    #[test]
    fn replies_are_stated() {
        let text = "Ana, [16.09.10 12:05]\nhi all\n\nBen, [16.09.10 12:06]\nyo\n\n\
                    Ana, [16.09.10 12:07]\nmore\n\nCid, [16.09.10 12:09]\n\
                    [In reply to Ana]\nme too\n\nDan, [16.09.10 12:10]\n[In reply to Eve]\nwho?\n";
        let a = Telegram.parse(text, &split(text), &ParseOptions::default());
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
                ("Ana", &[][..], "hi all"),
                ("Ben", &[][..], "yo"),
                ("Ana", &[][..], "more"),
                ("Cid", &[2][..], "me too"),
                ("Dan", &[][..], "[In reply to Eve]\nwho?"),
            ]
        );
        assert_eq!(
            a.entries[0].time.unwrap().to_string(),
            "2010-09-16T12:05:00"
        );
        assert!(
            a.problems.is_empty(),
            "16 can only be a day: {:?}",
            a.problems
        );
    }

    #[test]
    fn impossible_dates_are_reported() {
        let text = "Ana, [16.09.10 12:05]\nhi\n\nBen, [31.09.10 12:07]\nyo\n";
        let a = Telegram.parse(text, &split(text), &ParseOptions::default());
        assert_eq!(a.entries[1].time, None);
        assert_eq!(a.entries[1].time_text.as_deref(), Some("31.09.10 12:07"));
        assert!(
            a.problems.iter().any(|p| p
                .to_string()
                .contains("could not be read (the first is on line 4)")),
            "{:?}",
            a.problems
        );
    }
}
