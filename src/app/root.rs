//! The root component: owns the reducer and every side effect (file reading, clipboard,
//! drag and drop, downloads). Children receive data and callbacks only.

use super::components::{ArchiveView, DropZone};
use super::links::{initial_state, use_links};
use super::services;
use super::state::{apply, Action, AppState};
use crate::EXAMPLE;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(apply(&self, action))
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let dragging = use_state(|| false);
    // Sharing: links in and out, the address bar and history (links.rs).
    let links = use_links(&state);
    let dispatch = links.dispatch.clone();

    // Paste anywhere on the page opens the pasted text or file.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), "paste", move |e| {
                    services::handle_paste(e, &dispatch)
                });
            move || drop(listener)
        });
    }

    // Esc clears the highlight, then the time range.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                    let escape = e
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape");
                    if escape {
                        dispatch.emit(Action::Escape);
                    }
                });
            move || drop(listener)
        });
    }

    // After a jump renders, bring the entry into view and restart its flash.
    use_effect_with(state.view.jump, |jump| {
        if let Some((id, _)) = *jump {
            services::scroll_and_flash(id);
        }
    });

    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file| services::read_file(file, dispatch.clone()))
    };
    let on_example = dispatch.reform(|()| Action::Open {
        name: "example".into(),
        text: EXAMPLE.into(),
        notices: vec![],
    });
    // Dropping works anywhere on the page, not only on the zone.
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dragging, on_file, dispatch) = (dragging.clone(), on_file.clone(), dispatch.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(data) = e.data_transfer() else {
                return;
            };
            if let Some(file) = data.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            } else if let Ok(text) = data.get_data("text/plain") {
                if !text.trim().is_empty() {
                    dispatch.emit(Action::Open {
                        name: "dropped text".into(),
                        text: text.into(),
                        notices: vec![],
                    });
                }
            }
        })
    };
    let on_download = state.current.clone().map(|loaded| {
        Callback::from(move |_: MouseEvent| {
            let json = loaded.archive.to_json(true);
            let stem = loaded
                .name
                .rsplit_once('.')
                .map_or(loaded.name.as_str(), |(s, _)| s);
            if services::download(&format!("{stem}.palabre.json"), "application/json", &json)
                .is_err()
            {
                gloo::console::error!("palabre: the JSON download could not start");
            }
        })
    });
    let on_dismiss = dispatch.reform(|_: MouseEvent| Action::DismissError);
    let on_close = dispatch.reform(|_: MouseEvent| Action::Close);

    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} data-app=""
            {ondragover} {ondragleave} {ondrop}>
            <header class="topbar">
                <h1 class="brand">{ "palabre" }</h1>
                if let Some(loaded) = &state.current {
                    <span class="file-name" data-file-name="">{ &loaded.name }</span>
                    { links.share_menu(on_download.clone()) }
                    <button type="button" onclick={on_download} data-download-json="">{ "Download JSON" }</button>
                    <button type="button" onclick={on_close} data-close="">{ "Close" }</button>
                }
            </header>
            <main>
                if let Some(error) = &state.error {
                    <div class="error" role="alert" data-error="">
                        <span>{ error }</span>
                        <button type="button" onclick={on_dismiss}>{ "Dismiss" }</button>
                    </div>
                }
                if let Some(name) = &state.loading {
                    <p class="loading" role="status" data-loading="">{ format!("Reading {name}…") }</p>
                }
                <DropZone compact={state.current.is_some()} {on_file} {on_example} />
                if let Some(loaded) = &state.current {
                    <ArchiveView loaded={loaded.clone()} view={state.view.clone()} mode={state.mode()}
                        on_action={dispatch.clone()} on_copy_link={links.on_copy_entry.clone()} />
                }
            </main>
        </div>
    }
}
