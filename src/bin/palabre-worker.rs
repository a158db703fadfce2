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
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use palabre::app::message::sniff_code;
    use palabre::decode::{decode_as, sniff_opening, Encoding, Repairer, Sniff};
    use palabre::model::{Archive, Entry, Stamp};
    use palabre::parse::{self, ParseOptions};
    use palabre::views::Views;
    use palabre::{read_dump_with, thread, wire};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent, TextDecoder};

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
        let on_message =
            Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| match run(&e.data()) {
                Ok(()) => {}
                Err(Failed::Sniffed(how)) => post(
                    &message_of("error", &[("sniff", sniff_code(how).into())]),
                    None,
                ),
                Err(Failed::Said(message)) => {
                    post(&message_of("error", &[("message", message.into())]), None)
                }
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

    fn run(request: &JsValue) -> Result<(), Failed> {
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
                preview(&text, &options);
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
        send_entries(&archive, how, encoding);
        thread::link(&mut archive);
        send_chunks("links", &archive.entries, wire::encode_links);
        // Built here rather than by the page: on a million lines it takes a second, which
        // would be a second of the page not answering.
        let views = Views::of(&archive);
        for part in wire::encode_views(&views) {
            send_bytes("views", &part);
        }
        post(&message_of("done", &[]), None);
        Ok(())
    }

    /// The opening of the dump, cut at a line end, parsed and threaded on its own.
    fn preview(text: &str, options: &ParseOptions) {
        let cut = text[..text.len().min(PREVIEW)]
            .rfind('\n')
            .unwrap_or(text.len().min(PREVIEW));
        let Some(opening) = text.get(..cut) else {
            return;
        };
        let archive = read_dump_with(opening, options);
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
        send_chunks("entries", &archive.entries, wire::encode_entries);
    }

    /// `entries`, [`CHUNK`] at a time, each encoded by `encode` as a message `kind`.
    fn send_chunks(kind: &str, entries: &[Entry], encode: fn(&[Entry]) -> Vec<u8>) {
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
