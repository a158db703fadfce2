//! Large dumps are read, decoded, parsed and threaded by a Web Worker
//! (`src/bin/palabre-worker.rs`), so the page keeps answering while a 100 MB log loads:
//! it shows progress, a first screen early, and can cancel.
//!
//! The worker's entries arrive in chunks; each `message` event decodes one chunk (a few
//! thousand entries), so no single task on the page's thread runs long. Where a worker
//! cannot start (a page opened from `file://`, a browser refusing it), the caller parses
//! on the page's thread instead.

use super::message::{read_notice, sniff_of, Message};
use super::services::Intake;
use super::state::{Action, Source};
use crate::decode::Encoding;
use crate::model::{Archive, Stamp};
use crate::views::Views;
use crate::wire;
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Files from this size on are parsed by the worker; smaller ones parse on the page's
/// thread faster than a worker starts, and within a task short enough not to stall it
/// (a 1 MB IRC log took 240 ms of threading on the page; 256 KB of the densest dumps,
/// chat logs, stays near 50 ms).
pub const WORKER_FROM: f64 = 256.0 * 1024.0;

/// Where Trunk puts the worker's loader, relative to the page (so sub-paths work).
const LOADER: &str = "./palabre-worker_loader.js";

/// The worker at work, and the archive its messages are building.
struct Running {
    worker: web_sys::Worker,
    // Kept alive as long as the worker: dropping them would detach the handlers.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
}

/// Stops the worker at work, if any (a new file, or the reader's Cancel).
pub fn cancel() {
    if let Some(running) = RUNNING.with(|r| r.borrow_mut().take()) {
        running.worker.terminate();
        // This may run inside the worker's own message handler: its closures are
        // dropped once that handler has returned, not while it runs.
        wasm_bindgen_futures::spawn_local(async move { drop(running) });
    }
}

/// Stops the worker whose work is done, once the page has nothing else to do. Tearing
/// down a worker that held a 100 MB dump takes its thread 70–100 ms, and the page's
/// thread, if it ran anything meanwhile (drawing the dump's last stages, the library's
/// callbacks), stalled as long: tasks of 60–95 ms with 1–8 ms of CPU time in them, in
/// traces. So the worker goes in the first long idle period (no frame due), or after a
/// second of waiting for one, which a reader still scrolling would not give. Called
/// once the page is done with the dump (`parse`'s `done`, after the library has it).
pub fn retire() {
    let Some(running) = RUNNING.with(|r| r.borrow_mut().take()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // Browsers grant idle periods of up to 50 ms when no frame is due.
        const LONG_IDLE_MS: f64 = 40.0;
        let give_up = js_sys::Date::now() + 1000.0;
        loop {
            let left = give_up - js_sys::Date::now();
            // A timeout of 0 would mean none at all.
            match idle_period(left.max(1.0) as u32).await {
                Some(idle) if idle.time_remaining() < LONG_IDLE_MS && !idle.did_timeout() => {}
                _ => break,
            }
        }
        running.worker.terminate();
    });
}

/// The next idle period (`None` where browsers have no idle callbacks: Safari).
async fn idle_period(timeout_ms: u32) -> Option<web_sys::IdleDeadline> {
    let window = gloo::utils::window();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    let mut asked = false;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        asked = window
            .request_idle_callback_with_options(&resolve, &options)
            .is_ok();
    });
    if !asked {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// The bytes of `array`, copied out, and the memory behind it given back at once
/// (`ArrayBuffer.prototype.transfer`, where the browser has it): left to the garbage
/// collector, the 450 chunks of a 100 MB log held up to 87 MB of the page's JavaScript
/// heap for seconds, a fifth of its peak.
pub fn take_bytes(array: &Uint8Array) -> Vec<u8> {
    let bytes = array.to_vec();
    let buffer = array.buffer();
    if let Ok(transfer) = Reflect::get(&buffer, &"transfer".into()) {
        if let Some(transfer) = transfer.dyn_ref::<js_sys::Function>() {
            let _ = transfer.call1(&buffer, &0.into());
        }
    }
    bytes
}

/// What the page has received so far from the worker.
#[derive(Default)]
struct Received {
    head: Option<Archive>,
    /// How many of the entries have been given their links (which follow the entries).
    linked: usize,
    /// The texts the entries' messages, and the links', brought so far.
    entries: wire::Received,
    links: wire::Received,
    /// Read as they come; when they did not fit the entries, the page builds its own.
    views: wire::ViewsReader,
    notices: Vec<Message>,
    encoding: Option<Encoding>,
    file_size: f64,
}

/// Grows the page's wasm memory once by about what the entries' text will take, by
/// allocating that much and freeing it (the allocator keeps the room). Grown a few
/// kilobytes at a time instead, by each entry's strings, memory grew thousands of
/// times, and the browser's garbage collector later spent 80 ms of one task sweeping
/// what each growth left behind.
fn grow_memory(bytes: f64) {
    let mut room: Vec<u8> = Vec::new();
    let _ = room.try_reserve_exact(bytes as usize);
}

/// Hands `blob` to a new worker. `Err` when no worker could be started: the caller then
/// parses on the page's thread. `done` runs once the archive is open (to keep the file in
/// the library); it must end with [`retire`], which stops the worker.
pub fn parse(
    name: String,
    blob: web_sys::Blob,
    intake: Intake,
    encoding: Option<Encoding>,
    anchor: Option<Stamp>,
    dispatch: Callback<Action>,
    done: Callback<()>,
) -> Result<(), JsValue> {
    cancel();
    let worker = web_sys::Worker::new(LOADER)?;
    let request = Object::new();
    Reflect::set(&request, &"file".into(), &blob)?;
    if let Some(e) = encoding {
        Reflect::set(&request, &"encoding".into(), &e.label().into())?;
    }
    if let Some(a) = anchor {
        Reflect::set(&request, &"anchor".into(), &(a.seconds() as f64).into())?;
    }
    let received = RefCell::new(Received::default());
    let fail = {
        let (dispatch, name) = (dispatch.clone(), name.clone());
        move |message: Message| {
            cancel();
            dispatch.emit(Action::Fail {
                name: name.clone(),
                message,
            });
        }
    };
    let on_message = {
        let (dispatch, fail) = (dispatch.clone(), fail.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let number = |field| get(&data, field).and_then(|v| v.as_f64());
            // The field is the worker's `Uint8Array` itself: `Uint8Array::new` on it would
            // copy it once more before the copy into wasm memory (a third of a second
            // over a 100 MB dump's messages).
            let bytes = |field| {
                get(&data, field)
                    .and_then(|v| v.dyn_into::<Uint8Array>().ok())
                    .map(|a| take_bytes(&a))
            };
            let source = |encoding| Source { encoding, anchor };
            match get(&data, "kind").and_then(|k| k.as_string()).as_deref() {
                Some("ready") => {
                    let sent = RUNNING.with(|r| {
                        r.borrow()
                            .as_ref()
                            .map(|running| running.worker.post_message(&request))
                    });
                    if let Some(Err(_)) = sent {
                        fail(Message::WorkerUnreachable);
                    }
                }
                Some("progress") => {
                    let total = number("total").unwrap_or(0.0);
                    received.borrow_mut().file_size = total;
                    dispatch.emit(Action::Progress {
                        bytes: number("bytes").unwrap_or(0.0),
                        total,
                    })
                }
                Some("preview") => {
                    let head = bytes("head").and_then(|b| wire::decode_head(&b));
                    let entries = bytes("entries").and_then(|b| wire::decode_entries(&b, 0));
                    if let (Some(mut archive), Some(entries)) = (head, entries) {
                        archive.entries = entries;
                        // The views here, the drawing in a task of its own: together they
                        // held the page's thread for 80 ms. A preview landing after the
                        // whole dump is ignored by the reducer.
                        let views = Box::new(Views::of(&archive));
                        let action = Action::Preview {
                            name: name.clone(),
                            archive: Box::new(archive),
                            views,
                            source: source(encoding),
                        };
                        let dispatch = dispatch.clone();
                        gloo::timers::callback::Timeout::new(0, move || dispatch.emit(action))
                            .forget();
                    }
                }
                Some("parsed") => dispatch.emit(Action::Threading {
                    entries: number("entries").unwrap_or(0.0) as usize,
                }),
                Some("head") => {
                    let mut r = received.borrow_mut();
                    r.head = bytes("head").and_then(|b| wire::decode_head(&b));
                    // Room for every entry at once: growing a million-entry list by
                    // doubling copied it whole, a third of a second at a time. A count
                    // that cannot be had is no reason to fail: the list then grows.
                    if let (Some(head), Some(n)) = (r.head.as_mut(), number("entries")) {
                        let _ = head.entries.try_reserve_exact(n as usize);
                        grow_memory(r.file_size);
                    }
                    r.notices = get(&data, "sniff")
                        .and_then(|c| c.as_string())
                        .and_then(|c| sniff_of(&c))
                        .and_then(|how| read_notice(how, encoding))
                        .into_iter()
                        .collect();
                    r.encoding = get(&data, "encoding")
                        .and_then(|l| l.as_string())
                        .and_then(|l| Encoding::from_label(&l));
                }
                Some("entries") => {
                    let mut received = received.borrow_mut();
                    let first = received.head.as_ref().map_or(0, |h| h.entries.len());
                    let chunk = bytes("data").and_then(|b| received.entries.entries(&b, first));
                    match (chunk, received.head.as_mut()) {
                        (Some(chunk), Some(head)) => head.entries.extend(chunk),
                        _ => fail(Message::WorkerDamaged),
                    }
                }
                Some("links") => {
                    let mut received = received.borrow_mut();
                    let received = &mut *received;
                    let first = received.linked;
                    let lists = bytes("data").and_then(|b| received.links.links(&b, first));
                    let entries = received
                        .head
                        .as_mut()
                        .and_then(|h| h.entries.get_mut(first..));
                    match (lists, entries) {
                        (Some(lists), Some(entries)) if lists.len() <= entries.len() => {
                            received.linked += lists.len();
                            for (entry, links) in entries.iter_mut().zip(lists) {
                                entry.links = links;
                            }
                        }
                        _ => fail(Message::WorkerDamaged),
                    }
                }
                Some("views") => {
                    let mut received = received.borrow_mut();
                    let entries = received.head.as_ref().map_or(0, |h| h.entries.len());
                    let part = bytes("data").unwrap_or_default();
                    received.views.read(&part, entries);
                }
                Some("done") => {
                    let r = std::mem::take(&mut *received.borrow_mut());
                    match r.head {
                        // Entries left without their links would show a dump unthreaded.
                        Some(archive) if archive.entries.len() != r.linked => {
                            fail(Message::WorkerDamaged)
                        }
                        Some(archive) => {
                            dispatch.emit(Action::OpenParsed {
                                name: name.clone(),
                                archive: Box::new(archive),
                                views: r.views.finish().map(Box::new),
                                notices: r.notices,
                                source: source(r.encoding),
                            });
                            if let Some(key) = intake.stored {
                                dispatch.emit(Action::Showing(key));
                            }
                            // Keeping the file in the library, and then stopping the
                            // worker (`retire`), wait for a task of their own: in this
                            // one the page draws the whole dump, and a collection of its
                            // heap here had waited for the stopped worker's memory to go
                            // (V8 sweeping its external pointer table: 107–117 ms).
                            let done = done.clone();
                            gloo::timers::callback::Timeout::new(0, move || done.emit(())).forget();
                        }
                        None => fail(Message::WorkerSentNothing),
                    }
                }
                Some("error") => fail(
                    match get(&data, "sniff")
                        .and_then(|c| c.as_string())
                        .and_then(|c| sniff_of(&c))
                    {
                        Some(how) => Message::Sniffed(how),
                        None => Message::Unreadable(
                            get(&data, "message")
                                .and_then(|m| m.as_string())
                                .unwrap_or_default(),
                        ),
                    },
                ),
                _ => {}
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        fail(Message::WorkerStopped);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    });
    Ok(())
}

fn get(object: &JsValue, field: &str) -> Option<JsValue> {
    Reflect::get(object, &field.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}
