//! The root component: owns the reducer and every side effect (file reading, clipboard,
//! drag and drop, downloads, keyboard, stored preferences). Children receive data and
//! callbacks only.

use super::components::{focus_search, ArchiveView, DropZone, HelpSheet, LibraryPanel};
use super::i18n::Lang;
use super::keys::{command, Command, Context};
use super::links::{initial_state, use_links};
use super::services;
use super::state::{apply, Action, AppState, Loaded, Theme};
use crate::model::Problem;
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
    let state = use_reducer(|| AppState {
        prefs: services::stored_prefs(),
        ..initial_state()
    });
    let dragging = use_state(|| false);
    // Sharing: links in and out, the address bar and history (links.rs).
    let links = use_links(&state);
    let dispatch = links.dispatch.clone();

    // The page follows the reader's language and theme.
    use_effect_with(state.prefs, |prefs| services::apply_prefs(*prefs));

    // Paste anywhere on the page opens the pasted text or file.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            // Not passive: a paste palabre opens must not also land in a text field.
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "paste",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| services::handle_paste(e, &dispatch),
            );
            move || drop(listener)
        });
    }

    // Keyboard shortcuts (see `keys.rs`).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            // Not passive (gloo's default): a shortcut's key must not also do what the
            // browser would (`/` typed into the search box, arrows scrolling the page).
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if key.key() == "Tab" {
                        // The shortcut sheet is modal: Tab stays in it while it is open.
                        return services::trap_focus(key, "[data-help-sheet]");
                    }
                    let at = Context {
                        typing: is_typing(key),
                        modifier: key.ctrl_key() || key.meta_key() || key.alt_key(),
                        row: row_of(key),
                    };
                    match command(&key.key(), at) {
                        Some(Command::Dispatch(action)) => {
                            if action != Action::Escape {
                                // `/` and `?` would otherwise open the browser's find bar.
                                key.prevent_default();
                            }
                            dispatch.emit(action);
                        }
                        Some(Command::FocusSearch) => {
                            key.prevent_default();
                            focus_search();
                        }
                        None => {}
                    }
                },
            );
            move || drop(listener)
        });
    }

    // The shortcut sheet takes keyboard focus when it opens, and gives it back where it
    // was when it closes.
    {
        let before = use_mut_ref(|| None::<web_sys::HtmlElement>);
        use_effect_with(state.help, move |&open| {
            if open {
                *before.borrow_mut() = services::focused_element();
                services::focus("[data-close-help]");
            } else if let Some(element) = before.borrow_mut().take() {
                let _ = element.focus();
            }
        });
    }

    // What the library holds, once at start.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| services::refresh_library(dispatch));
    }

    // While the page waits for a first dump, the example goes once through what opening
    // one does (see `services::warm_up`); a dump that comes first (a link) skips it.
    let waiting = state.current.is_none() && state.loading.is_none();
    use_effect_with(waiting, |&waiting| {
        if waiting {
            services::warm_up();
        }
        move || {
            if waiting {
                services::skip_warm_up();
            }
        }
    });

    // After a jump renders, bring the entry into view and restart its flash.
    use_effect_with(state.view.jump, |jump| {
        if let Some((id, _)) = *jump {
            services::scroll_and_flash(id);
        }
    });

    let lang = state.prefs.lang;
    let t = lang.t();
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |files| services::read_files(files, dispatch.clone()))
    };
    let on_example = dispatch.reform(|()| Action::Open {
        name: "example".into(),
        text: EXAMPLE.into(),
        notices: vec![],
        source: services::text_source(),
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
        let (dragging, dispatch) = (dragging.clone(), dispatch.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(data) = e.data_transfer() else {
                return;
            };
            match data.files().filter(|f| f.length() > 0) {
                Some(files) => services::read_files(services::files_of(&files), dispatch.clone()),
                None => {
                    let text = data.get_data("text/plain").unwrap_or_default();
                    if !text.trim().is_empty() {
                        services::open_text("dropped text", text, &dispatch);
                    }
                }
            }
        })
    };
    let export = |extension: &'static str, mime: &'static str, render: fn(&Loaded) -> String| {
        state.current.clone().map(|loaded| {
            Callback::from(move |_: MouseEvent| {
                let stem = loaded
                    .name
                    .rsplit_once('.')
                    .map_or(loaded.name.as_str(), |(s, _)| s);
                let name = format!("{stem}.palabre.{extension}");
                if services::download(&name, mime, &render(&loaded)).is_err() {
                    gloo::console::error!("palabre: the download could not start");
                }
            })
        })
    };
    let on_json = export("json", "application/json", json_export);
    let on_csv = export("csv", "text/csv", |l| crate::csv::to_csv(&l.archive));
    let on_dismiss = dispatch.reform(|_: MouseEvent| Action::DismissError);
    let on_close = dispatch.reform(|_: MouseEvent| Action::Close);
    let on_help = dispatch.reform(|_: MouseEvent| Action::ToggleHelp);
    // A language or theme the reader picks is remembered; one guessed is not.
    let on_lang = dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let lang = Lang::from_tag(&select.value()).unwrap_or_default();
        services::remember_lang(lang);
        Action::SetLang(lang)
    });
    let on_theme = dispatch.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let theme = Theme::from_key(&select.value()).unwrap_or_default();
        services::remember_theme(theme);
        Action::SetTheme(theme)
    });
    let on_open_stored = {
        let dispatch = dispatch.clone();
        Callback::from(move |key| services::open_stored(key, dispatch.clone()))
    };
    let on_rename = {
        let dispatch = dispatch.clone();
        Callback::from(move |(key, name)| {
            services::change_stored(key, Some(name), dispatch.clone())
        })
    };
    let on_delete = {
        let dispatch = dispatch.clone();
        Callback::from(move |key| services::change_stored(key, None, dispatch.clone()))
    };
    // Another encoding, or another day for relative dates: what was chosen for the other
    // stays. A dump whose text the page holds is re-parsed at once; a large one (its
    // text stayed in the worker) is read again from its file.
    let source = state
        .current
        .as_ref()
        .map(|l| (l.source, l.text.is_empty()));
    let on_encoding = {
        let dispatch = dispatch.clone();
        Callback::from(move |encoding| {
            let anchor = source.and_then(|(s, _)| s.anchor);
            services::reread(Some(encoding), anchor, dispatch.clone());
        })
    };
    let on_anchor = {
        let dispatch = dispatch.clone();
        Callback::from(move |anchor| match source {
            Some((s, true)) => services::reread(s.encoding, Some(anchor), dispatch.clone()),
            _ => dispatch.emit(Action::Reanchor(anchor)),
        })
    };
    let on_cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| services::cancel_load(&dispatch))
    };
    let theme_name = |theme: Theme| match theme {
        Theme::Auto => t.theme_auto,
        Theme::Light => t.theme_light,
        Theme::Dark => t.theme_dark,
    };

    html! {
        <ContextProvider<Lang> context={lang}>
        <div class={classes!("app", dragging.then_some("dragging"))} data-app=""
            {ondragover} {ondragleave} {ondrop}>
            <header class="topbar">
                <h1 class="brand">{ "palabre" }</h1>
                if let Some(loaded) = &state.current {
                    <span class="file-name" data-file-name="">{ lang.dump_name(&loaded.name) }</span>
                    // A first screen is not the dump: nothing to share or export yet.
                    if !loaded.partial {
                        { links.share_menu(on_json.clone()) }
                        <details class="menu" data-export-menu="">
                            <summary>{ t.export }</summary>
                            <div class="menu-items">
                                <button type="button" onclick={on_json} data-download-json="">{ t.download_json }</button>
                                <button type="button" onclick={on_csv} data-download-csv="">{ t.download_csv }</button>
                            </div>
                        </details>
                        <button type="button" onclick={on_close} data-close="">{ t.close }</button>
                    }
                }
                <div class="settings" role="group" aria-label={t.settings}>
                    <label>
                        <span class="visually-hidden">{ t.language }</span>
                        <select data-lang="" onchange={on_lang} aria-label={t.language}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.code()} selected={*l == lang}>{ l.t().language_name }</option>
                            }) }
                        </select>
                    </label>
                    <label>
                        <span class="visually-hidden">{ t.theme }</span>
                        <select data-theme-select="" onchange={on_theme} aria-label={t.theme}>
                            { for Theme::ALL.iter().map(|th| html! {
                                <option value={th.key()} selected={*th == state.prefs.theme}>{ theme_name(*th) }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="help-button" onclick={on_help} data-help=""
                        aria-label={t.shortcuts_button} title={t.shortcuts_button}>{ "?" }</button>
                </div>
            </header>
            <div class={classes!("layout", (!state.library.items.is_empty()).then_some("with-library"))}>
            <LibraryPanel library={state.library.clone()} on_open={on_open_stored} {on_rename} {on_delete} />
            <main>
                if let Some(error) = &state.error {
                    <div class="error" role="alert" data-error="">
                        <span>{ format!("{}: {}", lang.dump_name(&error.name), lang.message(&error.message)) }</span>
                        <button type="button" onclick={on_dismiss}>{ t.dismiss }</button>
                    </div>
                }
                <div class="status" role="status" aria-live="polite">
                    if let Some(name) = &state.loading {
                        <div class="loading" data-loading="">
                            <span>{ (t.reading)(&lang.dump_name(name)) }</span>
                            if let Some(p) = state.progress {
                                <progress max={p.total.to_string()} value={p.bytes.to_string()}
                                    aria-label={t.progress_label}></progress>
                                <span data-progress="">
                                    { (t.progress)(&lang.bytes(p.bytes), &lang.bytes(p.total), p.entries) }
                                </span>
                                <button type="button" onclick={on_cancel} data-cancel-load="">{ t.cancel }</button>
                            }
                        </div>
                    }
                </div>
                <DropZone compact={state.current.is_some()} {on_files} {on_example} />
                if let Some(loaded) = &state.current {
                    <ArchiveView loaded={loaded.clone()} view={state.view.clone()} mode={state.mode()}
                        on_action={dispatch.clone()} on_copy_link={links.on_copy_entry.clone()}
                        {on_encoding} {on_anchor} />
                }
            </main>
            </div>
            if state.help {
                <HelpSheet on_close={dispatch.reform(|()| Action::ToggleHelp)} />
            }
        </div>
        </ContextProvider<Lang>>
    }
}

/// The entry whose row (in the entry list) the key was pressed in, if any.
fn row_of(event: &web_sys::KeyboardEvent) -> Option<usize> {
    let row = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-entries] > [data-row]")
        .ok()??;
    row.id().strip_prefix('e')?.parse().ok()
}

/// Whether a key press is typing into a text field rather than a command.
fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    match target.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            target.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "range")
        ),
        _ => target.is_content_editable(),
    }
}

/// The JSON the CLI prints for the same file: how its bytes were read comes first in
/// `problems`, in English like the parser's own words (the JSON is English whatever the
/// interface speaks).
fn json_export(loaded: &Loaded) -> String {
    let mut archive = loaded.archive.clone();
    let read = loaded.notices.iter().map(|m| (super::i18n::EN.message)(m));
    let read: Vec<Problem> = read.filter(|m| !m.is_empty()).map(Problem::Text).collect();
    archive.problems.splice(0..0, read);
    archive.to_json(true)
}
