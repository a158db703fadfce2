//! IRC channel logs, one message per line, in the layouts of the common loggers. One
//! format (`irc`): the variant is picked by scoring the opening of the log.
//!
//! ```text
//! Ubuntu logs (and the Kummerfeld et al. disentanglement corpus):
//! [09:57] <rww> KazaLite: elaborate on "sucks"?     message
//! [10:03]  * KazaLite felt embarrassed              action (/me): author KazaLite
//! [10:04] <exon>                                    empty message
//! [05:12] -bot:#ubuntu- text                        notice: a message from `bot`
//! === degritz0r is now known as degrit              system line, no time
//!
//! irssi:
//! --- Log opened Thu Sep 16 12:00:00 2010           system line; sets the date
//! 12:05 <@mira> text                                message (mode sign dropped)
//! 12:05  * mira waves                               action
//! 12:06 -!- oskar [~o@host] has joined #kettle      system line about `oskar`
//! --- Day changed Fri Sep 17 2010                   system line; sets the date
//!
//! WeeChat (tab-separated):
//! 2010-09-16 12:05:33<TAB>@mira<TAB>text            message
//! 2010-09-16 12:05:40<TAB> *<TAB>mira waves          action
//! 2010-09-16 12:06:01<TAB>--><TAB>oskar (~o@host) has joined      system line
//!
//! Limnoria (Supybot's ChannelLogger):
//! 2005-01-08T23:34:46  <mira> text                  message
//! 2005-01-08T23:35:02  * mira waves                 action
//! 2005-01-08T23:36:10  *** oskar has joined #kettle system line
//! ```
//!
//! Every non-blank line becomes exactly one entry whose `line` is its line number, so that
//! reply annotations given by line number map onto entries. A system line's author is the
//! first word of what it says (the nick it is about: the one who joined, quit or changed
//! nick), which the reply model uses to notice greetings to newcomers. A line that fits
//! none of these shapes is kept as a system line with an empty author and reported once in
//! `problems`. `time_text` is the stamp as written; `time` is set when the log tells the
//! date (WeeChat, Limnoria, irssi after `Log opened` or `Day changed`).

use super::Format;
use crate::model::{Archive, Entry, Interner, Kind, Links, Post, Problem, Stamp};
use crate::parse::date::parse_date;
use crate::parse::detect::head;
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct Irc;

/// The loggers whose layouts are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Bracketed,
    Irssi,
    WeeChat,
    Limnoria,
}

const VARIANTS: [Variant; 4] = [
    Variant::Bracketed,
    Variant::Irssi,
    Variant::WeeChat,
    Variant::Limnoria,
];

impl Irc {
    /// The variant whose messages the opening lines hold most (the first on a tie).
    pub fn variant(head: &[Line]) -> (Variant, usize) {
        VARIANTS
            .iter()
            .map(|&v| (v, said_count(v, head)))
            .rev()
            .max_by_key(|&(_, n)| n)
            .unwrap_or((Variant::Bracketed, 0))
    }
}

fn said_count(variant: Variant, head: &[Line]) -> usize {
    head.iter()
        .filter(|l| matches!(classify(variant, l.text), Shape::Said { .. }))
        .count()
}

impl Format for Irc {
    fn name(&self) -> &'static str {
        "irc"
    }

    /// The messages of the opening's variant, provided log lines make up at least half of
    /// its non-blank lines: a log is wall-to-wall log lines, an essay quoting two is not.
    fn score(&self, head: &[Line]) -> usize {
        let (variant, said) = Irc::variant(head);
        let mut filled = 0;
        let mut logged = 0;
        for l in head.iter().filter(|l| !l.is_blank()) {
            filled += 1;
            logged += usize::from(classify(variant, l.text) != Shape::Unknown);
        }
        if logged * 2 < filled {
            0
        } else {
            said
        }
    }

    fn min_score(&self) -> usize {
        2
    }

    fn parse(&self, _text: &str, lines: &[Line], _options: &ParseOptions) -> Archive {
        let (variant, _) = Irc::variant(head(lines));
        let mut entries = Vec::with_capacity(lines.len());
        let mut strange: Vec<usize> = Vec::new();
        // Nicks and clock times repeat on every line: each is kept once.
        let mut shared = Interner::default();
        // irssi writes the date only when a log opens or a day changes.
        let mut day: Option<Stamp> = None;
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let (kind, author, time_text, time, body) = match classify(variant, line.text) {
                Shape::Said { time, nick, body } => {
                    let stamp = stamp_of(variant, time, day);
                    (Kind::Message, nick, Some(time), stamp, body)
                }
                Shape::System { time, about, body } => {
                    let stamp = time.and_then(|t| stamp_of(variant, t, day));
                    (Kind::System, about, time, stamp, body)
                }
                Shape::Day { date, body } => {
                    day = parse_date(date).or(day);
                    (Kind::System, "", None, None, body)
                }
                Shape::Unknown => {
                    strange.push(line.no);
                    (Kind::System, "", None, None, line.text.trim())
                }
            };
            entries.push(Entry {
                id: entries.len(),
                author: shared.get(author),
                time,
                time_text: time_text.map(|t| shared.get(t)),
                kind,
                line: line.no,
                span: [line.start, line.end],
                body: body.into(),
                links: Links::default(),
                approximate: false,
            });
        }
        let mut problems = Vec::new();
        if let Some(first) = strange.first() {
            problems.push(Problem::NotIrc {
                count: strange.len(),
                line: first + 1,
            });
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

/// The moment a message's stamp names, when the log tells its date.
fn stamp_of(variant: Variant, time: &str, day: Option<Stamp>) -> Option<Stamp> {
    match variant {
        // The Ubuntu logs carry no date (nor does the corpus the reply model is scored on).
        Variant::Bracketed => None,
        Variant::Irssi => {
            let day = day?;
            let (h, m, s) = clock(time)?;
            Stamp::new(day.year, day.month, day.day, h, m, s)
        }
        Variant::WeeChat | Variant::Limnoria => iso(time),
    }
}

/// What one log line is.
#[derive(Debug, PartialEq)]
enum Shape<'a> {
    /// A message, an action or a notice: someone wrote `body` at `time`.
    Said {
        time: &'a str,
        nick: &'a str,
        body: &'a str,
    },
    /// Written by the logger, at `time` when the line is stamped; `about` is the nick it
    /// names first.
    System {
        time: Option<&'a str>,
        about: &'a str,
        body: &'a str,
    },
    /// irssi's `--- Log opened <date>` or `--- Day changed <date>`.
    Day {
        date: &'a str,
        body: &'a str,
    },
    Unknown,
}

fn classify(variant: Variant, text: &str) -> Shape<'_> {
    match variant {
        Variant::Bracketed => bracketed(text),
        Variant::Irssi => irssi(text),
        Variant::WeeChat => weechat(text),
        Variant::Limnoria => limnoria(text),
    }
}

/// A logger's line, with the stamp it carries (the Ubuntu logs' `===` lines have none):
/// joins and quits keep their time like messages do.
fn system<'a>(time: Option<&'a str>, body: &'a str) -> Shape<'a> {
    let body = body.trim();
    let about = body.split_whitespace().next().unwrap_or("");
    Shape::System { time, about, body }
}

fn said<'a>(time: &'a str, found: Option<(&'a str, &'a str)>) -> Shape<'a> {
    match found {
        Some((nick, body)) if !nick.is_empty() => Shape::Said { time, nick, body },
        _ => Shape::Unknown,
    }
}

/// `[HH:MM] <nick> text` and `=== system`.
fn bracketed(text: &str) -> Shape<'_> {
    if let Some(rest) = text.strip_prefix("===") {
        return system(None, rest);
    }
    let Some(inner) = text.strip_prefix('[') else {
        return Shape::Unknown;
    };
    let Some(len) = clock_len(inner) else {
        return Shape::Unknown;
    };
    match inner[len..].strip_prefix("] ") {
        Some(rest) => said(
            &inner[..len],
            said_by(rest).map(|(n, b)| (plain_nick(n), b)),
        ),
        None => Shape::Unknown,
    }
}

/// `HH:MM <nick> text`, `HH:MM -!- system`, `--- Day changed …`.
fn irssi(text: &str) -> Shape<'_> {
    if let Some(rest) = text.strip_prefix("--- ") {
        let date = ["Log opened ", "Day changed "]
            .iter()
            .find_map(|p| rest.strip_prefix(p));
        return match date {
            Some(date) => Shape::Day {
                date,
                body: rest.trim(),
            },
            None => Shape::System {
                time: None,
                about: "",
                body: rest.trim(),
            },
        };
    }
    let Some(len) = clock_len(text) else {
        return Shape::Unknown;
    };
    let Some(rest) = text[len..].strip_prefix(' ') else {
        return Shape::Unknown;
    };
    if let Some(body) = rest.strip_prefix("-!- ") {
        return system(Some(&text[..len]), body);
    }
    said(&text[..len], said_by(rest).map(|(n, b)| (plain_nick(n), b)))
}

/// `YYYY-MM-DD HH:MM:SS<TAB>prefix<TAB>message`.
fn weechat(text: &str) -> Shape<'_> {
    let mut fields = text.splitn(3, '\t');
    let (Some(time), Some(prefix), Some(message)) = (fields.next(), fields.next(), fields.next())
    else {
        return Shape::Unknown;
    };
    if iso_shaped(time, b' ').is_none() {
        return Shape::Unknown;
    }
    match prefix.trim() {
        "*" => said(time, Some(message.split_once(' ').unwrap_or((message, "")))),
        "-->" | "<--" | "--" | "=!=" | "" => system(Some(time), message),
        nick => said(time, Some((plain_nick(nick), message))),
    }
}

/// `YYYY-MM-DDTHH:MM:SS  <nick> text`, `…  *** system`.
fn limnoria(text: &str) -> Shape<'_> {
    let Some(time) = text.get(..19).filter(|t| iso_shaped(t, b'T').is_some()) else {
        return Shape::Unknown;
    };
    let rest = text[19..].trim_start_matches(' ');
    if rest.len() + 19 == text.len() {
        return Shape::Unknown;
    }
    if let Some(body) = rest.strip_prefix("*** ") {
        return system(Some(time), body);
    }
    if let Some(action) = rest.strip_prefix("* ") {
        return said(time, Some(action.split_once(' ').unwrap_or((action, ""))));
    }
    said(time, said_by(rest))
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
    // ` * nick waves`, or with one space where a log squeezed them (`* nick waves`).
    if let Some(action) = rest.strip_prefix(" * ").or_else(|| rest.strip_prefix("* ")) {
        return Some(action.split_once(' ').unwrap_or((action, "")));
    }
    if let Some(notice) = rest.strip_prefix('-') {
        // `-nick- body`, `-nick:#channel- body` or irssi's `-nick(~user@host)- body`.
        let (from, body) = notice.split_once("- ")?;
        let nick = from.split([':', '(']).next().unwrap_or(from);
        return Some((nick, body));
    }
    None
}

/// Loggers show channel modes before nicks (`@op`, `+voiced`, `< plain>`); no nick starts
/// with these signs, so they are never part of the name.
fn plain_nick(nick: &str) -> &str {
    nick.trim_start_matches(['@', '+', '%', '~', '&', '!', ' '])
}

/// Length of `HH:MM` or `HH:MM:SS` at the start of `s`.
fn clock_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let pair = |at: usize| {
        b.get(at..at + 2)
            .is_some_and(|p| p.iter().all(u8::is_ascii_digit))
    };
    if !(pair(0) && b.get(2) == Some(&b':') && pair(3)) {
        return None;
    }
    Some(if b.get(5) == Some(&b':') && pair(6) {
        8
    } else {
        5
    })
}

/// `HH:MM[:SS]` → its numbers.
fn clock(s: &str) -> Option<(u8, u8, u8)> {
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u8>().ok();
    let second = if s.len() == 8 { n(6..8)? } else { 0 };
    Some((n(0..2)?, n(3..5)?, second))
}

/// `YYYY-MM-DD?HH:MM:SS` with `sep` between date and time → its numbers, unchecked.
fn iso_shaped(s: &str, sep: u8) -> Option<[u16; 6]> {
    let b = s.as_bytes();
    let shaped = b.len() == 19
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == sep,
            13 | 16 => c == b':',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return None;
    }
    let n = |at: usize, len: usize| {
        b[at..at + len]
            .iter()
            .fold(0u16, |v, c| v * 10 + u16::from(c - b'0'))
    };
    Some([n(0, 4), n(5, 2), n(8, 2), n(11, 2), n(14, 2), n(17, 2)])
}

/// A WeeChat or Limnoria stamp as a `Stamp`.
fn iso(s: &str) -> Option<Stamp> {
    let [y, mo, d, h, mi, sec] = iso_shaped(s, s.as_bytes().get(10).copied()?)?;
    let small = |v: u16| u8::try_from(v).ok();
    Stamp::new(y, small(mo)?, small(d)?, small(h)?, small(mi)?, small(sec)?)
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
        let c = |t| classify(Variant::Bracketed, t);
        assert_eq!(
            c("[09:57] <rww> KazaLite: elaborate?"),
            said("09:57", "rww", "KazaLite: elaborate?")
        );
        assert_eq!(
            c("[10:03]  * KazaLite felt embarrassed"),
            said("10:03", "KazaLite", "felt embarrassed")
        );
        assert_eq!(c("[10:03]  * KazaLite"), said("10:03", "KazaLite", ""));
        assert_eq!(c("[10:04] <exon>"), said("10:04", "exon", ""));
        assert_eq!(
            c("[05:12] -bot:#ubuntu- hello all"),
            said("05:12", "bot", "hello all")
        );
        assert_eq!(c("[05:12] -bot- hi"), said("05:12", "bot", "hi"));
        assert_eq!(
            c("[01:02] <a>  two spaces kept"),
            said("01:02", "a", " two spaces kept")
        );
        assert_eq!(
            c("[01:02:03] <a> seconds"),
            said("01:02:03", "a", "seconds")
        );
        assert_eq!(c("[12:05] <@op> hi"), said("12:05", "op", "hi"));
        assert_eq!(c("[12:05] <+voiced> hi"), said("12:05", "voiced", "hi"));
        assert_eq!(c("[12:07] * nick waves"), said("12:07", "nick", "waves"));
    }

    #[test]
    fn system_lines_name_their_nick() {
        assert_eq!(
            classify(Variant::Bracketed, "=== degritz0r is now known as degrit"),
            Shape::System {
                time: None,
                about: "degritz0r",
                body: "degritz0r is now known as degrit"
            }
        );
        assert_eq!(
            classify(Variant::Bracketed, "==="),
            Shape::System {
                time: None,
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
            "12:34",
            "12:34 <x",
            "2010-09-16 12:05:33\tmira",
            "2010-09-16T12:05:33",
            "2010-09-16T12:05:33<x> y",
            "2010-09-16X12:05:33  <x> y",
            "2010-09-16 12:05:33 <x> y",
            "été 2010-09-16T12:05:33  <x> y",
        ] {
            for v in VARIANTS {
                assert!(
                    !matches!(classify(v, text), Shape::Said { .. }),
                    "{v:?} took {text:?} as a message"
                );
            }
        }
    }

    #[test]
    fn irssi_lines() {
        let c = |t| classify(Variant::Irssi, t);
        assert_eq!(c("12:05 <@mira> hi"), said("12:05", "mira", "hi"));
        assert_eq!(c("12:05 < mira> hi"), said("12:05", "mira", "hi"));
        assert_eq!(c("12:05:09 <+mira> hi"), said("12:05:09", "mira", "hi"));
        assert_eq!(c("12:05  * mira waves"), said("12:05", "mira", "waves"));
        assert_eq!(
            c("12:05 -nick(~n@host)- psst"),
            said("12:05", "nick", "psst")
        );
        assert_eq!(
            c("12:06 -!- oskar [~o@host] has joined #kettle"),
            Shape::System {
                time: Some("12:06"),
                about: "oskar",
                body: "oskar [~o@host] has joined #kettle"
            }
        );
        assert_eq!(
            c("--- Day changed Fri Sep 17 2010"),
            Shape::Day {
                date: "Fri Sep 17 2010",
                body: "Day changed Fri Sep 17 2010"
            }
        );
        // The Ubuntu layout is not irssi's, and the reverse.
        assert_eq!(c("[12:05] <mira> hi"), Shape::Unknown);
        assert_eq!(
            classify(Variant::Bracketed, "12:05 <mira> hi"),
            Shape::Unknown
        );
    }

    #[test]
    fn weechat_and_limnoria_lines() {
        let w = |t| classify(Variant::WeeChat, t);
        assert_eq!(
            w("2010-09-16 12:05:33\t@mira\thi\tthere"),
            said("2010-09-16 12:05:33", "mira", "hi\tthere")
        );
        assert_eq!(
            w("2010-09-16 12:05:40\t *\tmira waves"),
            said("2010-09-16 12:05:40", "mira", "waves")
        );
        assert_eq!(
            w("2010-09-16 12:06:01\t-->\toskar (~o@host) has joined #kettle"),
            Shape::System {
                time: Some("2010-09-16 12:06:01"),
                about: "oskar",
                body: "oskar (~o@host) has joined #kettle"
            }
        );
        let l = |t| classify(Variant::Limnoria, t);
        assert_eq!(
            l("2005-01-08T23:34:46  <mira> hi"),
            said("2005-01-08T23:34:46", "mira", "hi")
        );
        assert_eq!(
            l("2005-01-08T23:35:02  * mira waves"),
            said("2005-01-08T23:35:02", "mira", "waves")
        );
        assert_eq!(
            l("2005-01-08T23:36:10  *** oskar has joined #kettle"),
            Shape::System {
                time: Some("2005-01-08T23:36:10"),
                about: "oskar",
                body: "oskar has joined #kettle"
            }
        );
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
                    &*e.body,
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
        assert!(a
            .entries
            .iter()
            .enumerate()
            .all(|(i, e)| e.id == i && e.time.is_none()));
        assert_eq!(a.problems.len(), 1, "{:?}", a.problems);
        assert!(a.problems[0].to_string().contains("line 5"));
    }

    #[test]
    fn irssi_dates_come_from_log_and_day_lines() {
        let text = "12:00 <a> before any date\n--- Log opened Thu Sep 16 23:58:00 2010\n\
                    23:59 <a> late\n--- Day changed Fri Sep 17 2010\n00:01 <b> early\n";
        let a = Irc.parse(text, &split(text), &ParseOptions::default());
        let times: Vec<Option<String>> = a
            .entries
            .iter()
            .map(|e| e.time.map(|t| t.to_string()))
            .collect();
        assert_eq!(
            times,
            [
                None,
                None,
                Some("2010-09-16T23:59:00".into()),
                None,
                Some("2010-09-17T00:01:00".into())
            ]
        );
    }

    #[test]
    fn system_lines_keep_their_time() {
        let times = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            let a = Irc.parse(text, &split(text), &ParseOptions::default());
            a.entries
                .iter()
                .map(|e| {
                    (
                        e.time_text.as_ref().map(|t| t.to_string()),
                        e.time.map(|t| t.to_string()),
                    )
                })
                .collect()
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            times("2005-01-08T23:34:46  <a> hi\n2005-01-08T23:34:49  *** bob has quit\n")[1],
            (some("2005-01-08T23:34:49"), some("2005-01-08T23:34:49"))
        );
        assert_eq!(
            times("2010-09-16 12:05:33\ta\thi\n2010-09-16 12:06:01\t-->\tbob has joined\n")[1],
            (some("2010-09-16 12:06:01"), some("2010-09-16T12:06:01"))
        );
        let irssi =
            "--- Log opened Thu Sep 16 12:00:00 2010\n12:05 <a> hi\n12:07 -!- bob has quit\n";
        assert_eq!(
            times(irssi)[2],
            (some("12:07"), some("2010-09-16T12:07:00"))
        );
    }

    #[test]
    fn the_variant_is_the_one_the_opening_holds_most() {
        let v = |t: &str| Irc::variant(&split(t));
        assert_eq!(
            v("=== x\n[10:00] <a> hi\n[10:01]  * b waves\nnope\n[10:02] <c> yo\n"),
            (Variant::Bracketed, 3)
        );
        assert_eq!(v("10:00 <a> hi\n10:01 <b> yo\n"), (Variant::Irssi, 2));
        assert_eq!(v("2010-09-16 10:00:00\ta\thi\n"), (Variant::WeeChat, 1));
        assert_eq!(v("2010-09-16T10:00:00  <a> hi\n"), (Variant::Limnoria, 1));
        assert_eq!(Irc.score(&split("greg @ 2010-09-16 10:59:58\n")), 0);
    }
}
