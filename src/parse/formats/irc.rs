//! IRC channel logs in the irssi-like layout of the Ubuntu logs (and of the Kummerfeld et
//! al. disentanglement corpus): one message per line.
//!
//! ```text
//! [09:57] <rww> KazaLite: elaborate on "sucks"?     message
//! [10:03]  * KazaLite felt embarrassed              action (/me): author KazaLite
//! [10:04] <exon>                                    empty message
//! [05:12] -bot:#ubuntu- text                        notice: a message from `bot`
//! === degritz0r is now known as degrit              system line, no time
//! ```
//!
//! Every non-blank line becomes exactly one entry whose `line` is its line number, so that
//! reply annotations given by line number map onto entries. A system line's author is the
//! first word after `===` (the nick it is about: the one who joined, quit or changed
//! nick), which the reply model uses to notice greetings to newcomers. A line that fits
//! none of these shapes is kept as a system line with an empty author and reported once in
//! `problems`. The log carries no date, so `time` stays `None` and `time_text` is the
//! `HH:MM` as written.

use super::Format;
use crate::model::{Archive, Entry, Kind, Post};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct Irc;

impl Format for Irc {
    fn name(&self) -> &'static str {
        "irc"
    }

    fn score(&self, head: &[Line]) -> usize {
        head.iter()
            .filter(|l| matches!(classify(l.text), Shape::Said { .. }))
            .count()
    }

    fn parse(&self, _text: &str, lines: &[Line], _options: &ParseOptions) -> Archive {
        let mut entries = Vec::with_capacity(lines.len());
        let mut strange: Vec<usize> = Vec::new();
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let (kind, author, time_text, body) = match classify(line.text) {
                Shape::Said { time, nick, body } => (Kind::Message, nick, Some(time), body),
                Shape::System { about, body } => (Kind::System, about, None, body),
                Shape::Unknown => {
                    strange.push(line.no);
                    (Kind::System, "", None, line.text.trim())
                }
            };
            entries.push(Entry {
                id: entries.len(),
                author: author.to_string(),
                time: None,
                time_text: time_text.map(str::to_string),
                kind,
                line: line.no,
                span: [line.start, line.end],
                parents: Vec::new(),
                body: body.to_string(),
                links: Vec::new(),
                approximate: false,
            });
        }
        let mut problems = Vec::new();
        if let Some(first) = strange.first() {
            problems.push(format!(
                "{} line(s) do not look like IRC messages (the first is line {}); they are \
                 shown as system lines.",
                strange.len(),
                first + 1
            ));
        }
        Archive {
            format: self.name().into(),
            post: Post::default(),
            entries,
            problems,
            declared_count: None,
        }
    }
}

/// What one log line is.
#[derive(Debug, PartialEq)]
enum Shape<'a> {
    /// A message, an action or a notice: someone wrote `body` at `time` (`HH:MM`).
    Said {
        time: &'a str,
        nick: &'a str,
        body: &'a str,
    },
    /// `=== …`: written by the logger; `about` is the nick it names first.
    System {
        about: &'a str,
        body: &'a str,
    },
    Unknown,
}

fn classify(text: &str) -> Shape<'_> {
    if let Some(rest) = text.strip_prefix("===") {
        let body = rest.trim();
        let about = body.split_whitespace().next().unwrap_or("");
        return Shape::System { about, body };
    }
    let Some((time, rest)) = stamp(text) else {
        return Shape::Unknown;
    };
    match said_by(rest) {
        Some((nick, body)) if !nick.is_empty() => Shape::Said { time, nick, body },
        _ => Shape::Unknown,
    }
}

/// `[HH:MM] rest` → (`HH:MM`, `rest`).
fn stamp(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('[')?;
    let time = inner.get(..5)?;
    let shaped = time.bytes().enumerate().all(|(i, b)| match i {
        2 => b == b':',
        _ => b.is_ascii_digit(),
    });
    let rest = inner.get(5..)?.strip_prefix("] ")?;
    shaped.then_some((time, rest))
}

/// The part after the time stamp → (nick, body) for messages, actions and notices.
fn said_by(rest: &str) -> Option<(&str, &str)> {
    if let Some(msg) = rest.strip_prefix('<') {
        // `<nick> body` or `<nick>` alone (an empty message).
        let (nick, body) = msg.split_once('>')?;
        let body = match body {
            "" => "",
            _ => body.strip_prefix(' ')?,
        };
        return Some((nick, body));
    }
    if let Some(action) = rest.strip_prefix(" * ") {
        return Some(action.split_once(' ').unwrap_or((action, "")));
    }
    if let Some(notice) = rest.strip_prefix('-') {
        // `-nick- body` or `-nick:#channel- body`.
        let (from, body) = notice.split_once("- ")?;
        let nick = from.split(':').next().unwrap_or(from);
        return Some((nick, body));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn said<'a>(time: &'a str, nick: &'a str, body: &'a str) -> Shape<'a> {
        Shape::Said { time, nick, body }
    }

    #[test]
    fn messages_actions_notices_and_empty_messages() {
        assert_eq!(
            classify("[09:57] <rww> KazaLite: elaborate?"),
            said("09:57", "rww", "KazaLite: elaborate?")
        );
        assert_eq!(
            classify("[10:03]  * KazaLite felt embarrassed"),
            said("10:03", "KazaLite", "felt embarrassed")
        );
        assert_eq!(
            classify("[10:03]  * KazaLite"),
            said("10:03", "KazaLite", "")
        );
        assert_eq!(classify("[10:04] <exon>"), said("10:04", "exon", ""));
        assert_eq!(
            classify("[05:12] -bot:#ubuntu- hello all"),
            said("05:12", "bot", "hello all")
        );
        assert_eq!(classify("[05:12] -bot- hi"), said("05:12", "bot", "hi"));
        assert_eq!(
            classify("[01:02] <a>  two spaces kept"),
            said("01:02", "a", " two spaces kept")
        );
    }

    #[test]
    fn system_lines_name_their_nick() {
        assert_eq!(
            classify("=== degritz0r is now known as degrit"),
            Shape::System {
                about: "degritz0r",
                body: "degritz0r is now known as degrit"
            }
        );
        assert_eq!(
            classify("==="),
            Shape::System {
                about: "",
                body: ""
            }
        );
    }

    #[test]
    fn malformed_lines_are_unknown_and_never_panic() {
        for text in [
            "",
            "[",
            "[12:3",
            "[12:34]",
            "[12:34] ",
            "[ab:cd] <x> y",
            "[12:34] <x",
            "[12:34] <>",
            "[12:34] <x>y",
            "[12:34]  *",
            "[12:34] -x",
            "[é1:23] <x> y",
            "[12:é] <x> y",
            "plain",
        ] {
            assert!(
                !matches!(classify(text), Shape::Said { .. }),
                "{text:?} taken as a message"
            );
        }
    }

    #[test]
    fn one_entry_per_non_blank_line_keeping_line_numbers() {
        let text =
            "=== a has joined #x\n[10:00] <a> hi\n\n[10:01]  * b waves\nnoise\n[10:02] <b>\n";
        let a = Irc.parse(text, &split(text), &ParseOptions::default());
        let seen: Vec<(usize, Kind, &str, Option<&str>, &str)> = a
            .entries
            .iter()
            .map(|e| {
                (
                    e.line,
                    e.kind,
                    e.author.as_str(),
                    e.time_text.as_deref(),
                    e.body.as_str(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (0, Kind::System, "a", None, "a has joined #x"),
                (1, Kind::Message, "a", Some("10:00"), "hi"),
                (3, Kind::Message, "b", Some("10:01"), "waves"),
                (4, Kind::System, "", None, "noise"),
                (5, Kind::Message, "b", Some("10:02"), ""),
            ]
        );
        assert_eq!(
            &text[a.entries[2].span[0]..a.entries[2].span[1]],
            "[10:01]  * b waves"
        );
        assert!(a.entries.iter().enumerate().all(|(i, e)| e.id == i));
        assert_eq!(a.problems.len(), 1, "{:?}", a.problems);
        assert!(a.problems[0].contains("line 5"));
    }

    #[test]
    fn score_counts_message_lines_only() {
        let text = "=== x\n[10:00] <a> hi\n[10:01]  * b waves\nnope\n[10:02] <c> yo\n";
        assert_eq!(Irc.score(&split(text)), 3);
        assert_eq!(Irc.score(&split("greg @ 2010-09-16 10:59:58\n")), 0);
    }
}
