//! Comment lists copied from blogs that head each comment `Name @ 2010-09-16 10:59:58`.
//!
//! The header sometimes lost its date (`Name @`), and a name may itself contain or start
//! with `@` (`@ grnkss @`, `Stephanie Booth ( @ stephtara) @`).

use super::Format;
use crate::model::Archive;
use crate::parse::blog::{build, Header};
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct AtStamp;

/// `YYYY-MM-DD HH:MM:SS`
const STAMP_LEN: usize = 19;
/// An undated header is only believed for a short name standing alone between blank
/// lines: a sentence that happens to end in ` @` is longer.
const MAX_UNDATED_NAME: usize = 60;

impl Format for AtStamp {
    fn name(&self) -> &'static str {
        "at_stamp"
    }

    fn score(&self, head: &[Line]) -> usize {
        head.iter()
            .filter(|l| dated_header(l.text).is_some())
            .count()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let headers: Vec<Header> = (0..lines.len())
            .filter_map(|i| {
                let (author, time_text) = header_at(lines, i)?;
                Some(Header::new(i, i + 1, author, time_text))
            })
            .collect();
        // The seeds' comments end with no button: nothing to strip.
        build(self.name(), lines, &headers, options, |_| false)
    }
}

fn header_at<'a>(lines: &[Line<'a>], i: usize) -> Option<(&'a str, Option<&'a str>)> {
    let text = lines[i].text;
    if let Some((name, stamp)) = dated_header(text) {
        return Some((name, Some(stamp)));
    }
    let name = text.trim_end().strip_suffix(" @")?.trim();
    let alone = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_none_or(Line::is_blank);
    let believable = !name.is_empty()
        && name.chars().count() <= MAX_UNDATED_NAME
        && alone(i.checked_sub(1))
        && alone(Some(i + 1));
    believable.then_some((name, None))
}

/// `Name @ YYYY-MM-DD HH:MM:SS` → (`Name`, the stamp text).
fn dated_header(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end();
    let split = text.len().checked_sub(STAMP_LEN)?;
    let stamp = text.get(split..)?;
    let name = text[..split].strip_suffix(" @ ")?.trim();
    let shaped = stamp.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        10 => b == b' ',
        13 | 16 => b == b':',
        _ => b.is_ascii_digit(),
    });
    (shaped && !name.is_empty()).then_some((name, stamp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn dated_headers() {
        assert_eq!(
            dated_header("greg @ 2010-09-16 10:59:58"),
            Some(("greg", "2010-09-16 10:59:58"))
        );
        assert_eq!(
            dated_header("Oriane, 21 ans @ 2010-10-21 14:43:59 "),
            Some(("Oriane, 21 ans", "2010-10-21 14:43:59"))
        );
        assert_eq!(dated_header(" @ 2010-09-16 10:59:58"), None);
        assert_eq!(dated_header("greg @ 2010-09-16"), None);
        assert_eq!(dated_header("greg 2010-09-16 10:59:58"), None);
    }

    #[test]
    fn undated_headers_must_stand_alone() {
        let lines = split(
            "text\n\n@ grnkss @\n\nbody\nmail me @\nmore\n\nStephanie Booth ( @ stephtara) @\n",
        );
        assert_eq!(header_at(&lines, 2), Some(("@ grnkss", None)));
        assert_eq!(header_at(&lines, 5), None, "a sentence inside a paragraph");
        assert_eq!(
            header_at(&lines, 8),
            Some(("Stephanie Booth ( @ stephtara)", None))
        );
    }
}
