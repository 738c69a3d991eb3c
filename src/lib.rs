//! deletion-guide: an embeddable checklist that walks a reader through deleting an account,
//! and remembers their progress in the browser.
//!
//! From JavaScript: every `<div data-deletion-guide="<id>">` on the page is mounted when the
//! module starts; [`mount`] mounts one more by hand and returns a handle to [`unmount`] it.
//!
//! [`unmount`]: WidgetHandle::unmount

pub mod components;
pub mod date;
pub mod guide;
pub mod options;
pub mod progress;
pub mod saved_progress;
pub mod storage;
pub mod sync;

use options::{Options, RawOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use components::{Root, RootProps};

/// The attribute that marks a mount point; its value is the guide id. `data-theme` and
/// `data-report-url` on the same element set the other options.
pub const MOUNT_ATTRIBUTE: &str = "data-deletion-guide";

/// A mounted widget, returned to JavaScript so that it can be removed again.
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

/// Mounts a guide into `element`: `mount(el, { guide: "aliexpress", theme: "dark",
/// reportUrl: "https://…" })`. Bad options never throw: the element says what is wrong.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> WidgetHandle {
    match serde_wasm_bindgen::from_value::<RawOptions>(options) {
        Ok(raw) => WidgetHandle {
            app: Some(render(element, Options::from_raw(raw))),
        },
        Err(error) => {
            let message =
                format!("This guide cannot be shown: its options are not valid ({error}).");
            element.set_text_content(Some(&message));
            WidgetHandle { app: None }
        }
    }
}

/// The guides in this build, for pages that list them: `[{ id, service, title, summary }]`.
#[wasm_bindgen]
pub fn guides() -> JsValue {
    let list: Vec<GuideSummary> = guide::all()
        .iter()
        .map(|g| GuideSummary {
            id: g.id,
            service: g.service,
            title: g.title,
            summary: g.summary,
        })
        .collect();
    serde_wasm_bindgen::to_value(&list).unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct GuideSummary {
    id: &'static str,
    service: &'static str,
    title: &'static str,
    summary: &'static str,
}

fn render(element: Element, options: Options) -> AppHandle<Root> {
    Renderer::<Root>::with_root_and_props(element, RootProps { options }).render()
}

/// Mounts every `[data-deletion-guide]` element present when the module starts.
#[wasm_bindgen(start)]
pub fn auto_mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for element in (0..found.length()).filter_map(|i| found.item(i)) {
        let Ok(element) = element.dyn_into::<Element>() else {
            continue;
        };
        let options = Options::from_raw(RawOptions {
            guide: element.get_attribute(MOUNT_ATTRIBUTE),
            theme: element.get_attribute("data-theme"),
            report_url: element.get_attribute("data-report-url"),
            ..RawOptions::default()
        });
        // The app keeps running when its handle is dropped; auto-mounted widgets live as long as the page.
        drop(render(element, options));
    }
}
