//! Dates as blogs and chat tools write them, in English, French, Spanish, German, Italian,
//! Portuguese and Dutch.
//!
//! A date is read as a sequence of tokens (day, month name, year, time, am/pm, filler
//! words); any token that is none of these makes the whole text "not a date", so that a
//! body line is never mistaken for one. Times are kept as written: no time zone is applied.
//!
//! Three readers share this file:
//! - [`parse_date`]: absolute dates (`Sep 1, 2009`, `16 septembre 2010 à 12 h 05 min`,
//!   `16/09/2010, 12:05`, `2010-09-16T10:59:58`).
//! - [`parse_ago`]: relative dates (`7 years ago`, `il y a 3 jours`, `vor 3 Tagen`), which
//!   only become a [`Stamp`] once counted back from a reference date ([`Ago::before`]).
//! - [`numeric_date`] and [`clock`]: the all-number stamps of chat exports (`06/03/2017`,
//!   `8:20:41 PM`), whose day/month order is decided over the whole file ([`OrderVotes`]).
//!
//! Words are compared folded (lower case, accents removed: [`fold`]), so `février`,
//! `fevrier` and `Février` are one entry in the tables.

use crate::model::{days_in_month, Stamp};
use crate::text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Dates longer than this are sentences, not dates.
const MAX_DATE_LEN: usize = 64;

/// Month names and abbreviations, folded and without their final dot, month by month.
const MONTHS: [&[&str]; 12] = [
    &[
        "jan", "january", "janvier", "janv", "enero", "ene", "januar", "jaenner", "janner",
        "gennaio", "gen", "janeiro", "januari",
    ],
    &[
        "feb",
        "february",
        "fevrier",
        "fevr",
        "fev",
        "febrero",
        "februar",
        "febbraio",
        "fevereiro",
        "februari",
    ],
    &[
        "mar", "march", "mars", "marzo", "marz", "mrz", "maerz", "marco", "maart", "mrt",
    ],
    &["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
    &["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
    &[
        "jun", "june", "juin", "junio", "juni", "giugno", "giu", "junho",
    ],
    &[
        "jul", "july", "juillet", "juil", "julio", "juli", "luglio", "lug", "julho",
    ],
    &["aug", "august", "aout", "agosto", "ago", "augustus"],
    &[
        "sep",
        "sept",
        "september",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
    ],
    &[
        "oct", "october", "octobre", "octubre", "okt", "oktober", "ottobre", "ott", "outubro",
        "out",
    ],
    &["nov", "november", "novembre", "noviembre", "novembro"],
    &[
        "dec",
        "december",
        "decembre",
        "diciembre",
        "dic",
        "dez",
        "dezember",
        "dicembre",
        "dezembro",
    ],
];

/// Words that may stand in a date without changing it: prepositions and articles (`at`,
/// `à`, `de`, `a las`, `um … Uhr`, `am`, `alle ore`, `om`).
const FILLERS: &[&str] = &[
    "at", "on", "a", "le", "the", "-", "–", "|", "de", "del", "el", "las", "la", "as", "um", "am",
    "uhr", "den", "alle", "ore", "il", "om", "op",
];

/// Weekday names and abbreviations (folded, without their final dot), Monday first: a date
/// may name its weekday, which adds nothing to it. `mar` is also March: see
/// [`Word::MonthOrWeekday`].
const WEEKDAYS: [&[&str]; 7] = [
    &[
        "mon",
        "monday",
        "lundi",
        "lun",
        "lunes",
        "montag",
        "mo",
        "lunedi",
        "segunda-feira",
        "segunda",
        "seg",
        "maandag",
        "ma",
    ],
    &[
        "tue",
        "tues",
        "tuesday",
        "mardi",
        "mar",
        "martes",
        "dienstag",
        "di",
        "martedi",
        "terca-feira",
        "terca",
        "ter",
        "dinsdag",
    ],
    &[
        "wed",
        "wednesday",
        "mercredi",
        "mer",
        "miercoles",
        "mie",
        "mittwoch",
        "mi",
        "mercoledi",
        "quarta-feira",
        "quarta",
        "qua",
        "woensdag",
        "wo",
    ],
    &[
        "thu",
        "thur",
        "thurs",
        "thursday",
        "jeudi",
        "jeu",
        "jueves",
        "jue",
        "donnerstag",
        "do",
        "giovedi",
        "gio",
        "quinta-feira",
        "quinta",
        "qui",
        "donderdag",
    ],
    &[
        "fri",
        "friday",
        "vendredi",
        "ven",
        "viernes",
        "vie",
        "freitag",
        "fr",
        "venerdi",
        "sexta-feira",
        "sexta",
        "sex",
        "vrijdag",
        "vr",
    ],
    &[
        "sat",
        "saturday",
        "samedi",
        "sam",
        "sabado",
        "sab",
        "samstag",
        "sonnabend",
        "sa",
        "sabato",
        "zaterdag",
        "za",
    ],
    &[
        "sun", "sunday", "dimanche", "dim", "domingo", "dom", "sonntag", "so", "domenica",
        "zondag", "zo",
    ],
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    Month(u8),
    /// A weekday (1 is Monday): it says nothing the day and month do not.
    Weekday(u8),
    /// `mar`: March in English, French, Spanish and Italian, and Tuesday (`mar.`) in
    /// French, Spanish and Italian. It is the weekday when another word names the month.
    MonthOrWeekday(u8),
    Filler,
}

/// What a (folded) word of a date is. The tables become one map on first use, so that a
/// word costs one lookup rather than a comparison with every name.
fn word(w: &str) -> Option<Word> {
    static WORDS: OnceLock<HashMap<&'static str, Word>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut words: HashMap<&str, Word> = FILLERS.iter().map(|&f| (f, Word::Filler)).collect();
        for (m, names) in (1..).zip(MONTHS) {
            words.extend(names.iter().map(|&n| (n, Word::Month(m))));
        }
        for (d, names) in (1..).zip(WEEKDAYS) {
            for &n in names {
                let w = words.entry(n).or_insert(Word::Weekday(d));
                if let Word::Month(m) = *w {
                    *w = Word::MonthOrWeekday(m);
                }
            }
        }
        words
    });
    words.get(w).copied()
}

#[derive(Default)]
struct Parts {
    year: Option<u16>,
    month: Option<u8>,
    /// The month `mar` names, if no other word names one.
    maybe_month: Option<u8>,
    /// How the file's all-number dates put day and month, when it is known.
    order: Option<Order>,
    day: Option<u8>,
    time: Option<(u8, u8, u8)>,
    pm: Option<bool>,
}

/// Reads a date such as `2010-09-16 10:59:58`, `Sep 1, 2009`,
/// `September 16, 2010 at 12:05 pm`, `16 septembre 2010 à 12 h 05 min`,
/// `16. September 2010 um 12:05 Uhr` or `16/09/2010, 12:05`.
pub fn parse_date(text: &str) -> Option<Stamp> {
    parse_date_as(text, None)
}

/// [`parse_date`], with all-number dates (`03/09/2010`) read in `order` (day or month
/// first) when a file's dates voted for it ([`numeric_in`], [`OrderVotes`]); a date that
/// cannot be read in that order is read as alone.
pub fn parse_date_as(text: &str, order: Option<Order>) -> Option<Stamp> {
    let text = text.trim();
    // Every date has a day or a year in digits: most lines are refused before any work.
    if text.len() > MAX_DATE_LEN || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let folded = fold_fast(text);
    let tokens: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    let mut p = Parts {
        order,
        ..Parts::default()
    };
    let mut i = 0;
    // Whether the token before was a time: only there is `am` a meridiem. Elsewhere it is
    // German (`am 16. September`, on the 16th), and taking it for AM turned 14:05 into
    // an impossible hour and 12:05 into 00:05.
    let mut after_time = false;
    while i < tokens.len() {
        let t = tokens[i];
        // French clock: `12 h 05 min`, `12 h`.
        if let (Some(h), Some(&"h")) = (number(t), tokens.get(i + 1)) {
            let m = tokens.get(i + 2).and_then(|m| number(m));
            set(&mut p.time, (h, m.unwrap_or(0), 0))?;
            i += if m.is_some() { 3 } else { 2 };
            if tokens.get(i) == Some(&"min") {
                i += 1;
            }
            after_time = true;
            continue;
        }
        // `p. m.` (Spanish) is two tokens.
        let spaced = matches!(t, "a." | "p.") && tokens.get(i + 1) == Some(&"m.");
        let mark = if spaced {
            Some(t == "p.")
        } else {
            meridiem(t.trim_end_matches('.'))
        };
        if let Some(pm) = mark {
            match (after_time, t) {
                (true, _) => set(&mut p.pm, pm)?,
                (false, "am") => {}
                (false, _) => return None,
            }
            i += if spaced { 2 } else { 1 };
            after_time = false;
            continue;
        }
        let had_time = p.time.is_some();
        read_token(t, &mut p)?;
        after_time = !had_time && p.time.is_some();
        i += 1;
    }
    let (hour, minute, second) = p.time.unwrap_or((0, 0, 0));
    Stamp::new(
        p.year?,
        p.month.or(p.maybe_month)?,
        p.day?,
        twenty_four(hour, p.pm)?,
        minute,
        second,
    )
}

/// A line shaped like a date, readable or not (`16 Septober 2010`, `2010/16/09 at
/// 12:05 pm`): short, with a year or a clock, and at most one word the tables do not
/// know. A blog format takes such a line as the date it stands for, so that its entry keeps
/// its header and a problem names the date, rather than the line passing for text. A
/// sentence has more unknown words than that (`I was born in 1980`).
pub fn looks_like_date(text: &str) -> bool {
    let text = text.trim();
    if text.len() > MAX_DATE_LEN || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let folded = fold_fast(text);
    let mut anchored = false;
    let mut unknown = 0;
    let mut tokens = 0;
    for t in folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        tokens += 1;
        let bare = t.trim_end_matches('.');
        if bare.bytes().any(|b| b.is_ascii_digit()) {
            // A year (four digits in a row) or a clock (`12:05`, `12h05`).
            let run = bare
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            anchored |= run == 4 || bare.contains(':') || bare.contains('h');
        } else if word(bare).is_none() && meridiem(bare).is_none() && !matches!(bare, "h" | "min") {
            unknown += 1;
        }
    }
    anchored && unknown <= 1 && tokens <= 8
}

/// `am` / `pm` (folded, final dot removed) → whether it is PM.
fn meridiem(mark: &str) -> Option<bool> {
    match mark {
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        _ => None,
    }
}

/// [`fold`], with a shortcut for the plain ASCII most dates are.
fn fold_fast(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        fold(text)
    }
}

/// The 24-hour hour of `hour` on a 12-hour clock (`pm`), or as is without am/pm.
fn twenty_four(hour: u8, pm: Option<bool>) -> Option<u8> {
    match pm {
        Some(_) if !(1..=12).contains(&hour) => None,
        Some(true) if hour < 12 => Some(hour + 12),
        Some(false) if hour == 12 => Some(0),
        _ => Some(hour),
    }
}

fn read_token(t: &str, p: &mut Parts) -> Option<()> {
    // `sept.`, `16.`: abbreviations and German days end in a dot.
    let bare = t.trim_end_matches('.');
    // Words are looked up in the tables; numbers never need to be.
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        match word(bare) {
            Some(Word::Filler | Word::Weekday(_)) => return Some(()),
            Some(Word::Month(m)) => return set(&mut p.month, m),
            Some(Word::MonthOrWeekday(m)) => return set(&mut p.maybe_month, m),
            None => {}
        }
        return None;
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
    // `12h05`
    if let Some((h, m)) = t.split_once('h').filter(|(h, _)| number(h).is_some()) {
        return set(
            &mut p.time,
            (number(h)?, number(m).filter(|_| m.len() == 2)?, 0),
        );
    }
    if t.contains(['/', '.', '-']) && t.len() > 5 {
        return read_slashed_date(t, p);
    }
    let digits = bare
        .strip_suffix("er")
        .or(bare.strip_suffix("st"))
        .unwrap_or(bare);
    let digits = ["nd", "rd", "th", "º", "°"]
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

/// `16/09/2010`, `16.09.2010`, `16-09-2010`: day first, as in most of the world, unless
/// the second number cannot be a month (`9/16/2010`); `2010/09/16` year first. Only
/// four-digit years: `16.09.10` on its own says too little.
fn read_slashed_date(t: &str, p: &mut Parts) -> Option<()> {
    let (date, len) = numeric_date(t)?;
    if len != t.len() || (!date.year_first && date.fields[2] < 1000) {
        return None;
    }
    let alone = if date.fields[1] > 12 {
        Order::MonthDay
    } else {
        Order::DayMonth
    };
    let fits = |o: &Order| {
        date.ymd(*o)
            .is_some_and(|(y, m, d)| (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
    };
    let order = p
        .order
        .filter(|o| *o != Order::YearMonthDay && fits(o))
        .unwrap_or(alone);
    let (y, m, d) = date.ymd(order)?;
    set(&mut p.year, y)?;
    set(&mut p.month, m)?;
    set(&mut p.day, d)
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

// ---------------------------------------------------------------------------------------
// Relative dates

/// A relative date, `amount` `unit`s before the moment the page was copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ago {
    pub amount: u32,
    pub unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Larger amounts are not dates (`1000000 years ago`), and would overflow a `Stamp`.
const MAX_AGO: u32 = 100_000;

impl Ago {
    /// The moment `anchor` minus this amount. Months and years are counted on the
    /// calendar (a month before 31 March is 28 or 29 February), the rest in seconds.
    pub fn before(self, anchor: Stamp) -> Option<Stamp> {
        let n = i64::from(self.amount);
        let seconds = match self.unit {
            Unit::Second => 1,
            Unit::Minute => 60,
            Unit::Hour => 3600,
            Unit::Day => 86_400,
            Unit::Week => 7 * 86_400,
            Unit::Month | Unit::Year => {
                let months = if self.unit == Unit::Year { 12 * n } else { n };
                let index = i64::from(anchor.year) * 12 + i64::from(anchor.month) - 1 - months;
                let year = u16::try_from(index.div_euclid(12)).ok()?;
                let month = index.rem_euclid(12) as u8 + 1;
                let day = anchor.day.min(days_in_month(year, month));
                return Stamp::new(year, month, day, anchor.hour, anchor.minute, anchor.second);
            }
        };
        Stamp::from_seconds(anchor.seconds() - n * seconds)
    }
}

/// The unit a (folded) word names, singular or plural, in any of the seven languages.
fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "s" | "sec" | "secs" | "second" | "seconds" | "seconde" | "secondes" | "segundo"
        | "segundos" | "sekunde" | "sekunden" | "secondo" | "secondi" | "seconden" => Unit::Second,
        "m" | "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" | "minuten"
        | "minuti" | "minuut" => Unit::Minute,
        "h" | "hr" | "hrs" | "hour" | "hours" | "heure" | "heures" | "hora" | "horas"
        | "stunde" | "stunden" | "ora" | "ore" | "uur" => Unit::Hour,
        "d" | "day" | "days" | "jour" | "jours" | "dia" | "dias" | "tag" | "tagen" | "tage"
        | "giorno" | "giorni" | "dag" | "dagen" => Unit::Day,
        "w" | "wk" | "wks" | "week" | "weeks" | "semaine" | "semaines" | "semana" | "semanas"
        | "woche" | "wochen" | "settimana" | "settimane" | "weken" => Unit::Week,
        "mo" | "mos" | "month" | "months" | "mois" | "mes" | "meses" | "monat" | "monaten"
        | "monate" | "mese" | "mesi" | "maand" | "maanden" => Unit::Month,
        "y" | "yr" | "yrs" | "year" | "years" | "an" | "ans" | "annee" | "annees" | "ano"
        | "anos" | "jahr" | "jahren" | "jahre" | "anno" | "anni" | "jaar" | "jaren" => Unit::Year,
        _ => return None,
    })
}

/// A count written as a number or an article (`a year ago`, `il y a une heure`,
/// `vor einem Jahr`); "a few" is taken as three.
fn amount(words: &[&str]) -> Option<u32> {
    match words {
        [n] if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok().filter(|&n| n <= MAX_AGO),
        ["a" | "an" | "one" | "un" | "une" | "uno" | "una" | "um" | "uma" | "ein" | "eine"
        | "einem" | "einer" | "een"] => Some(1),
        ["a", "few"]
        | ["few"]
        | ["quelques"]
        | ["unos" | "unas" | "alguns" | "algumas"]
        | ["ein", "paar"]
        | ["einigen"]
        | ["qualche"]
        | ["enkele"] => Some(3),
        _ => None,
    }
}

/// Reads a relative date: `7 years ago`, `an hour ago`, `14 hours ago`, `3d ago`,
/// `il y a 3 jours`, `hace 2 días`, `vor 3 Tagen`, `3 giorni fa`, `un'ora fa`,
/// `há 3 dias`, `3 dias atrás`, `3 dagen geleden`, `yesterday`, `just now`.
pub fn parse_ago(text: &str) -> Option<Ago> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_DATE_LEN || !may_be_relative(text) {
        return None;
    }
    let folded = fold_fast(text);
    let now = Ago {
        amount: 0,
        unit: Unit::Second,
    };
    let day = Ago {
        amount: 1,
        unit: Unit::Day,
    };
    match folded.as_str() {
        "just now" | "now" | "a l'instant" | "a l’instant" | "ahora" | "gerade eben" | "adesso"
        | "agora" | "zojuist" => return Some(now),
        "yesterday" | "hier" | "ayer" | "gestern" | "ieri" | "ontem" | "gisteren" => {
            return Some(day)
        }
        _ => {}
    }
    // `un'ora`: the apostrophe glues the article to the unit.
    let tokens: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|t| !t.is_empty())
        .collect();
    let core = match tokens.as_slice() {
        ["il", "y", "a", rest @ ..] | ["hace" | "vor" | "ha", rest @ ..] => rest,
        [rest @ .., "ago" | "fa" | "atras" | "geleden"] => rest,
        _ => return None,
    };
    let (count, name) = match core {
        [count @ .., name] if !count.is_empty() => (amount(count)?, *name),
        // `3d ago`, `14h ago`: HN-like short forms glue the number to the unit.
        [glued] => {
            let split = glued
                .find(|c: char| !c.is_ascii_digit())
                .filter(|&i| i > 0)?;
            (amount(&[&glued[..split]])?, &glued[split..])
        }
        _ => return None,
    };
    Some(Ago {
        amount: count,
        unit: unit(name)?,
    })
}

/// A cheap look before the real reading: a relative date starts or ends with one of a
/// few words (`il y a`, `hace`, `vor`, `há`; `ago`, `fa`, `atrás`, `geleden`), or is one
/// of the words for now and yesterday. Most lines fail here without allocating.
fn may_be_relative(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let last = text.rsplit(char::is_whitespace).next().unwrap_or("");
    let is = |word: &str, options: &[&str]| options.iter().any(|o| word.eq_ignore_ascii_case(o));
    is(
        first,
        &[
            "il", "hace", "vor", "há", "ha", "Há", "à", "a", "just", "gerade",
        ],
    ) || is(last, &["ago", "fa", "atrás", "atras", "geleden"])
        || is(
            text,
            &[
                "now",
                "ahora",
                "adesso",
                "agora",
                "zojuist",
                "yesterday",
                "hier",
                "ayer",
                "gestern",
                "ieri",
                "ontem",
                "gisteren",
            ],
        )
}

/// What a date text says: a moment, or an amount of time before the copy was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    At(Stamp),
    Ago(Ago),
}

/// An absolute date, else a relative one.
pub fn read_when(text: &str) -> Option<When> {
    read_when_as(text, None)
}

/// [`read_when`], all-number dates read in `order` (see [`parse_date_as`]).
pub fn read_when_as(text: &str, order: Option<Order>) -> Option<When> {
    parse_date_as(text, order)
        .map(When::At)
        .or_else(|| parse_ago(text).map(When::Ago))
}

/// The all-number date in a date text (`From Anne - 03/09/2010, 12:05`: `03/09/2010`), the
/// way [`parse_date`] would read it (a four-digit year), and whether the text has AM/PM:
/// what a file's dates vote with ([`OrderVotes::see_date`]).
pub fn numeric_in(text: &str) -> Option<(NumericDate, bool)> {
    let mut twelve_hour = false;
    let mut found = None;
    let mut after_clock = false;
    for t in text.split(|c: char| c.is_whitespace() || c == ',') {
        let lower = t.to_ascii_lowercase();
        // AM/PM after a clock (`8:45 pm`) or on it (`8:45pm`); German `am` is not one.
        let marked = meridiem(lower.trim_end_matches('.')).is_some();
        let clock = lower.contains(':');
        twelve_hour |=
            (after_clock && marked) || (clock && (lower.ends_with("am") || lower.ends_with("pm")));
        after_clock = clock;
        if let Some((date, len)) = numeric_date(t) {
            let shaped = len == t.len() && (date.year_first || date.fields[2] >= 1000);
            if shaped && found.is_none() {
                found = Some(date);
            }
        }
    }
    found.map(|date| (date, twelve_hour))
}

// ---------------------------------------------------------------------------------------
// All-number stamps of chat exports

/// A date written with numbers only: `06/03/2017`, `7/11/17`, `16.09.10`, `2017-03-06`.
/// Which field is the day depends on the phone's locale: see [`OrderVotes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumericDate {
    pub fields: [u16; 3],
    /// The first field has four digits: `YYYY-MM-DD`.
    pub year_first: bool,
}

/// The order of day and month in a file's numeric dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    DayMonth,
    MonthDay,
    YearMonthDay,
}

impl NumericDate {
    /// `(year, month, day)` under `order`; two-digit years are this century's (chat
    /// exports are recent).
    pub fn ymd(self, order: Order) -> Option<(u16, u8, u8)> {
        let [a, b, c] = self.fields;
        let (y, m, d) = match (self.year_first, order) {
            (true, _) | (false, Order::YearMonthDay) => (a, b, c),
            (false, Order::DayMonth) => (c, b, a),
            (false, Order::MonthDay) => (c, a, b),
        };
        let y = if y < 100 { 2000 + y } else { y };
        Some((y, u8::try_from(m).ok()?, u8::try_from(d).ok()?))
    }

    pub fn stamp(self, order: Order, clock: Clock) -> Option<Stamp> {
        let (y, m, d) = self.ymd(order)?;
        Stamp::new(
            y,
            m,
            d,
            twenty_four(clock.hour, clock.pm)?,
            clock.minute,
            clock.second,
        )
    }
}

/// Reads a numeric date at the start of `s`: `d{1,2}` (or `d{4}`), a separator (`/`, `.`
/// or `-`), `d{1,2}`, the same separator, `d{2}` or `d{4}`. Returns it and its length in
/// bytes.
pub fn numeric_date(s: &str) -> Option<(NumericDate, usize)> {
    let b = s.as_bytes();
    let (first, mut at) = digits(b, 0)?;
    let sep = *b.get(at).filter(|c| matches!(c, b'/' | b'.' | b'-'))?;
    let (second, next) = digits(b, at + 1)?;
    at = next;
    if b.get(at) != Some(&sep) {
        return None;
    }
    let (third, end) = digits(b, at + 1)?;
    let (l1, l2, l3) = (first.1, second.1, third.1);
    let year_first = l1 == 4;
    let shaped = if year_first {
        l2 <= 2 && l3 <= 2
    } else {
        l1 <= 2 && l2 <= 2 && (l3 == 2 || l3 == 4)
    };
    shaped.then_some((
        NumericDate {
            fields: [first.0, second.0, third.0],
            year_first,
        },
        end,
    ))
}

/// The run of ASCII digits at `from` (at most 4): its value and length, and where it ends.
fn digits(b: &[u8], from: usize) -> Option<((u16, usize), usize)> {
    let len = b
        .get(from..)?
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if len == 0 || len > 4 {
        return None;
    }
    let value = b[from..from + len]
        .iter()
        .fold(0u16, |v, c| v * 10 + u16::from(c - b'0'));
    Some(((value, len), from + len))
}

/// A time of day as a chat export writes it: `00:45`, `8:20:41 PM`, `8:20 p. m.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// `Some(true)` for PM on a 12-hour clock, `None` on a 24-hour clock.
    pub pm: Option<bool>,
}

/// Reads a clock at the start of `s`; the space before AM/PM may be a plain space, a
/// no-break space or the narrow no-break space (U+202F) recent phones write. Returns it
/// and its length in bytes.
pub fn clock(s: &str) -> Option<(Clock, usize)> {
    let b = s.as_bytes();
    let ((hour, hl), at) = digits(b, 0)?;
    if hl > 2 || b.get(at) != Some(&b':') {
        return None;
    }
    let ((minute, ml), mut end) = digits(b, at + 1)?;
    if ml != 2 {
        return None;
    }
    let mut second = 0;
    if b.get(end) == Some(&b':') {
        let ((s, sl), e) = digits(b, end + 1)?;
        if sl != 2 {
            return None;
        }
        (second, end) = (s, e);
    }
    let mut pm = None;
    let rest = &s[end..];
    let after_space = rest.strip_prefix(SPACES).unwrap_or(rest);
    if let Some((is_pm, len)) = marker(after_space) {
        pm = Some(is_pm);
        end = s.len() - after_space.len() + len;
    }
    let clock = Clock {
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(minute).ok()?,
        second: u8::try_from(second).ok()?,
        pm,
    };
    let valid = clock.minute < 60
        && clock.second < 60
        && match pm {
            Some(_) => (1..=12).contains(&clock.hour),
            None => clock.hour < 24,
        };
    valid.then_some((clock, end))
}

/// The spaces phones write inside and before AM/PM: plain, no-break, narrow no-break.
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// `AM`, `pm`, `a.m.`, `p. m.` (the space in it possibly a no-break one) at the start of
/// `s` → whether it is PM, and its length. It must end there: `8:20 PMfoo` is not a clock
/// followed by PM.
fn marker(s: &str) -> Option<(bool, usize)> {
    let is_pm = match s.as_bytes().first()? {
        b'a' | b'A' => false,
        b'p' | b'P' => true,
        _ => return None,
    };
    let mut rest = &s[1..];
    if let Some(dotted) = rest.strip_prefix('.') {
        rest = dotted.strip_prefix(SPACES).unwrap_or(dotted);
    }
    rest = rest.strip_prefix(['m', 'M'])?;
    rest = rest.strip_prefix('.').unwrap_or(rest);
    (!rest.starts_with(char::is_alphanumeric)).then_some((is_pm, s.len() - rest.len()))
}

/// Evidence, gathered over a whole file, of the order of day and month: `13/03/2017` can
/// only be day first, `3/13/2017` only month first.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrderVotes {
    day_first: usize,
    month_first: usize,
    year_first: usize,
    dates: usize,
    /// Dates such as `03/09/2010`, which read either way.
    ambiguous: usize,
    twelve_hour: bool,
}

impl OrderVotes {
    pub fn see(&mut self, date: NumericDate, clock: Clock) {
        self.see_date(date, clock.pm.is_some());
    }

    /// A date, and whether its time was on a 12-hour clock.
    pub fn see_date(&mut self, date: NumericDate, twelve_hour: bool) {
        self.dates += 1;
        self.twelve_hour |= twelve_hour;
        let [a, b, _] = date.fields;
        if date.year_first {
            self.year_first += 1;
        } else if a > 12 && b <= 12 {
            self.day_first += 1;
        } else if b > 12 && a <= 12 {
            self.month_first += 1;
        } else if a != b {
            self.ambiguous += 1;
        }
    }

    /// Whether some date could be read either way and none told which: the order is
    /// then a guess worth a notice.
    pub fn undecided(&self) -> bool {
        self.ambiguous > 0 && self.order().1
    }

    /// The order the file's dates follow, and whether it was only guessed (no date could
    /// tell): then day first, unless the clock is on 12 hours, as in the United States.
    pub fn order(&self) -> (Order, bool) {
        if self.year_first > 0 && self.year_first * 2 >= self.dates {
            return (Order::YearMonthDay, false);
        }
        match self.day_first.cmp(&self.month_first) {
            std::cmp::Ordering::Greater => (Order::DayMonth, false),
            std::cmp::Ordering::Less => (Order::MonthDay, false),
            std::cmp::Ordering::Equal if self.twelve_hour => (Order::MonthDay, true),
            std::cmp::Ordering::Equal => (Order::DayMonth, true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("on Sep 16, 2010", "2010-09-16T00:00:00"),
            ("16 septembre 2010 à 12 h 05 min", "2010-09-16T12:05:00"),
            ("16 septembre 2010 à 12 h 05", "2010-09-16T12:05:00"),
            ("16 septembre 2010 à 12h05", "2010-09-16T12:05:00"),
            ("jeudi 16 sept. 2010, 12:05", "2010-09-16T12:05:00"),
            ("Le jeudi 16 septembre 2010, 12:05", "2010-09-16T12:05:00"),
            ("1er août 2012", "2012-08-01T00:00:00"),
            ("16 février 2011", "2011-02-16T00:00:00"),
            ("16 fevrier 2011", "2011-02-16T00:00:00"),
            ("Thursday, 16 September 2010 14:03", "2010-09-16T14:03:00"),
            (
                "16 de septiembre de 2010 a las 12:05",
                "2010-09-16T12:05:00",
            ),
            ("jueves, 16 de septiembre de 2010", "2010-09-16T00:00:00"),
            ("3 dic. 2010", "2010-12-03T00:00:00"),
            ("16. September 2010 um 12:05 Uhr", "2010-09-16T12:05:00"),
            ("Donnerstag, 16. März 2010", "2010-03-16T00:00:00"),
            ("16. Okt. 2010", "2010-10-16T00:00:00"),
            ("16 settembre 2010 alle 12:05", "2010-09-16T12:05:00"),
            (
                "giovedì 16 settembre 2010 alle ore 12:05",
                "2010-09-16T12:05:00",
            ),
            ("2 gen 2011", "2011-01-02T00:00:00"),
            ("16 de setembro de 2010 às 12:05", "2010-09-16T12:05:00"),
            ("quinta-feira, 16 de março de 2011", "2011-03-16T00:00:00"),
            ("5 out. 2012", "2012-10-05T00:00:00"),
            ("16 september 2010 om 12:05", "2010-09-16T12:05:00"),
            ("donderdag 16 maart 2010", "2010-03-16T00:00:00"),
            ("3 mrt 2011", "2011-03-03T00:00:00"),
            ("16/09/2010, 12:05", "2010-09-16T12:05:00"),
            ("16.09.2010 12:05", "2010-09-16T12:05:00"),
            ("9/16/2010 12:05 PM", "2010-09-16T12:05:00"),
            ("06/03/2017", "2017-03-06T00:00:00"),
            // German `am` is "on the", not a meridiem; it only is one after a time.
            ("Am 16. September 2010 um 12:05", "2010-09-16T12:05:00"),
            ("am 16. September 2010 um 14:05", "2010-09-16T14:05:00"),
            ("16. September 2010 um 12:05 am", "2010-09-16T00:05:00"),
            (
                "16 de septiembre de 2010 a las 8:45 p. m.",
                "2010-09-16T20:45:00",
            ),
            (
                "16 de septiembre de 2010 a las 8:45 a.m.",
                "2010-09-16T08:45:00",
            ),
            ("sabato 18 settembre 2010", "2010-09-18T00:00:00"),
            ("jeu. 16 sept. 2010", "2010-09-16T00:00:00"),
            ("mer. 15 sept. 2010", "2010-09-15T00:00:00"),
            ("mié., 15 sept. 2010", "2010-09-15T00:00:00"),
            ("Mi., 15. Sep. 2010", "2010-09-15T00:00:00"),
            ("mar. 14 sept. 2010", "2010-09-14T00:00:00"),
            ("14 mar. 2010", "2010-03-14T00:00:00"),
            ("16-09-2010 12:05", "2010-09-16T12:05:00"),
            ("2010/09/16 12:05", "2010-09-16T12:05:00"),
            ("2010/09/16 at 12:05 pm", "2010-09-16T12:05:00"),
            ("2010.09.16", "2010-09-16T00:00:00"),
        ];
        for (text, want) in table {
            assert_eq!(iso(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn lines_shaped_like_dates() {
        for text in [
            "16 Septober 2010 at 12:05 pm",
            "2010/16/09 at 12:05 pm",
            "Sep 1, 2009",
            "12:05",
        ] {
            assert!(looks_like_date(text), "{text:?}");
        }
        for text in [
            "I was born in 1980",
            "hello",
            "16 septembre 2010 je suis parti",
            "see you at 12 or so",
            "Route 66",
        ] {
            assert!(!looks_like_date(text), "{text:?}");
        }
    }

    #[test]
    fn no_word_is_both_a_month_and_a_filler() {
        for names in MONTHS.iter().chain(&WEEKDAYS) {
            for name in *names {
                assert!(!FILLERS.contains(name), "{name}");
            }
        }
        assert_eq!(word("septembre"), Some(Word::Month(9)));
        assert_eq!(word("jeudi"), Some(Word::Weekday(4)));
        assert_eq!(word("mar"), Some(Word::MonthOrWeekday(3)));
        assert_eq!(word("hours"), None);
    }

    /// Weekdays Monday first, then months, full names and abbreviations, as CLDR writes
    /// them for each language (accents and case as written, final dots kept).
    type Language = (&'static str, [&'static str; 14], [&'static str; 24]);
    const LANGUAGES: [Language; 7] = [
        (
            "en",
            [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
                "Mon",
                "Tue",
                "Wed",
                "Thu",
                "Fri",
                "Sat",
                "Sun",
            ],
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ],
        ),
        (
            "fr",
            [
                "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun.",
                "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.",
            ],
            [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
                "janv.",
                "févr.",
                "mars",
                "avr.",
                "mai",
                "juin",
                "juil.",
                "août",
                "sept.",
                "oct.",
                "nov.",
                "déc.",
            ],
        ),
        (
            "es",
            [
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
                "domingo",
                "lun.",
                "mar.",
                "mié.",
                "jue.",
                "vie.",
                "sáb.",
                "dom.",
            ],
            [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
                "ene.",
                "feb.",
                "mar.",
                "abr.",
                "may.",
                "jun.",
                "jul.",
                "ago.",
                "sept.",
                "oct.",
                "nov.",
                "dic.",
            ],
        ),
        (
            "de",
            [
                "Montag",
                "Dienstag",
                "Mittwoch",
                "Donnerstag",
                "Freitag",
                "Samstag",
                "Sonntag",
                "Mo.",
                "Di.",
                "Mi.",
                "Do.",
                "Fr.",
                "Sa.",
                "So.",
            ],
            [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
                "Jan.",
                "Feb.",
                "März",
                "Apr.",
                "Mai",
                "Juni",
                "Juli",
                "Aug.",
                "Sept.",
                "Okt.",
                "Nov.",
                "Dez.",
            ],
        ),
        (
            "it",
            [
                "lunedì",
                "martedì",
                "mercoledì",
                "giovedì",
                "venerdì",
                "sabato",
                "domenica",
                "lun",
                "mar",
                "mer",
                "gio",
                "ven",
                "sab",
                "dom",
            ],
            [
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
                "gen",
                "feb",
                "mar",
                "apr",
                "mag",
                "giu",
                "lug",
                "ago",
                "set",
                "ott",
                "nov",
                "dic",
            ],
        ),
        (
            "pt",
            [
                "segunda-feira",
                "terça-feira",
                "quarta-feira",
                "quinta-feira",
                "sexta-feira",
                "sábado",
                "domingo",
                "seg.",
                "ter.",
                "qua.",
                "qui.",
                "sex.",
                "sáb.",
                "dom.",
            ],
            [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
                "jan.",
                "fev.",
                "mar.",
                "abr.",
                "mai.",
                "jun.",
                "jul.",
                "ago.",
                "set.",
                "out.",
                "nov.",
                "dez.",
            ],
        ),
        (
            "nl",
            [
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
                "ma",
                "di",
                "wo",
                "do",
                "vr",
                "za",
                "zo",
            ],
            [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
                "jan",
                "feb",
                "mrt",
                "apr",
                "mei",
                "jun",
                "jul",
                "aug",
                "sep",
                "okt",
                "nov",
                "dec",
            ],
        ),
    ];

    #[test]
    fn every_weekday_and_month_of_every_language_is_known() {
        let key = |name: &str| fold(name).trim_end_matches('.').to_string();
        for (lang, days, months) in LANGUAGES {
            for (i, name) in days.iter().enumerate() {
                let d = (i % 7 + 1) as u8;
                let w = word(&key(name));
                let ok = w == Some(Word::Weekday(d)) || w == Some(Word::MonthOrWeekday(3));
                assert!(ok, "{lang}: {name} is {w:?}, not weekday {d}");
            }
            for (i, name) in months.iter().enumerate() {
                let m = (i % 12 + 1) as u8;
                let w = word(&key(name));
                let ok = w == Some(Word::Month(m)) || w == Some(Word::MonthOrWeekday(m));
                assert!(ok, "{lang}: {name} is {w:?}, not month {m}");
            }
            // In a date, the weekday abbreviated: `jeu. 16 septembre 2010`.
            let date = format!("{} 16 {} 2010", days[10], months[8]);
            assert_eq!(
                iso(&date).as_deref(),
                Some("2010-09-16T00:00:00"),
                "{lang}: {date}"
            );
            let date = format!("{}, 16 {} 2010", days[3], months[20]);
            assert_eq!(
                iso(&date).as_deref(),
                Some("2010-09-16T00:00:00"),
                "{lang}: {date}"
            );
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
            "Le 16 septembre 2010, nous sommes partis",
            "am 16. September 2010 war ich dort",
            "16/09/10",
            "13/13/2010",
            "1.2.3",
            "v1.2.3",
            "12h",
            "out of the blue 2010",
            "set 5 2010 to 2011",
            "pm 16 September 2010",
            "September 16, 2010 pm",
        ] {
            assert_eq!(iso(text), None, "{text:?}");
        }
    }

    fn ago(amount: u32, unit: Unit) -> Option<Ago> {
        Some(Ago { amount, unit })
    }

    #[test]
    fn reads_relative_dates_in_seven_languages() {
        use Unit::*;
        let table = [
            ("7 years ago", ago(7, Year)),
            ("a year ago", ago(1, Year)),
            ("an hour ago", ago(1, Hour)),
            ("14 hours ago", ago(14, Hour)),
            ("1 minute ago", ago(1, Minute)),
            ("a few seconds ago", ago(3, Second)),
            ("3d ago", ago(3, Day)),
            ("just now", ago(0, Second)),
            ("yesterday", ago(1, Day)),
            ("il y a 3 jours", ago(3, Day)),
            ("il y a un an", ago(1, Year)),
            ("il y a une heure", ago(1, Hour)),
            ("il y a 2 mois", ago(2, Month)),
            ("hace 2 días", ago(2, Day)),
            ("hace un año", ago(1, Year)),
            ("hace 5 meses", ago(5, Month)),
            ("vor 3 Tagen", ago(3, Day)),
            ("vor einem Jahr", ago(1, Year)),
            ("vor 2 Wochen", ago(2, Week)),
            ("3 giorni fa", ago(3, Day)),
            ("un'ora fa", ago(1, Hour)),
            ("un anno fa", ago(1, Year)),
            ("há 3 dias", ago(3, Day)),
            ("3 meses atrás", ago(3, Month)),
            ("3 dagen geleden", ago(3, Day)),
            ("een jaar geleden", ago(1, Year)),
            ("2 uur geleden", ago(2, Hour)),
        ];
        for (text, want) in table {
            assert_eq!(parse_ago(text), want, "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_relative_date() {
        for text in [
            "",
            "ago",
            "years ago",
            "7 apples ago",
            "long ago",
            "I wrote this 7 years ago",
            "il y a",
            "il y a des jours",
            "vor dem Haus",
            "Fa",
            "99999999999 years ago",
            "7 years from now",
        ] {
            assert_eq!(parse_ago(text), None, "{text:?}");
        }
    }

    #[test]
    fn relative_dates_count_back_from_the_anchor() {
        let anchor = Stamp::new(2026, 3, 31, 12, 0, 0).unwrap();
        let back = |text: &str| parse_ago(text).unwrap().before(anchor).unwrap().to_string();
        assert_eq!(back("7 years ago"), "2019-03-31T12:00:00");
        assert_eq!(back("a month ago"), "2026-02-28T12:00:00");
        assert_eq!(back("14 months ago"), "2025-01-31T12:00:00");
        assert_eq!(back("14 hours ago"), "2026-03-30T22:00:00");
        assert_eq!(back("2 weeks ago"), "2026-03-17T12:00:00");
        let leap = Stamp::new(2024, 2, 29, 0, 0, 0).unwrap();
        assert_eq!(
            parse_ago("a year ago")
                .unwrap()
                .before(leap)
                .unwrap()
                .to_string(),
            "2023-02-28T00:00:00"
        );
        let huge = Ago {
            amount: MAX_AGO,
            unit: Unit::Year,
        };
        assert_eq!(huge.before(anchor), None);
        assert!(matches!(read_when("7 years ago"), Some(When::Ago(_))));
        assert!(matches!(read_when("Sep 1, 2009"), Some(When::At(_))));
        assert_eq!(read_when("hello"), None);
    }

    #[test]
    fn numeric_dates_and_clocks() {
        let d = |s| numeric_date(s).map(|(d, len)| (d.fields, d.year_first, len));
        assert_eq!(d("06/03/2017, 00:45"), Some(([6, 3, 2017], false, 10)));
        assert_eq!(d("7/11/17 x"), Some(([7, 11, 17], false, 7)));
        assert_eq!(d("16.09.10"), Some(([16, 9, 10], false, 8)));
        assert_eq!(d("2017-03-06"), Some(([2017, 3, 6], true, 10)));
        for bad in ["", "06/03", "06/03.2017", "123/4/2017", "6/3/201", "a/b/c"] {
            assert_eq!(d(bad), None, "{bad:?}");
        }
        let c = |s| clock(s).map(|(c, len)| (c.hour, c.minute, c.second, c.pm, len));
        assert_eq!(c("00:45 - x"), Some((0, 45, 0, None, 5)));
        assert_eq!(c("8:20:41 PM]"), Some((8, 20, 41, Some(true), 10)));
        assert_eq!(c("8:20:41\u{202f}PM]"), Some((8, 20, 41, Some(true), 12)));
        assert_eq!(c("9:05\u{a0}a.m. -"), Some((9, 5, 0, Some(false), 10)));
        assert_eq!(c("9:05 p. m. -"), Some((9, 5, 0, Some(true), 10)));
        assert_eq!(c("9:05 PMx"), Some((9, 5, 0, None, 4)));
        assert_eq!(c("8:45 p.\u{a0}m. -"), Some((8, 45, 0, Some(true), 11)));
        assert_eq!(c("8:45 a.\u{202f}m. -"), Some((8, 45, 0, Some(false), 12)));
        assert_eq!(
            c("8:45\u{202f}p.\u{202f}m. -"),
            Some((8, 45, 0, Some(true), 14))
        );
        assert_eq!(c("8:45 a ver"), Some((8, 45, 0, None, 4)));
        assert_eq!(c("8:45 amigo"), Some((8, 45, 0, None, 4)));
        for bad in ["", "24:00", "13:00 PM", "1:5", "123:45", "12:60", "0:30 AM"] {
            assert_eq!(c(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_numeric_date_in_a_date_text() {
        let n = |s| numeric_in(s).map(|(d, twelve)| (d.fields, twelve));
        assert_eq!(n("03/09/2010, 12:05"), Some(([3, 9, 2010], false)));
        assert_eq!(n("9/13/2010 8:45 PM"), Some(([9, 13, 2010], true)));
        assert_eq!(n("9/13/2010 8:45pm"), Some(([9, 13, 2010], true)));
        assert_eq!(n("Am 03.09.2010 um 12:05"), Some(([3, 9, 2010], false)));
        assert_eq!(n("Sep 16, 2010"), None);
        assert_eq!(n("16.09.10 12:05"), None);
        assert_eq!(
            parse_date_as("03/09/2010", Some(Order::MonthDay)).map(|s| s.to_string()),
            Some("2010-03-09T00:00:00".into())
        );
        // A date the file's order cannot read is read as alone.
        assert_eq!(
            parse_date_as("13/09/2010", Some(Order::MonthDay)).map(|s| s.to_string()),
            Some("2010-09-13T00:00:00".into())
        );
    }

    #[test]
    fn day_and_month_order_is_decided_by_the_whole_file() {
        let date = |s: &str| numeric_date(s).unwrap().0;
        let h24 = clock("10:00").unwrap().0;
        let h12 = clock("10:00 PM").unwrap().0;
        let votes = |dates: &[&str], c: Clock| {
            let mut v = OrderVotes::default();
            for d in dates {
                v.see(date(d), c);
            }
            v.order()
        };
        assert_eq!(
            votes(&["06/03/2017", "13/03/2017"], h24),
            (Order::DayMonth, false)
        );
        assert_eq!(votes(&["3/6/17", "3/13/17"], h24), (Order::MonthDay, false));
        assert_eq!(votes(&["06/03/2017"], h24), (Order::DayMonth, true));
        assert_eq!(votes(&["7/11/17"], h12), (Order::MonthDay, true));
        assert_eq!(votes(&["2017-03-06"], h24), (Order::YearMonthDay, false));
        let (order, _) = votes(&["3/13/17"], h24);
        assert_eq!(
            date("3/13/17").stamp(order, h12).unwrap().to_string(),
            "2017-03-13T22:00:00"
        );
    }
}
