//! WordPress comment lists, in English and French (one format, `wordpress`: the layout is
//! the same, only the words change).
//!
//! ```text
//! 12 comments                                     declared count (optional)
//! nblas says:                                     header (French: `nblas dit :`)
//! September 16, 2010 at 12:05 pm                  date, on the next non-blank line
//! moi aussi, …                                    body
//! Reply                                           button, left out (`Répondre`)
//! Pingback: Some Blog » A Post                    pingback (`Trackback:`, `Ping :`),
//! September 17, 2010 at 3:12 am                     with or without a date line
//! Ann on September 16, 2010 at 12:05 pm said:     one-line header (Twenty Eleven;
//!                                                   French `Ann le … a dit :`)
//! ```

use super::Format;
use crate::model::{Archive, Kind};
use crate::parse::blog::{build, comment_count, is_button, Header};
use crate::parse::date::{looks_like_date, parse_date};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct WordPress;

/// The verb before the colon: `says:`, `said:`, `dit :`, `a dit :`.
const SAYS: &[&str] = &["says", "said", "dit"];
/// What joins the name to the date in one-line headers: `Ann on <date> said:`.
const ON: &[&str] = &[" on ", " le "];
/// Longer "names" are sentences that happen to end in `says:`.
const MAX_NAME: usize = 120;

impl Format for WordPress {
    fn name(&self) -> &'static str {
        "wordpress"
    }

    /// Headers with a date that reads: `says:` alone ends many a sentence.
    fn score(&self, head: &[Line]) -> usize {
        (0..head.len())
            .filter(|&i| header_at(head, i).is_some_and(|(_, dated)| dated))
            .count()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let headers: Vec<Header> = (0..lines.len())
            .filter_map(|i| Some(header_at(lines, i)?.0))
            .collect();
        build(self.name(), lines, &headers, options, is_button)
    }
}

/// The header at line `i`, and whether its date reads. A `says:` header is kept when a
/// line shaped like a date follows it, even one that does not read (the entry is undated
/// and a problem names the date), and with no date at all when it stands where a comment
/// starts, under the previous one's `Reply` or the count: folding it into the comment
/// above would make its author vanish.
fn header_at<'a>(lines: &[Line<'a>], i: usize) -> Option<(Header<'a>, bool)> {
    let header = dated_header_at(lines, i);
    if header.is_some() {
        return header.map(|h| (h, true));
    }
    let author = says(lines[i].text.trim())?;
    if let Some((date, at)) = next_filled(lines, i).filter(|&(d, _)| looks_like_date(d)) {
        return Some((Header::new(i, at + 1, author, Some(date)), false));
    }
    let above = lines[..i].iter().rposition(|l| !l.is_blank());
    let starts_a_comment =
        above.is_some_and(|a| is_button(lines[a].text) || comment_count(lines[a].text).is_some());
    starts_a_comment.then(|| (Header::new(i, i + 1, author, None), false))
}

fn dated_header_at<'a>(lines: &[Line<'a>], i: usize) -> Option<Header<'a>> {
    let text = lines[i].text.trim();
    if let Some(site) = pingback(text) {
        let mut header = match date_after(lines, i) {
            Some((date, at)) => Header::new(i, at + 1, site, Some(date)),
            None => Header::new(i, i + 1, site, None),
        };
        header.kind = Some(Kind::Pingback);
        return Some(header);
    }
    let author = says(text)?;
    if let Some((name, date)) = one_line(author) {
        return Some(Header::new(i, i + 1, name, Some(date)));
    }
    let (date, at) = date_after(lines, i)?;
    Some(Header::new(i, at + 1, author, Some(date)))
}

/// `Name says:` → `Name`. The colon may follow a space or a no-break space (French).
fn says(text: &str) -> Option<&str> {
    let before_colon = text.strip_suffix(':')?.trim_end();
    let rest = SAYS.iter().find_map(|w| before_colon.strip_suffix(w))?;
    // The verb is a word of its own: `Adit:` is not `A dit :`.
    if !rest.ends_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_end();
    let author = rest.strip_suffix(" a").unwrap_or(rest).trim();
    (!author.is_empty() && author.chars().count() <= MAX_NAME).then_some(author)
}

/// `Ann on September 16, 2010 at 12:05 pm` → (`Ann`, the date).
fn one_line(text: &str) -> Option<(&str, &str)> {
    ON.iter().find_map(|on| {
        let (name, date) = text.split_once(on)?;
        let name = name.trim();
        (!name.is_empty() && parse_date(date).is_some()).then_some((name, date.trim()))
    })
}

/// `Pingback: Some Blog » A Post` → `Some Blog » A Post`.
fn pingback(text: &str) -> Option<&str> {
    let rest = ["Pingback", "Trackback", "Ping"]
        .iter()
        .find_map(|w| text.strip_prefix(w))?
        .trim_start()
        .strip_prefix(':')?
        .trim();
    (!rest.is_empty()).then_some(rest)
}

/// The next non-blank line after `i` when it is a date, with its index.
fn date_after<'a>(lines: &[Line<'a>], i: usize) -> Option<(&'a str, usize)> {
    next_filled(lines, i).filter(|&(date, _)| parse_date(date).is_some())
}

/// The next non-blank line after `i`, trimmed, with its index.
fn next_filled<'a>(lines: &[Line<'a>], i: usize) -> Option<(&'a str, usize)> {
    let at = i + 1 + lines.get(i + 1..)?.iter().position(|l| !l.is_blank())?;
    Some((lines[at].text.trim(), at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn a_header_needs_a_date_on_the_next_line() {
        let lines = split("nblas says:\nSep 1, 2009\nbody\nHe says:\nnot a date\n");
        let h = header_at(&lines, 0).unwrap().0;
        assert_eq!(
            (h.author, h.time_text, h.body_from),
            ("nblas", Some("Sep 1, 2009"), 2)
        );
        assert!(header_at(&lines, 3).is_none());
    }

    #[test]
    fn french_headers() {
        for text in [
            "Lucie dit :\n16 septembre 2010 à 12 h 05 min\nbody\n",
            "Lucie dit\u{a0}:\n16 septembre 2010 à 12 h 05 min\nbody\n",
            "Lucie a dit :\n16 septembre 2010 à 12 h 05 min\nbody\n",
        ] {
            let h = header_at(&split(text), 0).unwrap().0;
            assert_eq!(
                (h.author, h.time_text),
                ("Lucie", Some("16 septembre 2010 à 12 h 05 min")),
                "{text:?}"
            );
        }
        assert_eq!(says("Adit :"), None);
        assert_eq!(
            says("Il me dit :"),
            Some("Il me"),
            "needs a date line to count"
        );
    }

    #[test]
    fn one_line_headers_carry_their_date() {
        let lines = split("Ann on September 16, 2010 at 12:05 pm said:\nhello\n");
        let h = header_at(&lines, 0).unwrap().0;
        assert_eq!(
            (h.author, h.time_text, h.body_from),
            ("Ann", Some("September 16, 2010 at 12:05 pm"), 1)
        );
        let lines = split("Ann le 16 septembre 2010 à 12 h 05 min a dit :\nsalut\n");
        assert_eq!(header_at(&lines, 0).unwrap().0.author, "Ann");
        // A body line that ends with `said:` and mentions a date is not one.
        let lines = split("He told me on Monday and he said:\nthat was it\n");
        assert!(header_at(&lines, 0).is_none());
    }

    #[test]
    fn pingbacks_with_or_without_a_date() {
        let lines = split(
            "Pingback: Some Blog » A Post\nSeptember 17, 2010 at 3:12 am\n[…] x […]\n\
             Trackback: Other\nann says:\nSep 1, 2009\nhi\nPing : Site FR\n",
        );
        let h = header_at(&lines, 0).unwrap().0;
        assert_eq!(
            (h.author, h.time_text, h.body_from, h.kind),
            (
                "Some Blog » A Post",
                Some("September 17, 2010 at 3:12 am"),
                2,
                Some(Kind::Pingback)
            )
        );
        let h = header_at(&lines, 3).unwrap().0;
        assert_eq!((h.author, h.time_text, h.body_from), ("Other", None, 4));
        assert_eq!(header_at(&lines, 7).unwrap().0.author, "Site FR");
        assert_eq!(pingback("Pingback:"), None);
        assert_eq!(pingback("Pinged: x"), None);
    }

    #[test]
    fn a_count_that_disagrees_is_a_problem() {
        let text = "Post.\n3 comments\na says:\nSep 1, 2009\nhi\nb says:\nSep 2, 2009\nho\n";
        let archive = WordPress.parse(text, &split(text), &ParseOptions::default());
        assert_eq!(archive.entries.len(), 2);
        assert_eq!(archive.declared_count, Some(3));
        assert_eq!(archive.post.body.as_deref(), Some("Post."));
        assert!(archive
            .problems
            .iter()
            .any(|p| p.to_string().contains("announces 3 comments but 2")));
    }

    #[test]
    fn headers_without_a_readable_date_are_kept() {
        let text =
            "ann says:\nSeptember 16, 2010 at 12:05 pm\nhello\nReply\nbob says:\nhi\nReply\n\
                    cy says:\n16 Septober 2010 at 12:05 pm\nyo\nReply\n";
        let a = WordPress.parse(text, &split(text), &ParseOptions::default());
        let seen: Vec<(&str, Option<&str>, bool, &str)> = a
            .entries
            .iter()
            .map(|e| {
                let time_text = e.time_text.as_deref();
                (e.author.as_str(), time_text, e.time.is_some(), &*e.body)
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("ann", Some("September 16, 2010 at 12:05 pm"), true, "hello"),
                ("bob", None, false, "hi"),
                ("cy", Some("16 Septober 2010 at 12:05 pm"), false, "yo"),
            ]
        );
        assert_eq!(a.problems.len(), 1, "{:?}", a.problems);
        assert!(a.problems[0]
            .to_string()
            .contains("“16 Septober 2010 at 12:05 pm” could not be read"));
        // Only headers whose date reads count in detection.
        assert_eq!(WordPress.score(&split(text)), 1);
        // Under a line of text, an undated `says:` is the text's.
        let lines = split("ann says:\nSep 1, 2009\nMy mother says:\nwash your hands\n");
        assert!(header_at(&lines, 2).is_none());
    }

    #[test]
    fn reply_buttons_are_left_out() {
        let text = "a says:\nSep 1, 2009\nhi\nReply\n\nb dit :\n2 septembre 2009\nho\nRépondre\n";
        let archive = WordPress.parse(text, &split(text), &ParseOptions::default());
        let bodies: Vec<&str> = archive.entries.iter().map(|e| &*e.body).collect();
        assert_eq!(bodies, ["hi", "ho"]);
        assert_eq!(
            &text[archive.entries[0].span[0]..archive.entries[0].span[1]],
            "a says:\nSep 1, 2009\nhi"
        );
    }
}
