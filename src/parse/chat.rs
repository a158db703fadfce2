//! What chat exports with multi-line messages (WhatsApp, Telegram) share once their
//! message headers are found: a message runs from its header to the next header, its
//! first line of text written on the header line itself (WhatsApp) or below it
//! (Telegram). Lines before the first header, if any, are kept as the post.

use super::blog::{join, trim_blank};
use super::date::{Clock, NumericDate, Order, OrderVotes};
use super::lines::Line;
use crate::model::{Archive, Cue, Entry, Interner, Kind, Link, Post, Problem, Stamp};

/// The lines `header` reads as message headers, with what it read, and the day/month
/// order the whole file's dates vote for (`true` when no date settled it).
pub(crate) fn headers<'a, H>(
    lines: &[Line<'a>],
    header: impl Fn(&'a str) -> Option<H>,
    stamp: impl Fn(&H) -> (NumericDate, Clock),
) -> (Vec<(usize, H)>, Order, bool) {
    let heads: Vec<(usize, H)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((i, header(l.text)?)))
        .collect();
    let mut votes = OrderVotes::default();
    for (_, h) in &heads {
        let (date, clock) = stamp(h);
        votes.see(date, clock);
    }
    let (order, guessed) = votes.order();
    (heads, order, guessed)
}

/// A message header a chat format found.
pub(crate) struct Said<'a> {
    /// Index (in `lines`) of the header line.
    pub line: usize,
    /// Index of the first line of text below the header; greater than `line`.
    pub body_from: usize,
    pub author: &'a str,
    /// The stamp as written.
    pub time_text: &'a str,
    pub time: Option<Stamp>,
    /// Text written on the header line after the author, if any.
    pub first: Option<&'a str>,
    pub kind: Kind,
    /// The message (an index into the headers, always smaller) this one says it answers.
    pub parent: Option<usize>,
}

pub(crate) fn build(
    format: &str,
    lines: &[Line],
    said: &[Said],
    problems: Vec<Problem>,
) -> Archive {
    let first_header = said.first().map_or(lines.len(), |s| s.line);
    let preamble = trim_blank(&lines[..first_header]);
    let mut entries = Vec::with_capacity(said.len());
    // A chat has few authors: each name is kept once. Its stamps as written carry the
    // date, so most are new; those that repeat do so from one message to the next.
    let mut names = Interner::default();
    for (id, s) in said.iter().enumerate() {
        let next = said.get(id + 1).map_or(lines.len(), |n| n.line);
        let below = &lines[s.body_from.min(next)..next];
        // A message's own blank lines are kept; those before the next header are not.
        let below = match s.first {
            Some(_) => {
                &below[..below
                    .iter()
                    .rposition(|l| !l.is_blank())
                    .map_or(0, |i| i + 1)]
            }
            None => trim_blank(below),
        };
        let mut body = String::new();
        if let Some(first) = s.first {
            body.push_str(first);
            if !below.is_empty() {
                body.push('\n');
            }
        }
        body.push_str(&join(below));
        let last = below.last().unwrap_or(&lines[s.line]);
        let links: Vec<Link> = s
            .parent
            .filter(|&p| p < id)
            .map(|p| Link {
                to: p,
                evidence: format!("↪ {}", said[p].author).into(),
                confidence: 1.0,
                cue: Cue::Stated,
            })
            .into_iter()
            .collect();
        entries.push(Entry {
            id,
            author: names.get(s.author),
            time: s.time,
            time_text: Some(match entries.last() {
                Some(Entry {
                    time_text: Some(last),
                    ..
                }) if last.as_str() == s.time_text => last.clone(),
                _ => s.time_text.into(),
            }),
            kind: s.kind,
            line: lines[s.line].no,
            span: [lines[s.line].start, last.end.max(lines[s.line].end)],
            links: links.into(),
            body: body.into(),
            approximate: false,
        });
    }
    Archive {
        format: format.to_string(),
        post: Post {
            body: (!preamble.is_empty()).then(|| join(preamble)),
            ..Post::default()
        },
        entries,
        problems,
        declared_count: None,
    }
}

/// The problem to report when nothing in a file told the order of day and month.
pub(crate) fn order_notice(example: &str, order: Order) -> Problem {
    Problem::DateOrder {
        example: example.to_string(),
        month_first: order == Order::MonthDay,
    }
}

/// The problem to report for stamps that name no real moment (`31.09.10`), given the
/// 1-based lines they are on.
pub(crate) fn unreadable_notice(lines: &[usize]) -> Option<Problem> {
    Some(Problem::UnreadableStamps {
        count: lines.len(),
        line: *lines.first()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn said(line: usize, first: Option<&str>) -> Said<'_> {
        Said {
            line,
            body_from: line + 1,
            author: "a",
            time_text: "t",
            time: None,
            first,
            kind: Kind::Message,
            parent: None,
        }
    }

    #[test]
    fn messages_run_to_the_next_header() {
        let text = "intro\n\nH one\nmore\n\nstill\n\nH two\n\nH\n\nbelow\n\n";
        let lines = split(text);
        let a = build(
            "x",
            &lines,
            &[said(2, Some("one")), said(7, Some("two")), said(9, None)],
            vec![],
        );
        let bodies: Vec<&str> = a.entries.iter().map(|e| &*e.body).collect();
        assert_eq!(bodies, ["one\nmore\n\nstill", "two", "below"]);
        assert_eq!(a.post.body.as_deref(), Some("intro"));
        let spans: Vec<&str> = a
            .entries
            .iter()
            .map(|e| &text[e.span[0]..e.span[1]])
            .collect();
        assert_eq!(spans, ["H one\nmore\n\nstill", "H two", "H\n\nbelow"]);
    }
}
