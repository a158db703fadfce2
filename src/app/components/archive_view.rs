use super::super::state::{Action, Loaded, Mode, ViewState, MAX_DEPTH};
use super::authors_panel::AuthorsPanel;
use super::format::optional_date;
use super::rich_text::{folded_paragraphs, paragraphs};
use super::timeline_chart::TimelineChart;
use crate::model::{Kind, Post};
use crate::share::msg;
use crate::summary::short_date;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ArchiveViewProps {
    pub loaded: Rc<Loaded>,
    pub view: ViewState,
    pub mode: Mode,
    pub on_action: Callback<Action>,
    /// "Copy a link to this entry" (the entry's index).
    #[prop_or_default]
    pub on_copy_link: Callback<usize>,
}

impl PartialEq for ArchiveViewProps {
    /// A new load is a new `Rc`: comparing pointers spares a deep comparison per render.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.view == other.view
            && self.mode == other.mode
            && self.on_action == other.on_action
            && self.on_copy_link == other.on_copy_link
    }
}

/// Paragraphs of the post shown before "Read the rest".
const POST_PARAGRAPHS_SHOWN: usize = 3;

/// The dump rebuilt: summary, notices, the post, then the entries as threads or in dump
/// order.
#[component]
pub fn ArchiveView(props: &ArchiveViewProps) -> Html {
    let loaded = &props.loaded;
    let archive = &loaded.archive;
    let notices: Vec<&String> = loaded.notices.iter().chain(&archive.problems).collect();
    let view = Entries::new(loaded, &props.view, &props.on_action, &props.on_copy_link);
    let entries = match props.mode {
        Mode::Thread => view.threads(),
        Mode::Chronological => view.chronological(),
    };
    html! {
        <div class="archive" data-archive="" data-format={archive.format.clone()}>
            <p class="summary" data-summary="">{ loaded.summary.to_string() }</p>
            if !notices.is_empty() {
                <ul class="notices" data-problems="" aria-label="Notices about this file">
                    { for notices.iter().map(|n| html! { <li>{ n.as_str() }</li> }) }
                </ul>
            }
            if !archive.entries.is_empty() {
                <TimelineChart loaded={loaded.clone()} highlight={props.view.highlight} range={props.view.range}
                    on_action={props.on_action.clone()} />
                <AuthorsPanel loaded={loaded.clone()} highlight={props.view.highlight} on_action={props.on_action.clone()} />
            }
            { post_view(&archive.post) }
            if !archive.entries.is_empty() {
                { mode_switch(props.mode, &props.on_action) }
                { highlight_bar(loaded, &props.view, &props.on_action) }
                { range_bar(&view, &props.view, &props.on_action) }
                { entries }
            }
        </div>
    }
}

/// "14 entries by Thierry Crouzet · first 16 Sep 2010 · last 18 Sep 2010", with
/// previous / next among them.
fn highlight_bar(loaded: &Loaded, view: &ViewState, on_action: &Callback<Action>) -> Html {
    let Some(who) = view
        .highlight
        .and_then(|h| loaded.authors.identities.get(h))
    else {
        return Html::default();
    };
    let (n, person) = (who.count(), who.id);
    html! {
        <div class={classes!("filter-bar", format!("c{}", who.colour.index))} data-highlight-bar="" role="status">
            <span>
                { format!("{n} {} by ", if n == 1 { "entry" } else { "entries" }) }
                <strong>{ &who.name }</strong>
                { format!(" · first {} · last {}", optional_date(who.first), optional_date(who.last)) }
            </span>
            <button type="button" data-previous="" onclick={on_action.reform(|_| Action::StepHighlight { forward: false })}>{ "◀ Previous" }</button>
            <button type="button" data-next="" onclick={on_action.reform(|_| Action::StepHighlight { forward: true })}>{ "Next ▶" }</button>
            <button type="button" data-clear-highlight="" onclick={on_action.reform(move |_| Action::ToggleHighlight(person))}>{ "Clear (Esc)" }</button>
        </div>
    }
}

fn range_bar(entries: &Entries, view: &ViewState, on_action: &Callback<Action>) -> Html {
    let Some((from, to)) = view.range else {
        return Html::default();
    };
    // `to` is exclusive: the last second shown is just before it.
    let last = crate::model::Stamp::from_seconds(to.seconds() - 1).unwrap_or(to);
    let span = if short_date(from) == short_date(last) {
        short_date(from)
    } else {
        format!("{} – {}", short_date(from), short_date(last))
    };
    html! {
        <div class="filter-bar" data-range-bar="" role="status">
            <span>{ format!("Showing {} entries from {span}", entries.visible_count()) }</span>
            <button type="button" data-clear-range="" onclick={on_action.reform(|_| Action::SelectRange(None))}>{ "Clear" }</button>
        </div>
    }
}

fn mode_switch(mode: Mode, on_action: &Callback<Action>) -> Html {
    let button = |m: Mode, label: &str, key: &str| {
        html! {
            <button type="button" aria-pressed={(mode == m).to_string()} data-mode={key.to_string()}
                onclick={on_action.reform(move |_| Action::SetMode(m))}>{ label }</button>
        }
    };
    html! {
        <div class="mode-switch" role="group" aria-label="Show entries">
            { button(Mode::Thread, "Threads", "thread") }
            { button(Mode::Chronological, "Chronological", "chronological") }
        </div>
    }
}

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

/// Renders entries; plain functions rather than a component per entry, so that a long
/// dump costs one component, not thousands.
struct Entries<'a> {
    loaded: &'a Loaded,
    view: &'a ViewState,
    on_action: &'a Callback<Action>,
    on_copy_link: &'a Callback<usize>,
    /// Which entries the filters let through.
    visible: Vec<bool>,
    /// The display tree restricted to visible entries: a visible entry hangs under its
    /// nearest visible ancestor, or becomes a root.
    roots: Vec<usize>,
    children: Vec<Vec<usize>>,
}

impl<'a> Entries<'a> {
    fn new(
        loaded: &'a Loaded,
        view: &'a ViewState,
        on_action: &'a Callback<Action>,
        on_copy_link: &'a Callback<usize>,
    ) -> Self {
        let tree = &loaded.tree;
        let n = loaded.archive.entries.len();
        let visible: Vec<bool> = (0..n).map(|id| view.shows(&loaded.archive, id)).collect();
        let (roots, children) = if view.range.is_none() {
            (tree.roots.clone(), tree.children.clone())
        } else {
            let mut roots = Vec::new();
            let mut children = vec![Vec::new(); n];
            for id in (0..n).filter(|&id| visible[id]) {
                match tree.ancestors(id).find(|&a| visible[a]) {
                    Some(a) => children[a].push(id),
                    None => roots.push(id),
                }
            }
            (roots, children)
        };
        Entries {
            loaded,
            view,
            on_action,
            on_copy_link,
            visible,
            roots,
            children,
        }
    }

    fn visible_count(&self) -> usize {
        self.visible.iter().filter(|&&v| v).count()
    }

    fn chronological(&self) -> Html {
        html! {
            <ol class="entries" data-entries="" aria-label="Entries in dump order">
                { for (0..self.loaded.archive.entries.len()).filter(|&id| self.visible[id]).map(|id| html! {
                    <li class="node">{ self.card(id) }</li>
                }) }
            </ol>
        }
    }

    fn threads(&self) -> Html {
        let tree = &self.loaded.tree;
        match self.view.focus.filter(|&f| self.visible[f]) {
            Some(focus) => html! {
                <>
                    <p class="focus-bar" data-focus-bar="">
                        { format!("One thread: {} and its {} replies. ", self.author(focus), tree.descendants[focus]) }
                        <button type="button" data-unfocus="" onclick={self.on_action.reform(|_| Action::Focus(None))}>
                            { "Back to all threads" }
                        </button>
                    </p>
                    <ol class="entries thread" data-entries="" aria-label="Thread">{ self.node(focus, 0) }</ol>
                </>
            },
            None => html! {
                <ol class="entries thread" data-entries="" aria-label="Threads">
                    { for self.roots.iter().map(|&id| self.node(id, 0)) }
                </ol>
            },
        }
    }

    fn node(&self, id: usize, depth: usize) -> Html {
        let tree = &self.loaded.tree;
        let children = &self.children[id];
        let collapsed = self.view.collapsed.contains(&id);
        let replies = if children.is_empty() {
            Html::default()
        } else if depth >= MAX_DEPTH {
            html! {
                <button type="button" class="continue" data-continue=""
                    onclick={self.on_action.reform(move |_| Action::Focus(Some(id)))}>
                    { format!("Continue this thread ({} more) →", tree.descendants[id]) }
                </button>
            }
        } else {
            let label = if collapsed {
                format!(
                    "▸ Show {} {}",
                    tree.descendants[id],
                    replies_word(tree.descendants[id])
                )
            } else {
                "▾ Hide replies".to_string()
            };
            html! {
                <>
                    <button type="button" class="toggle" data-toggle="" aria-expanded={(!collapsed).to_string()}
                        onclick={self.on_action.reform(move |_| Action::ToggleReplies(id))}>{ label }</button>
                    if !collapsed {
                        <ol class="replies">{ for children.iter().map(|&c| self.node(c, depth + 1)) }</ol>
                    }
                </>
            }
        };
        html! {
            <li class="node" data-node={id.to_string()}>
                { self.card(id) }
                { replies }
            </li>
        }
    }

    fn author(&self, id: usize) -> &str {
        &self.loaded.archive.entries[id].author
    }

    fn card(&self, id: usize) -> Html {
        let entry = &self.loaded.archive.entries[id];
        let outlined = self
            .view
            .hovered
            .is_some_and(|h| self.loaded.archive.entries[h].parents.contains(&id));
        let flash = self.view.jump.is_some_and(|(j, _)| j == id);
        let authors = &self.loaded.authors;
        let person = authors.by_entry[id];
        let colour = format!("c{}", authors.identities[person].colour.index);
        let is_host = authors
            .post_author
            .as_ref()
            .is_some_and(|p| p.identity == person);
        let (highlighted, dimmed) = match self.view.highlight {
            Some(h) => (h == person, h != person),
            None => (false, false),
        };
        let when = match (&entry.time, &entry.time_text) {
            (Some(t), text) => html! {
                <time datetime={t.to_string()}>{ text.clone().unwrap_or_else(|| t.to_string()) }</time>
            },
            (None, Some(text)) => html! { <span class="time-unread">{ text }</span> },
            (None, None) => html! { <span class="undated">{ "no date" }</span> },
        };
        let on = self.on_action;
        html! {
            <article class={classes!("entry", entry.kind.as_str(), outlined.then_some("outlined"), flash.then_some("flash"),
                highlighted.then_some("highlighted"), dimmed.then_some("dimmed"))}
                id={format!("e{id}")} tabindex="-1"
                data-entry={id.to_string()} data-anchor={self.loaded.anchors[id].clone()} data-kind={entry.kind.as_str()}
                data-undated={entry.time.is_none().then_some("")} data-line={(entry.line + 1).to_string()}
                onmouseenter={on.reform(move |_| Action::Hover(Some(id)))}
                onmouseleave={on.reform(|_| Action::Hover(None))}
                onfocusin={on.reform(move |_| Action::Hover(Some(id)))}
                onfocusout={on.reform(|_| Action::Hover(None))}>
                <header class="entry-head">
                    <button type="button" class={classes!("author", colour)} data-author=""
                        aria-pressed={highlighted.to_string()} title="Highlight this person's entries"
                        onclick={on.reform(move |_| Action::ToggleHighlight(person))}>{ &entry.author }</button>
                    if is_host {
                        <span class="host-badge" data-host-badge="" title="The author of the post">{ "post author" }</span>
                    }
                    { when }
                    if entry.kind != Kind::Comment {
                        <span class="kind-badge">{ entry.kind.as_str() }</span>
                    }
                    <button type="button" class="permalink" data-copy-link="" title={msg::COPY_LINK}
                        aria-label={msg::COPY_LINK} onclick={self.on_copy_link.reform(move |_| id)}>{ "#" }</button>
                </header>
                { self.reply_line(id) }
                <div class="body">{ paragraphs(&entry.body) }</div>
            </article>
        }
    }

    /// "↩ in reply to Lucile Reynard · also answers saM, Lily · why?"
    fn reply_line(&self, id: usize) -> Html {
        let entry = &self.loaded.archive.entries[id];
        let Some(primary) = self.loaded.tree.primary[id] else {
            return Html::default();
        };
        let jump = |to: usize| self.on_action.reform(move |_| Action::JumpTo(to));
        let others: Vec<usize> = entry
            .parents
            .iter()
            .copied()
            .filter(|&p| p != primary)
            .collect();
        html! {
            <div class="reply-line">
                <button type="button" class="link-button" data-reply-to={primary.to_string()} onclick={jump(primary)}>
                    { format!("↩ in reply to {}", self.author(primary)) }
                </button>
                if !others.is_empty() {
                    <span class="also">
                        { "also answers " }
                        { for others.iter().map(|&p| html! {
                            <button type="button" class="chip" data-also={p.to_string()} onclick={jump(p)}>
                                { self.author(p) }
                            </button>
                        }) }
                    </span>
                }
                <details class="why" data-why="">
                    <summary>{ "why?" }</summary>
                    <ul>
                        { for entry.links.iter().map(|l| html! {
                            <li>
                                { format!("{}: ", self.author(l.to)) }
                                <q>{ &l.evidence }</q>
                                { format!(" ({}% sure)", (l.confidence * 100.0).round()) }
                            </li>
                        }) }
                    </ul>
                </details>
            </div>
        }
    }
}

fn replies_word(n: usize) -> &'static str {
    if n == 1 {
        "reply"
    } else {
        "replies"
    }
}
