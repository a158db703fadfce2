//! WordPress comment lists: `N comments`, then for each comment `Name says:`, a date line
//! (`Sep 1, 2009`) and the body.

use super::Format;
use crate::model::Archive;
use crate::parse::blog::{build, Header};
use crate::parse::date::parse_date;
use crate::parse::lines::Line;

pub struct WordPress;

const SAYS: &[&str] = &[" says:", " said:"];

impl Format for WordPress {
    fn name(&self) -> &'static str {
        "wordpress"
    }

    fn score(&self, head: &[Line]) -> usize {
        (0..head.len())
            .filter(|&i| header_at(head, i).is_some())
            .count()
    }

    fn parse(&self, _text: &str, lines: &[Line]) -> Archive {
        let headers: Vec<Header> = (0..lines.len())
            .filter_map(|i| header_at(lines, i))
            .collect();
        let first = headers.first().map_or(lines.len(), |h| h.line);
        // "12 comments" just above the first comment closes the post and states a count.
        let declared = lines[..first]
            .iter()
            .rposition(|l| !l.is_blank())
            .and_then(|i| Some((i, comment_count(lines[i].text)?)));
        let post_end = declared.map_or(first, |(i, _)| i);
        let mut archive = build(self.name(), lines, &headers, post_end);
        if let Some((_, count)) = declared {
            archive.declared_count = Some(count);
            if count != archive.entries.len() {
                archive.problems.push(format!(
                    "The page announces {count} comments but {} were found.",
                    archive.entries.len()
                ));
            }
        }
        archive
    }
}

/// `Name says:` followed, on the next non-blank line, by a date.
fn header_at<'a>(lines: &[Line<'a>], i: usize) -> Option<Header<'a>> {
    let text = lines[i].text.trim_end();
    let author = SAYS.iter().find_map(|s| text.strip_suffix(s))?.trim();
    if author.is_empty() || author.chars().count() > 120 {
        return None;
    }
    let date_at = i + 1 + lines[i + 1..].iter().position(|l| !l.is_blank())?;
    let date = lines[date_at].text.trim();
    parse_date(date)?;
    Some(Header {
        line: i,
        body_from: date_at + 1,
        author,
        time_text: Some(date),
    })
}

/// `12 comments`, `1 Comment`, `5 Responses`, `3 commentaires`.
fn comment_count(line: &str) -> Option<usize> {
    let (n, word) = line.trim().split_once(' ')?;
    let word = word.trim().to_lowercase();
    let known = [
        "comment",
        "comments",
        "response",
        "responses",
        "commentaire",
        "commentaires",
    ];
    known
        .contains(&word.as_str())
        .then(|| n.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn a_header_needs_a_date_on_the_next_line() {
        let lines = split("nblas says:\nSep 1, 2009\nbody\nHe says:\nnot a date\n");
        let h = header_at(&lines, 0).unwrap();
        assert_eq!(
            (h.author, h.time_text, h.body_from),
            ("nblas", Some("Sep 1, 2009"), 2)
        );
        assert!(header_at(&lines, 3).is_none());
    }

    #[test]
    fn declared_counts() {
        assert_eq!(comment_count("12 comments"), Some(12));
        assert_eq!(comment_count("1 Comment"), Some(1));
        assert_eq!(comment_count("3 commentaires"), Some(3));
        assert_eq!(comment_count("12 angry men"), None);
    }

    #[test]
    fn a_count_that_disagrees_is_a_problem() {
        let text = "Post.\n3 comments\na says:\nSep 1, 2009\nhi\nb says:\nSep 2, 2009\nho\n";
        let archive = WordPress.parse(text, &split(text));
        assert_eq!(archive.entries.len(), 2);
        assert_eq!(archive.declared_count, Some(3));
        assert_eq!(archive.post.body.as_deref(), Some("Post."));
        assert!(archive
            .problems
            .iter()
            .any(|p| p.contains("announces 3 comments but 2")));
    }
}
