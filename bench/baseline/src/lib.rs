//! A minimal Yew app: one labelled checkbox, mounted into `#app` when the module starts.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn App() -> Html {
    let done = use_state(|| false);
    let onchange = {
        let done = done.clone();
        Callback::from(move |_: Event| done.set(!*done))
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
