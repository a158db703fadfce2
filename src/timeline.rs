//! When people wrote: entries binned over time for a stacked bar chart, with long silences
//! folded into axis breaks, plus reply latencies and the helpers a brushed selection needs.
//!
//! Gap compression: within one bin width, a run of more than `K` empty bins becomes a
//! [`Break`] that records what it hides; shorter runs stay as empty bars, so a pause still
//! reads as a pause. `K` is the largest value in `3..=24` that keeps the bars at most
//! [`MAX_BARS`] (3 when even that is too many): silences are hidden only as much as needed.
//!
//! Bin width: the finest of minute, hour, day, week, month whose layout has between
//! [`MIN_BARS`] and [`MAX_BARS`] bars and at most [`MAX_BREAKS`] breaks (an axis broken
//! more often is no longer an axis). When none does, the one with the most bars among
//! those within both limits, else months. Minutes and hours are skipped when every date
//! is a bare day (all at 00:00:00), where they would only draw midnight spikes.
//!
//! Dates are local and naive like [`Stamp`]; the calendar arithmetic is the proleptic
//! Gregorian one (days-from-civil and back), written here to keep the core dependency-free.

use crate::authors::Authors;
use crate::model::{civil_from_days, days_from_civil, Archive, Kind, Stamp};
use serde::Serialize;
use std::collections::BTreeMap;

pub const MIN_BARS: usize = 40;
pub const MAX_BARS: usize = 120;
pub const MAX_BREAKS: usize = 12;
/// Bounds of `K`, the longest run of empty bins drawn rather than broken.
const MIN_KEPT_GAP: u64 = 3;
const MAX_KEPT_GAP: u64 = 24;
/// Authors listed per bin.
const TOP_AUTHORS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Minute,
    Hour,
    Day,
    /// Weeks start on Monday.
    Week,
    Month,
    /// For archives spanning decades, where even months are too many bars.
    Year,
}

impl Unit {
    /// Finest first.
    pub const ALL: [Unit; 6] = [
        Unit::Minute,
        Unit::Hour,
        Unit::Day,
        Unit::Week,
        Unit::Month,
        Unit::Year,
    ];

    /// Number of the bin holding `s`, counted from 1970-01-01 in this unit.
    pub fn index(self, s: Stamp) -> i64 {
        let days = days_from_civil(i64::from(s.year), s.month, s.day);
        let (h, m) = (i64::from(s.hour), i64::from(s.minute));
        match self {
            Unit::Minute => days * 1440 + h * 60 + m,
            Unit::Hour => days * 24 + h,
            Unit::Day => days,
            // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday.
            Unit::Week => (days + 3).div_euclid(7),
            Unit::Month => i64::from(s.year) * 12 + i64::from(s.month) - 1,
            Unit::Year => i64::from(s.year),
        }
    }

    /// First instant of bin `index` (clamped to the years a [`Stamp`] can hold).
    pub fn start(self, index: i64) -> Stamp {
        match self {
            Unit::Minute => stamp_at(index.div_euclid(1440), index.rem_euclid(1440) * 60),
            Unit::Hour => stamp_at(index.div_euclid(24), index.rem_euclid(24) * 3600),
            Unit::Day => stamp_at(index, 0),
            Unit::Week => stamp_at(index * 7 - 3, 0),
            Unit::Month => {
                let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
                stamp_at(days_from_civil(year, month as u8, 1), 0)
            }
            Unit::Year => stamp_at(days_from_civil(index, 1, 1), 0),
        }
    }

    /// Start of the bin holding `s`: the minute, hour, day, Monday, 1st of the month or
    /// 1st of January.
    pub fn floor(self, s: Stamp) -> Stamp {
        self.start(self.index(s))
    }
}

/// Entries of one bin, by kind, so the UI can stack them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct KindCounts {
    pub comment: usize,
    pub echo: usize,
    pub pingback: usize,
    pub message: usize,
    pub system: usize,
}

impl KindCounts {
    pub(crate) fn add(&mut self, kind: Kind) {
        match kind {
            Kind::Comment => self.comment += 1,
            Kind::Echo => self.echo += 1,
            Kind::Pingback => self.pingback += 1,
            Kind::Message => self.message += 1,
            Kind::System => self.system += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.comment + self.echo + self.pingback + self.message + self.system
    }

    pub fn of(&self, kind: Kind) -> usize {
        match kind {
            Kind::Comment => self.comment,
            Kind::Echo => self.echo,
            Kind::Pingback => self.pingback,
            Kind::Message => self.message,
            Kind::System => self.system,
        }
    }
}

/// One bar: the entries dated in `[start, end)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bin {
    pub start: Stamp,
    pub end: Stamp,
    pub counts: KindCounts,
    /// Entry ids, in dump order.
    pub entries: Vec<usize>,
    /// The most present identities, most entries first.
    pub top_authors: Vec<AuthorCount>,
    /// Replies by the post author among the entries: the chart marks the bars where
    /// the host answered, and looking for them per bar on each drawing cost a pass over
    /// every entry.
    pub host_replies: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AuthorCount {
    pub identity: usize,
    pub entries: usize,
}

/// Consecutive bins, drawn side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub bins: Vec<Bin>,
}

/// A silence folded out of the axis, between two segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Break {
    /// Start of the first hidden bin.
    pub start: Stamp,
    /// End of the last hidden bin (the next segment's start).
    pub end: Stamp,
    pub empty_bins: u64,
    /// Hidden duration in seconds.
    pub seconds: i64,
}

/// The chart: `breaks[i]` sits between `segments[i]` and `segments[i + 1]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub unit: Unit,
    pub segments: Vec<Segment>,
    pub breaks: Vec<Break>,
    /// Bins drawn, empty ones included.
    pub bars: usize,
    /// The longest run of empty bins drawn rather than broken (`K`).
    pub kept_gap: u64,
    pub dated: usize,
    /// Entries without a date, counted apart.
    pub undated: Vec<usize>,
}

impl Timeline {
    /// The timeline at the bin width chosen by the module's rule.
    pub fn of(archive: &Archive, authors: &Authors) -> Timeline {
        let dated = distinct_stamps(archive);
        let date_only = dated
            .iter()
            .all(|s| (s.hour, s.minute, s.second) == (0, 0, 0));
        let plans: Vec<(Unit, Plan)> = Unit::ALL
            .into_iter()
            .filter(|u| !(date_only && matches!(u, Unit::Minute | Unit::Hour)))
            .map(|u| (u, Plan::of(u, &dated)))
            .collect();
        let within = |p: &Plan| p.bars <= MAX_BARS && p.breaks <= MAX_BREAKS;
        let chosen = plans
            .iter()
            .find(|(_, p)| within(p) && p.bars >= MIN_BARS)
            .or_else(|| {
                plans
                    .iter()
                    .filter(|(_, p)| within(p))
                    .rev()
                    .max_by_key(|(_, p)| p.bars)
            });
        match chosen {
            Some((unit, plan)) => Timeline::planned(archive, authors, *unit, plan.kept_gap),
            // Nothing fits: the coarsest, which draws the fewest bars.
            None => Timeline::with_unit(archive, authors, Unit::Year),
        }
    }

    /// The timeline at a given bin width, for a UI that lets the reader choose.
    pub fn with_unit(archive: &Archive, authors: &Authors, unit: Unit) -> Timeline {
        let kept_gap = Plan::of(unit, &distinct_stamps(archive)).kept_gap;
        Timeline::planned(archive, authors, unit, kept_gap)
    }

    /// Gaps of up to `kept_gap` empty bins are drawn; longer ones fold into a break.
    fn planned(archive: &Archive, authors: &Authors, unit: Unit, kept_gap: u64) -> Timeline {
        let mut by_bin: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
        let mut undated = Vec::new();
        for (id, entry) in archive.entries.iter().enumerate() {
            match entry.time {
                Some(t) => by_bin.entry(unit.index(t)).or_default().push(id),
                None => undated.push(id),
            }
        }
        let bin =
            |index: i64, entries: Vec<usize>| make_bin(archive, authors, unit, index, entries);

        let mut segments: Vec<Segment> = Vec::new();
        let mut breaks = Vec::new();
        let mut previous: Option<i64> = None;
        for (index, entries) in by_bin {
            match previous {
                Some(p) if gap(p, index) > kept_gap => {
                    let (start, end) = (unit.start(p + 1), unit.start(index));
                    breaks.push(Break {
                        start,
                        end,
                        empty_bins: gap(p, index),
                        seconds: end.seconds() - start.seconds(),
                    });
                    segments.push(Segment { bins: Vec::new() });
                }
                Some(p) => {
                    if let Some(segment) = segments.last_mut() {
                        segment
                            .bins
                            .extend((p + 1..index).map(|i| bin(i, Vec::new())));
                    }
                }
                None => segments.push(Segment { bins: Vec::new() }),
            }
            if let Some(segment) = segments.last_mut() {
                segment.bins.push(bin(index, entries));
            }
            previous = Some(index);
        }
        let bars = segments.iter().map(|s| s.bins.len()).sum();
        Timeline {
            unit,
            segments,
            breaks,
            bars,
            kept_gap,
            dated: archive.entries.iter().filter(|e| e.time.is_some()).count(),
            undated,
        }
    }

    /// Every drawn bin, in time order.
    pub fn bins(&self) -> impl Iterator<Item = &Bin> {
        self.segments.iter().flat_map(|s| &s.bins)
    }

    /// The drawn bin holding `t`, if `t` is not inside a break or outside the span.
    pub fn bin_at(&self, t: Stamp) -> Option<&Bin> {
        self.bins().find(|b| b.start <= t && t < b.end)
    }
}

/// Empty bins strictly between two bin numbers.
fn gap(a: i64, b: i64) -> u64 {
    u64::try_from(b - a - 1).unwrap_or(0)
}

fn make_bin(
    archive: &Archive,
    authors: &Authors,
    unit: Unit,
    index: i64,
    entries: Vec<usize>,
) -> Bin {
    let mut counts = KindCounts::default();
    let mut people: Vec<AuthorCount> = Vec::new();
    let host = authors.post_author.as_ref().map(|p| p.identity);
    let mut host_replies = 0;
    for &id in &entries {
        let identity = authors.by_entry.get(id).copied();
        if let Some(entry) = archive.entries.get(id) {
            counts.add(entry.kind);
            host_replies +=
                usize::from(host.is_some() && identity == host && !entry.links.is_empty());
        }
        if let Some(identity) = identity {
            match people.iter_mut().find(|a| a.identity == identity) {
                Some(a) => a.entries += 1,
                None => people.push(AuthorCount {
                    identity,
                    entries: 1,
                }),
            }
        }
    }
    people.sort_by_key(|a| (std::cmp::Reverse(a.entries), a.identity));
    people.truncate(TOP_AUTHORS);
    Bin {
        start: unit.start(index),
        end: unit.start(index + 1),
        counts,
        entries,
        top_authors: people,
        host_replies,
    }
}

/// What a bin width would draw, before building it.
struct Plan {
    bars: usize,
    breaks: usize,
    kept_gap: u64,
}

/// The dates of the dump, each once, in order: what every bin width is planned from.
/// Sorting once here (rather than each width's bins) matters on a million-line log.
fn distinct_stamps(archive: &Archive) -> Vec<Stamp> {
    let mut stamps: Vec<Stamp> = archive.entries.iter().filter_map(|e| e.time).collect();
    // One integer per stamp, in the same order as `Stamp`'s field-by-field `Ord`.
    stamps.sort_unstable_by_key(|s| {
        (u64::from(s.year) << 40)
            | (u64::from(s.month) << 32)
            | (u64::from(s.day) << 24)
            | (u64::from(s.hour) << 16)
            | (u64::from(s.minute) << 8)
            | u64::from(s.second)
    });
    stamps.dedup();
    stamps
}

impl Plan {
    /// `stamps` sorted: a unit's index never decreases with time, so its bins come out
    /// sorted too.
    fn of(unit: Unit, stamps: &[Stamp]) -> Plan {
        let mut indices: Vec<i64> = stamps.iter().map(|&s| unit.index(s)).collect();
        debug_assert!(indices.is_sorted());
        indices.dedup();
        let gaps: Vec<u64> = indices.windows(2).map(|w| gap(w[0], w[1])).collect();
        let layout = |k: u64| {
            let kept: u64 = gaps.iter().filter(|&&g| g <= k).sum();
            let bars = indices.len() + usize::try_from(kept).unwrap_or(usize::MAX);
            (bars, gaps.iter().filter(|&&g| g > k).count())
        };
        let kept_gap = (MIN_KEPT_GAP..=MAX_KEPT_GAP)
            .rev()
            .find(|&k| layout(k).0 <= MAX_BARS)
            .unwrap_or(MIN_KEPT_GAP);
        let (bars, breaks) = layout(kept_gap);
        Plan {
            bars,
            breaks,
            kept_gap,
        }
    }
}

/// Reply delays, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Latency {
    /// Median delay between an entry and its first reply, over the entries answered.
    pub first_reply: Option<i64>,
    pub answered_entries: usize,
    /// Median delay of the post author's answers to other people's entries.
    pub post_author: Option<i64>,
    pub post_author_answers: usize,
}

/// Reply delays from the reply links (nothing without links). Links whose dates run
/// backwards (a misdated entry) are left out rather than counted as instant.
pub fn latency(archive: &Archive, authors: &Authors) -> Latency {
    let entries = &archive.entries;
    let delay = |child: usize, parent: usize| {
        let (c, p) = (entries.get(child)?.time?, entries.get(parent)?.time?);
        let d = c.seconds() - p.seconds();
        (d >= 0).then_some(d)
    };
    // The quickest reply to each entry (`i64::MAX`: none yet). A slot per entry rather
    // than a map: a chat log answers most of its million lines.
    let mut first = vec![i64::MAX; entries.len()];
    let mut host = Vec::new();
    let post_author = authors.post_author.as_ref().map(|p| p.identity);
    for (child, parent) in crate::authors::reply_links(entries) {
        let Some(d) = delay(child, parent) else {
            continue;
        };
        first[parent] = first[parent].min(d);
        let (from, to) = (authors.by_entry.get(child), authors.by_entry.get(parent));
        if from.is_some() && from.copied() == post_author && from != to {
            host.push(d);
        }
    }
    let mut first: Vec<i64> = first.into_iter().filter(|&d| d != i64::MAX).collect();
    Latency {
        first_reply: median(&mut first),
        answered_entries: first.len(),
        post_author: median(&mut host),
        post_author_answers: host.len(),
    }
}

/// The median (the mean of the two middle values for an even count, rounded down).
fn median(values: &mut [i64]) -> Option<i64> {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]).div_euclid(2)),
    }
}

/// Dated entries in `[from, to)`, in dump order: what a brushed range selects.
pub fn entries_between(archive: &Archive, from: Stamp, to: Stamp) -> Vec<usize> {
    archive
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.time.is_some_and(|t| from <= t && t < to))
        .map(|(id, _)| id)
        .collect()
}

/// A calendar day and how many entries it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayCount {
    /// Midnight of the day.
    pub day: Stamp,
    pub entries: usize,
}

/// The day with the most dated entries (ties: the earliest).
pub fn busiest_day(archive: &Archive) -> Option<DayCount> {
    let mut days: BTreeMap<Stamp, usize> = BTreeMap::new();
    for t in archive.entries.iter().filter_map(|e| e.time) {
        *days.entry(Unit::Day.floor(t)).or_default() += 1;
    }
    days.into_iter()
        .rev()
        .max_by_key(|&(_, n)| n)
        .map(|(day, entries)| DayCount { day, entries })
}

/// `s` moved by `days` days (clamped to the years a [`Stamp`] can hold).
pub fn add_days(s: Stamp, days: i64) -> Stamp {
    let seconds_of_day = s.seconds().rem_euclid(86_400);
    stamp_at(
        days_from_civil(i64::from(s.year), s.month, s.day) + days,
        seconds_of_day,
    )
}

const FIRST_STAMP: Stamp = Stamp {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
};
const LAST_STAMP: Stamp = Stamp {
    year: u16::MAX,
    month: 12,
    day: 31,
    hour: 23,
    minute: 59,
    second: 59,
};

/// The stamp `seconds` (< 86 400) into day `days`, clamped to the representable years.
fn stamp_at(days: i64, seconds: i64) -> Stamp {
    let (year, month, day) = civil_from_days(days);
    match u16::try_from(year) {
        Ok(year) => Stamp {
            year,
            month,
            day,
            hour: (seconds / 3600) as u8,
            minute: (seconds / 60 % 60) as u8,
            second: (seconds % 60) as u8,
        },
        Err(_) if year < 0 => FIRST_STAMP,
        Err(_) => LAST_STAMP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cue, Entry, Link, Post};

    fn links(to: &[usize]) -> Vec<Link> {
        to.iter()
            .map(|&to| Link {
                to,
                evidence: "".into(),
                confidence: 1.0,
                cue: Cue::Mention,
            })
            .collect()
    }

    fn at(y: u16, mo: u8, d: u8, h: u8, mi: u8) -> Stamp {
        Stamp::new(y, mo, d, h, mi, 0).unwrap()
    }

    fn entry(id: usize, author: &str, time: Option<Stamp>, kind: Kind) -> Entry {
        Entry {
            id,
            author: author.into(),
            time,
            time_text: None,
            kind,
            line: 0,
            span: [0, 0],
            links: Default::default(),
            body: Box::default(),
            approximate: false,
        }
    }

    fn archive(times: &[Option<Stamp>]) -> Archive {
        Archive {
            entries: times
                .iter()
                .enumerate()
                .map(|(id, &t)| entry(id, &format!("a{}", id % 7), t, Kind::Comment))
                .collect(),
            post: Post::default(),
            ..Archive::default()
        }
    }

    fn timeline(a: &Archive) -> Timeline {
        Timeline::of(a, &Authors::of(a))
    }

    #[test]
    fn calendar_arithmetic_round_trips_and_knows_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(civil_from_days(15_963), (2013, 9, 15));
        for days in (-800_000..25_000_000).step_by(37) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        // Every valid date of a leap century and the days around it.
        let mut previous = days_from_civil(1999, 12, 31);
        for year in 2000..2001 {
            for month in 1..=12 {
                for day in 1..=crate::model::days_in_month(year, month) {
                    let days = days_from_civil(i64::from(year), month, day);
                    assert_eq!(days, previous + 1);
                    previous = days;
                }
            }
        }
    }

    #[test]
    fn bins_floor_to_minutes_hours_days_mondays_and_months() {
        let t = Stamp::new(2010, 9, 16, 10, 59, 58).unwrap();
        assert_eq!(Unit::Minute.floor(t), at(2010, 9, 16, 10, 59));
        assert_eq!(Unit::Hour.floor(t), at(2010, 9, 16, 10, 0));
        assert_eq!(Unit::Day.floor(t), at(2010, 9, 16, 0, 0));
        assert_eq!(Unit::Week.floor(t), at(2010, 9, 13, 0, 0));
        assert_eq!(Unit::Month.floor(t), at(2010, 9, 1, 0, 0));
        assert_eq!(
            Unit::Week.start(Unit::Week.index(t) + 1),
            at(2010, 9, 20, 0, 0)
        );
        assert_eq!(
            Unit::Month.start(Unit::Month.index(t) + 4),
            at(2011, 1, 1, 0, 0)
        );
        assert_eq!(add_days(t, 16).to_string(), "2010-10-02T10:59:58");
        assert_eq!(add_days(t, -365 * 70_000), FIRST_STAMP);
        let last = Stamp::new(u16::MAX, 12, 31, 23, 59, 0).unwrap();
        assert_eq!(Unit::Month.start(Unit::Month.index(last) + 1), LAST_STAMP);
        assert_eq!(Unit::Year.floor(t), at(2010, 1, 1, 0, 0));
        assert_eq!(
            Unit::Year.start(Unit::Year.index(t) + 1),
            at(2011, 1, 1, 0, 0)
        );
        assert_eq!(Unit::Year.start(Unit::Year.index(last) + 1), LAST_STAMP);
    }

    #[test]
    fn an_archive_without_dates_has_no_bars() {
        let t = timeline(&archive(&[None, None]));
        assert_eq!((t.bars, t.dated), (0, 0));
        assert!(t.segments.is_empty() && t.breaks.is_empty());
        assert_eq!(t.undated, vec![0, 1]);
        assert_eq!(busiest_day(&archive(&[None])), None);
        assert_eq!(timeline(&Archive::default()).bars, 0);
    }

    #[test]
    fn a_single_entry_is_a_single_bar() {
        let t = timeline(&archive(&[Some(at(2012, 5, 6, 7, 8))]));
        assert_eq!((t.bars, t.segments.len(), t.breaks.len()), (1, 1, 0));
        let bin = &t.segments[0].bins[0];
        assert_eq!(bin.entries, vec![0]);
        assert!(bin.start <= at(2012, 5, 6, 7, 8) && at(2012, 5, 6, 7, 8) < bin.end);
    }

    #[test]
    fn entries_within_one_minute_share_one_minute_bar() {
        let times: Vec<_> = (0..30)
            .map(|s| Stamp::new(2020, 2, 29, 23, 59, s))
            .collect();
        let t = timeline(&archive(&times));
        assert_eq!((t.unit, t.bars), (Unit::Minute, 1));
        let bin = &t.segments[0].bins[0];
        assert_eq!(bin.counts.comment, 30);
        assert_eq!(bin.end, at(2020, 3, 1, 0, 0));
        assert_eq!(bin.top_authors[0].entries, 5);
    }

    #[test]
    fn a_long_silence_becomes_one_break_between_two_bursts() {
        let mut times: Vec<_> = (0..50).map(|m| Some(at(2010, 1, 1, 10, m))).collect();
        times.extend((0..50).map(|m| Some(at(2010, 1, 30, 10, m))));
        let t = timeline(&archive(&times));
        assert_eq!(t.unit, Unit::Minute);
        assert_eq!((t.segments.len(), t.breaks.len(), t.bars), (2, 1, 100));
        let b = t.breaks[0];
        assert_eq!(
            (b.start, b.end),
            (at(2010, 1, 1, 10, 50), at(2010, 1, 30, 10, 0))
        );
        assert_eq!(b.seconds, 29 * 86_400 - 50 * 60);
        assert_eq!(b.empty_bins as i64 * 60, b.seconds);
    }

    #[test]
    fn decades_and_centuries_are_drawn_by_the_year() {
        // Every month of 30 years: 360 months are too many bars, 30 years are not.
        let months: Vec<_> = (0..360)
            .map(|i| Some(at(1990 + i / 12, (i % 12 + 1) as u8, 1, 12, 0)))
            .collect();
        let t = timeline(&archive(&months));
        assert_eq!((t.unit, t.bars), (Unit::Year, 30));
        assert_eq!(t.segments[0].bins[0].end, at(1991, 1, 1, 0, 0));
        // A date every year for three centuries fits no width: the coarsest draws it.
        let years: Vec<_> = (0..300).map(|y| Some(at(1700 + y, 6, 1, 0, 0))).collect();
        assert_eq!(timeline(&archive(&years)).unit, Unit::Year);
    }

    #[test]
    fn bare_dates_are_never_binned_by_the_hour() {
        let times: Vec<_> = (1..=3).map(|d| Some(at(2009, 9, d, 0, 0))).collect();
        assert!(timeline(&archive(&times)).unit >= Unit::Day);
    }

    /// A small deterministic generator, so that the property below needs no dependency.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *seed >> 33
    }

    #[test]
    fn bins_account_for_every_dated_entry_exactly_once() {
        let mut seed = 7;
        for case in 0..300 {
            let n = (lcg(&mut seed) % 200) as usize;
            let spread = [60, 3_600, 86_400, 86_400 * 400, 86_400 * 3_000][case % 5];
            let base = at(2005, 1, 1, 0, 0).seconds();
            let times: Vec<Option<Stamp>> = (0..n)
                .map(|_| {
                    (!lcg(&mut seed).is_multiple_of(10)).then(|| {
                        // Bursts: half of the entries fall in the first hundredth.
                        let range = if lcg(&mut seed).is_multiple_of(2) {
                            spread / 100 + 1
                        } else {
                            spread
                        };
                        let s = base + (lcg(&mut seed) as i64 % range);
                        stamp_at(s.div_euclid(86_400), s.rem_euclid(86_400))
                    })
                })
                .collect();
            let a = archive(&times);
            let authors = Authors::of(&a);
            let dated = times.iter().flatten().count();
            let chosen = Timeline::of(&a, &authors);
            // The chosen width is drawn as if the reader had picked it.
            assert_eq!(
                chosen,
                Timeline::with_unit(&a, &authors, chosen.unit),
                "case {case}"
            );
            let mut units = vec![chosen];
            units.extend(Unit::ALL.map(|u| Timeline::with_unit(&a, &authors, u)));
            for t in units {
                let counted: usize = t.bins().map(|b| b.counts.total()).sum();
                assert_eq!(counted, dated, "case {case} {:?}", t.unit);
                let mut seen: Vec<usize> = t.bins().flat_map(|b| b.entries.clone()).collect();
                seen.extend(&t.undated);
                seen.sort_unstable();
                assert_eq!(seen, (0..n).collect::<Vec<_>>());
                for b in t.bins() {
                    assert!(b.entries.iter().all(|&e| {
                        let time = a.entries[e].time.unwrap();
                        b.start <= time && time < b.end
                    }));
                }
                assert_eq!(t.breaks.len(), t.segments.len().saturating_sub(1));
                for (i, brk) in t.breaks.iter().enumerate() {
                    assert!(brk.empty_bins > t.kept_gap);
                    assert_eq!(t.segments[i].bins.last().unwrap().end, brk.start);
                    assert_eq!(t.segments[i + 1].bins[0].start, brk.end);
                }
                for s in &t.segments {
                    assert!(s.bins.windows(2).all(|w| w[0].end == w[1].start));
                    assert!(s.bins.first().unwrap().counts.total() > 0);
                    assert!(s.bins.last().unwrap().counts.total() > 0);
                }
                assert_eq!(t.bars, t.bins().count());
            }
        }
    }

    #[test]
    fn extreme_dates_and_broken_links_do_not_panic() {
        let first = Stamp::new(0, 1, 1, 0, 0, 0);
        let last = Stamp::new(u16::MAX, 12, 31, 23, 59, 59);
        let mut a = archive(&[last, first, last, None]);
        a.entries[1].links = links(&[5, 1, 0]).into();
        a.entries[2].links = links(&[usize::MAX, 0]).into();
        a.entries[3].id = 40;
        let authors = Authors::of(&a);
        for unit in Unit::ALL {
            let t = Timeline::with_unit(&a, &authors, unit);
            assert_eq!(t.bins().map(|b| b.counts.total()).sum::<usize>(), 3);
            assert!(t.bins().all(|b| b.start < b.end || b.end == LAST_STAMP));
        }
        let t = Timeline::of(&a, &authors);
        assert_eq!((t.segments.len(), t.breaks.len()), (2, 1));
        assert_eq!(latency(&a, &authors).first_reply, Some(0));
        assert_eq!(busiest_day(&a).map(|d| d.entries), Some(2));
    }

    #[test]
    fn latency_uses_reply_links_and_the_post_author() {
        let mut a = archive(&[
            Some(at(2010, 1, 1, 10, 0)),
            Some(at(2010, 1, 1, 10, 10)),
            Some(at(2010, 1, 1, 11, 0)),
            Some(at(2010, 1, 1, 12, 0)),
            None,
        ]);
        a.entries[3].author = "Host".into();
        a.entries[2].author = "Host".into();
        a.post.author = Some("host".into());
        for (child, parent) in [(1, 0), (2, 0), (3, 1), (4, 1)] {
            a.entries[child].links.extend(links(&[parent]));
        }
        let authors = Authors::of(&a);
        assert_eq!(
            latency(&archive(&[Some(at(2010, 1, 1, 0, 0))]), &authors).first_reply,
            None
        );
        let l = latency(&a, &authors);
        // Entry 0 first answered after 10 min, entry 1 after 110 min.
        assert_eq!((l.first_reply, l.answered_entries), (Some(60 * 60), 2));
        // Host answered entry 0 after 60 min and entry 1 after 110 min.
        assert_eq!((l.post_author, l.post_author_answers), (Some(85 * 60), 2));
    }

    #[test]
    fn busiest_day_and_ranges() {
        let a = archive(&[
            Some(at(2010, 1, 2, 23, 59)),
            Some(at(2010, 1, 1, 9, 0)),
            Some(at(2010, 1, 2, 0, 0)),
            Some(at(2010, 1, 1, 23, 0)),
            None,
        ]);
        assert_eq!(
            busiest_day(&a),
            Some(DayCount {
                day: at(2010, 1, 1, 0, 0),
                entries: 2
            })
        );
        assert_eq!(
            entries_between(&a, at(2010, 1, 1, 23, 0), at(2010, 1, 2, 23, 59)),
            vec![2, 3]
        );
    }
}
