//! Comment text as DOM: paragraphs of text nodes and links. Text from a dump only ever
//! becomes text nodes and attribute values, never HTML.

use crate::linkify::{segments, Segment};
use yew::prelude::*;

/// One `<p>` per non-blank line: dumps copied from web pages put each paragraph on a line.
pub fn paragraphs(text: &str) -> Html {
    lines(text).map(paragraph).collect()
}

/// Like [`paragraphs`], but past the first `shown` paragraphs the rest folds into a
/// `<details>`, so that a long post does not push the comments off the first screen.
pub fn folded_paragraphs(text: &str, shown: usize) -> Html {
    let all: Vec<&str> = lines(text).collect();
    if all.len() <= shown + 1 {
        return all.into_iter().map(paragraph).collect();
    }
    let (head, rest) = all.split_at(shown);
    html! {
        <>
            { for head.iter().copied().map(paragraph) }
            <details class="more" data-more="">
                <summary>{ format!("Read the rest ({} more paragraphs)", rest.len()) }</summary>
                { for rest.iter().copied().map(paragraph) }
            </details>
        </>
    }
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|l| !l.trim().is_empty())
}

fn paragraph(line: &str) -> Html {
    html! { <p>{ linked(line) }</p> }
}

fn linked(text: &str) -> Html {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => html! { { t } },
            Segment::Link(url) => html! {
                <a href={url.to_string()} rel="noopener noreferrer nofollow ugc" target="_blank">{ url }</a>
            },
        })
        .collect()
}
