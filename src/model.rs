//! The parsed discussion: plain data, serialisable to the stable JSON that the CLI prints
//! and the app exports.
//!
//! Every entry keeps the byte span and line it came from, so a view can always point back
//! into the dump the user dropped.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A whole dump, parsed. Parsing never fails: what could not be understood is described
/// in `problems` and the rest is still returned.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Archive {
    /// Name of the format that parsed the dump (`at_stamp`, `wordpress`, `plain`, …).
    pub format: String,
    pub post: Post,
    pub entries: Vec<Entry>,
    /// Human-readable notes on what was odd or dropped, for the UI's notice list.
    pub problems: Vec<String>,
    /// The comment count the dump declares about itself ("12 comments"), when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_count: Option<usize>,
}

impl Archive {
    /// The JSON the CLI prints and the app downloads (`pretty` indents it).
    pub fn to_json(&self, pretty: bool) -> String {
        let json = if pretty {
            serde_json::to_string_pretty(self)
        } else {
            serde_json::to_string(self)
        };
        // Plain data with string keys: serialisation cannot fail.
        json.unwrap_or_default()
    }
}

/// The discussed text: what comes before the first entry.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Post {
    pub title: Option<String>,
    pub author: Option<String>,
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Index in `Archive::entries`: dump order.
    pub id: usize,
    pub author: String,
    pub time: Option<Stamp>,
    /// The date exactly as the dump wrote it.
    pub time_text: Option<String>,
    pub kind: Kind,
    /// 0-based line of the entry's header in the decoded text.
    pub line: usize,
    /// Byte range `[start, end)` of the whole entry (header and body) in the decoded text.
    pub span: [usize; 2],
    /// Ids of the earlier entries this one answers (filled by reply inference).
    pub parents: Vec<usize>,
    /// The body as written, without its header; lines separated by `\n`.
    pub body: String,
    /// Why this entry answers each of its parents: one link per parent, same order.
    #[serde(default)]
    pub links: Vec<Link>,
    /// `time` is an estimate: the dump wrote a relative date ("7 years ago"), counted back
    /// from a reference date. Absent from the JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
}

/// "This entry answers entry `to`", with the evidence a reader would point at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Id of an earlier entry.
    pub to: usize,
    /// What gave it away, as the UI's "why?" shows it: `@Lucile`, `quote`, `RT`,
    /// `same author`, `nick:`…
    pub evidence: String,
    /// 0–1: how sure the inference is (an explicit `@name` is near 1, a bare first
    /// name much lower).
    pub confidence: f32,
    pub cue: Cue,
}

/// The kind of evidence behind a [`Link`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cue {
    /// `@name` anywhere in a comment.
    Mention,
    /// `nick: …` or `nick, …` opening a chat line.
    Address,
    /// A quoted sentence found in the earlier entry.
    Quote,
    /// `RT @handle: text` repeating the earlier entry.
    Echo,
    /// The addressee answering back soon after, without naming anyone.
    AnswersBack,
    /// The same author correcting or continuing themselves.
    SameAuthor,
    /// A plain first name (`d'accord avec Sandrine`): weak.
    Name,
    /// A chat message attached by the statistical model from its context (time, turn-taking).
    Context,
    /// The dump says so itself (Disqus's `↪ Name`, Telegram's `[In reply to Name]`, Hacker
    /// News's indentation links): set by the parser, kept by reply inference.
    Stated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Comment,
    Pingback,
    /// A tweet or share that repeats the post or an earlier entry (`RT @x: …`).
    Echo,
    /// A chat or IRC message.
    Message,
    /// A line written by the chat software itself (joins, topic changes).
    System,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Comment => "comment",
            Kind::Pingback => "pingback",
            Kind::Echo => "echo",
            Kind::Message => "message",
            Kind::System => "system",
        }
    }
}

/// A local date and time as written in the dump: no time zone is assumed or applied.
/// Field order makes the derived `Ord` chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Stamp {
    /// A valid stamp, or `None` for impossible dates (month 13, 31 April, 25:00…).
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then_some(Stamp {
            year,
            month,
            day,
            hour,
            minute,
            second,
        })
    }

    /// Seconds since 1970-01-01T00:00:00 (as if UTC: stamps carry no zone), for
    /// measuring the time between two entries.
    pub fn seconds(&self) -> i64 {
        let days = days_from_civil(i64::from(self.year), self.month, self.day);
        days * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }

    /// The stamp `seconds` after 1970-01-01T00:00:00, when its year fits a `Stamp`.
    pub fn from_seconds(seconds: i64) -> Option<Self> {
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let time = seconds.rem_euclid(86_400);
        Stamp::new(
            u16::try_from(year).ok()?,
            month,
            day,
            (time / 3600) as u8,
            (time / 60 % 60) as u8,
            (time % 60) as u8,
        )
    }

    /// Parses the JSON form `YYYY-MM-DDTHH:MM:SS`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' {
            return None;
        }
        if b[13] != b':' || b[16] != b':' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u16>().ok();
        Stamp::new(
            num(0..4)?,
            num(5..7)? as u8,
            num(8..10)? as u8,
            num(11..13)? as u8,
            num(14..16)? as u8,
            num(17..19)? as u8,
        )
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01: `(year, month, day)`.
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

impl Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Stamp::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("not a YYYY-MM-DDTHH:MM:SS date: {text}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_round_trips_through_its_json_form() {
        let s = Stamp::new(2010, 9, 16, 10, 59, 58).unwrap();
        assert_eq!(s.to_string(), "2010-09-16T10:59:58");
        assert_eq!(Stamp::parse_iso("2010-09-16T10:59:58"), Some(s));
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(Stamp::new(2010, 2, 29, 0, 0, 0), None);
        assert!(Stamp::new(2012, 2, 29, 0, 0, 0).is_some());
        assert_eq!(Stamp::new(2010, 4, 31, 0, 0, 0), None);
        assert_eq!(Stamp::new(2010, 13, 1, 0, 0, 0), None);
        assert_eq!(Stamp::new(2010, 1, 1, 24, 0, 0), None);
        assert_eq!(Stamp::parse_iso("2010-09-16 10:59:58"), None);
    }

    #[test]
    fn seconds_count_from_the_epoch() {
        assert_eq!(Stamp::new(1970, 1, 1, 0, 0, 0).unwrap().seconds(), 0);
        assert_eq!(
            Stamp::new(2000, 3, 1, 0, 0, 1).unwrap().seconds(),
            951_868_801
        );
        let a = Stamp::new(2012, 2, 28, 23, 0, 0).unwrap();
        let b = Stamp::new(2012, 3, 1, 1, 0, 0).unwrap();
        assert_eq!(b.seconds() - a.seconds(), 26 * 3600, "2012 is a leap year");
    }

    #[test]
    fn seconds_round_trip() {
        for s in [
            Stamp::new(2010, 9, 16, 10, 59, 58),
            Stamp::new(2012, 2, 29, 23, 59, 59),
        ] {
            let s = s.unwrap();
            assert_eq!(Stamp::from_seconds(s.seconds()), Some(s));
        }
        assert_eq!(
            Stamp::from_seconds(-1),
            Stamp::new(1969, 12, 31, 23, 59, 59)
        );
    }

    #[test]
    fn stamps_order_chronologically() {
        let a = Stamp::new(2010, 9, 16, 23, 59, 59).unwrap();
        let b = Stamp::new(2010, 10, 1, 0, 0, 0).unwrap();
        assert!(a < b);
    }
}
