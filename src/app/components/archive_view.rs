use super::super::state::Loaded;
use super::rich_text::{folded_paragraphs, paragraphs};
use crate::model::{Entry, Kind, Post};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ArchiveViewProps {
    pub loaded: Rc<Loaded>,
}

impl PartialEq for ArchiveViewProps {
    /// A new load is a new `Rc`: comparing pointers spares a deep comparison per render.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
    }
}

/// The dump rebuilt: summary, notices, the post, then every entry in dump order.
#[component]
pub fn ArchiveView(props: &ArchiveViewProps) -> Html {
    let loaded = &props.loaded;
    let archive = &loaded.archive;
    let notices: Vec<&String> = loaded.notices.iter().chain(&archive.problems).collect();
    html! {
        <div class="archive" data-archive="" data-format={archive.format.clone()}>
            <p class="summary" data-summary="">{ loaded.summary.to_string() }</p>
            if !notices.is_empty() {
                <ul class="notices" data-problems="" aria-label="Notices about this file">
                    { for notices.iter().map(|n| html! { <li>{ n.as_str() }</li> }) }
                </ul>
            }
            { post_view(&archive.post) }
            if !archive.entries.is_empty() {
                <ol class="entries" data-entries="" aria-label="Comments">
                    { for archive.entries.iter().map(entry_view) }
                </ol>
            }
        </div>
    }
}

/// Paragraphs of the post shown before "Read the rest".
const POST_PARAGRAPHS_SHOWN: usize = 3;

fn post_view(post: &Post) -> Html {
    if post.title.is_none() && post.body.is_none() {
        return Html::default();
    }
    html! {
        <article class="post" data-post="">
            if let Some(title) = &post.title {
                <h2 class="post-title">{ title }</h2>
            }
            if let Some(author) = &post.author {
                <p class="post-author">{ "by " }<span data-post-author="">{ author }</span></p>
            }
            if let Some(body) = &post.body {
                <div class="body">{ folded_paragraphs(body, POST_PARAGRAPHS_SHOWN) }</div>
            }
        </article>
    }
}

fn entry_view(entry: &Entry) -> Html {
    let when = match (&entry.time, &entry.time_text) {
        (Some(t), text) => html! {
            <time datetime={t.to_string()}>{ text.clone().unwrap_or_else(|| t.to_string()) }</time>
        },
        (None, Some(text)) => html! { <span class="time-unread">{ text }</span> },
        (None, None) => html! { <span class="undated">{ "no date" }</span> },
    };
    html! {
        <li class={classes!("entry", entry.kind.as_str())} id={format!("e{}", entry.id)}
            data-entry={entry.id.to_string()} data-kind={entry.kind.as_str()}
            data-undated={entry.time.is_none().then_some("")} data-line={(entry.line + 1).to_string()}>
            <header class="entry-head">
                <span class="author" data-author="">{ &entry.author }</span>
                { when }
                if entry.kind != Kind::Comment {
                    <span class="kind-badge">{ entry.kind.as_str() }</span>
                }
            </header>
            <div class="body">{ paragraphs(&entry.body) }</div>
        </li>
    }
}
