//! Saving progress in the browser's localStorage: the only module that touches it.
//!
//! Every browser fault is a value here, never a panic or an uncaught exception: storage can be
//! blocked (sandboxed iframes, third-party storage rules), full, or hold something we cannot
//! read. Whatever happens, nothing a reader saved is overwritten without first being kept.

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::progress::{read_saved, Json, Progress, Saved};

/// Where a guide's progress lives: `deletion-guide:<guide id>`.
pub fn key(guide_id: &str) -> String {
    format!("deletion-guide:{guide_id}")
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Restored(Progress),
    /// Saved by a newer build of the widget: left untouched, so this page runs from memory.
    FromNewerVersion,
    /// Unreadable; the raw value was copied to `<key>.corrupt` and the widget starts afresh.
    Corrupt,
    /// Unreadable and the copy could not be made: running from memory so it is not lost.
    CorruptNotKept,
    /// localStorage cannot be used at all in this browsing context.
    Unavailable,
}

/// Storage could not take the write (blocked, or over its quota).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotSaved;

pub fn load(guide_id: &str) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    let key = key(guide_id);
    match storage.get_item(&key) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(raw)) => match parse(&raw) {
            Saved::Current(progress) => Loaded::Restored(progress),
            Saved::Newer => Loaded::FromNewerVersion,
            Saved::Unreadable => keep_corrupt(&storage, &key, &raw),
        },
    }
}

pub fn save(guide_id: &str, progress: &Progress) -> Result<(), NotSaved> {
    let storage = local_storage().ok_or(NotSaved)?;
    storage
        .set_item(&key(guide_id), &progress.to_json())
        .map_err(|_| NotSaved)
}

/// The window's localStorage, or `None` where reading the property itself throws.
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn keep_corrupt(storage: &Storage, key: &str, raw: &str) -> Loaded {
    match storage.set_item(&format!("{key}.corrupt"), raw) {
        Ok(()) => Loaded::Corrupt,
        Err(_) => Loaded::CorruptNotKept,
    }
}

fn parse(raw: &str) -> Saved {
    match js_sys::JSON::parse(raw) {
        Ok(value) => read_saved(&to_json_view(&value, 2)),
        Err(_) => Saved::Unreadable,
    }
}

/// The parsed value, `depth` levels of objects deep (the saved form has two). Going no deeper
/// also means a maliciously deep value cannot exhaust the stack.
fn to_json_view(value: &JsValue, depth: u8) -> Json {
    if let Some(text) = value.as_string() {
        return Json::Text(text);
    }
    if let Some(number) = value.as_f64() {
        return Json::Number(number);
    }
    if depth == 0 || !value.is_object() || Array::is_array(value) {
        return Json::Other;
    }
    let entries = Object::entries(value.unchecked_ref());
    let field = |pair: JsValue| {
        let pair: Array = pair.unchecked_into();
        (
            pair.get(0).as_string().unwrap_or_default(),
            to_json_view(&pair.get(1), depth - 1),
        )
    };
    Json::Object(entries.iter().map(field).collect())
}
