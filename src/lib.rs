//! deletion-guide: an embeddable checklist that walks a reader through deleting an account,
//! and remembers their progress in the browser.
//!
//! From JavaScript: every `<div data-deletion-guide="<id>">` on the page is mounted when the
//! module starts, and [`sync_mounts`] (called by the `deletion-guide.js` loader whenever the page
//! changes) mounts ones added later and removes ones taken away. [`mount`] mounts one by hand.
//! Each widget renders inside its element's shadow root.

pub mod components;
pub mod date;
pub mod guide;
pub mod link;
pub mod options;
pub mod prerendered;
pub mod progress;
pub mod saved_form;
pub mod saved_progress;
pub mod shadow;
pub mod storage;
pub mod store;

use std::cell::RefCell;

use options::{GivenOptions, Options, RawOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use components::{Root, RootProps};

/// The attribute that marks a mount point; its value is the guide id. `data-theme`,
/// `data-report-url` and `data-heading-level` on the same element set the other options.
pub const MOUNT_ATTRIBUTE: &str = "data-deletion-guide";

/// A mounted widget, returned to JavaScript so that it can be removed again. Dropping the
/// handle leaves the widget mounted: pages often discard it, and wasm-bindgen frees handles
/// the garbage collector finds unused, which must not take widgets off the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Root>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget from its element. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

const NOT_AN_OBJECT: &str =
    r#"This guide cannot be shown: its options must be an object, like { guide: "aliexpress" }."#;

/// Mounts a guide into `element`: `mount(el, { guide: "aliexpress", theme: "dark",
/// reportUrl: "https://…" })`. Bad options never throw: the element says what is wrong.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> WidgetHandle {
    let app = match read_options(options) {
        Some(raw) => render(&element, Options::from_raw(raw)),
        None => Err(NOT_AN_OBJECT.to_owned()),
    };
    WidgetHandle {
        app: or_say_why(&element, app),
    }
}

/// The options object from JavaScript, or `None` if it is not an object. (Checked first:
/// serde-wasm-bindgen reads anything iterable as a map, a string or an array included.)
fn read_options(options: JsValue) -> Option<RawOptions> {
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return None;
    }
    serde_wasm_bindgen::from_value::<GivenOptions>(options)
        .ok()
        .map(|GivenOptions(raw)| raw)
}

/// Renders into a fresh container in `host`'s shadow root, or (in the hydrating bundle)
/// adopts the markup prerendered there for exactly these options.
fn render(host: &Element, options: Options) -> Result<AppHandle<Root>, String> {
    #[cfg(feature = "hydration")]
    if let Some(container) = guide::find(&options.guide)
        .and_then(|guide| shadow::prerendered(host, &prerendered::key(guide, &options)))
    {
        let early = shadow::early_input(&container);
        let props = RootProps { options, early };
        return Ok(Renderer::<Root>::with_root_and_props(container, props).hydrate());
    }
    let container = shadow::container(host)?;
    let props = RootProps {
        options,
        early: Default::default(),
    };
    Ok(Renderer::<Root>::with_root_and_props(container, props).render())
}

/// The widget, or `None` with the reason it could not be shown written into `host`, where
/// the blogger sees it.
fn or_say_why(host: &Element, app: Result<AppHandle<Root>, String>) -> Option<AppHandle<Root>> {
    app.map_err(|message| host.set_text_content(Some(&message)))
        .ok()
}

thread_local! {
    /// Every element mounted from its `data-deletion-guide` attribute, with its widget; `None`
    /// where the element could not hold one (it shows why, and is not tried again on every
    /// change to the page, which its own message would otherwise trigger).
    static AUTO_MOUNTED: RefCell<Vec<(Element, Option<AppHandle<Root>>)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts every `[data-deletion-guide]` element present when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    sync_mounts();
}

/// Mounts every `[data-deletion-guide]` element not yet mounted, and unmounts those that have
/// left the page: single-page blogs add and remove articles without reloading.
#[wasm_bindgen(js_name = syncMounts)]
pub fn sync_mounts() {
    // No borrow of the registry is held while Yew runs: destroying and rendering run effects.
    let gone: Vec<_> = AUTO_MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (kept, gone) = mounted
            .drain(..)
            .partition(|(element, _)| element.is_connected());
        *mounted = kept;
        gone
    });
    gone.into_iter()
        .filter_map(|(_, app)| app)
        .for_each(AppHandle::destroy);
    for element in marked_elements() {
        let known = AUTO_MOUNTED.with(|m| m.borrow().iter().any(|(known, _)| *known == element));
        if known {
            continue;
        }
        let options = Options::from_attributes(|name| element.get_attribute(name));
        let app = or_say_why(&element, render(&element, options));
        AUTO_MOUNTED.with(|m| m.borrow_mut().push((element, app)));
    }
}

fn marked_elements() -> Vec<Element> {
    let document = web_sys::window().and_then(|w| w.document());
    let found = document.and_then(|d| d.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")).ok());
    let Some(found) = found else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into().ok())
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
