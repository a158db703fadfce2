//! Bar labels as the timeline writes them.

use super::super::i18n::Lang;
use crate::timeline::{Bin, Unit};

/// What a bar covers: `Sep 16, 2010`, `Sep 16, 2010 14:00–15:00`, `week of Sep 13, 2010`,
/// `Sep 2010`, `2010`.
pub fn bin_range(lang: Lang, unit: Unit, bin: &Bin) -> String {
    let s = bin.start;
    let date = lang.date(s);
    match unit {
        Unit::Minute => format!("{date} {:02}:{:02}", s.hour, s.minute),
        Unit::Hour => format!("{date} {:02}:00–{:02}:00", s.hour, (s.hour + 1) % 24),
        Unit::Day => date,
        Unit::Week => (lang.t().week_of)(&date),
        Unit::Month => format!("{} {}", lang.t().months[usize::from(s.month - 1)], s.year),
        Unit::Year => s.year.to_string(),
    }
}

/// The unit's name in words, for the chart's accessible summary.
pub fn unit_name(lang: Lang, unit: Unit) -> &'static str {
    let names = lang.t().unit_names;
    match unit {
        Unit::Minute => names[0],
        Unit::Hour => names[1],
        Unit::Day => names[2],
        Unit::Week => names[3],
        Unit::Month => names[4],
        Unit::Year => names[5],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        let en = Lang::En;
        assert_eq!(en.duration(45), "45 s");
        assert_eq!(en.duration(21 * 60), "21 min");
        assert_eq!(en.duration(3 * 3600 + 5 * 60), "3 h 5 min");
        assert_eq!(en.duration(2 * 86_400 + 4 * 3600 + 59), "2 d 4 h");
        assert_eq!(en.gap(156 * 86_400 + 5), "156 d");
    }
}
