//! Above the entry list: threads or dump order, the search box with its hit counter, and
//! the filters (kinds of entries, the post author's threads).

use super::super::i18n::Lang;
use super::super::state::{Action, Loaded, Mode};
use crate::model::Kind;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties)]
pub struct ToolbarProps {
    pub loaded: Rc<Loaded>,
    pub mode: Mode,
    pub search: String,
    pub hits: usize,
    pub hit: Option<usize>,
    pub hidden_kinds: BTreeSet<Kind>,
    pub host_threads_only: bool,
    pub on_action: Callback<Action>,
}

impl PartialEq for ToolbarProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && (self.mode, &self.search, self.hits, self.hit)
                == (other.mode, &other.search, other.hits, other.hit)
            && self.hidden_kinds == other.hidden_kinds
            && self.host_threads_only == other.host_threads_only
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    let on = &props.on_action;
    let mode_button = |m: Mode, label: &str, key: &str| {
        html! {
            <button type="button" aria-pressed={(props.mode == m).to_string()} data-mode={key.to_string()}
                onclick={on.reform(move |_| Action::SetMode(m))}>{ label }</button>
        }
    };
    let oninput = on.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetSearch(input.value())
    });
    // Enter walks the hits from the box itself, Shift+Enter backwards.
    let onkeydown = {
        let on = on.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                on.emit(Action::StepHit {
                    forward: !e.shift_key(),
                });
            }
        })
    };
    let counter = match (props.search.trim().is_empty(), props.hits, props.hit) {
        (true, _, _) => String::new(),
        (false, 0, _) => t.no_hits.to_string(),
        (false, n, Some(i)) => (t.hit_of)(i + 1, n),
        (false, n, None) => (t.hits)(n),
    };
    let entries = &props.loaded.archive.entries;
    // Only the kinds this dump has are worth a switch, and only when it has several.
    let kinds: Vec<Kind> = [
        Kind::Comment,
        Kind::Echo,
        Kind::Pingback,
        Kind::Message,
        Kind::System,
    ]
    .into_iter()
    .filter(|&k| entries.iter().any(|e| e.kind == k))
    .collect();
    let has_host = props.loaded.authors.post_author.is_some()
        && props.loaded.in_host_thread.iter().any(|&h| !h);
    let host_only = props.host_threads_only;
    html! {
        <div class="toolbar" data-toolbar="">
            <div class="mode-switch" role="group" aria-label={t.show_entries}>
                { mode_button(Mode::Thread, t.threads, "thread") }
                { mode_button(Mode::Chronological, t.chronological, "chronological") }
            </div>
            <div class="search" role="search">
                <input type="search" data-search="" aria-label={t.search_label} placeholder={t.search_placeholder}
                    value={props.search.clone()} {oninput} {onkeydown} />
                <span class="hit-counter" data-hit-counter="" aria-live="polite">{ counter }</span>
                if props.hits > 0 {
                    <button type="button" data-previous-hit="" aria-label={t.previous_hit} title={t.previous_hit}
                        onclick={on.reform(|_| Action::StepHit { forward: false })}>{ "↑" }</button>
                    <button type="button" data-next-hit="" aria-label={t.next_hit} title={t.next_hit}
                        onclick={on.reform(|_| Action::StepHit { forward: true })}>{ "↓" }</button>
                }
            </div>
            if kinds.len() > 1 || has_host {
                <fieldset class="filters" data-filters="">
                    <legend class="visually-hidden">{ t.filters_label }</legend>
                    if kinds.len() > 1 {
                        { for kinds.iter().map(|&k| {
                            let shown = !props.hidden_kinds.contains(&k);
                            html! {
                                <label class="check">
                                    <input type="checkbox" checked={shown} data-kind-filter={k.as_str()}
                                        onchange={on.reform(move |_| Action::ToggleKind(k))} />
                                    { (t.kind_plural)(k) }
                                </label>
                            }
                        }) }
                    }
                    if has_host {
                        <label class="check">
                            <input type="checkbox" checked={host_only} data-host-threads=""
                                onchange={on.reform(move |_| Action::SetHostThreadsOnly(!host_only))} />
                            { t.host_threads_only }
                        </label>
                    }
                </fieldset>
            }
        </div>
    }
}

/// Moves keyboard focus to the search box (the `/` shortcut).
pub fn focus_search() {
    let input = gloo::utils::document()
        .query_selector("[data-search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}
