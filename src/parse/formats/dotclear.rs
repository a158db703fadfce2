//! Dotclear comment lists, in its two common themes: the date first (French or English),
//! or the name first.
//!
//! ```text
//! 3 commentaires                                     declared count (optional)
//! 1. Le jeudi 16 septembre 2010, 12:05 par Name      header; the number is optional
//! body                                                 (English: `On Thursday 16
//!                                                       September 2010, 12:05 by Name`)
//! From Name - 16/09/2010, 12:05                      header of the other theme
//! body                                                 (French: `De Name - …`)
//! ```

use super::Format;
use crate::model::Archive;
use crate::parse::blog::{build, is_button, Header};
use crate::parse::date::{looks_like_date, parse_date};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct Dotclear;

/// A name is a few words, not a clause: `par téléphone, il m’a dit` is no author.
const MAX_NAME_CHARS: usize = 60;
const MAX_NAME_WORDS: usize = 6;

impl Format for Dotclear {
    fn name(&self) -> &'static str {
        "dotclear"
    }

    fn score(&self, head: &[Line]) -> usize {
        head.iter()
            .filter(|l| header(l.text, Date::Reads).is_some())
            .count()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let headers: Vec<Header> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                // A header whose date does not read is kept (a problem names the date).
                let (author, date) = header(l.text, Date::Shaped)?;
                Some(Header::new(i, i + 1, author, Some(date)))
            })
            .collect();
        build(self.name(), lines, &headers, options, is_button)
    }
}

/// How sure the date of a header must be.
#[derive(Clone, Copy, PartialEq)]
enum Date {
    /// It reads: what detection counts.
    Reads,
    /// It is shaped like a date, read or not.
    Shaped,
}

/// A header line → (author, date text).
fn header(text: &str, date: Date) -> Option<(&str, &str)> {
    let text = text.trim();
    date_first(text, date).or_else(|| name_first(text, date))
}

/// `[1.] Le jeudi 16 septembre 2010, 12:05 par Name`, `On Thursday … by Name`.
fn date_first(text: &str, sure: Date) -> Option<(&str, &str)> {
    let text = strip_number(text);
    let (rest, by) = if let Some(rest) = strip_word(text, "Le") {
        (rest, " par ")
    } else {
        (strip_word(text, "On")?, " by ")
    };
    let (date, name) = rest.rsplit_once(by)?;
    checked(name, date, sure)
}

/// `From Name - 16/09/2010, 12:05`, `De Name - 16/09/2010, 12:05`.
fn name_first(text: &str, sure: Date) -> Option<(&str, &str)> {
    let rest = strip_word(text, "From").or_else(|| strip_word(text, "De"))?;
    let (name, date) = rest
        .rsplit_once(" - ")
        .or_else(|| rest.rsplit_once(" – "))?;
    checked(name, date, sure)
}

fn checked<'a>(name: &'a str, date: &'a str, sure: Date) -> Option<(&'a str, &'a str)> {
    let (name, date) = (name.trim(), date.trim());
    let words = name.split_whitespace().count();
    let name_like = (1..=MAX_NAME_WORDS).contains(&words)
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.ends_with([',', ';', ':', '!', '?', '…']);
    let dated = match sure {
        Date::Reads => parse_date(date).is_some(),
        Date::Shaped => parse_date(date).is_some() || looks_like_date(date),
    };
    (name_like && dated).then_some((name, date))
}

/// `Le …` → `…`, for a whole word in either case (`le`, `LE`).
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    let rest = text[word.len()..].strip_prefix(' ')?;
    head.eq_ignore_ascii_case(word).then_some(rest)
}

/// The comment number some themes print first: `1.`, `#12`.
fn strip_number(text: &str) -> &str {
    let digits_from = usize::from(text.starts_with('#'));
    let digits = text[digits_from..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 {
        return text;
    }
    let rest = &text[digits_from + digits..];
    let rest = if digits_from == 0 {
        match rest.strip_prefix('.') {
            Some(r) => r,
            None => return text,
        }
    } else {
        rest
    };
    rest.trim_start()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn both_themes_in_both_languages() {
        let le = "Le jeudi 16 septembre 2010, 12:05 par Name";
        assert_eq!(
            header(le, Date::Reads),
            Some(("Name", "jeudi 16 septembre 2010, 12:05"))
        );
        assert_eq!(
            header(
                "1. Le jeudi 16 septembre 2010, 12:05 par Paul Émile",
                Date::Reads
            ),
            Some(("Paul Émile", "jeudi 16 septembre 2010, 12:05"))
        );
        assert_eq!(
            header(
                "#3 On Thursday 16 September 2010, 12:05 by Sam",
                Date::Reads
            ),
            Some(("Sam", "Thursday 16 September 2010, 12:05"))
        );
        assert_eq!(
            header("From Anne-Marie - 16/09/2010, 12:05", Date::Reads),
            Some(("Anne-Marie", "16/09/2010, 12:05"))
        );
        assert_eq!(
            header("De Luc - 16/09/2010, 12:05", Date::Reads),
            Some(("Luc", "16/09/2010, 12:05"))
        );
        assert_eq!(
            header("From Lise B. - 17/09/2010, 09:12", Date::Reads),
            Some(("Lise B.", "17/09/2010, 09:12"))
        );
    }

    #[test]
    fn a_header_whose_date_does_not_read_is_kept() {
        let text = "From Ann - 16/09/2010, 12:05\nhi\nFrom Bob - 16 Septober 2010, 12:05\nho\n";
        let a = Dotclear.parse(text, &split(text), &ParseOptions::default());
        let authors: Vec<&str> = a.entries.iter().map(|e| e.author.as_str()).collect();
        assert_eq!(authors, ["Ann", "Bob"]);
        assert!(a.problems[0]
            .to_string()
            .contains("“16 Septober 2010, 12:05” could not be read"));
        assert_eq!(Dotclear.score(&split(text)), 1);
    }

    #[test]
    fn body_lines_that_mention_a_date_are_not_headers() {
        for text in [
            "Le jeudi 16 septembre 2010, 12:05 par téléphone, il m’a dit que c’était fini, tu vois.",
            "Le 16 septembre 2010 je suis parti par le train",
            "On Thursday we left by train",
            "From Paris - a lovely city",
            "From Name - yesterday",
            "Le par Name",
            "Lecture du 16 septembre 2010, 12:05 par Name",
            "12 Le jeudi 16 septembre 2010, 12:05 par Name",
        ] {
            assert_eq!(header(text, Date::Shaped), None, "{text:?}");
        }
    }
}
