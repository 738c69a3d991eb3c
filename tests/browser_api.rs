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
    yew::scheduler::flush().await;
    let host = host_with(None);
    let widget = deletion_guide::mount(host.clone().into(), options)
        .unwrap_or_else(|_| panic!("an element is mountable"));
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
    assert!(shown.contains("0 of 6 steps done"), "the guide still shows");
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

/// What `mount()` threw, as the page's `catch` sees it.
fn thrown(result: Result<deletion_guide::WidgetHandle, wasm_bindgen::JsError>) -> String {
    match result {
        Ok(_) => "nothing".into(),
        Err(error) => js_sys::Error::from(JsValue::from(error)).message().into(),
    }
}

#[wasm_bindgen_test]
async fn what_is_not_an_element_is_refused_and_harms_nothing() {
    let options = js("{ guide: 'aliexpress' }");
    for not_an_element in [
        "null",
        "undefined",
        "{}",
        "document.createTextNode('x')",
        "window",
        "new Proxy({}, { getPrototypeOf() { throw new Error('trap') } })",
    ] {
        let message = thrown(deletion_guide::mount(js(not_an_element), options.clone()));
        assert!(
            message.starts_with("mount() needs an element"),
            "{not_an_element}: {message}"
        );
    }
    // Options whose every trap throws, or that were revoked, read as no options at all.
    let throwing = "new Proxy({}, { ownKeys() { throw new Error('trap') }, get() { throw new Error('trap') } })";
    for options in [
        throwing,
        "(() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy })()",
    ] {
        let (host, _widget) = mount_with(js(options)).await;
        assert!(
            text(&host).contains("its options must be an object"),
            "{options}"
        );
    }
    let (host, _widget) = mount_with(js(
        "new Proxy({ guide: 'aliexpress', theme: 'dark' }, { get(t, k) { if (k === 'theme') throw new Error('trap'); return t[k] } })",
    ))
    .await;
    assert!(
        text(&host).contains("\u{201c}theme\u{201d} must be"),
        "a getter that throws is a wrong value"
    );

    // A thousand bad calls later, the module still works.
    for _ in 0..1000 {
        let _ = deletion_guide::mount(JsValue::NULL, options.clone());
        let _ = mount_with(js(throwing)).await;
    }
    let (host, _widget) = mount_with(options).await;
    let first = common::checkboxes(&host).swap_remove(0);
    common::click(&first).await;
    assert!(common::saved().is_some_and(|saved| saved.contains("settle-orders")));
}

#[wasm_bindgen_test]
async fn a_widget_mounted_and_unmounted_in_one_task_is_gone() {
    let host = host_with(None);
    for _ in 0..50 {
        let mut widget = deletion_guide::mount(host.clone().into(), js("{ guide: 'aliexpress' }"))
            .unwrap_or_else(|_| panic!("an element is mountable"));
        widget.unmount();
    }
    yew::scheduler::flush().await;
    let root = host.shadow_root().expect("the widget's shadow root");
    assert_eq!(root.child_element_count(), 0, "nothing drawn, nothing left");
    // Mounted again, it draws once and works.
    let (host, _widget) = mount_with(js("{ guide: 'aliexpress' }")).await;
    assert_eq!(common::all(&host, "article.dg").len(), 1);
}

#[wasm_bindgen_test]
async fn a_report_link_template_is_filled_for_every_step_and_the_guide() {
    let (host, _widget) = mount_with(js(
        "{ guide: 'aliexpress', reportUrl: 'https://example.com/report?g={guide}&s={step}&v={verified}' }",
    ))
    .await;
    let links: Vec<String> = common::all(&host, ".dg-report a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        links.first().map(String::as_str),
        Some("https://example.com/report?g=aliexpress&s=settle%2Dorders&v=never"),
        "the first step's link"
    );
    assert_eq!(
        links.last().map(String::as_str),
        Some("https://example.com/report?g=aliexpress&s=&v=never"),
        "the guide's own link, in the references"
    );
    assert_eq!(links.len(), 13, "every step of both methods, and the guide");

    let (plain, _widget) = mount_with(js("{ guide: 'aliexpress' }")).await;
    assert!(
        common::all(&plain, ".dg-report").is_empty(),
        "no report link where none is configured"
    );
}
