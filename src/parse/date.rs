//! Dates as blogs and chat tools write them, in English and French.
//!
//! A date is read as a sequence of tokens (day, month name, year, time, am/pm, filler
//! words); any token that is none of these makes the whole text "not a date", so that a
//! body line is never mistaken for one. Times are kept as written: no time zone is applied.

use crate::model::Stamp;

/// Month names and abbreviations, lower case and without their final dot.
const MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("janvier", 1),
    ("janv", 1),
    ("feb", 2),
    ("february", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("mar", 3),
    ("march", 3),
    ("mars", 3),
    ("apr", 4),
    ("april", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("jun", 6),
    ("june", 6),
    ("juin", 6),
    ("jul", 7),
    ("july", 7),
    ("juillet", 7),
    ("juil", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("aout", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("oct", 10),
    ("october", 10),
    ("octobre", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("dec", 12),
    ("december", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
];

/// Words that may stand in a date without changing it.
const FILLERS: &[&str] = &[
    "at",
    "on",
    "à",
    "a",
    "le",
    "the",
    "-",
    "–",
    "|",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

#[derive(Default)]
struct Parts {
    year: Option<u16>,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<(u8, u8, u8)>,
    pm: Option<bool>,
}

/// Reads a date such as `2010-09-16 10:59:58`, `Sep 1, 2009`,
/// `September 16, 2010 at 12:05 pm` or `16 septembre 2010 à 12 h 05 min`.
pub fn parse_date(text: &str) -> Option<Stamp> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() || lower.len() > 64 {
        return None;
    }
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let mut p = Parts::default();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // French clock: `12 h 05 min`, `12h05`.
        if let (Some(h), Some(&"h")) = (number(t), tokens.get(i + 1)) {
            let m = tokens.get(i + 2).and_then(|m| number(m)).unwrap_or(0);
            set(&mut p.time, (h, m, 0))?;
            i += if tokens.get(i + 2).and_then(|m| number(m)).is_some() {
                3
            } else {
                2
            };
            if tokens.get(i) == Some(&"min") {
                i += 1;
            }
            continue;
        }
        read_token(t, &mut p)?;
        i += 1;
    }
    let (mut hour, minute, second) = p.time.unwrap_or((0, 0, 0));
    match p.pm {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    Stamp::new(p.year?, p.month?, p.day?, hour, minute, second)
}

fn read_token(t: &str, p: &mut Parts) -> Option<()> {
    let word = t.trim_end_matches('.');
    if FILLERS.contains(&t) {
        return Some(());
    }
    if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == word) {
        return set(&mut p.month, m);
    }
    match word {
        "am" | "a.m" => return set(&mut p.pm, false),
        "pm" | "p.m" => return set(&mut p.pm, true),
        _ => {}
    }
    if let Some((date, time)) = t.split_once('t').filter(|(d, _)| d.contains('-')) {
        read_iso_date(date, p)?;
        return read_clock(time, p);
    }
    if t.len() == 10 && t.as_bytes()[4] == b'-' {
        return read_iso_date(t, p);
    }
    if t.contains(':') {
        return read_clock(t, p);
    }
    let digits = t.strip_suffix("er").or(t.strip_suffix("st")).unwrap_or(t);
    let digits = ["nd", "rd", "th"]
        .iter()
        .find_map(|s| digits.strip_suffix(s))
        .unwrap_or(digits);
    match digits.len() {
        4 => set(&mut p.year, digits.parse().ok()?),
        1 | 2 => set(&mut p.day, number(digits)?),
        _ => None,
    }
}

fn read_iso_date(t: &str, p: &mut Parts) -> Option<()> {
    let mut it = t.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    set(&mut p.year, y.parse().ok()?)?;
    set(&mut p.month, number(m)?)?;
    set(&mut p.day, number(d)?)
}

/// `10:59:58`, `12:05`, `8:20pm`.
fn read_clock(t: &str, p: &mut Parts) -> Option<()> {
    let (clock, pm) = match t.strip_suffix("pm") {
        Some(c) => (c, Some(true)),
        None => match t.strip_suffix("am") {
            Some(c) => (c, Some(false)),
            None => (t, None),
        },
    };
    let mut it = clock.split(':');
    let h = number(it.next()?)?;
    let m = it.next().filter(|m| m.len() == 2).and_then(number)?;
    let s = match it.next() {
        Some(s) if s.len() == 2 => number(s)?,
        Some(_) => return None,
        None => 0,
    };
    if it.next().is_some() {
        return None;
    }
    if let Some(pm) = pm {
        set(&mut p.pm, pm)?;
    }
    set(&mut p.time, (h, m, s))
}

fn number(t: &str) -> Option<u8> {
    if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// Fills a part once: a second day or a second year means this is not a date.
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    fn iso(text: &str) -> Option<String> {
        parse_date(text).map(|s| s.to_string())
    }

    #[test]
    fn reads_the_dates_dumps_write() {
        let table = [
            ("2010-09-16 10:59:58", "2010-09-16T10:59:58"),
            ("2010-09-16T10:59:58", "2010-09-16T10:59:58"),
            ("Sep 1, 2009", "2009-09-01T00:00:00"),
            ("Sep 16, 2010", "2010-09-16T00:00:00"),
            ("September 16, 2010 at 12:05 pm", "2010-09-16T12:05:00"),
            ("September 16, 2010 at 12:05 am", "2010-09-16T00:05:00"),
            ("March 3, 2011 at 8:20pm", "2011-03-03T20:20:00"),
            ("16 septembre 2010 à 12 h 05 min", "2010-09-16T12:05:00"),
            ("jeudi 16 sept. 2010, 12:05", "2010-09-16T12:05:00"),
            ("1er août 2012", "2012-08-01T00:00:00"),
            ("Thursday, 16 September 2010 14:03", "2010-09-16T14:03:00"),
        ];
        for (text, want) in table {
            assert_eq!(iso(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in [
            "",
            "Sep 1",
            "2009",
            "moi aussi, je me suis posé la question",
            "Sep 31, 2009",
            "2010-09-16 25:00:00",
            "13:00 pm",
            "Sep 1, 2009 2010",
            "12 comments",
            "I met him on Sep 1, 2009 at noon",
        ] {
            assert_eq!(iso(text), None, "{text:?}");
        }
    }
}
