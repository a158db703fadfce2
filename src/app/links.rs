//! The root component's sharing hook, kept apart so that `root.rs` stays short: opening
//! what the address names (`#z=` data, a `?src=` dump, a view), keeping the address in step
//! with the view (a history entry per change the user makes; back / forward restore), and
//! the Share menu's actions (copy, pack the dump into a link, save as HTML). The browser
//! calls are in `web_share.rs`; the decisions in `view_link.rs` and `crate::share`.

use super::components::{DataLink, ShareMenu, ShareMenuProps};
use super::message::Message;
use super::services;
use super::state::{apply, Action, AppState, Loaded, Source};
use super::view_link::{
    data_hash, full_hash, gesture, history_step, view_hash, Gesture, HistoryStep,
};
use super::{export, web_share};
use crate::share::{self, msg, Fragment, View};
use gloo::events::EventListener;
use std::rc::{Rc, Weak};
use yew::platform::spawn_local;
use yew::prelude::*;

/// The state the app starts in: a view the address names waits for its dump.
pub fn initial_state() -> AppState {
    let hash = web_share::current_hash();
    AppState {
        pending: (hash.len() > 1).then(|| Fragment::parse(&hash).view),
        ..AppState::default()
    }
}

/// What the root needs from the hook.
pub struct Links {
    /// Dispatch for what the user does: the view changes it causes become history entries.
    pub dispatch: Callback<Action>,
    /// "Copy a link to this entry" (selects it too).
    pub on_copy_entry: Callback<usize>,
    menu: Option<ShareMenuProps>,
}

impl Links {
    /// The Share button and its panel, for the top bar (the JSON download is offered
    /// when the link is too long).
    pub fn share_menu(&self, on_download_json: Option<Callback<MouseEvent>>) -> Html {
        let Some(props) = &self.menu else {
            return Html::default();
        };
        let props = ShareMenuProps {
            on_download_json: on_download_json.unwrap_or_default(),
            ..props.clone()
        };
        html! { <ShareMenu ..props /> }
    }
}

/// The dump packed for a `#z=` link: made once per dump, when the Share panel opens.
struct Packed {
    dump: Weak<Loaded>,
    result: Option<Result<Rc<str>, Message>>,
}

#[hook]
pub fn use_links(state: &UseReducerHandle<AppState>) -> Links {
    let lang = state.prefs.lang;
    let t = lang.t();
    // Set by `dispatch` (the user), cleared by `system` (loads, back / forward): what the
    // user did, when the next change of view is theirs; and what last wrote the address,
    // so that an edit of the search is one history entry (`view_link::history_step`).
    let by_user = use_mut_ref(|| None::<Gesture>);
    let last_gesture = use_mut_ref(|| None::<Gesture>);
    let last_hash = use_mut_ref(web_share::current_hash);
    let shared_now = use_mut_ref(|| None::<Rc<str>>);
    *shared_now.borrow_mut() = state.current.as_ref().and_then(|l| l.shared.clone());
    let packed = use_state(|| None::<Rc<Packed>>);
    let status = use_state(|| None::<String>);
    let said = use_mut_ref(|| 0u32);

    let sender = |user: bool| {
        let (state, by_user) = (state.clone(), by_user.clone());
        Callback::from(move |action: Action| {
            *by_user.borrow_mut() = user.then(|| gesture(&action));
            state.dispatch(action);
        })
    };
    let (dispatch, system) = (sender(true), sender(false));

    // Opening: the dump inside the link (`#z=`), else the one it points at (`?src=`).
    {
        let system = system.clone();
        use_effect_with((), move |_| {
            let fragment = Fragment::parse(&web_share::current_hash());
            if let Some(data) = fragment.data {
                open_shared(data, None, &system);
            } else if let Some(url) = web_share::source_param() {
                open_source(url, &system);
            }
        });
    }

    // The address follows the view; only changes the user makes go into history (a view
    // restored from the address leaves it as it is), one entry per change.
    {
        let hash = view_hash(state);
        let dump = state.current.as_ref().map(Rc::as_ptr);
        let (current, by_user, last_hash, last_gesture) = (
            state.current.clone(),
            by_user.clone(),
            last_hash.clone(),
            last_gesture.clone(),
        );
        use_effect_with((hash, dump), move |(hash, _)| {
            let user = by_user.borrow_mut().take();
            match (user, hash) {
                (Some(now), Some(hash)) => {
                    let hash = current
                        .as_ref()
                        .map_or_else(String::new, |l| full_hash(l, hash));
                    if hash != web_share::current_hash() {
                        let before = last_gesture.borrow_mut().replace(now);
                        let push = history_step(now, before) == HistoryStep::Push;
                        web_share::write_hash(&hash, push);
                        *last_hash.borrow_mut() = hash;
                    }
                }
                // Back / forward, a link, a load: the next change starts afresh.
                (None, _) => *last_gesture.borrow_mut() = None,
                _ => {}
            }
        });
    }

    // Back / forward, or a fragment typed into the address bar.
    {
        let (system, last_hash, shared_now) =
            (system.clone(), last_hash.clone(), shared_now.clone());
        use_effect_with((), move |_| {
            let navigated = Rc::new(move |_: &Event| {
                let hash = web_share::current_hash();
                if *last_hash.borrow() == hash {
                    return; // `popstate` and `hashchange` both report one move
                }
                *last_hash.borrow_mut() = hash.clone();
                let fragment = Fragment::parse(&hash);
                match fragment.data {
                    Some(data) if shared_now.borrow().as_deref() != Some(data.as_str()) => {
                        open_shared(data, Some(fragment.view), &system);
                    }
                    _ => system.emit(Action::RestoreView(fragment.view)),
                }
            });
            let window = gloo::utils::window();
            let pop = {
                let navigated = navigated.clone();
                EventListener::new(&window, "popstate", move |e| navigated(e))
            };
            let hash = EventListener::new(&window, "hashchange", move |e| navigated(e));
            move || drop((pop, hash))
        });
    }

    let say = {
        let (status, said) = (status.clone(), said.clone());
        Rc::new(move |message: &str| {
            let n = {
                let mut said = said.borrow_mut();
                *said += 1;
                *said
            };
            status.set(Some(message.to_string()));
            let (status, said) = (status.clone(), said.clone());
            gloo::timers::callback::Timeout::new(6_000, move || {
                if *said.borrow() == n {
                    status.set(None);
                }
            })
            .forget();
        })
    };
    let copy = {
        let say = say.clone();
        Callback::from(move |text: String| {
            let say = say.clone();
            spawn_local(async move {
                let copied = web_share::copy_text(&text).await;
                say(if copied { t.copied } else { t.copy_failed });
            });
        })
    };
    let on_copy_entry = {
        let (state, dispatch, copy) = (state.clone(), dispatch.clone(), copy.clone());
        Callback::from(move |id: usize| {
            let next = apply(&state, Action::JumpTo(id));
            if let (Some(loaded), Some(hash)) = (&next.current, view_hash(&next)) {
                copy.emit(format!(
                    "{}{}",
                    web_share::page_url(true),
                    full_hash(loaded, &hash)
                ));
            }
            dispatch.emit(Action::JumpTo(id));
        })
    };

    let Some(loaded) = state.current.clone() else {
        return Links {
            dispatch,
            on_copy_entry,
            menu: None,
        };
    };
    let view = view_hash(state).unwrap_or_default();
    // `Some(None)`: being packed.
    let payload = loaded.shared.clone().map(|d| Some(Ok(d))).or_else(|| {
        let p = packed
            .as_ref()
            .filter(|p| p.dump.as_ptr() == Rc::as_ptr(&loaded))?;
        Some(p.result.clone())
    });
    let data_link = match payload {
        None => DataLink::Idle,
        Some(None) => DataLink::Making,
        Some(Some(Err(why))) => DataLink::Failed(why),
        Some(Some(Ok(data))) => DataLink::Ready(
            format!("{}{}", web_share::page_url(false), data_hash(&data, &view)).into(),
        ),
    };
    let on_open = {
        let (loaded, packed) = (loaded.clone(), packed.clone());
        let idle = data_link == DataLink::Idle;
        Callback::from(move |()| {
            if !idle {
                return;
            }
            let dump = Rc::downgrade(&loaded);
            packed.set(Some(Rc::new(Packed {
                dump: dump.clone(),
                result: None,
            })));
            let (loaded, packed) = (loaded.clone(), packed.clone());
            spawn_local(async move {
                // A large dump's text stayed in the worker: its file is read again.
                let bytes = match loaded.text.is_empty() {
                    false => Some(loaded.text.as_bytes().to_vec()),
                    true => services::shown_file_bytes().await,
                };
                let result = match bytes {
                    Some(bytes) => web_share::deflate(&bytes)
                        .await
                        .map(|packed| Rc::from(share::base64url_encode(&packed))),
                    None => Err(Message::FileGone),
                };
                packed.set(Some(Rc::new(Packed {
                    dump,
                    result: Some(result),
                })));
            });
        })
    };
    let on_save_html = {
        let (loaded, mode, say) = (loaded.clone(), state.mode(), say.clone());
        Callback::from(move |()| {
            let (loaded, say) = (loaded.clone(), say.clone());
            spawn_local(async move {
                if export::save_html(loaded, mode, lang).await.is_err() {
                    say(t.save_html_failed);
                }
            });
        })
    };
    let menu = Some(ShareMenuProps {
        view_link: format!("{}{}", web_share::page_url(true), full_hash(&loaded, &view)),
        self_contained: loaded.shared.is_some() || web_share::source_param().is_some(),
        from_file: web_share::from_file(),
        data_link,
        status: (*status).clone(),
        on_open,
        on_copy: copy,
        on_save_html,
        on_download_json: Callback::noop(),
    });
    Links {
        dispatch,
        on_copy_entry,
        menu,
    }
}

/// Opens the dump packed in a `#z=` link, then `view` (when the link came by navigation;
/// at start the view already waits in `AppState::pending`).
fn open_shared(data: String, view: Option<View>, system: &Callback<Action>) {
    system.emit(Action::StartLoading {
        name: msg::SHARED_LINK.into(),
    });
    let system = system.clone();
    spawn_local(async move {
        match web_share::unpack(&data).await {
            Ok(text) => {
                system.emit(Action::OpenShared {
                    text: text.into(),
                    payload: data.into(),
                    source: services::text_source(),
                });
                if let Some(view) = view {
                    system.emit(Action::RestoreView(view));
                }
            }
            Err(message) => system.emit(Action::Fail {
                name: msg::SHARED_LINK.into(),
                message,
            }),
        }
    });
}

/// Fetches the dump a `?src=` link names: the only request palabre makes.
fn open_source(url: String, system: &Callback<Action>) {
    let name = share::source_name(&url);
    system.emit(Action::StartLoading { name: name.clone() });
    let system = system.clone();
    spawn_local(async move {
        system.emit(match web_share::fetch_source(&url).await {
            // A large dump is parsed by the worker, as a large file is.
            Ok(decoded) if decoded.text.len() as f64 >= super::worker::WORKER_FROM => {
                return services::open_text(&name, decoded.text, &system);
            }
            Ok(decoded) => Action::Open {
                name,
                text: decoded.text.into(),
                notices: decoded.notices,
                source: Source {
                    encoding: Some(decoded.encoding),
                    anchor: services::now(),
                },
            },
            Err(e) => Action::Fail {
                name,
                message: Message::Source(e),
            },
        });
    });
}
