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
pub mod progress;
pub mod saved_progress;
pub mod storage;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use components::{Root, RootProps};

/// The attribute that marks a mount point; its value is the guide id.
pub const MOUNT_ATTRIBUTE: &str = "data-deletion-guide";

/// The options `mount` accepts from JavaScript: `{ guide: "aliexpress" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct MountOptions {
    guide: String,
}

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

/// Mounts a guide into `element`. Bad options do not throw: the element shows what is wrong.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> WidgetHandle {
    let guide_id = match serde_wasm_bindgen::from_value::<MountOptions>(options) {
        Ok(options) => options.guide,
        Err(error) => {
            element.set_text_content(Some(&format!("This guide cannot be shown: {error}.")));
            return WidgetHandle { app: None };
        }
    };
    WidgetHandle {
        app: Some(render(element, &guide_id)),
    }
}

fn render(element: Element, guide_id: &str) -> AppHandle<Root> {
    let props = RootProps {
        guide_id: guide_id.to_owned().into(),
    };
    Renderer::<Root>::with_root_and_props(element, props).render()
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
        let guide_id = element.get_attribute(MOUNT_ATTRIBUTE).unwrap_or_default();
        // The app keeps running when its handle is dropped; auto-mounted widgets live as long as the page.
        drop(render(element, &guide_id));
    }
}
