//! Saving progress in the browser's localStorage: the only module that touches it.
//!
//! Every browser fault is a value here, never a panic or an uncaught exception: storage can be
//! blocked (sandboxed iframes, third-party storage rules), full, or hold something we cannot
//! read. Whatever happens, nothing a reader saved is overwritten without first being kept.

use js_sys::JSON;
use serde::Serialize;
use web_sys::Storage;

use crate::progress::Progress;
use crate::saved_form::{read_saved, set_aside, Saved, SetAside, MAX_SAVED_LENGTH};

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
    /// Unreadable; the raw value was set aside under `<key>.corrupt` (with the last few
    /// distinct unreadable values before it) and the widget starts afresh.
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

/// What is saved for `guide_id`, only where reading it is all there is to do: progress this
/// build can read, or nothing saved yet. `None` for anything else (blocked, newer, unreadable),
/// which [`load`] deals with.
pub fn peek(guide_id: &str) -> Option<Progress> {
    match local_storage()?.get_item(&key(guide_id)).ok()? {
        None => Some(Progress::default()),
        Some(raw) => match parse(&raw) {
            Saved::Current(progress) => Some(progress),
            _ => None,
        },
    }
}

pub fn save(guide_id: &str, progress: &Progress) -> Result<(), NotSaved> {
    let storage = local_storage().ok_or(NotSaved)?;
    storage
        .set_item(&key(guide_id), &to_text(progress).ok_or(NotSaved)?)
        .map_err(|_| NotSaved)
}

/// The saved form as JSON text: serde-wasm-bindgen builds the object (maps as plain objects,
/// which `JSON.stringify` writes), the browser writes the text. Also what an export carries.
pub fn to_text(progress: &Progress) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = progress.serialize(&serializer).ok()?;
    JSON::stringify(&value).ok()?.as_string()
}

/// The window's localStorage, or `None` where reading the property itself throws.
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn keep_corrupt(storage: &Storage, key: &str, raw: &str) -> Loaded {
    let aside = format!("{key}.corrupt");
    let earlier = storage.get_item(&aside).ok().flatten().map(|text| {
        JSON::parse(&text)
            .ok()
            .and_then(|value| serde_wasm_bindgen::from_value::<Vec<SetAside>>(value).ok())
            .ok_or(text)
    });
    let at = js_sys::Date::new_0().to_iso_string().into();
    let kept = set_aside(earlier, raw, at);
    let text = kept
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|value| JSON::stringify(&value).ok()?.as_string());
    match text.map(|text| storage.set_item(&aside, &text)) {
        Some(Ok(())) => Loaded::Corrupt,
        _ => Loaded::CorruptNotKept,
    }
}

/// What saved (or exported) text holds, read exactly as storage is read.
pub fn parse(raw: &str) -> Saved {
    if raw.len() > MAX_SAVED_LENGTH {
        return Saved::Unreadable;
    }
    match JSON::parse(raw) {
        Ok(value) => read_saved(|| serde_wasm_bindgen::Deserializer::from(value.clone())),
        Err(_) => Saved::Unreadable,
    }
}
