//! The library: the dumps kept in this browser, to reopen, rename or delete.

use super::super::i18n::Lang;
use super::super::state::{Library, Stored};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    pub library: Library,
    pub on_open: Callback<u32>,
    pub on_rename: Callback<(u32, String)>,
    pub on_delete: Callback<u32>,
}

/// What a row is doing: being renamed, or asking to confirm its deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Editing {
    Rename(u32),
    Delete(u32),
}

#[component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    let editing = use_state(|| None::<Editing>);
    // Narrow screens fold the list away until asked; wide ones always show it (CSS).
    let expanded = use_state(|| false);
    let library = &props.library;
    if let Some(why) = &library.unavailable {
        return html! {
            <aside class="library" data-library="" aria-label={t.library}>
                <p class="library-note" data-library-unavailable="">{ (t.library_unavailable)(why) }</p>
            </aside>
        };
    }
    if library.items.is_empty() {
        return Html::default();
    }
    let row = |item: &Stored| {
        let key = item.key;
        let current = library.showing == Some(key);
        let state = *editing;
        let cancel = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(None))
        };
        let body = match state {
            Some(Editing::Rename(k)) if k == key => {
                let (editing, on_rename) = (editing.clone(), props.on_rename.clone());
                let onkeydown = Callback::from(move |e: KeyboardEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    match e.key().as_str() {
                        "Enter" if !input.value().trim().is_empty() => {
                            on_rename.emit((key, input.value().trim().to_string()));
                            editing.set(None);
                        }
                        "Escape" => {
                            // Esc leaves renaming, not the whole view.
                            e.stop_propagation();
                            editing.set(None);
                        }
                        _ => {}
                    }
                });
                html! {
                    <input type="text" class="rename" data-rename-input="" value={item.name.clone()}
                        aria-label={t.rename} {onkeydown} autofocus=true />
                }
            }
            Some(Editing::Delete(k)) if k == key => html! {
                <span class="confirm">
                    { t.delete_confirm }
                    <button type="button" data-confirm-delete="" onclick={props.on_delete.reform(move |_| key)}>{ t.delete }</button>
                    <button type="button" onclick={cancel}>{ t.cancel }</button>
                </span>
            },
            _ => {
                let (rename, delete) = (editing.clone(), editing.clone());
                html! {
                    <>
                        <button type="button" class="link-button open" data-library-open={key.to_string()}
                            aria-current={current.then_some("true")} onclick={props.on_open.reform(move |_| key)}>
                            { &item.name }
                        </button>
                        <span class="library-meta">
                            { format!("{} · {}", lang.bytes(item.size), lang.optional_date(item.added)) }
                        </span>
                        <span class="library-actions">
                            <button type="button" data-rename={key.to_string()}
                                onclick={move |_| rename.set(Some(Editing::Rename(key)))}>{ t.rename }</button>
                            <button type="button" data-delete={key.to_string()}
                                onclick={move |_| delete.set(Some(Editing::Delete(key)))}>{ t.delete }</button>
                        </span>
                    </>
                }
            }
        };
        html! {
            <li class={classes!("library-item", current.then_some("current"))} data-library-item={key.to_string()}>
                { body }
            </li>
        }
    };
    html! {
        <aside class="library" data-library="" aria-label={t.library}>
            <div class={classes!("library-body", expanded.then_some("expanded"))}>
                <h2 class="library-title">
                    <button type="button" class="library-toggle" aria-expanded={expanded.to_string()}
                        title={t.show_library} data-library-toggle=""
                        onclick={let e = expanded.clone(); move |_| e.set(!*e)}>
                        { (t.library_title)(library.items.len()) }
                    </button>
                </h2>
                <ul class="library-list">{ for library.items.iter().map(row) }</ul>
                <p class="library-note">
                    { t.library_private }
                    if let Some((used, quota)) = library.usage {
                        { " " }
                        <span data-storage-used="">{ (t.storage_used)(&lang.bytes(used), &lang.bytes(quota)) }</span>
                    }
                </p>
            </div>
        </aside>
    }
}
