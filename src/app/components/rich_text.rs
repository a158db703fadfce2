//! Comment text as DOM: paragraphs of text nodes and links. Text from a dump only ever
//! becomes text nodes and attribute values, never HTML.

use crate::linkify::{segments, Segment};
use yew::prelude::*;

/// One `<p>` per non-blank line: dumps copied from web pages put each paragraph on a line.
pub fn paragraphs(text: &str) -> Html {
    text.split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(|line| html! { <p>{ linked(line) }</p> })
        .collect()
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
