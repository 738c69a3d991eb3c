//! deletion-guide: an embeddable checklist that walks a reader through deleting an account,
//! and remembers their progress in the browser.
//!
//! From JavaScript: every `<div data-deletion-guide="<id>">` on the page is mounted when the
//! module starts, and [`sync_mounts`] (called by the `deletion-guide.js` loader whenever the page
//! changes) mounts ones added later and removes ones taken away. [`mount`] mounts one by hand.
//! Each widget renders inside its element's shadow root.

pub mod calendar;
pub mod components;
pub mod date;
pub mod fnv;
pub mod guide;
pub mod link;
mod mounts;
pub mod options;
pub mod prerendered;
pub mod progress;
pub mod report;
pub mod saved_form;
pub mod saved_progress;
pub mod shadow;
pub mod storage;
pub mod store;
pub mod tracker;
pub mod words;

use js_sys::{Array, Object, Reflect};
use options::{GivenOptions, Options, RawOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// The attribute that marks a mount point; its value is the guide id. The other attributes on
/// the same element that set options are listed in [`options::ATTRIBUTES`].
pub const MOUNT_ATTRIBUTE: &str = "data-deletion-guide";

/// A mounted widget, returned to JavaScript so that it can be removed again. Dropping the
/// handle leaves the widget mounted: pages often discard it, and wasm-bindgen frees handles
/// the garbage collector finds unused, which must not take widgets off the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    id: Option<u32>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget from its element. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(id) = self.id.take() {
            mounts::unmount(id);
        }
    }
}

const NOT_AN_OBJECT: &str =
    r#"This guide cannot be shown: its options must be an object, like { guide: "aliexpress" }."#;

/// Mounts a guide into `element`: `mount(el, { guide: "aliexpress", theme: "dark",
/// reportUrl: "https://…" })`. Options that make no sense never throw: the element says what
/// is wrong. Only something that is not an element at all is refused, with an error that
/// says what `mount()` needs (checked here, so nothing the page passes can throw inside).
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<WidgetHandle, JsError> {
    let Some(element) = element.dyn_ref::<Element>() else {
        return Err(JsError::new(
            "mount() needs an element to show the guide in, such as \
             document.querySelector('#guide'), as its first argument.",
        ));
    };
    let options = match read_options(&options) {
        Some(raw) => Options::from_raw(RawOptions {
            around: mounts::languages_around(element),
            ..raw
        }),
        None => {
            element.set_text_content(Some(NOT_AN_OBJECT));
            return Ok(WidgetHandle { id: None });
        }
    };
    Ok(WidgetHandle {
        id: Some(mounts::mount(element, options, false)),
    })
}

/// The options object from JavaScript, or `None` if it is not an object.
fn read_options(options: &JsValue) -> Option<RawOptions> {
    serde_wasm_bindgen::from_value::<GivenOptions>(plain_copy(options)?.into())
        .ok()
        .map(|GivenOptions(raw)| raw)
}

/// A plain object with `options`' own properties, each value text, a number, or `null` for
/// anything else; `None` if `options` is no object (an array, a string) or cannot be read.
/// Made with calls that catch what they throw: a page may pass a Proxy whose every trap
/// throws, and an exception thrown through the wasm would leave it in a broken state.
fn plain_copy(options: &JsValue) -> Option<Object> {
    if !options.is_object() || options.is_instance_of::<Array>() {
        return None;
    }
    let keys = Reflect::own_keys(options.unchecked_ref()).ok()?;
    let copy = Object::new();
    for key in keys.iter().filter(|key| key.is_string()) {
        let value = Reflect::get(options, &key).unwrap_or(JsValue::NULL);
        let kept = if value.is_string() || value.as_f64().is_some() {
            value
        } else {
            JsValue::NULL
        };
        Reflect::set(&copy, &key, &kept).ok()?;
    }
    Some(copy)
}

/// Mounts every `[data-deletion-guide]` element present when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    mounts::sync(marked_elements(&Array::new()));
}

/// Mounts every `[data-deletion-guide]` element not yet mounted, in the document and in the
/// open shadow roots given (other components' on the page), redraws those whose attributes
/// changed, and unmounts those that left the page: single-page blogs add and remove articles
/// without reloading. The loader calls it whenever the page changes.
#[wasm_bindgen(js_name = syncMounts)]
pub fn sync_mounts(shadow_roots: Array) {
    mounts::sync(marked_elements(&shadow_roots));
}

/// The attributes the loader watches on the page (see [`sync_mounts`]): the `data-` form's and
/// the `<deletion-guide>` element's.
#[wasm_bindgen(js_name = observedAttributes)]
pub fn observed_attributes() -> Vec<String> {
    let element = options::ATTRIBUTES.map(|name| options::attribute(options::ELEMENT, name));
    options::ATTRIBUTES
        .into_iter()
        .chain(element)
        .map(String::from)
        .collect()
}

fn marked_elements(shadow_roots: &Array) -> Vec<Element> {
    let selector = format!("[{MOUNT_ATTRIBUTE}],{}", options::ELEMENT);
    let document = web_sys::window().and_then(|w| w.document());
    let in_document = document.and_then(|d| d.query_selector_all(&selector).ok());
    let in_roots = shadow_roots
        .iter()
        .filter_map(|root| root.dyn_into::<web_sys::ShadowRoot>().ok())
        .filter_map(|root| root.query_selector_all(&selector).ok());
    in_document
        .into_iter()
        .chain(in_roots)
        .flat_map(|found| (0..found.length()).filter_map(move |i| found.item(i)?.dyn_into().ok()))
        .collect()
}

/// A guide as `guides()` lists it.
#[derive(Serialize)]
struct GuideSummary {
    id: &'static str,
    service: &'static str,
    title: &'static str,
    summary: &'static str,
}

/// The guides in this build, for pages that list them: `[{ id, service, title, summary }]`.
#[wasm_bindgen]
pub fn guides() -> JsValue {
    let all = guide::all().iter().map(|g| GuideSummary {
        id: g.id,
        service: g.service,
        title: g.title,
        summary: g.summary,
    });
    // Serialising plain strings into fresh objects cannot fail; `null` would tell the page so.
    serde_wasm_bindgen::to_value(&all.collect::<Vec<_>>()).unwrap_or(JsValue::NULL)
}

// Talc instead of Rust's default dlmalloc: built for WebAssembly and smaller in the download.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
