//! Hacker News threads copied from a page.
//!
//! ```text
//! Show HN: A kettle that tweets (example.com)                        the story's title
//! 123 points by alice 14 hours ago | hide | past | favorite | 45 comments
//! add comment
//! bob 14 hours ago | next [–]                                        header: user, date,
//! text                                                                 links
//! reply                                                              button: left out
//! carol 13 hours ago | parent | next [–]
//! dan on Sep 16, 2010 | root | parent | prev | next [–]              older: a date
//! ```
//!
//! The copy loses the indentation, but each header's links still tell the tree, read in
//! page order (depth first): no `parent` link is a top-level comment; `parent` without
//! `prev` is a first reply, so it answers the comment just above; `parent` with `prev`
//! follows a sibling: the deepest comment on the current path that announced a `next`.
//! These links are stated (`Cue::Stated`). Dates are mostly relative: they need a
//! reference date (`ParseOptions::anchor`).

use super::Format;
use crate::model::{Archive, Problem};
use crate::parse::blog::{build, comment_count, declare_count, is_button, Header};
use crate::parse::date::read_when;
use crate::parse::lines::Line;
use crate::parse::ParseOptions;

pub struct HackerNews;

impl Format for HackerNews {
    fn name(&self) -> &'static str {
        "hackernews"
    }

    fn score(&self, head: &[Line]) -> usize {
        head.iter().filter(|l| header(l.text).is_some()).count()
    }

    fn parse(&self, _text: &str, lines: &[Line], options: &ParseOptions) -> Archive {
        let found: Vec<(usize, Head)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((i, header(l.text)?)))
            .collect();
        let parents = tree(found.iter().map(|(_, h)| h.links));
        let mut unplaced = 0;
        let headers: Vec<Header> = found
            .iter()
            .zip(&parents)
            .map(|((i, h), &parent)| {
                let mut header = Header::new(*i, i + 1, h.user, Some(h.date));
                match parent {
                    Place::Reply(p) => header.parent = Some(p),
                    Place::Unknown => unplaced += 1,
                    Place::Top => {}
                }
                header
            })
            .collect();
        let mut archive = build(self.name(), lines, &headers, options, |l| {
            is_button(l) || l.trim() == "add comment"
        });
        story(
            lines,
            headers.first().map_or(lines.len(), |h| h.line),
            &mut archive,
        );
        if unplaced > 0 {
            archive.problems.push(Problem::Unplaced { count: unplaced });
        }
        archive
    }
}

/// The links a header shows.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Links {
    parent: bool,
    prev: bool,
    next: bool,
}

#[derive(Debug, PartialEq)]
struct Head<'a> {
    user: &'a str,
    date: &'a str,
    links: Links,
}

/// `carol 13 hours ago | parent | next [–]` → user, date and links.
fn header(text: &str) -> Option<Head<'_>> {
    let text = text.trim();
    // The fold toggle: `[–]`, or `[+]` / `[3 more]` on a folded comment.
    let (text, toggled) = match text.rfind(" [") {
        Some(at) if text.ends_with(']') => (text[..at].trim_end(), true),
        _ => (text, false),
    };
    let mut parts = text.split(" | ");
    let (user, date) = parts.next()?.split_once(' ')?;
    let mut links = Links::default();
    let mut any = false;
    for part in parts {
        any = true;
        match part.trim() {
            "parent" => links.parent = true,
            "prev" => links.prev = true,
            "next" => links.next = true,
            "root" | "context" | "flag" | "vouch" | "favorite" | "edit" | "delete" | "unvote"
            | "undown" => {}
            // `on: Story title` on comment listings.
            other if other.starts_with("on: ") => {}
            _ => return None,
        }
    }
    let user_like = !user.is_empty()
        && user.len() <= 32
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (user_like && (toggled || any) && read_when(date).is_some()).then_some(Head {
        user,
        date: date.trim(),
        links,
    })
}

/// Where a comment sits in the thread.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    Top,
    /// Answers this comment (an index among the headers).
    Reply(usize),
    /// Its links contradict the comments above it.
    Unknown,
}

/// Rebuilds the tree from the links, in page order.
fn tree(links: impl Iterator<Item = Links>) -> Vec<Place> {
    // The current path from a top-level comment down to the latest comment, each with
    // whether it announced a next sibling still to come.
    let mut path: Vec<(usize, bool)> = Vec::new();
    let mut places = Vec::new();
    for (i, l) in links.enumerate() {
        let place = if !l.parent {
            path.clear();
            Place::Top
        } else if !l.prev {
            match path.last() {
                Some(&(above, _)) => Place::Reply(above),
                None => Place::Unknown,
            }
        } else {
            // The sibling it follows: the deepest comment that announced a next one.
            match path.iter().rposition(|&(_, next)| next) {
                Some(s) if s > 0 => {
                    path.truncate(s);
                    Place::Reply(path[s - 1].0)
                }
                _ => Place::Unknown,
            }
        };
        if place == Place::Unknown {
            path.clear();
        }
        path.push((i, l.next));
        places.push(place);
    }
    places
}

/// The story above the comments: its title (first line), submitter and text.
fn story(lines: &[Line], first_comment: usize, archive: &mut Archive) {
    let above = &lines[..first_comment];
    let mut filled = above.iter().filter(|l| !l.is_blank());
    let Some(title) = filled.next() else {
        return;
    };
    let Some(subline) = filled.next() else {
        return;
    };
    // `123 points by alice 14 hours ago | hide | …`
    let Some(by) = subline
        .text
        .split_once(" points by ")
        .or_else(|| subline.text.split_once(" point by "))
        .map(|(_, rest)| rest)
    else {
        return;
    };
    let submitter = by.split_whitespace().next().unwrap_or("");
    // `… | favorite | 45 comments`: what the page counted, folded replies included.
    if let Some(count) = by.rsplit(" | ").next().and_then(comment_count) {
        declare_count(archive, count);
    }
    let text: Vec<&str> = above
        .iter()
        .skip_while(|l| l.no <= subline.no)
        .map(|l| l.text)
        .filter(|t| t.trim() != "add comment")
        .collect();
    let body = text.join("\n").trim().to_string();
    archive.post.title = Some(title.text.trim().to_string());
    archive.post.author = (!submitter.is_empty()).then(|| submitter.to_string());
    archive.post.body = (!body.is_empty()).then_some(body);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn links(parent: bool, prev: bool, next: bool) -> Links {
        Links { parent, prev, next }
    }

    #[test]
    fn headers_and_their_links() {
        assert_eq!(
            header("carol 13 hours ago | parent | next [–]"),
            Some(Head {
                user: "carol",
                date: "13 hours ago",
                links: links(true, false, true)
            })
        );
        assert_eq!(
            header("dan on Sep 16, 2010 | root | parent | prev | next [–]").map(|h| h.date),
            Some("on Sep 16, 2010")
        );
        assert!(header("bob 14 hours ago [–]").is_some());
        assert!(header("bob 14 hours ago | prev [3 more]").is_some());
    }

    #[test]
    fn near_misses() {
        for text in [
            "bob 14 hours ago",
            "123 points by alice 14 hours ago | hide | past | favorite | 45 comments",
            "I said so 14 hours ago | parent [–]",
            "bob yesterday-ish | parent [–]",
            "bob 14 hours ago | sideways [–]",
            "a | b",
        ] {
            assert_eq!(header(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_tree_from_the_links() {
        use Place::*;
        let places = tree(
            [
                links(false, false, true), // 0 top
                links(true, false, true),  // 1 first reply to 0
                links(true, false, false), // 2 first reply to 1
                links(true, true, false),  // 3 follows 1: answers 0
                links(false, true, false), // 4 top
                links(true, false, false), // 5 first reply to 4
                links(true, true, false),  // 6 a sibling no one announced
            ]
            .into_iter(),
        );
        assert_eq!(
            places,
            [Top, Reply(0), Reply(1), Reply(0), Top, Reply(4), Unknown]
        );
    }

    #[test]
    fn the_story_and_the_comments() {
        let text = "Show HN: A kettle (example.com)\n\
                    12 points by alice 3 hours ago | hide | past | favorite | 2 comments\n\
                    add comment\n\
                    bob 2 hours ago | next [–]\nNice.\nreply\n\
                    carol 1 hour ago | parent | next [–]\nWhy?\nreply\n";
        let a = HackerNews.parse(text, &split(text), &ParseOptions::default());
        assert_eq!(
            a.post.title.as_deref(),
            Some("Show HN: A kettle (example.com)")
        );
        assert_eq!(a.post.author.as_deref(), Some("alice"));
        assert_eq!(a.post.body, None);
        let bodies: Vec<&str> = a.entries.iter().map(|e| &*e.body).collect();
        assert_eq!(bodies, ["Nice.", "Why?"]);
        assert_eq!(a.entries[1].parents().collect::<Vec<_>>(), [0]);
        assert_eq!(a.declared_count, Some(2));
        assert!(!a
            .problems
            .iter()
            .any(|p| p.to_string().contains("announces")));
        let partial = text.replace("| 2 comments", "| 7 comments");
        let a = HackerNews.parse(&partial, &split(&partial), &ParseOptions::default());
        assert_eq!(a.declared_count, Some(7));
        assert!(a
            .problems
            .iter()
            .any(|p| p.to_string().contains("announces 7 comments but 2")));
    }
}
