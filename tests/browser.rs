//! Browser tests: the real widget mounted into a real page in headless Chromium, with real
//! localStorage. Run by `make test-browser` (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use deletion_guide::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "deletion-guide:aliexpress";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a test page has a document")
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .expect("localStorage in the test page")
}

/// A fresh element in the page, with no saved progress.
fn fresh_host() -> Element {
    local_storage().clear().unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Mounts `guide` and waits until it has rendered and read its saved progress.
async fn mount(host: &Element, guide: &str) -> deletion_guide::WidgetHandle {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"guide".into(), &guide.into()).unwrap();
    let handle = deletion_guide::mount(host.clone(), options.into());
    yew::scheduler::flush().await;
    handle
}

fn text(host: &Element) -> String {
    host.text_content().unwrap_or_default()
}

fn checkboxes(host: &Element) -> Vec<HtmlInputElement> {
    let found = host.query_selector_all("input[type=checkbox]").unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn ticking_a_step_updates_the_count_and_saves_it() {
    let host = fresh_host();
    let _widget = mount(&host, "aliexpress").await;
    assert!(text(&host).contains("Delete your AliExpress account"));
    assert!(text(&host).contains("0 of 7 steps done"));

    checkboxes(&host)[0].click();
    yew::scheduler::flush().await;

    assert!(checkboxes(&host)[0].checked());
    assert!(text(&host).contains("1 of 7 steps done"), "{}", text(&host));
    let saved = local_storage()
        .get_item(KEY)
        .unwrap()
        .expect("progress saved");
    assert!(saved.contains(r#""v":1"#), "{saved}");
    assert!(saved.contains(r#""settle-orders":"#), "{saved}");
}

#[wasm_bindgen_test]
async fn a_remounted_widget_restores_the_ticks() {
    let host = fresh_host();
    let mut widget = mount(&host, "aliexpress").await;
    checkboxes(&host)[1].click();
    checkboxes(&host)[2].click();
    yew::scheduler::flush().await;
    widget.unmount();
    yew::scheduler::flush().await;
    assert_eq!(text(&host), "", "unmount empties the element");

    let _again = mount(&host, "aliexpress").await;
    let ticked: Vec<bool> = checkboxes(&host).iter().map(|c| c.checked()).collect();
    assert_eq!(ticked[..4], [false, true, true, false]);
    assert!(text(&host).contains("2 of 7 steps done"));
}

#[wasm_bindgen_test]
async fn an_unknown_guide_id_names_the_guides_that_exist() {
    let host = fresh_host();
    let _widget = mount(&host, "myspace").await;
    let shown = text(&host);
    assert!(
        shown.contains("no deletion guide called \u{201c}myspace\u{201d}"),
        "{shown}"
    );
    assert!(shown.contains("aliexpress"), "{shown}");
    assert_eq!(
        local_storage().length().unwrap(),
        0,
        "nothing is saved for an unknown guide"
    );
}

#[wasm_bindgen_test]
fn the_storage_key_is_namespaced_by_guide() {
    assert_eq!(storage::key("aliexpress"), KEY);
}
