//! The parsed discussion: plain data, serialisable to the stable JSON that the CLI prints
//! and the app exports.
//!
//! Every entry keeps the byte span and line it came from, so a view can always point back
//! into the dump the user dropped.

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A whole dump, parsed. Parsing never fails: what could not be understood is described
/// in `problems` and the rest is still returned.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Archive {
    /// Name of the format that parsed the dump (`at_stamp`, `wordpress`, `plain`, …).
    pub format: String,
    pub post: Post,
    pub entries: Vec<Entry>,
    /// What was odd or dropped, for the UI's notice list: data the app words in the
    /// reader's language, English sentences in the JSON.
    pub problems: Vec<Problem>,
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

/// Something odd the parser met, or a part of the dump it left out.
///
/// Kept as data rather than a sentence so that the app can word it in the reader's
/// language (`app::i18n`); `Display` is the English sentence, which is what the JSON
/// carries (the stable schema is `"problems": [string]`). Line numbers are 1-based, as a
/// reader counts them in an editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Words written elsewhere: a JSON read back (its sentences are not parsed again), how
    /// the CLI decoded the file.
    Text(String),
    /// No format recognised the text: it is shown as a single post.
    Unrecognised,
    /// The text is empty or only white space.
    Empty,
    /// No known layout, but `headers` recurring "name and date" lines, the first on `line`
    /// (`text`), were taken as entry headers.
    GuessedLayout {
        headers: usize,
        line: usize,
        text: String,
    },
    /// The page announces a comment count that is not what was found.
    CountMismatch { declared: usize, found: usize },
    /// The date `text` (as written) on `line` could not be read.
    UnreadableDate { line: usize, text: String },
    /// `count` chat stamps name no real moment (`31.09.10`); the first is on `line`.
    UnreadableStamps { count: usize, line: usize },
    /// `count` dates are relative (such as `example`), counted back from `anchor`, or left
    /// undated without one.
    RelativeDates {
        count: usize,
        example: String,
        anchor: Option<Stamp>,
    },
    /// Nothing told whether all-number dates (such as `example`) put the day or the month
    /// first; they were read month first, or else day first.
    DateOrder { example: String, month_first: bool },
    /// `lines` lines of site header above the post's title were left out.
    SiteHeader { lines: usize },
    /// Lines `from`–`to`, the comment form and what follows it, were left out.
    CommentForm { from: usize, to: usize },
    /// Lines `from`–`to` look like the site's footer and were left out.
    Footer { from: usize, to: usize },
    /// `count` lines of an IRC log are not messages (the first on `line`): shown as system
    /// lines.
    NotIrc { count: usize, line: usize },
    /// `count` Hacker News comments could not be placed from their links.
    Unplaced { count: usize },
    /// `count` comments answer someone with no earlier comment (the first on `line`).
    Orphans { count: usize, line: usize },
}

impl fmt::Display for Problem {
    /// The English sentence, exactly as the JSON has always said it ("(s)" plurals
    /// included: fixtures and scripts reading the JSON compare these words).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Text(text) => f.write_str(text),
            Problem::Unrecognised => f.write_str(
                "No comments or messages were recognised in this text: it is shown as a single \
                 post. Supported layouts are listed in the README.",
            ),
            Problem::Empty => f.write_str("This text is empty or only white space."),
            Problem::GuessedLayout {
                headers,
                line,
                text,
            } => write!(
                f,
                "The layout of this text was not recognised: {headers} lines that look like a \
                 name and a date (such as line {line}, “{text}”) were taken as the start of \
                 entries. Check the result."
            ),
            Problem::CountMismatch { declared, found } => write!(
                f,
                "The page announces {declared} comments but {found} were found."
            ),
            Problem::UnreadableDate { line, text } => {
                write!(f, "Line {line}: the date “{text}” could not be read.")
            }
            Problem::UnreadableStamps { count, line } => write!(
                f,
                "{count} date(s) could not be read (the first is on line {line})."
            ),
            Problem::RelativeDates {
                count,
                example,
                anchor: None,
            } => write!(
                f,
                "{count} date(s) are relative (such as “{example}”) and no reference date was \
                 given: those entries are left undated."
            ),
            Problem::RelativeDates {
                count,
                example,
                anchor: Some(anchor),
            } => write!(
                f,
                "{count} date(s) are relative (such as “{example}”): they were counted back \
                 from {anchor} and are approximate."
            ),
            Problem::DateOrder {
                example,
                month_first,
            } => {
                let read = if *month_first {
                    "month first"
                } else {
                    "day first"
                };
                write!(
                    f,
                    "Nothing in the file tells whether dates such as “{example}” put the day or \
                     the month first: they were read {read}."
                )
            }
            Problem::SiteHeader { lines } => write!(
                f,
                "{lines} line(s) of site header above the title were left out."
            ),
            Problem::CommentForm { from, to } => write!(
                f,
                "Lines {from}–{to} (the comment form and what follows) were left out."
            ),
            Problem::Footer { from, to } => write!(
                f,
                "Lines {from}–{to} look like the site's footer and were left out."
            ),
            Problem::NotIrc { count, line } => write!(
                f,
                "{count} line(s) do not look like IRC messages (the first is line {line}); they \
                 are shown as system lines."
            ),
            Problem::Unplaced { count } => write!(
                f,
                "{count} comment(s) could not be placed in the thread from their links (the \
                 copy may be partial); their replies are guessed."
            ),
            Problem::Orphans { count, line } => write!(
                f,
                "{count} comment(s) answer someone with no earlier comment here (the first is \
                 on line {line}): the copy may be partial."
            ),
        }
    }
}

impl Problem {
    /// One of each kind of problem, for tests that must cover them all (wording in each
    /// language, the wire form). A new variant goes here too: `wire`'s tests fail on a
    /// tag no sample uses.
    #[cfg(test)]
    pub(crate) fn samples() -> Vec<Problem> {
        let anchor = Stamp::new(2026, 1, 1, 0, 0, 0);
        vec![
            Problem::Text("This file is UTF-16 text.".into()),
            Problem::Unrecognised,
            Problem::Empty,
            Problem::GuessedLayout {
                headers: 4,
                line: 4,
                text: "Amelie Roux | 16/09/2010 12:05".into(),
            },
            Problem::CountMismatch {
                declared: 3,
                found: 2,
            },
            Problem::UnreadableDate {
                line: 17,
                text: "16 Septober 2010 at 12:05 pm".into(),
            },
            Problem::UnreadableStamps { count: 2, line: 9 },
            Problem::RelativeDates {
                count: 3,
                example: "7 years ago".into(),
                anchor: None,
            },
            Problem::RelativeDates {
                count: 6,
                example: "il y a 3 jours".into(),
                anchor,
            },
            Problem::DateOrder {
                example: "7/11/17, 8:20:41 PM".into(),
                month_first: true,
            },
            Problem::DateOrder {
                example: "03/04/2017, 10:00".into(),
                month_first: false,
            },
            Problem::SiteHeader { lines: 2 },
            Problem::CommentForm { from: 20, to: 21 },
            Problem::Footer {
                from: 1093,
                to: 1094,
            },
            Problem::NotIrc { count: 1, line: 5 },
            Problem::Unplaced { count: 2 },
            Problem::Orphans { count: 1, line: 34 },
        ]
    }
}

// The JSON keeps its schema: a problem is its English sentence. Read back, a sentence
// stays words (`Text`): nothing downstream needs it as data again.
impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Problem::Text)
    }
}

impl From<String> for Problem {
    fn from(text: String) -> Self {
        Problem::Text(text)
    }
}

/// The discussed text: what comes before the first entry.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Post {
    pub title: Option<String>,
    pub author: Option<String>,
    pub body: Option<String>,
}

/// Serialised by hand, to write the `parents` the JSON has always carried; read back,
/// `parents` is ignored (the links say it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entry {
    /// Index in `Archive::entries`: dump order.
    pub id: usize,
    pub author: Shared,
    pub time: Option<Stamp>,
    /// The date exactly as the dump wrote it.
    pub time_text: Option<Shared>,
    pub kind: Kind,
    /// 0-based line of the entry's header in the decoded text.
    pub line: usize,
    /// Byte range `[start, end)` of the whole entry (header and body) in the decoded text.
    pub span: [usize; 2],
    /// The body as written, without its header; lines separated by `\n`.
    pub body: Box<str>,
    /// The earlier entries this one answers (filled by reply inference), and why.
    #[serde(default)]
    pub links: Links,
    /// `time` is an estimate: the dump wrote a relative date ("7 years ago"), counted back
    /// from a reference date. Absent from the JSON when false.
    #[serde(default)]
    pub approximate: bool,
}

impl Entry {
    /// Ids of the earlier entries this one answers, in the order of its links. Not a
    /// list of its own: a million-entry dump's page kept 40 MB of copies of the links'
    /// `to`, which also had to be kept equal to them.
    pub fn parents(&self) -> impl ExactSizeIterator<Item = usize> + Clone + '_ {
        self.links.iter().map(|l| l.to)
    }
}

impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Parents<'a>(&'a Entry);
        impl Serialize for Parents<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.parents())
            }
        }
        let mut e = s.serialize_struct("Entry", 10 + usize::from(self.approximate))?;
        e.serialize_field("id", &self.id)?;
        e.serialize_field("author", &self.author)?;
        e.serialize_field("time", &self.time)?;
        e.serialize_field("time_text", &self.time_text)?;
        e.serialize_field("kind", &self.kind)?;
        e.serialize_field("line", &self.line)?;
        e.serialize_field("span", &self.span)?;
        e.serialize_field("parents", &Parents(self))?;
        e.serialize_field("body", &self.body)?;
        e.serialize_field("links", &self.links)?;
        // Absent from the JSON when false.
        if self.approximate {
            e.serialize_field("approximate", &true)?;
        }
        e.end()
    }
}

/// An entry's links: most entries have none or one, which is held in place. With a list
/// on the heap for each one-link entry, and `Shared` as a fat pointer, a 100 MB IRC
/// log's page held 334 MB of wasm memory; without, 295 MB. Reads as a slice; a push
/// copies the links, which only tests and parsers stating a link do, a link at a time.
#[derive(Clone, Default)]
pub struct Links(Held);

#[derive(Clone)]
enum Held {
    One(Link),
    /// None, or more than one.
    Many(Box<[Link]>),
}

impl Default for Held {
    fn default() -> Self {
        Held::Many(Box::default())
    }
}

impl Links {
    pub fn push(&mut self, link: Link) {
        let mut all = std::mem::take(self).into_vec();
        all.push(link);
        *self = all.into();
    }

    pub fn clear(&mut self) {
        *self = Links::default();
    }

    pub fn into_vec(self) -> Vec<Link> {
        match self.0 {
            Held::One(link) => vec![link],
            Held::Many(links) => links.into_vec(),
        }
    }
}

impl Deref for Links {
    type Target = [Link];
    fn deref(&self) -> &[Link] {
        match &self.0 {
            Held::One(link) => std::slice::from_ref(link),
            Held::Many(links) => links,
        }
    }
}

/// Equal when they hold the same links, however they hold them.
impl PartialEq for Links {
    fn eq(&self, other: &Links) -> bool {
        self[..] == other[..]
    }
}

impl From<Link> for Links {
    fn from(link: Link) -> Self {
        Links(Held::One(link))
    }
}

impl From<Vec<Link>> for Links {
    fn from(links: Vec<Link>) -> Self {
        Links(match <[Link; 1]>::try_from(links) {
            Ok([one]) => Held::One(one),
            Err(links) => Held::Many(links.into_boxed_slice()),
        })
    }
}

impl FromIterator<Link> for Links {
    /// None or one link makes no list on the way.
    fn from_iter<I: IntoIterator<Item = Link>>(links: I) -> Self {
        let mut links = links.into_iter();
        let Some(first) = links.next() else {
            return Links::default();
        };
        match links.next() {
            None => first.into(),
            Some(second) => {
                let mut all = vec![first, second];
                all.extend(links);
                all.into()
            }
        }
    }
}

impl Extend<Link> for Links {
    fn extend<I: IntoIterator<Item = Link>>(&mut self, more: I) {
        let mut all = std::mem::take(self).into_vec();
        all.extend(more);
        *self = all.into();
    }
}

impl<'a> IntoIterator for &'a Links {
    type Item = &'a Link;
    type IntoIter = std::slice::Iter<'a, Link>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl fmt::Debug for Links {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Links {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Links {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Link>::deserialize(d).map(Links::from)
    }
}

// What a large dump costs the page is mostly its entries: a field more, or a list moved
// to the heap, shows here before it shows in the browser's memory.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(std::mem::size_of::<Entry>() == 60);

/// "This entry answers entry `to`", with the evidence a reader would point at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Id of an earlier entry.
    pub to: usize,
    /// What gave it away, as the UI's "why?" shows it: `@Lucile`, `quote`, `RT`,
    /// `same author`, `nick:`…
    pub evidence: Shared,
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

/// Text that many entries may hold alike (an author's name, a chat stamp as written, a
/// link's evidence), shared rather than copied. A 100 MB chat log has 1.8 million
/// messages but a few hundred authors, 1,440 minutes and 900 kinds of evidence: an own
/// `String` each had the page keep five million small allocations. Whoever builds the
/// entries decides what is shared ([`Interner`]); a `Shared` reads as a `str` and is a
/// plain string in the JSON. An `Arc`, not an `Rc`, so that the CLI threads a long chat
/// log's segments on several threads over the same entries (in wasm, which has no
/// threads here, its counts are plain additions). A thin pointer to a boxed text rather
/// than an `Arc<str>`, which carries its length beside the pointer: one word where
/// entries and links hold a million of them, one more allocation per distinct text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Shared(Arc<Box<str>>);

impl Shared {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether both are the one copy of their text (not only equal).
    #[cfg(test)]
    pub(crate) fn is(&self, other: &Shared) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Hashes and compares as its text, so a set of them is looked up by `&str`.
impl Borrow<str> for Shared {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Shared {
    fn from(s: &str) -> Self {
        Shared(Arc::new(s.into()))
    }
}

impl From<String> for Shared {
    fn from(s: String) -> Self {
        Shared(Arc::new(s.into_boxed_str()))
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        **self.0 == **other
    }
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Shared {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Shared {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Shared::from)
    }
}

/// Hands out one [`Shared`] per distinct text it is given.
#[derive(Default)]
pub struct Interner(std::collections::HashSet<Shared, foldhash::fast::RandomState>);

impl Interner {
    pub fn get(&mut self, text: &str) -> Shared {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let shared = Shared::from(text);
        self.0.insert(shared.clone());
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interner_shares_equal_texts_and_only_those() {
        let mut interner = Interner::default();
        let (a, b, c) = (
            interner.get("ana"),
            interner.get("bob"),
            interner.get("ana"),
        );
        assert!(a.is(&c));
        assert!(!a.is(&b) && a != b);
        assert_eq!((a.as_str(), b.as_str()), ("ana", "bob"));
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"ana\"");
        assert_eq!(serde_json::from_str::<Shared>("\"bob\"").unwrap(), b);
    }

    fn link(to: usize) -> Link {
        Link {
            to,
            evidence: "nick:".into(),
            confidence: 0.5,
            cue: Cue::Address,
        }
    }

    /// One link lives inside the entry; none or several read the same as a list would.
    #[test]
    fn links_hold_one_in_place_and_read_as_a_list() {
        let one = Links::from(link(3));
        assert_eq!(one, Links::from(vec![link(3)]));
        assert_eq!(one, std::iter::once(link(3)).collect());
        let (at, own) = (one.as_ptr() as usize, &one as *const Links as usize);
        assert!((own..own + std::mem::size_of::<Links>()).contains(&at));
        let mut links = Links::default();
        assert!(links.is_empty());
        links.push(link(1));
        assert_eq!(links, one.iter().map(|l| link(l.to - 2)).collect());
        links.extend([link(0), link(2)]);
        assert_eq!(links.iter().map(|l| l.to).collect::<Vec<_>>(), [1, 0, 2]);
        let json = serde_json::to_string(&links).unwrap();
        assert_eq!(serde_json::from_str::<Links>(&json).unwrap(), links);
        assert_eq!(format!("{:?}", one), format!("{:?}", vec![link(3)]));
        links.clear();
        assert_eq!(links, Links::from(Vec::new()));
    }

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

    /// The sentences the fixtures' JSON holds (and older JSON, and scripts reading it):
    /// wording problems as data must not change a word of them.
    #[test]
    fn problems_say_in_english_what_the_json_always_said() {
        let said: Vec<String> = Problem::samples().iter().map(Problem::to_string).collect();
        assert_eq!(
            said,
            [
                "This file is UTF-16 text.",
                "No comments or messages were recognised in this text: it is shown as a single \
                 post. Supported layouts are listed in the README.",
                "This text is empty or only white space.",
                "The layout of this text was not recognised: 4 lines that look like a name and a \
                 date (such as line 4, “Amelie Roux | 16/09/2010 12:05”) were taken as the start \
                 of entries. Check the result.",
                "The page announces 3 comments but 2 were found.",
                "Line 17: the date “16 Septober 2010 at 12:05 pm” could not be read.",
                "2 date(s) could not be read (the first is on line 9).",
                "3 date(s) are relative (such as “7 years ago”) and no reference date was given: \
                 those entries are left undated.",
                "6 date(s) are relative (such as “il y a 3 jours”): they were counted back from \
                 2026-01-01T00:00:00 and are approximate.",
                "Nothing in the file tells whether dates such as “7/11/17, 8:20:41 PM” put the \
                 day or the month first: they were read month first.",
                "Nothing in the file tells whether dates such as “03/04/2017, 10:00” put the day \
                 or the month first: they were read day first.",
                "2 line(s) of site header above the title were left out.",
                "Lines 20–21 (the comment form and what follows) were left out.",
                "Lines 1093–1094 look like the site's footer and were left out.",
                "1 line(s) do not look like IRC messages (the first is line 5); they are shown \
                 as system lines.",
                "2 comment(s) could not be placed in the thread from their links (the copy may \
                 be partial); their replies are guessed.",
                "1 comment(s) answer someone with no earlier comment here (the first is on line \
                 34): the copy may be partial.",
            ]
        );
    }

    #[test]
    fn problems_are_strings_in_the_json_and_read_back_as_words() {
        let footer = Problem::Footer { from: 63, to: 64 };
        let json = serde_json::to_string(&vec![footer.clone()]).unwrap();
        assert_eq!(
            json,
            r#"["Lines 63–64 look like the site's footer and were left out."]"#
        );
        let back: Vec<Problem> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [Problem::Text(footer.to_string())]);
    }

    #[test]
    fn stamps_order_chronologically() {
        let a = Stamp::new(2010, 9, 16, 23, 59, 59).unwrap();
        let b = Stamp::new(2010, 10, 1, 0, 0, 0).unwrap();
        assert!(a < b);
    }
}
