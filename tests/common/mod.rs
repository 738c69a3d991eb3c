//! What the browser tests share: a fresh element with chosen saved progress, mounting, and
//! reading what the reader sees inside the widget's shadow root.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, Storage};

pub const KEY: &str = "deletion-guide:aliexpress";

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a test page has a document")
}

pub fn storage() -> Storage {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .expect("localStorage in the test page")
}

/// A new element in the page, after putting `saved` in storage (or clearing it, if `None`).
pub fn host_with(saved: Option<&str>) -> Element {
    storage().clear().unwrap();
    if let Some(value) = saved {
        storage().set_item(KEY, value).unwrap();
    }
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// A mounted widget that is unmounted when the test lets go of it: widgets left behind would
/// share the page's store of progress with the next test's.
pub struct Mounted(pub deletion_guide::WidgetHandle);

impl Mounted {
    pub fn unmount(&mut self) {
        self.0.unmount();
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.0.unmount();
    }
}

/// Mounts with these options and waits until the widget has rendered and read its storage.
/// Widgets unmounted before are first let go entirely: until then they still share the page's
/// progress of their guide, as read before this test changed storage behind their backs.
pub async fn mount(host: &Element, options: &[(&str, &str)]) -> Mounted {
    yew::scheduler::flush().await;
    let object = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    let handle = deletion_guide::mount(host.into(), object.into())
        .unwrap_or_else(|_| panic!("an element is mountable"));
    yew::scheduler::flush().await;
    Mounted(handle)
}

/// What the reader sees of a widget: the element rendered inside `host`'s shadow root.
pub fn view(host: &Element) -> Element {
    let root = host
        .shadow_root()
        .and_then(|root| root.first_element_child());
    root.unwrap_or_else(|| host.clone())
}

/// The text the reader sees: what the stylesheet hides (the other methods' checklists) is left out.
pub fn text(host: &Element) -> String {
    view(host).unchecked_into::<HtmlElement>().inner_text()
}

pub fn all(host: &Element, selector: &str) -> Vec<Element> {
    let found = view(host).query_selector_all(selector).unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into().ok())
        .collect()
}

/// The checkboxes the reader sees: those of the chosen method.
pub fn checkboxes(host: &Element) -> Vec<HtmlInputElement> {
    all(host, "input[type=checkbox]")
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.offset_parent().is_some())
        .collect()
}

/// Clicks an element (a checkbox, a radio button, a button) and waits for the re-render.
pub async fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("a clickable element")
        .click();
    yew::scheduler::flush().await;
}

pub fn saved() -> Option<String> {
    storage().get_item(KEY).unwrap()
}
