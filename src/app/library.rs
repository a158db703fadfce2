//! The local library: every dump the reader opened, kept in the browser's IndexedDB so it
//! is still there after a reload. Nothing leaves the device.
//!
//! Records keep the file itself (a `Blob`), not the decoded text: IndexedDB stores blobs
//! by reference, so a 100 MB log costs no copy into JavaScript strings, and reopening it
//! goes through the same decoding as a drop. The store is one object store of records
//! `{key, name, size, added, blob}` with an auto-incremented `key`.

use super::message::Message;
use super::state::Stored;
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "palabre";
const STORE: &str = "dumps";
const VERSION: u32 = 1;

/// Why the library cannot be used (storage refused, private browsing…), for the reader.
pub type Error = String;

/// Every stored dump, newest first, and the storage used and available (bytes), when the
/// browser says.
pub async fn list() -> Result<(Vec<Stored>, Option<(f64, f64)>), Error> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let all = done(&store.get_all().map_err(describe)?).await?;
    // Minutes behind UTC here: the list shows local dates.
    let offset = js_sys::Date::new_0().get_timezone_offset() * 60.0;
    let mut items: Vec<(f64, Stored)> = js_sys::Array::from(&all)
        .iter()
        .filter_map(|record| {
            let number = |field| get(&record, field).and_then(|v| v.as_f64());
            let added = number("added")?;
            let local = (added / 1000.0 - offset) as i64;
            Some((
                added,
                Stored {
                    key: number("key")? as u32,
                    name: get(&record, "name")?.as_string()?,
                    size: number("size")?,
                    added: crate::model::Stamp::from_seconds(local),
                },
            ))
        })
        .collect();
    items.sort_by(|(a, x), (b, y)| b.total_cmp(a).then(y.key.cmp(&x.key)));
    Ok((
        items.into_iter().map(|(_, s)| s).collect(),
        estimate().await,
    ))
}

/// Keeps a dump; the same name and size already stored is the same dump, only brought to
/// the top of the list. Returns its key.
pub async fn keep(name: &str, blob: &web_sys::Blob) -> Result<u32, Error> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let all = done(&store.get_all().map_err(describe)?).await?;
    let same = js_sys::Array::from(&all).iter().find(|r| {
        get(r, "name").and_then(|n| n.as_string()).as_deref() == Some(name)
            && get(r, "size").and_then(|s| s.as_f64()) == Some(blob.size())
    });
    let record = match same {
        Some(record) => record,
        None => {
            let record = Object::new();
            set(&record, "name", &name.into())?;
            set(&record, "size", &blob.size().into())?;
            set(&record, "blob", blob)?;
            record.into()
        }
    };
    set(&record, "added", &js_sys::Date::now().into())?;
    let key = done(&store.put(&record).map_err(describe)?).await?;
    key.as_f64()
        .map(|k| k as u32)
        .ok_or_else(|| "the browser gave the stored dump no key".to_string())
}

/// The stored file and its name.
pub async fn load(key: u32) -> Result<(String, web_sys::Blob), Message> {
    let read = async {
        let store = store(IdbTransactionMode::Readonly).await?;
        done(&store.get(&key.into()).map_err(describe)?).await
    };
    let record = read.await.map_err(Message::Text)?;
    let name = get(&record, "name").and_then(|n| n.as_string());
    let blob = get(&record, "blob").and_then(|b| b.dyn_into::<web_sys::Blob>().ok());
    name.zip(blob).ok_or(Message::NotStored)
}

pub async fn rename(key: u32, name: &str) -> Result<(), Error> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let record = done(&store.get(&key.into()).map_err(describe)?).await?;
    if record.is_undefined() {
        return Err("this dump is no longer in the library".into());
    }
    set(&record, "name", &name.into())?;
    done(&store.put(&record).map_err(describe)?).await?;
    Ok(())
}

pub async fn delete(key: u32) -> Result<(), Error> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    done(&store.delete(&key.into()).map_err(describe)?).await?;
    Ok(())
}

async fn store(mode: IdbTransactionMode) -> Result<IdbObjectStore, Error> {
    let db = open().await?;
    let store = db
        .transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(describe);
    // The connection closes once its transaction is done: none lingers to block a later
    // upgrade or deletion of the database.
    db.close();
    store
}

async fn open() -> Result<IdbDatabase, Error> {
    let factory = gloo::utils::window()
        .indexed_db()
        .ok()
        .flatten()
        .ok_or_else(|| "this browser keeps no local storage for this page".to_string())?;
    let request = factory.open_with_u32(DATABASE, VERSION).map_err(describe)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        let Ok(db) = upgrading
            .result()
            .map(JsCast::unchecked_into::<IdbDatabase>)
        else {
            return;
        };
        if !db.object_store_names().contains(STORE) {
            let params = web_sys::IdbObjectStoreParameters::new();
            params.set_key_path(&"key".into());
            params.set_auto_increment(true);
            let _ = db.create_object_store_with_optional_parameters(STORE, &params);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = done(&request).await?;
    Ok(db.unchecked_into())
}

/// The request's result once it succeeds.
async fn done(request: &IdbRequest) -> Result<JsValue, Error> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move || {
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::UNDEFINED));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(describe)
}

/// Bytes used by this site and the quota the browser grants it.
async fn estimate() -> Option<(f64, f64)> {
    let promise = gloo::utils::window()
        .navigator()
        .storage()
        .estimate()
        .ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    let number = |field| get(&estimate, field).and_then(|v| v.as_f64());
    Some((number("usage")?, number("quota")?))
}

fn get(object: &JsValue, field: &str) -> Option<JsValue> {
    Reflect::get(object, &field.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

fn set(object: &JsValue, field: &str, value: &JsValue) -> Result<(), Error> {
    Reflect::set(object, &field.into(), value)
        .map(drop)
        .map_err(describe)
}

/// A browser error in words: DOMExceptions carry a message, other values are described.
fn describe(error: JsValue) -> Error {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| {
            error
                .dyn_ref::<web_sys::DomException>()
                .map(web_sys::DomException::message)
        })
        .unwrap_or_else(|| format!("{error:?}"))
}
