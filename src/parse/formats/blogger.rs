//! Blogger comment lists: the name says it said, the date comes after the comment.
//!
//! ```text
//! 5 comments:                          declared count (optional)
//! Rosa Lind said...                    header (`said…`, `a dit…`, `dijo...`, `disse...`)
//! The body of the comment,             body
//! on one line or several.
//! September 16, 2010 at 12:05 PM       date, under the body
//! Delete                               button, left out
//! ```
//!
//! "He said..." also ends sentences, so a header is only believed where a comment can
//! start: after the previous comment's date or buttons, after the count, at the top; or
//! when a date closes its comment and it is the first one or follows a blank line.

use super::Format;
use crate::model::Archive;
use crate::parse::blog::{build, comment_count, cut_trailing_chrome, is_button, Header};
use crate::parse::date::{looks_like_date, parse_date};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct Blogger;

/// `said...` in the languages Blogger is used in most, with three dots or an ellipsis.
const SAID: &[&str] = &[
    "said",
    "a dit",
    "dijo",
    "sagte",
    "hat gesagt",
    "ha detto",
    "disse",
    "zei",
];
const MAX_NAME: usize = 120;

impl Format for Blogger {
    fn name(&self) -> &'static str {
        "blogger"
    }

    fn score(&self, head: &[Line]) -> usize {
        headers(head).len()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let mut headers = headers(lines);
        // Where the comments end (the footer is cut the same way by `build`).
        let end = headers.last().map_or(lines.len(), |h| {
            cut_trailing_chrome(lines, h, &mut Vec::new())
        });
        let nexts: Vec<usize> = headers
            .iter()
            .skip(1)
            .map(|h| h.line)
            .chain([end])
            .collect();
        for (h, next) in headers.iter_mut().zip(nexts) {
            // A closing line shaped like a date that does not read is still the date (a
            // problem names it), not the comment's last line.
            if let Some(at) = closing_date(lines, h.body_from, next, looks_like_date) {
                h.trailer = Some(at);
                h.time_text = Some(lines[at].text.trim());
            }
        }
        build(self.name(), lines, &headers, options, is_button)
    }
}

/// The headers that stand where a comment can start.
fn headers<'a>(lines: &[Line<'a>]) -> Vec<Header<'a>> {
    // A candidate right under a line of text is part of that text; one under a blank
    // line is only believed when a date closes its comment.
    let candidates: Vec<(usize, &str, bool)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let author = said(l.text)?;
            let before = lines[..i].iter().rposition(|l| !l.is_blank());
            let after_a_comment = before.is_none_or(|b| {
                let t = lines[b].text;
                is_button(t) || comment_count(t).is_some() || parse_date(t).is_some()
            });
            let after_blank = before.is_some_and(|b| b + 1 < i);
            (after_a_comment || after_blank).then_some((i, author, after_a_comment))
        })
        .collect();
    let mut out = Vec::with_capacity(candidates.len());
    for (k, &(i, author, sure)) in candidates.iter().enumerate() {
        let next = candidates.get(k + 1).map_or(lines.len(), |c| c.0);
        if sure || closing_date(lines, i + 1, next, |t| parse_date(t).is_some()).is_some() {
            out.push(Header::new(i, i + 1, author, None));
        }
    }
    out
}

/// `Rosa Lind said...` → `Rosa Lind`.
fn said(text: &str) -> Option<&str> {
    let text = text.trim();
    let before = text
        .strip_suffix("...")
        .or_else(|| text.strip_suffix('…'))?
        .trim_end();
    let author = SAID.iter().find_map(|w| before.strip_suffix(w))?;
    if !author.ends_with(char::is_whitespace) {
        return None;
    }
    let author = author.trim();
    (!author.is_empty() && author.chars().count() <= MAX_NAME).then_some(author)
}

/// The line that dates the comment in `from..to`: its last line that is not blank nor a
/// button, when it is a date (as `is_date` tells).
fn closing_date(
    lines: &[Line],
    from: usize,
    to: usize,
    is_date: impl Fn(&str) -> bool,
) -> Option<usize> {
    let region = lines.get(from..to)?;
    let at = region
        .iter()
        .rposition(|l| !l.is_blank() && !is_button(l.text))?;
    is_date(region[at].text).then_some(from + at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn headers_in_several_languages() {
        assert_eq!(said("Rosa Lind said..."), Some("Rosa Lind"));
        assert_eq!(said("Anonymous said…"), Some("Anonymous"));
        assert_eq!(said("Hélène a dit…"), Some("Hélène"));
        assert_eq!(said("Pablo dijo..."), Some("Pablo"));
        assert_eq!(said("Rosa Lind said"), None);
        assert_eq!(said("said..."), None);
        assert_eq!(said("Unsaid..."), None);
    }

    #[test]
    fn a_sentence_ending_in_said_is_not_a_header() {
        let text = "Post.\n\nAnn said...\nShe told me\nand then he said...\nnothing.\n\
                    September 16, 2010 at 12:05 PM\nBob said...\nhi\nSep 17, 2010\n";
        let lines = split(text);
        let found: Vec<&str> = headers(&lines).iter().map(|h| h.author).collect();
        assert_eq!(found, ["Ann", "Bob"]);
        let a = Blogger.parse(text, &lines, &ParseOptions::default());
        assert_eq!(
            &*a.entries[0].body,
            "She told me\nand then he said...\nnothing."
        );
        assert_eq!(
            a.entries[0].time.unwrap().to_string(),
            "2010-09-16T12:05:00"
        );
        assert_eq!(a.entries[1].time_text.as_deref(), Some("Sep 17, 2010"));
    }

    #[test]
    fn a_header_under_text_needs_a_count_or_a_date_above_it() {
        let lines = split("Post text.\n\nAnn said...\nhi\nnot a date\n");
        assert!(headers(&lines).is_empty());
        let lines = split("Post text.\n\nAnn said...\nhi\nSep 1, 2010\nDelete\n");
        assert_eq!(headers(&lines).len(), 1);
        let lines = split("Post text.\n2 comments:\nAnn said...\nhi\n");
        assert_eq!(headers(&lines).len(), 1);
        let lines = split("Post text.\nAnn said...\nhi\nSep 1, 2010\n");
        assert!(headers(&lines).is_empty());
    }

    #[test]
    fn an_unreadable_closing_date_is_a_problem_not_text() {
        let text = "Ann said...\nhi\nSep 1, 2010\nBob said...\nho\n16 Septober 2010 12:05\n";
        let a = Blogger.parse(text, &split(text), &ParseOptions::default());
        let bob = &a.entries[1];
        assert_eq!(&*bob.body, "ho");
        assert_eq!(bob.time_text.as_deref(), Some("16 Septober 2010 12:05"));
        assert_eq!(bob.time, None);
        assert!(a
            .problems
            .iter()
            .any(|p| p.to_string().contains("could not be read")));
    }

    #[test]
    fn a_comment_without_a_date_keeps_its_last_line() {
        let text = "Ann said...\nhi\nthere\n\nBob said...\nho\nSep 2, 2010\n";
        let a = Blogger.parse(text, &split(text), &ParseOptions::default());
        assert_eq!(&*a.entries[0].body, "hi\nthere");
        assert_eq!(a.entries[0].time, None);
        assert_eq!(
            &text[a.entries[1].span[0]..a.entries[1].span[1]],
            "Bob said...\nho\nSep 2, 2010"
        );
    }
}
