//! Browser tests of what crosses between JavaScript and the widget through serde-wasm-bindgen:
//! `mount()`'s options object, whatever a page puts in it, and the list `guides()` returns.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{host_with, text, view};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A JavaScript value, written as a page would write it.
fn js(expression: &str) -> JsValue {
    js_sys::eval(&format!("({expression})")).expect("a valid expression")
}

/// The element and its widget, mounted with `options`.
async fn mount_with(options: JsValue) -> (web_sys::Element, common::Mounted) {
    let host = host_with(None);
    let widget = deletion_guide::mount(host.clone(), options);
    yew::scheduler::flush().await;
    (host, common::Mounted(widget))
}

#[wasm_bindgen_test]
async fn wrong_types_are_named_with_what_each_option_takes() {
    let (host, _widget) = mount_with(js(
        "{ guide: 'aliexpress', headingLevel: 3, theme: true, colour: 'red', reportUrl: () => 1 }",
    ))
    .await;
    let shown = text(&host);
    for message in [
        "\u{201c}colour\u{201d} is not an option",
        "\u{201c}theme\u{201d} must be \"light\", \"dark\" or \"auto\"",
        "\u{201c}reportUrl\u{201d} must be an https:// link as text",
    ] {
        assert!(shown.contains(message), "{message} in {shown}");
    }
    assert!(
        view(&host).query_selector("h3.dg-title").unwrap().is_some(),
        "a number is a heading level"
    );
    assert!(shown.contains("0 of 7 steps done"), "the guide still shows");
}

#[wasm_bindgen_test]
async fn options_that_are_not_an_object_get_a_clear_message() {
    for options in [
        "'aliexpress'",
        "['guide', 'aliexpress']",
        "null",
        "undefined",
        "42",
        "Symbol('x')",
    ] {
        let (host, _widget) = mount_with(js(options)).await;
        assert_eq!(
            host.text_content().as_deref(),
            Some(
                r#"This guide cannot be shown: its options must be an object, like { guide: "aliexpress" }."#
            ),
            "{options}"
        );
    }
}

#[wasm_bindgen_test]
fn guides_lists_each_guide_as_a_plain_object() {
    let listed = deletion_guide::guides();
    let json = js_sys::JSON::stringify(&listed)
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        json.starts_with(r#"[{"id":"aliexpress","service":"AliExpress","title":"#),
        "{json}"
    );
}
