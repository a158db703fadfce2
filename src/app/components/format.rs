//! Dates, durations and bar labels as the UI writes them.

use crate::model::Stamp;
use crate::summary::short_date;
use crate::timeline::{Bin, Unit};

/// `45 s`, `21 min`, `3 h 5 min`, `2 d 4 h`.
pub fn duration(seconds: i64) -> String {
    let (d, h, m) = (seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{seconds} s"),
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => format!("{d} d"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

pub fn optional_date(s: Option<Stamp>) -> String {
    s.map_or_else(|| "—".to_string(), short_date)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// What a bar covers: `16 Sep 2010`, `16 Sep 2010 14:00`, `week of 13 Sep 2010`, `Sep 2010`.
pub fn bin_range(unit: Unit, bin: &Bin) -> String {
    let s = bin.start;
    match unit {
        Unit::Minute => format!("{} {:02}:{:02}", short_date(s), s.hour, s.minute),
        Unit::Hour => format!(
            "{} {:02}:00–{:02}:00",
            short_date(s),
            s.hour,
            (s.hour + 1) % 24
        ),
        Unit::Day => short_date(s),
        Unit::Week => format!("week of {}", short_date(s)),
        Unit::Month => format!("{} {}", MONTHS[usize::from(s.month - 1)], s.year),
    }
}

/// A silence folded out of the axis, in the largest unit that says it: `156 d`, `5 h`.
pub fn gap(seconds: i64) -> String {
    match seconds {
        s if s >= 86_400 => format!("{} d", s / 86_400),
        s if s >= 3600 => format!("{} h", s / 3600),
        s => format!("{} min", s / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(21 * 60), "21 min");
        assert_eq!(duration(3 * 3600 + 5 * 60), "3 h 5 min");
        assert_eq!(duration(2 * 86_400 + 4 * 3600 + 59), "2 d 4 h");
        assert_eq!(gap(156 * 86_400 + 5), "156 d");
    }
}
