//! A minimal Yew app: one labelled checkbox, mounted into `#app` when the module starts, whose
//! tick is kept in localStorage the way the widget keeps progress: serde describes the saved
//! form, serde-wasm-bindgen converts it, the browser's JSON does the text.
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

const KEY: &str = "baseline";

#[derive(Default, Serialize, Deserialize)]
struct Saved {
    done: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Saved {
    let raw = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let value = raw.and_then(|raw| js_sys::JSON::parse(&raw).ok());
    value
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok())
        .unwrap_or_default()
}

fn save(saved: &Saved) {
    let value = serde_wasm_bindgen::to_value(saved).ok();
    let text = value.and_then(|value| js_sys::JSON::stringify(&value).ok());
    if let (Some(storage), Some(text)) = (storage(), text.and_then(|t| t.as_string())) {
        let _ = storage.set_item(KEY, &text);
    }
}

#[component]
fn App() -> Html {
    let done = use_state(|| load().done);
    let onchange = {
        let done = done.clone();
        Callback::from(move |_: Event| {
            save(&Saved { done: !*done });
            done.set(!*done);
        })
    };
    html! {
        <label><input type="checkbox" checked={*done} {onchange} />{"A step"}</label>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}
