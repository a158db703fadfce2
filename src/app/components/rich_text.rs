//! Comment text as DOM: paragraphs of text nodes, links and search marks. Text from a
//! dump only ever becomes text nodes and attribute values, never HTML.

use super::super::i18n::Texts;
use crate::linkify::{segments, Segment};
use std::ops::Range;
use yew::prelude::*;

/// A stretch of text to mark (a search hit); `current` for the one `n`/`p` moved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub current: bool,
}

/// Bytes of one paragraph laid out at most: laying out a 10 MB line (a dump that is one
/// line) freezes a tab for seconds. The exports keep every byte.
const LONGEST_PARAGRAPH: usize = 16 * 1024;

/// One `<p>` per non-blank line: dumps copied from web pages put each paragraph on a line.
/// `marks` are byte ranges of `text`.
pub fn paragraphs(text: &str, marks: &[Mark], t: &Texts) -> Html {
    lines(text)
        .map(|(at, line)| paragraph(line, at, marks, t))
        .collect()
}

/// Like [`paragraphs`], but past the first `shown` paragraphs the rest folds into a
/// `<details>`, so that a long post does not push the comments off the first screen.
pub fn folded_paragraphs(text: &str, shown: usize, t: &Texts) -> Html {
    let all: Vec<(usize, &str)> = lines(text).collect();
    if all.len() <= shown + 1 {
        return all
            .into_iter()
            .map(|(at, l)| paragraph(l, at, &[], t))
            .collect();
    }
    let (head, rest) = all.split_at(shown);
    html! {
        <>
            { for head.iter().map(|&(at, l)| paragraph(l, at, &[], t)) }
            <details class="more" data-more="">
                <summary>{ (t.read_rest)(rest.len()) }</summary>
                { for rest.iter().map(|&(at, l)| paragraph(l, at, &[], t)) }
            </details>
        </>
    }
}

/// Text with its marks, for one-line fields such as an author's name.
pub fn marked(text: &str, marks: &[Mark]) -> Html {
    marked_at(text, 0, marks)
}

/// Non-blank lines with their byte offset in `text`.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, line))
        })
        .filter(|(_, l)| !l.trim().is_empty())
}

fn paragraph(line: &str, at: usize, marks: &[Mark], t: &Texts) -> Html {
    let (line, cut) = match line.len() > LONGEST_PARAGRAPH {
        true => {
            let end = (0..=LONGEST_PARAGRAPH)
                .rev()
                .find(|&i| line.is_char_boundary(i))
                .unwrap_or(0);
            (&line[..end], line[end..].chars().count())
        }
        false => (line, 0),
    };
    let mut offset = at;
    let parts: Html = segments(line)
        .into_iter()
        .map(|segment| {
            let start = offset;
            match segment {
                Segment::Text(t) => {
                    offset += t.len();
                    marked_at(t, start, marks)
                }
                Segment::Link(url) => {
                    offset += url.len();
                    let text = marked_at(url, start, marks);
                    match safe_href(url) {
                        Some(href) => html! {
                            <a {href} rel="noopener noreferrer nofollow ugc" target="_blank">{ text }</a>
                        },
                        None => text,
                    }
                }
            }
        })
        .collect();
    html! {
        <p>
            { parts }
            if cut > 0 {
                <span class="cut" data-cut="">{ (t.cut_paragraph)(cut) }</span>
            }
        </p>
    }
}

/// The link's address as the browser's own URL parser reads and writes it back, when its
/// scheme is one palabre links: what the core found is checked again by the parser that
/// will follow the link, so an oddly spelled scheme cannot slip through.
fn safe_href(url: &str) -> Option<String> {
    let parsed = web_sys::Url::new(url).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:" | "mailto:").then(|| parsed.href())
}

/// `text`, which starts at byte `at` of the field, with the parts that `marks` cover
/// wrapped in `<mark>`.
fn marked_at(text: &str, at: usize, marks: &[Mark]) -> Html {
    let end = at + text.len();
    let mut out = Vec::new();
    let mut from = at;
    for m in marks
        .iter()
        .filter(|m| m.range.start < end && m.range.end > at)
    {
        let (s, e) = (m.range.start.max(from), m.range.end.min(end));
        // Marks come from the same text, so their ends fall on character boundaries.
        let (Some(before), Some(inside)) = (text.get(from - at..s - at), text.get(s - at..e - at))
        else {
            continue;
        };
        if !before.is_empty() {
            out.push(html! { { before.to_string() } });
        }
        out.push(html! {
            <mark class={classes!(m.current.then_some("current"))} data-hit="" data-current-hit={m.current.then_some("")}>
                { inside.to_string() }
            </mark>
        });
        from = e;
    }
    if let Some(rest) = text.get(from - at..) {
        if !rest.is_empty() {
            out.push(html! { { rest.to_string() } });
        }
    }
    out.into_iter().collect()
}
