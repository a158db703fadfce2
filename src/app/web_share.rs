//! The browser edge of sharing: the address bar and history, the one `fetch` a `?src=`
//! link asks for, deflate / inflate through the browser's own `CompressionStream`, and the
//! clipboard. The decisions (what a fragment says, which response is acceptable, the
//! messages) are in `crate::share`, tested natively.

use super::message::Message;
use super::services::Decoded;
use crate::decode::{sniff, Sniff};
use crate::share::{self, SourceError};
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// `CompressionStream` is behind `web_sys_unstable_apis` in web-sys; two constructors are
// all palabre needs, so they are declared here instead.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type JsCompressionStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<JsCompressionStream, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type JsDecompressionStream;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<JsDecompressionStream, JsValue>;
}

fn location() -> web_sys::Location {
    gloo::utils::window().location()
}

/// `location.hash`, `""` when there is none.
pub fn current_hash() -> String {
    location().hash().unwrap_or_default()
}

/// The `src` query parameter: a dump to fetch.
pub fn source_param() -> Option<String> {
    let search = location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("src").filter(|s| !s.trim().is_empty())
}

/// Whether palabre runs from a file on disk (`file://`), where links cannot be shared.
pub fn from_file() -> bool {
    location().protocol().is_ok_and(|p| p == "file:")
}

/// This page's address without its fragment, and without its query unless `keep_query`
/// (a link with the data inside must not also fetch a `?src=`).
pub fn page_url(keep_query: bool) -> String {
    let href = location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    if keep_query {
        base.to_string()
    } else {
        base.split('?').next().unwrap_or_default().to_string()
    }
}

/// Puts `hash` (`""` or `#…`) in the address bar, as a new history entry (`push`) or in
/// place of the current one.
pub fn write_hash(hash: &str, push: bool) {
    let l = location();
    let url = format!(
        "{}{}{hash}",
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default()
    );
    if let Ok(history) = gloo::utils::window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Writes `text` to the clipboard; `false` when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let write = || -> Result<js_sys::Promise, JsValue> {
        let clipboard = Reflect::get(&gloo::utils::window().navigator(), &"clipboard".into())?;
        let write: js_sys::Function = Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
        write.call1(&clipboard, &text.into())?.dyn_into()
    };
    match write() {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Bytes read from a stream, stopping as soon as they exceed `limit`.
enum Read {
    Done(Vec<u8>),
    TooLarge(share::BodyCap),
    Failed,
}

async fn read_capped(stream: web_sys::ReadableStream, limit: u64) -> Read {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut cap = share::BodyCap::new(limit);
    let mut out = Vec::new();
    loop {
        let chunk = match JsFuture::from(reader.read()).await {
            Ok(chunk) => chunk,
            Err(_) => return Read::Failed,
        };
        let chunk: web_sys::ReadableStreamReadResult = chunk.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Read::Done(out);
        }
        let bytes = Uint8Array::new(&chunk.get_value());
        if cap.take(u64::from(bytes.length())).is_err() {
            let _ = reader.cancel();
            return Read::TooLarge(cap);
        }
        let at = out.len();
        out.resize(at + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[at..]);
    }
}

/// The most bytes a `?src=` dump may have: [`share::MAX_SOURCE_BYTES`], or less when the
/// page says so (`window.palabreSourceCap`, which the end-to-end tests set to check the
/// cap without serving half a gigabyte; it can only lower the cap).
fn source_cap() -> u64 {
    let set = Reflect::get(&gloo::utils::window(), &"palabreSourceCap".into())
        .ok()
        .and_then(|v| v.as_f64())
        .filter(|v| v.is_finite() && *v >= 0.0);
    match set {
        Some(cap) => (cap as u64).min(share::MAX_SOURCE_BYTES),
        None => share::MAX_SOURCE_BYTES,
    }
}

fn bytes_stream(bytes: &[u8]) -> Result<web_sys::ReadableStream, JsValue> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    Ok(blob.stream())
}

/// deflate-raw of `text` (UTF-8), by the browser.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, Message> {
    let squeeze: web_sys::ReadableWritablePair = JsCompressionStream::new("deflate-raw")
        .map_err(|_| Message::NoCompression)?
        .unchecked_into();
    let run = async {
        let out = bytes_stream(bytes)?.pipe_through(&squeeze);
        let buffer = JsFuture::from(
            web_sys::Response::new_with_opt_readable_stream(Some(&out))?.array_buffer()?,
        )
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&buffer).to_vec())
    };
    run.await.map_err(|e| {
        Message::PackFailed(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{e:?}")),
        )
    })
}

/// Opens the data of a `#z=` link: base64url, then deflate-raw, then text.
pub async fn unpack(data: &str) -> Result<String, Message> {
    let packed = share::base64url_decode(data).ok_or(Message::DamagedLink)?;
    let unsqueeze: web_sys::ReadableWritablePair = JsDecompressionStream::new("deflate-raw")
        .map_err(|_| Message::NoDecompression)?
        .unchecked_into();
    let out = bytes_stream(&packed)
        .map_err(|_| Message::DamagedLink)?
        .pipe_through(&unsqueeze);
    match read_capped(out, share::MAX_SOURCE_BYTES).await {
        Read::Done(bytes) => super::services::decode(&bytes, None).map(|d| d.text),
        Read::TooLarge(_) | Read::Failed => Err(Message::DamagedLink),
    }
}

/// The one network request palabre makes, and only because a link asks for it:
/// `?src=URL`, fetched without credentials. Returns the text and its notices.
pub async fn fetch_source(url: &str) -> Result<Decoded, SourceError> {
    let network = || SourceError::Network {
        url: url.to_string(),
    };
    let abort = web_sys::AbortController::new().map_err(|_| network())?;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_signal(Some(&abort.signal()));
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    // `fetch` rejects (a TypeError) on network failures and cross-origin refusals alike:
    // the page is not told which, by design.
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|_| network())?
        .unchecked_into();
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let length = header("content-length").and_then(|l| l.trim().parse::<u64>().ok());
    let cap = source_cap();
    let checked = share::check_response(
        url,
        response.status(),
        header("content-type").as_deref(),
        length,
        cap,
    );
    if let Err(e) = checked {
        abort.abort();
        return Err(e);
    }
    let Some(body) = response.body() else {
        return Err(SourceError::Empty { url: url.into() });
    };
    // Held to the cap as it arrives: a server may not say, or may misstate, its length.
    let bytes = match read_capped(body, cap).await {
        Read::Done(bytes) => bytes,
        Read::TooLarge(cap) => {
            abort.abort();
            return Err(cap.refusal(url));
        }
        Read::Failed => return Err(network()),
    };
    match sniff(&bytes) {
        Sniff::Binary => Err(SourceError::Binary { url: url.into() }),
        Sniff::Empty => Err(SourceError::Empty { url: url.into() }),
        _ => super::services::decode(&bytes, None)
            .map_err(|_| SourceError::Binary { url: url.into() }),
    }
}
