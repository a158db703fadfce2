//! WhatsApp chat exports ("Export chat", without media), from Android and iOS.
//!
//! ```text
//! 06/03/2017, 00:45 - Ana: text                     Android: date, time, ` - `, name
//! 06/03/2017, 00:46 - Ana added Ben                 Android system line: no `name:`
//! [7/11/17, 8:20:41 PM] Ben: text                   iOS: in brackets, often 12-hour
//! ‎[7/11/17, 8:21:02 PM] Ben: ‎image omitted         iOS media (U+200E marks)
//! [7/11/17, 8:21:40 PM] Trip: ‎Ana added Ben          iOS system line: U+200E-marked
//! a second line of the message above                continuation
//! ```
//!
//! The date's shape follows the phone's locale: `06/03/2017` is 6 March or 3 June. The
//! order is decided from the whole file (a day above 12 settles it); with no such day it
//! is guessed (day first, or month first on a 12-hour clock) and a problem says so. The
//! space before AM/PM may be a no-break space or U+202F. Stamps are kept as written.

use super::Format;
use crate::model::{Archive, Kind};
use crate::parse::chat::{self, build, order_notice, unreadable_notice, Said};
use crate::parse::date::{clock, numeric_date, Clock, NumericDate};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct WhatsApp;

/// Longer "names" before a colon are a system line's words, not a contact.
const MAX_NAME: usize = 60;
/// Marks WhatsApp writes around what it generated itself (iOS).
const LRM: char = '\u{200e}';

impl Format for WhatsApp {
    fn name(&self) -> &'static str {
        "whatsapp"
    }

    /// Message headers only: a stamp followed by a line with no `Name:` is a system line
    /// in a chat, but a file of nothing else is another layout (`[16.09.2010 14:02] Karl`
    /// over a body is one the guess reads).
    fn score(&self, head: &[Line]) -> usize {
        head.iter()
            .filter_map(|l| header(l.text))
            .filter(|h| who(h.rest).0 == Kind::Message)
            .count()
    }

    fn min_score(&self) -> usize {
        2
    }

    fn parse(&self, _text: &str, lines: &[Line], _options: &ParseOptions) -> Archive {
        let (heads, order, guessed) = chat::headers(lines, header, |h| (h.date, h.clock));
        let mut problems = Vec::new();
        let mut unreadable = Vec::new();
        let said: Vec<Said> = heads
            .iter()
            .map(|&(i, ref h)| {
                let time = h.date.stamp(order, h.clock);
                if time.is_none() {
                    unreadable.push(i + 1);
                }
                let (kind, author, first) = who(h.rest);
                Said {
                    line: i,
                    body_from: i + 1,
                    author,
                    time_text: h.stamp,
                    time,
                    first: Some(first),
                    kind,
                    parent: None,
                }
            })
            .collect();
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
    date: NumericDate,
    clock: Clock,
    /// Date and time as written.
    stamp: &'a str,
    /// What follows the stamp: `Name: text`, or a system line.
    rest: &'a str,
}

fn header(text: &str) -> Option<Head<'_>> {
    let text = text.trim_start_matches([LRM, '\u{feff}']);
    if let Some(inner) = text.strip_prefix('[') {
        // iOS: `[7/11/17, 8:20:41 PM] rest`
        let (stamp, rest) = inner.split_once("] ")?;
        let (date, clock, len) = stamp_at(stamp)?;
        return (len == stamp.len()).then_some(Head {
            date,
            clock,
            stamp,
            rest,
        });
    }
    // Android: `06/03/2017, 00:45 - rest`
    let (date, clock, len) = stamp_at(text)?;
    let rest = text[len..]
        .strip_prefix(" - ")
        .or_else(|| text[len..].strip_prefix(" – "))?;
    Some(Head {
        date,
        clock,
        stamp: &text[..len],
        rest,
    })
}

/// `06/03/2017, 00:45` or `06/03/2017 00:45` at the start of `s`, and its length.
fn stamp_at(s: &str) -> Option<(NumericDate, Clock, usize)> {
    let (date, mut at) = numeric_date(s)?;
    if s[at..].starts_with(',') {
        at += 1;
    }
    at += s[at..].strip_prefix(' ').map(|_| 1)?;
    let (clock, len) = clock(&s[at..])?;
    Some((date, clock, at + len))
}

/// `Ana: text` → a message by Ana; anything else is WhatsApp's own line.
fn who(rest: &str) -> (Kind, &str, &str) {
    fn system(text: &str) -> (Kind, &'static str, &str) {
        (Kind::System, "", text.trim_matches(LRM).trim())
    }
    let Some((name, body)) = rest.split_once(": ").or_else(|| {
        // `Ana:` with nothing after it.
        rest.strip_suffix(':').map(|name| (name, ""))
    }) else {
        return system(rest);
    };
    let name = name.trim_matches(LRM).trim();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.contains(['"', '“']) {
        return system(rest);
    }
    // iOS marks its own lines: `Trip: ‎Ana added Ben`; but it marks some of what people
    // sent too, and `Ben: ‎image omitted` is Ben's.
    if let Some(marked) = body.strip_prefix(LRM) {
        if !sent_by_someone(marked) {
            return system(marked);
        }
        return (Kind::Message, name, marked);
    }
    (Kind::Message, name, body)
}

/// What iOS marks with U+200E although a person sent it: media left out of the export, a
/// location, a poll, a message deleted or not yet received, a missed call.
fn sent_by_someone(marked: &str) -> bool {
    marked.ends_with("omitted")
        || [
            "<attached:",
            "Location: ",
            "live location shared",
            "POLL:",
            "This message was deleted",
            "You deleted this message",
            "Waiting for this message",
            "Missed voice call",
            "Missed video call",
        ]
        .iter()
        .any(|p| marked.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn parse(text: &str) -> Archive {
        WhatsApp.parse(text, &split(text), &ParseOptions::default())
    }

    #[test]
    fn android_and_ios_headers() {
        let h = header("06/03/2017, 00:45 - Ana: hi").unwrap();
        assert_eq!((h.stamp, h.rest), ("06/03/2017, 00:45", "Ana: hi"));
        let h = header("\u{200e}[7/11/17, 8:20:41\u{202f}PM] Ben: \u{200e}image omitted").unwrap();
        assert_eq!(h.stamp, "7/11/17, 8:20:41\u{202f}PM");
        assert_eq!(h.clock.pm, Some(true));
        assert!(header("2017-03-06 00:45 - Ana: hi").is_some());
        assert!(header("06.03.17, 00:45 - Ana: hi").is_some());
        // Spanish phones write `p. m.` with a no-break space inside.
        let h = header("13/03/2017, 8:45 p.\u{a0}m. - Ana: hola").unwrap();
        assert_eq!((h.clock.pm, h.rest), (Some(true), "Ana: hola"));
    }

    #[test]
    fn near_misses() {
        for text in [
            "06/03/2017, 00:45 Ana: hi",
            "06/03/2017, 25:45 - Ana: hi",
            "on 06/03/2017, 00:45 - we met",
            "[7/11/17, 8:20:41 PM]Ben: hi",
            "[7/11/17 8:20:41 PM Ben: hi",
            "[12:05] <nick> hi",
            "2005-01-08T23:34:46  <nick> hi",
            "Ana, [16.09.10 12:05]",
        ] {
            assert_eq!(header(text), None, "{text:?}");
        }
    }

    #[test]
    fn messages_system_lines_and_media() {
        assert_eq!(who("Ana: hi: there"), (Kind::Message, "Ana", "hi: there"));
        assert_eq!(who("Ana:"), (Kind::Message, "Ana", ""));
        assert_eq!(who("Ana added Ben"), (Kind::System, "", "Ana added Ben"));
        assert_eq!(
            who("Trip: \u{200e}Ana added Ben"),
            (Kind::System, "", "Ana added Ben")
        );
        assert_eq!(
            who("Ben: \u{200e}image omitted"),
            (Kind::Message, "Ben", "image omitted")
        );
        for marked in [
            "Location: https://maps.google.com/?q=48.85,2.35",
            "This message was deleted.",
            "POLL:",
        ] {
            let rest = format!("Ben: \u{200e}{marked}");
            assert_eq!(who(&rest), (Kind::Message, "Ben", marked), "{marked:?}");
        }
        assert_eq!(
            who("Ana changed the subject to “Trip: day 2”"),
            (Kind::System, "", "Ana changed the subject to “Trip: day 2”")
        );
    }

    #[test]
    fn multi_line_messages_and_the_day_month_order() {
        let a = parse(
            "06/03/2017, 00:45 - Ana: first line\nsecond line\n\n\
             13/03/2017, 09:00 - Ben: ok\n",
        );
        let seen: Vec<(&str, &str, String)> = a
            .entries
            .iter()
            .map(|e| (e.author.as_str(), &*e.body, e.time.unwrap().to_string()))
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "Ana",
                    "first line\nsecond line",
                    "2017-03-06T00:45:00".into()
                ),
                ("Ben", "ok", "2017-03-13T09:00:00".into()),
            ]
        );
        assert!(a.problems.is_empty(), "{:?}", a.problems);
        assert!(a.entries.iter().all(|e| e.kind == Kind::Message));
    }

    #[test]
    fn an_undecided_order_is_a_problem() {
        let a = parse("[7/11/17, 8:20:41 PM] Ben: hi\n");
        assert_eq!(
            a.entries[0].time.unwrap().to_string(),
            "2017-07-11T20:20:41"
        );
        assert!(
            a.problems[0].to_string().contains("month first"),
            "{:?}",
            a.problems
        );
    }
}
