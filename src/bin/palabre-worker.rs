//! The Web Worker that reads, decodes, parses and threads large dumps off the page's
//! thread (Trunk builds it as `palabre-worker_loader.js`; `app/worker.rs` drives it).
//!
//! Once started it says `ready`; then one message in: `{file: Blob, encoding?: label,
//! anchor?: seconds}`. Messages out, in order: `progress` (bytes read) while reading, one `preview` (the opening of the dump,
//! parsed, so the page shows a first screen early), `parsed` (entries found, before
//! threading), `head` (the archive without entries, what the first bytes looked like as
//! `message::sniff_code`, the encoding), `entries` chunks as parsed (wire-encoded, their
//! buffers transferred, not copied), `links` chunks (the same entries' reply links, once
//! threaded), `views` parts, then `done`; or `error` (a `sniff` code for a file that is
//! empty or binary, else the browser's `message`). The page words what it tells the
//! reader (`app::message`).
//! The file is read in slices and decoded as a stream: the whole text never exists as one
//! JavaScript string.

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("palabre-worker runs in the browser, started by the app.");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
    use palabre::app::message::sniff_code;
    use palabre::app::take_bytes;
    use palabre::decode::{decode_as, sniff_opening, Encoding, Repairer, Sniff};
    use palabre::model::{Archive, Entry, Links, Stamp};
    use palabre::parse::{self, ParseOptions};
    use palabre::thread::Segment;
    use palabre::views::Views;
    use palabre::{read_dump_with, thread, wire};
    use std::ops::Range;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent, TextDecoder, Worker};

    /// Bytes read per slice: large enough that reading costs little per byte, small
    /// enough that progress moves often on a 100 MB file.
    const SLICE: f64 = 4.0 * 1024.0 * 1024.0;
    /// How much text the first screen is parsed from: a screenful of the longest blog
    /// comments, a thousand chat lines. The page builds the views of what it gets in one
    /// task, so more would only lengthen that task.
    const PREVIEW: usize = 64 * 1024;
    /// Entries per message: each is decoded by the page in one task, well under 50 ms.
    const CHUNK: usize = 4000;

    pub fn start() {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            let request = e.data();
            if get(&request, "segments").is_some() {
                // A helper: threads its share of another worker's log, in this task.
                if let Err(message) = help(&request) {
                    post(&message_of("error", &[("message", message.into())]), None);
                }
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                match run(&request).await {
                    Ok(()) => {}
                    Err(Failed::Sniffed(how)) => post(
                        &message_of("error", &[("sniff", sniff_code(how).into())]),
                        None,
                    ),
                    Err(Failed::Said(message)) => {
                        post(&message_of("error", &[("message", message.into())]), None)
                    }
                }
            });
        });
        scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // Messages sent before the wasm was ready would have found no handler: the page
        // waits for this one before sending the file.
        post(&message_of("ready", &[]), None);
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    /// Why a file could not be read: what its bytes are, or the browser's words.
    enum Failed {
        Sniffed(Sniff),
        Said(String),
    }

    impl From<String> for Failed {
        fn from(message: String) -> Failed {
            Failed::Said(message)
        }
    }

    async fn run(request: &JsValue) -> Result<(), Failed> {
        let blob: web_sys::Blob = get(request, "file")
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| Failed::Said("no file was given".into()))?;
        let forced = get(request, "encoding")
            .and_then(|l| l.as_string())
            .and_then(|l| Encoding::from_label(&l));
        let anchor = get(request, "anchor")
            .and_then(|a| a.as_f64())
            .and_then(|s| Stamp::from_seconds(s as i64));
        let options = ParseOptions { anchor };
        let reader = FileReaderSync::new().map_err(describe)?;
        let total = blob.size();
        let read = |from: f64, to: f64| -> Result<Vec<u8>, String> {
            let slice = blob
                .slice_with_f64_and_f64(from, to.min(total))
                .map_err(describe)?;
            let buffer = reader.read_as_array_buffer(&slice).map_err(describe)?;
            Ok(Uint8Array::new(&buffer).to_vec())
        };

        let first = read(0.0, SLICE)?;
        let how = sniff_opening(&first);
        let Some(encoding) = forced.or(how.encoding()) else {
            return Err(Failed::Sniffed(how));
        };
        // How each slice becomes text. UTF-8 the reader did not force is read by the core
        // (a stray legacy byte anywhere becomes its Windows-1252 character, not U+FFFD,
        // and the file is reported as mixed); Latin-1 by the core's table (browsers read
        // the `iso-8859-1` label as Windows-1252); the rest by the browser's decoder.
        enum Reader {
            Repair(Repairer),
            Latin1,
            Browser(TextDecoder),
        }
        let mut decoder = match encoding {
            Encoding::Utf8 if forced.is_none() => Reader::Repair(Repairer::default()),
            Encoding::Latin1 => Reader::Latin1,
            _ => Reader::Browser(TextDecoder::new_with_label(encoding.label()).map_err(describe)?),
        };
        let stream = web_sys::TextDecodeOptions::new();
        stream.set_stream(true);
        let mut text = String::with_capacity(total as usize);
        let mut previewed = false;
        let mut helpers = Vec::new();
        let mut at = 0.0;
        let mut slice = first;
        loop {
            match &mut decoder {
                Reader::Repair(r) => r.push(&slice, &mut text),
                Reader::Latin1 => text.push_str(&decode_as(&slice, Encoding::Latin1)),
                Reader::Browser(d) => text.push_str(
                    &d.decode_with_u8_array_and_options(&slice, &stream)
                        .map_err(describe)?,
                ),
            }
            at += slice.len() as f64;
            post(
                &message_of("progress", &[("bytes", at.into()), ("total", total.into())]),
                None,
            );
            if !previewed && (text.len() >= PREVIEW || at >= total) {
                previewed = true;
                // A chat log, by its opening: helpers, started now, load while this
                // worker reads and parses the rest.
                if preview(&text, &options) && total >= HELP_FROM {
                    helpers = Helper::start_some();
                }
            }
            if at >= total || slice.is_empty() {
                break;
            }
            slice = read(at, at + SLICE)?;
        }
        let how = match &mut decoder {
            Reader::Repair(r) => r.finish(&mut text),
            Reader::Latin1 => how,
            Reader::Browser(d) => {
                text.push_str(&d.decode().map_err(describe)?);
                how
            }
        };

        let mut archive = parse::parse_with(&text, &options);
        drop(text);
        post(
            &message_of("parsed", &[("entries", archive.entries.len().into())]),
            None,
        );
        // The entries go before they are threaded: the page reads them (1.5 s of its
        // thread for 1.8 million) while this one threads them, then takes their links.
        // Helpers get their share even before: they have to read it first.
        if thread::is_chat(&archive.entries) {
            let send = || send_entries(&archive, how, encoding);
            let inferred = thread_chat(&archive.entries, helpers, send).await;
            thread::settle(&mut archive, inferred);
        } else {
            drop(helpers);
            send_entries(&archive, how, encoding);
            thread::link(&mut archive);
        }
        let mut links = wire::Stream::default();
        send_chunks("links", &archive.entries, |chunk| links.links(chunk));
        // Built here rather than by the page: on a million lines it takes a second, which
        // would be a second of the page not answering.
        let views = Views::of(&archive);
        for part in wire::encode_views(&views) {
            send_bytes("views", &part);
        }
        post(&message_of("done", &[]), None);
        Ok(())
    }

    /// The reply links of a chat log's entries, one list each: its segments shared out
    /// between this worker and `helpers`, in runs of about equal length. A helper that
    /// fails or answers nonsense has its run threaded here instead: the links are the
    /// same either way ([`thread::infer_segment`]).
    async fn thread_chat(
        entries: &[Entry],
        helpers: Vec<Helper>,
        then: impl FnOnce(),
    ) -> Vec<Links> {
        let segments: Vec<Segment> = thread::segments(entries.len()).collect();
        let workers = (helpers.len() + 1).min(segments.len()).max(1);
        // Worker `w` threads segments `runs[w]`: this one the first run.
        let runs: Vec<Range<usize>> = (0..workers)
            .map(|w| w * segments.len() / workers..(w + 1) * segments.len() / workers)
            .collect();
        let mine = |run: &Range<usize>| -> Vec<Links> {
            segments[run.clone()]
                .iter()
                .flat_map(|s| thread::infer_segment(entries, 0, s))
                .collect()
        };
        let mut handed = Vec::new();
        for (helper, run) in helpers.into_iter().zip(runs.iter().skip(1)) {
            let reply = helper
                .hand(entries, run.start, &segments[run.clone()])
                .await;
            handed.push((helper, run, reply));
        }
        then();
        let began = js_sys::Date::now();
        let mut lists = runs.first().map(mine).unwrap_or_default();
        // A helper that has not answered well after this worker finished a run as long
        // (stopped by the browser, say) has its run threaded here: a load never hangs on it.
        let patience = (2.0 * (js_sys::Date::now() - began)).max(10_000.0);
        let deadline = later(patience);
        for (_helper, run, reply) in handed {
            let start = segments.get(run.start).map_or(0, |s| s.range.start);
            let len: usize = segments[run.clone()].iter().map(|s| s.range.len()).sum();
            let got = match reply {
                Some(reply) => wasm_bindgen_futures::JsFuture::from(Promise::race(&Array::of2(
                    &reply, &deadline,
                )))
                .await
                .ok()
                .filter(|data| {
                    get(data, "kind").and_then(|k| k.as_string()).as_deref() == Some("lists")
                })
                .and_then(|data| get(&data, "data"))
                .and_then(|d| wire::decode_links(&take_bytes(&Uint8Array::new(&d)), start))
                .filter(|got| got.len() == len),
                None => None,
            };
            // Dropping the helper stops it.
            lists.extend(got.unwrap_or_else(|| mine(run)));
        }
        lists
    }

    /// Files from this size on may be threaded by more than one worker: a chat log of
    /// [`thread::SEGMENT`] messages is about 2 MB.
    const HELP_FROM: f64 = 2.0 * 1024.0 * 1024.0;
    /// At most this many helpers, however many cores: each holds its share of the log.
    const MOST_HELPERS: usize = 3;

    /// Another worker running this same code, which threads the segments it is handed.
    /// Stopped when dropped.
    struct Helper {
        worker: Worker,
        ready: Promise,
    }

    impl Helper {
        /// One helper per core beyond this one and the page's, at least one, at most
        /// [`MOST_HELPERS`]; none where workers cannot start workers.
        fn start_some() -> Vec<Helper> {
            let cores = scope().navigator().hardware_concurrency() as usize;
            let wanted = cores.saturating_sub(1).clamp(1, MOST_HELPERS);
            let url = scope().location().href();
            (0..wanted)
                .map_while(|_| Worker::new(&url).ok())
                .map(|worker| Helper {
                    ready: next_message(&worker),
                    worker,
                })
                .collect()
        }

        /// Hands it `run`, the segments from segment `first` on (with the entries they read),
        /// once it is ready: its reply, or `None` if it failed to start.
        async fn hand(&self, entries: &[Entry], first: usize, run: &[Segment]) -> Option<Promise> {
            let ready = wasm_bindgen_futures::JsFuture::from(self.ready.clone())
                .await
                .ok()?;
            if get(&ready, "kind").and_then(|k| k.as_string()).as_deref() != Some("ready") {
                return None;
            }
            let from = run.first()?.read_from;
            let to = run.last()?.range.end;
            let data = bytes(&wire::encode_entries(entries.get(from..to)?));
            let reply = next_message(&self.worker);
            let job = message_of(
                "thread",
                &[
                    ("data", data.clone().into()),
                    ("first", from.into()),
                    ("entries", entries.len().into()),
                    (
                        "segments",
                        Array::of2(&first.into(), &(first + run.len()).into()).into(),
                    ),
                ],
            );
            self.worker
                .post_message_with_transfer(&job, &Array::of1(&data.buffer()))
                .ok()?;
            Some(reply)
        }
    }

    impl Drop for Helper {
        fn drop(&mut self) {
            self.worker.terminate();
        }
    }

    /// A promise of `undefined` in `ms` milliseconds (never, if no timer can be set).
    fn later(ms: f64) -> Promise {
        Promise::new(&mut |resolve: Function, _reject| {
            let _ =
                scope().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        })
    }

    /// The `data` of the next message `worker` sends, or `null` if it fails first.
    fn next_message(worker: &Worker) -> Promise {
        Promise::new(&mut |resolve: Function, _reject| {
            let failed = resolve.clone();
            let on_message = Closure::once_into_js(move |e: MessageEvent| {
                let _ = resolve.call1(&JsValue::NULL, &e.data());
            });
            let on_error = Closure::once_into_js(move |_: JsValue| {
                let _ = failed.call1(&JsValue::NULL, &JsValue::NULL);
            });
            worker.set_onmessage(Some(on_message.unchecked_ref()));
            worker.set_onerror(Some(on_error.unchecked_ref()));
        })
    }

    /// A helper's job: the segments `segments[0]..segments[1]` of a log of `entries`
    /// entries, from `data`, its entries from entry `first` on. Answers their links.
    fn help(request: &JsValue) -> Result<(), String> {
        let number = |field| {
            get(request, field)
                .and_then(|v| v.as_f64())
                .map(|v| v as usize)
        };
        let segments = get(request, "segments").map(|s| Array::from(&s));
        let (Some(first), Some(total), Some(segments)) =
            (number("first"), number("entries"), segments)
        else {
            return Err("no segments were given".into());
        };
        let index = |i| segments.get(i).as_f64().map(|v| v as usize);
        let (Some(from), Some(to)) = (index(0), index(1)) else {
            return Err("no segments were given".into());
        };
        let data = get(request, "data").map(|d| take_bytes(&Uint8Array::new(&d)));
        let entries = data
            .and_then(|d| wire::decode_entries(&d, first))
            .ok_or("the entries could not be read")?;
        let lists: Vec<Links> = thread::segments(total)
            .skip(from)
            .take(to.saturating_sub(from))
            .flat_map(|s| thread::infer_segment(&entries, first, &s))
            .collect();
        send_bytes(
            "lists",
            &wire::encode_link_lists(lists.iter().map(|l| &**l)),
        );
        Ok(())
    }

    /// The opening of the dump, cut at a line end, parsed and threaded on its own. Whether
    /// it reads as a chat.
    fn preview(text: &str, options: &ParseOptions) -> bool {
        // At a character boundary: the 64th KB may end inside one.
        let end = text.floor_char_boundary(PREVIEW);
        let cut = text[..end].rfind('\n').unwrap_or(end);
        let Some(opening) = text.get(..cut) else {
            return false;
        };
        let archive = read_dump_with(opening, options);
        let chat = thread::is_chat(&archive.entries);
        let head = bytes(&wire::encode_head(&archive));
        let entries = bytes(&wire::encode_entries(&archive.entries));
        let transfer = Array::of2(&head.buffer(), &entries.buffer());
        post(
            &message_of(
                "preview",
                &[("head", head.into()), ("entries", entries.into())],
            ),
            Some(&transfer),
        );
        chat
    }

    fn send_entries(archive: &Archive, how: Sniff, encoding: Encoding) {
        let head = bytes(&wire::encode_head(archive));
        let transfer = Array::of1(&head.buffer());
        post(
            &message_of(
                "head",
                &[
                    ("head", head.into()),
                    ("entries", archive.entries.len().into()),
                    ("sniff", sniff_code(how).into()),
                    ("encoding", encoding.label().into()),
                ],
            ),
            Some(&transfer),
        );
        let mut stream = wire::Stream::default();
        send_chunks("entries", &archive.entries, |chunk| stream.entries(chunk));
    }

    /// `entries`, [`CHUNK`] at a time, each encoded by `encode` as a message `kind`.
    fn send_chunks<'a>(
        kind: &str,
        entries: &'a [Entry],
        mut encode: impl FnMut(&'a [Entry]) -> Vec<u8>,
    ) {
        for chunk in entries.chunks(CHUNK) {
            send_bytes(kind, &encode(chunk));
        }
    }

    /// A message `kind` whose `data` is `part`, its buffer transferred, not copied.
    fn send_bytes(kind: &str, part: &[u8]) {
        let data = bytes(part);
        let transfer = Array::of1(&data.buffer());
        post(&message_of(kind, &[("data", data.into())]), Some(&transfer));
    }

    fn bytes(data: &[u8]) -> Uint8Array {
        Uint8Array::from(data)
    }

    fn message_of(kind: &str, fields: &[(&str, JsValue)]) -> Object {
        let message = Object::new();
        let _ = Reflect::set(&message, &"kind".into(), &kind.into());
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        message
    }

    fn post(message: &Object, transfer: Option<&Array>) {
        let _ = match transfer {
            Some(t) => scope().post_message_with_transfer(message, t),
            None => scope().post_message(message),
        };
    }

    fn get(object: &JsValue, field: &str) -> Option<JsValue> {
        Reflect::get(object, &field.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn describe(error: JsValue) -> String {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| format!("{error:?}"))
    }
}
