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

/// Above this many entries, a search runs once typing pauses rather than per keystroke:
/// searching a large log takes longer than the gap between two keys.
const SEARCH_AS_YOU_TYPE_UP_TO: usize = 20_000;
/// The pause, in milliseconds.
const TYPING_PAUSE: u32 = 250;

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    let on = &props.on_action;
    // What the box shows: ahead of the search while typing pauses are awaited.
    let typed = use_state(|| props.search.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        // The search changed from elsewhere (Esc, a link): the box follows.
        let typed = typed.clone();
        use_effect_with(props.search.clone(), move |search| {
            typed.set(search.clone())
        });
    }
    let large = props.loaded.archive.entries.len() > SEARCH_AS_YOU_TYPE_UP_TO;
    let mode_button = |m: Mode, label: &str, key: &str| {
        html! {
            <button type="button" aria-pressed={(props.mode == m).to_string()} data-mode={key.to_string()}
                onclick={on.reform(move |_| Action::SetMode(m))}>{ label }</button>
        }
    };
    let oninput = {
        let (on, typed, pending) = (on.clone(), typed.clone(), pending.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            typed.set(text.clone());
            if large {
                let on = on.clone();
                // Replacing the timeout cancels the one before.
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                    TYPING_PAUSE,
                    move || on.emit(Action::SetSearch(text)),
                ));
            } else {
                on.emit(Action::SetSearch(text));
            }
        })
    };
    // Enter walks the hits from the box itself, Shift+Enter backwards; a search still
    // waiting for a pause runs first.
    let onkeydown = {
        let (on, typed, pending) = (on.clone(), typed.clone(), pending.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if pending.borrow_mut().take().is_some() {
                    on.emit(Action::SetSearch((*typed).clone()));
                }
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
    let kinds_had = &props.loaded.views.summary.kinds;
    // Only the kinds this dump has are worth a switch, and only when it has several.
    let kinds: Vec<Kind> = [
        Kind::Comment,
        Kind::Echo,
        Kind::Pingback,
        Kind::Message,
        Kind::System,
    ]
    .into_iter()
    .filter(|&k| kinds_had.of(k) > 0)
    .collect();
    let has_host = props.loaded.views.authors.post_author.is_some()
        && props.loaded.views.in_host_thread.iter().any(|&h| !h);
    let host_only = props.host_threads_only;
    html! {
        <div class="toolbar" data-toolbar="">
            <div class="mode-switch" role="group" aria-label={t.show_entries}>
                { mode_button(Mode::Thread, t.threads, "thread") }
                { mode_button(Mode::Chronological, t.chronological, "chronological") }
            </div>
            <div class="search" role="search">
                <input type="search" data-search="" aria-label={t.search_label} placeholder={t.search_placeholder}
                    value={(*typed).clone()} {oninput} {onkeydown} />
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
