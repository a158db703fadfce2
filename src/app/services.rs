//! The app's side effects: reading dropped files, decoding them with the browser's own
//! `TextDecoder`, reading the clipboard, and saving downloads. Each ends by dispatching
//! an [`Action`]; nothing here touches the state directly.

use super::i18n::Lang;
use super::message::{read_notice, Message};
use super::state::{Action, Loaded, Prefs, Source, Theme};
use crate::decode::{decode_as, repair, sniff, Encoding, Sniff};
use crate::model::Stamp;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Larger files are refused with a message rather than read: reading them whole into
/// one string would exhaust the tab's memory.
pub const MAX_FILE_BYTES: f64 = 512.0 * 1024.0 * 1024.0;

/// What to do with a file once read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intake {
    /// Put it on screen (the other files of a multiple drop only go to the library).
    pub show: bool,
    /// Keep it in the library.
    pub keep: bool,
    /// It already is in the library, under this key.
    pub stored: Option<u32>,
}

impl Intake {
    /// A file the reader just dropped, picked or pasted.
    pub const NEW: Intake = Intake {
        show: true,
        keep: true,
        stored: None,
    };
}

/// Reads a dropped, picked or pasted file and dispatches the result.
pub fn read_file(file: web_sys::File, dispatch: Callback<Action>) {
    read_files(vec![file], dispatch);
}

/// Reads several files at once: the first is shown, all are kept in the library.
pub fn read_files(files: Vec<web_sys::File>, dispatch: Callback<Action>) {
    for (i, file) in files.into_iter().enumerate() {
        let intake = Intake {
            show: i == 0,
            ..Intake::NEW
        };
        read_blob(file.name(), file.into(), intake, dispatch.clone());
    }
}

/// The files of a `FileList`, copied out: a file input's list empties when it is reset.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Now, as a local date: what relative dates in text without a file count from.
pub fn now() -> Option<Stamp> {
    local_stamp(js_sys::Date::now())
}

/// A local date from milliseconds since 1970 (UTC).
fn local_stamp(ms: f64) -> Option<Stamp> {
    let offset_minutes = js_sys::Date::new(&ms.into()).get_timezone_offset();
    Stamp::from_seconds((ms / 1000.0 - offset_minutes * 60.0) as i64)
}

/// The source of text that came as text (pasted, dropped from a page, the example).
pub fn text_source() -> Source {
    Source {
        encoding: None,
        anchor: now(),
    }
}

/// Opens text that came without a file (pasted, dropped from another page): it is kept
/// in the library as a file of its own.
pub fn open_text(name: &str, text: String, dispatch: &Callback<Action>) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let parts = js_sys::Array::of1(&text.as_str().into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok();
    match blob {
        // A large paste is parsed by the worker, like a large file.
        Some(blob) if text.len() as f64 >= super::worker::WORKER_FROM => {
            read_blob(name.to_string(), blob, Intake::NEW, dispatch.clone());
        }
        blob => {
            let (name, dispatch) = (name.to_string(), dispatch.clone());
            yew::platform::spawn_local(async move {
                show(name.clone(), text.into(), vec![], text_source(), &dispatch).await;
                if let Some(blob) = blob {
                    keep(name, blob, true, dispatch);
                }
            });
        }
    }
}

/// Parses text the page's thread read, then shows it in a task of its own: parsing a
/// seed and drawing it had been one task of 100 ms; each is about half now.
async fn show(
    name: String,
    text: Rc<str>,
    notices: Vec<Message>,
    source: Source,
    dispatch: &Callback<Action>,
) {
    let loaded = Loaded::read(name, text, notices, None, source);
    gloo::timers::future::TimeoutFuture::new(0).await;
    dispatch.emit(Action::Show(Rc::new(loaded)));
}

thread_local! {
    /// The file on screen, kept to read it again (in another encoding, with another
    /// anchor for relative dates, or to pack it into a link).
    static SHOWN_FILE: RefCell<Option<(String, web_sys::Blob, Option<u32>)>> =
        const { RefCell::new(None) };
}

/// Reads the file on screen again, as `encoding` or counting relative dates from
/// `anchor` (each left as it was when `None`).
pub fn reread(encoding: Option<Encoding>, anchor: Option<Stamp>, dispatch: Callback<Action>) {
    let Some((name, blob, stored)) = SHOWN_FILE.with(|f| f.borrow().clone()) else {
        return;
    };
    let intake = Intake {
        show: true,
        keep: false,
        stored,
    };
    read_blob_as(name, blob, intake, (encoding, anchor), dispatch);
}

/// The bytes of the file on screen, when it came from a file.
pub async fn shown_file_bytes() -> Option<Vec<u8>> {
    let (_, blob, _) = SHOWN_FILE.with(|f| f.borrow().clone())?;
    gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(blob))
        .await
        .ok()
}

/// Reads a file's bytes, decodes them and dispatches what `intake` asks for.
pub fn read_blob(name: String, blob: web_sys::Blob, intake: Intake, dispatch: Callback<Action>) {
    read_blob_as(name, blob, intake, (None, None), dispatch);
}

fn read_blob_as(
    name: String,
    blob: web_sys::Blob,
    intake: Intake,
    (encoding, anchor): (Option<Encoding>, Option<Stamp>),
    dispatch: Callback<Action>,
) {
    if blob.size() > MAX_FILE_BYTES {
        let mb = (blob.size() / 1_048_576.0).round() as u64;
        dispatch.emit(Action::Fail {
            name,
            message: Message::TooLarge(mb),
        });
        return;
    }
    if !intake.show {
        // The other files of a multiple drop: kept, read when opened.
        if intake.keep {
            keep(name, blob, false, dispatch);
        }
        return;
    }
    dispatch.emit(Action::StartLoading { name: name.clone() });
    super::worker::cancel();
    SHOWN_FILE.with(|f| *f.borrow_mut() = Some((name.clone(), blob.clone(), intake.stored)));
    // Relative dates ("3 days ago") were written when the file was saved.
    let saved = blob
        .dyn_ref::<web_sys::File>()
        .map(|f| f.last_modified())
        .and_then(local_stamp);
    let anchor = anchor.or(saved).or_else(now);
    if blob.size() >= super::worker::WORKER_FROM {
        let done = {
            let (name, blob, dispatch) = (name.clone(), blob.clone(), dispatch.clone());
            // The worker is stopped once the library has the file and is listed again:
            // stopping it while the page still worked stalled the page (`retire`).
            Callback::from(move |()| {
                let (name, blob, dispatch) = (name.clone(), blob.clone(), dispatch.clone());
                yew::platform::spawn_local(async move {
                    if intake.keep {
                        keep_and_list(name, blob, true, dispatch).await;
                    }
                    super::worker::retire();
                });
            })
        };
        let started = super::worker::parse(
            name.clone(),
            blob.clone(),
            intake,
            encoding,
            anchor,
            dispatch.clone(),
            done,
        );
        if started.is_ok() {
            return;
        }
        // No worker here (a page opened from disk): the page's thread parses it.
    }
    yew::platform::spawn_local(async move {
        let read = gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(blob.clone())).await;
        let decoded = match read {
            Err(e) => Err(Message::Unreadable(e.to_string())),
            Ok(bytes) => decode(&bytes, encoding),
        };
        let decoded = match decoded {
            Ok(decoded) => decoded,
            Err(message) => {
                dispatch.emit(Action::Fail { name, message });
                return;
            }
        };
        let source = Source {
            encoding: Some(decoded.encoding),
            anchor,
        };
        show(
            name.clone(),
            decoded.text.into(),
            decoded.notices,
            source,
            &dispatch,
        )
        .await;
        if let Some(key) = intake.stored {
            dispatch.emit(Action::Showing(key));
        }
        if intake.keep {
            keep(name, blob, true, dispatch);
        }
    });
}

/// Stops a large file's loading.
pub fn cancel_load(dispatch: &Callback<Action>) {
    super::worker::cancel();
    dispatch.emit(Action::CancelLoad);
}

/// Stores a dump in the library, then lists the library again.
fn keep(name: String, blob: web_sys::Blob, showing: bool, dispatch: Callback<Action>) {
    yew::platform::spawn_local(keep_and_list(name, blob, showing, dispatch));
}

async fn keep_and_list(
    name: String,
    blob: web_sys::Blob,
    showing: bool,
    dispatch: Callback<Action>,
) {
    match super::library::keep(&name, &blob).await {
        Ok(key) if showing => dispatch.emit(Action::Showing(key)),
        Ok(_) => {}
        Err(why) => return dispatch.emit(Action::LibraryUnavailable(why)),
    }
    list_library(dispatch).await;
}

/// Reads what the library holds and dispatches it.
pub fn refresh_library(dispatch: Callback<Action>) {
    yew::platform::spawn_local(list_library(dispatch));
}

async fn list_library(dispatch: Callback<Action>) {
    dispatch.emit(match super::library::list().await {
        Ok((items, usage)) => Action::Listed { items, usage },
        Err(why) => Action::LibraryUnavailable(why),
    });
}

/// Opens a dump kept in the library.
pub fn open_stored(key: u32, dispatch: Callback<Action>) {
    yew::platform::spawn_local(async move {
        match super::library::load(key).await {
            Ok((name, blob)) => {
                let intake = Intake {
                    show: true,
                    keep: false,
                    stored: Some(key),
                };
                read_blob(name, blob, intake, dispatch);
            }
            Err(why) => dispatch.emit(Action::Fail {
                name: format!("#{key}"),
                message: why,
            }),
        }
    });
}

/// Renames or deletes a stored dump (`None` deletes), then lists the library again.
pub fn change_stored(key: u32, rename: Option<String>, dispatch: Callback<Action>) {
    yew::platform::spawn_local(async move {
        let done = match &rename {
            Some(name) => super::library::rename(key, name).await,
            None => super::library::delete(key).await,
        };
        match done {
            Ok(()) => refresh_library(dispatch),
            Err(why) => dispatch.emit(Action::LibraryUnavailable(why)),
        }
    });
}

/// A file's text, what the reader should know about how it was read, and the encoding.
pub struct Decoded {
    pub text: String,
    pub notices: Vec<Message>,
    pub encoding: Encoding,
}

/// Bytes to text, as `sniff` decides or as the reader chose (`forced`).
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, Message> {
    let how = sniff(bytes);
    let Some(encoding) = forced.or(how.encoding()) else {
        return Err(Message::Sniffed(how));
    };
    let text = match encoding {
        // Browsers read the `iso-8859-1` label as Windows-1252: a chosen Latin-1 is
        // decoded by the core's table instead (it is 256 bytes long).
        Encoding::Latin1 => decode_as(bytes, encoding),
        // UTF-8 with a few stray bytes: a `TextDecoder` would make them U+FFFD.
        _ if forced.is_none() && matches!(how, Sniff::Mixed { .. }) => repair(bytes),
        _ => {
            let decoder = web_sys::TextDecoder::new_with_label(encoding.label())
                .map_err(|_| Message::NoDecoder(encoding))?;
            // The decoder drops a byte-order mark of its own encoding.
            decoder
                .decode_with_u8_array(bytes)
                .map_err(|_| Message::Invalid(encoding))?
        }
    };
    Ok(Decoded {
        text,
        notices: read_notice(how, forced).into_iter().collect(),
        encoding,
    })
}

/// What a paste event carries: a file (pasted from a file manager) or text.
pub fn handle_paste(event: &web_sys::Event, dispatch: &Callback<Action>) {
    let Some(data) = event
        .dyn_ref::<web_sys::ClipboardEvent>()
        .and_then(|e| e.clipboard_data())
    else {
        return;
    };
    if let Some(file) = data.files().and_then(|files| files.get(0)) {
        event.prevent_default();
        read_file(file, dispatch.clone());
        return;
    }
    let text = data.get_data("text/plain").unwrap_or_default();
    if !text.trim().is_empty() {
        event.prevent_default();
        open_text("pasted text", text, dispatch);
    }
}

/// Saves `content` as a file through an object URL: the data never leaves the browser.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking at once can cancel the download in some browsers; a moment later is safe.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Runs `f` once the browser has painted what is drawn now: from a timer set by the next
/// animation frame (which runs just before that paint). Dropped, it never runs. What is
/// drawn in stages draws each stage in a task and a frame of its own this way.
pub struct AfterPaint {
    _frame: gloo::render::AnimationFrame,
    _timers: Rc<Timers>,
}

/// For reading sizes: the layout is done then (unless a task before changed the page).
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    after_paint_in(1, Box::new(f))
}

/// For drawing more: after the paint and after every `after_paint` set for the same
/// frame, so that what measures reads the layout the browser made, before a stage changes
/// the page again (the list measuring after the chart's next bars had made the browser
/// lay the page out again within that task: 84 ms once a large file was drawn).
pub fn after_paint_and_reads(f: impl FnOnce() + 'static) -> AfterPaint {
    after_paint_in(2, Box::new(f))
}

/// Calls `f` when the reader asks to print, before the browser lays the page out for
/// paper: what is drawn in stages has to be drawn whole by then. Dropping the listener
/// stops it.
pub fn before_print(f: impl Fn() + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", move |_| f())
}

fn after_paint_in(hops: usize, f: Box<dyn FnOnce()>) -> AfterPaint {
    let timers = Rc::new(RefCell::new(Vec::new()));
    let slot = timers.clone();
    let frame = gloo::render::request_animation_frame(move |_| hop(slot, hops, f));
    AfterPaint {
        _frame: frame,
        _timers: timers,
    }
}

type Timers = RefCell<Vec<gloo::timers::callback::Timeout>>;

/// `f` after `hops` timers in a row, each kept in `slot`, which `AfterPaint` owns (its
/// drop cancels them; a fired one is kept too: dropping a timer from its own callback is
/// not worth the doubt).
fn hop(slot: Rc<Timers>, hops: usize, f: Box<dyn FnOnce()>) {
    let again = Rc::downgrade(&slot);
    let timer = gloo::timers::callback::Timeout::new(0, move || {
        if hops <= 1 {
            f();
        } else if let Some(slot) = again.upgrade() {
            hop(slot, hops - 1, f);
        }
    });
    slot.borrow_mut().push(timer);
}

/// Where the page's one warm-up is.
enum WarmUp {
    NotAsked,
    /// Waiting for the paint (dropping it cancels the warm-up).
    Asked {
        _pending: AfterPaint,
    },
    /// Run, or skipped for a dump that came first.
    Over,
}

thread_local! {
    static WARM_UP: RefCell<WarmUp> = const { RefCell::new(WarmUp::NotAsked) };
}

/// Once the page is painted, runs the example through everything opening a dump does:
/// parsing, threading, the views, and their drawing (off screen, like the HTML export).
/// The browser compiles the app's code function by function as it first runs, so the
/// first dump a reader opened paid for compiling all of that: a seed took 230–250 ms
/// from the file input to the paint the first time, 70–80 ms the next times.
pub fn warm_up() {
    WARM_UP.with(|w| {
        let mut w = w.borrow_mut();
        if matches!(*w, WarmUp::NotAsked) {
            *w = WarmUp::Asked {
                _pending: after_paint(|| yew::platform::spawn_local(warm())),
            };
        }
    });
}

/// A dump is coming before the warm-up ran (a link to one, a file dropped at once):
/// opening it compiles the same code, and the warm-up would only delay it. It is not
/// asked for again.
pub fn skip_warm_up() {
    WARM_UP.with(|w| {
        let mut w = w.borrow_mut();
        if matches!(*w, WarmUp::Asked { .. }) {
            *w = WarmUp::Over;
        }
    });
}

async fn warm() {
    mark_warm_up("running");
    let example = Rc::new(Loaded::read(
        "example".into(),
        crate::EXAMPLE.into(),
        vec![],
        None,
        text_source(),
    ));
    gloo::timers::future::TimeoutFuture::new(0).await;
    // Thrown away: only running it mattered.
    let _ = super::export::render(&example, super::state::Mode::Thread, Lang::default()).await;
    mark_warm_up("done");
}

/// `html[data-warm]`: for benchmarks, which time a reader's first dump, not a drop in the
/// page's first tenth of a second (they wait for `done`), and for tests (a link's dump
/// skips the warm-up).
fn mark_warm_up(stage: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-warm", stage);
    }
}

/// Scrolls entry `id`'s row to the middle of the screen, moves keyboard focus to it and
/// replays its card's flash animation (the `flash` class itself comes from the state).
pub fn scroll_and_flash(id: usize) {
    flash(id, true);
}

/// [`scroll_and_flash`], or only the focus and the flash when `scroll` is false (the
/// caller put the row on screen itself).
pub fn flash(id: usize, scroll: bool) {
    let Some(row) = gloo::utils::document().get_element_by_id(&format!("e{id}")) else {
        return;
    };
    if scroll {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        row.scroll_into_view_with_scroll_into_view_options(&options);
    }
    if let Some(row) = row.dyn_ref::<web_sys::HtmlElement>() {
        // Without scrolling again: the row is already where it should be.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = row.focus_with_options(&options);
    }
    let Some(card) = row.query_selector("[data-entry]").ok().flatten() else {
        return;
    };
    let classes = card.class_list();
    let _ = classes.remove_1("flash");
    if let Some(card) = card.dyn_ref::<web_sys::HtmlElement>() {
        // Reading layout between removing and adding the class restarts the animation.
        let _ = card.offset_width();
    }
    let _ = classes.add_1("flash");
}

/// Keeps Tab and Shift+Tab inside the dialog `selector` names, while there is one (a
/// modal dialog's focus must not wander to the page behind it).
pub fn trap_focus(event: &web_sys::KeyboardEvent, selector: &str) {
    let document = gloo::utils::document();
    let Some(dialog) = document.query_selector(selector).ok().flatten() else {
        return;
    };
    let Ok(list) = dialog.query_selector_all(
        "button, [href], input, select, textarea, summary, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let focusable: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let active = document.active_element();
    let inside = active
        .as_ref()
        .is_some_and(|a| dialog.contains(Some(a.unchecked_ref())));
    let at = |e: &web_sys::HtmlElement| active.as_ref() == Some(e.unchecked_ref());
    let to = match (event.shift_key(), inside) {
        (_, false) => Some(first),
        (true, true) if at(first) => Some(last),
        (false, true) if at(last) => Some(first),
        _ => None,
    };
    if let Some(to) = to {
        event.prevent_default();
        let _ = to.focus();
    }
}

/// The element with keyboard focus, to give it back later.
pub fn focused_element() -> Option<web_sys::HtmlElement> {
    gloo::utils::document().active_element()?.dyn_into().ok()
}

/// Moves keyboard focus to the first element `selector` names.
pub fn focus(selector: &str) {
    let found = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = found {
        let _ = e.focus();
    }
}

const LANG_KEY: &str = "palabre.lang";
const THEME_KEY: &str = "palabre.theme";

fn storage() -> Option<web_sys::Storage> {
    // Storage can be refused (private modes, file:// in some browsers): prefs then last
    // for the visit only.
    gloo::utils::window().local_storage().ok().flatten()
}

/// The reader's stored choices, else the browser's languages and the system theme.
pub fn stored_prefs() -> Prefs {
    let stored = |key| storage().and_then(|s| s.get_item(key).ok().flatten());
    let lang = stored(LANG_KEY)
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or_else(|| {
            let tags: Vec<String> = gloo::utils::window()
                .navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect();
            Lang::negotiate(tags.iter().map(String::as_str))
        });
    let theme = stored(THEME_KEY)
        .and_then(|t| Theme::from_key(&t))
        .unwrap_or_default();
    Prefs { lang, theme }
}

/// Sets the page's language and theme. Only the reader's own choices are stored
/// ([`remember_lang`], [`remember_theme`]): a language guessed from the browser keeps
/// following the browser.
pub fn apply_prefs(prefs: Prefs) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", prefs.lang.code());
        let _ = root.set_attribute("data-theme", prefs.theme.key());
    }
}

/// Remembers the language the reader picked, for the next visit.
pub fn remember_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

/// Remembers the theme the reader picked; "Auto" is remembered as no choice, so that the
/// page follows the system again.
pub fn remember_theme(theme: Theme) {
    if let Some(s) = storage() {
        let _ = match theme {
            Theme::Auto => s.remove_item(THEME_KEY),
            _ => s.set_item(THEME_KEY, theme.key()),
        };
    }
}

/// Shows a banner with a reload button if the app ever panics, instead of leaving a
/// silent, frozen page; the panic is still logged to the console.
pub fn install_panic_banner() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("palabre: {info}"));
        let _ = show_crash_banner();
    }));
}

/// The banner the panic hook shows (at most once per page).
pub fn show_crash_banner() -> Result<(), wasm_bindgen::JsValue> {
    let document = gloo::utils::document();
    if document.get_element_by_id("palabre-crashed").is_some() {
        return Ok(());
    }
    let banner = document.create_element("div")?;
    banner.set_id("palabre-crashed");
    banner.set_class_name("crash-banner");
    banner.set_attribute("role", "alert")?;
    banner.set_text_content(Some(
        "palabre hit an internal error and stopped. Your file was not sent anywhere. ",
    ));
    let reload: web_sys::HtmlElement = document.create_element("button")?.unchecked_into();
    reload.set_text_content(Some("Reload"));
    let on_click = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    reload.set_onclick(Some(on_click.as_ref().unchecked_ref()));
    on_click.forget();
    banner.append_child(&reload)?;
    gloo::utils::body().append_child(&banner)?;
    Ok(())
}
