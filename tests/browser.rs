//! Browser tests: the real widget mounted into a real page in headless Chromium, with real
//! localStorage. Run by `make test-browser` (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

mod common;

use common::{all, checkboxes, click, document, host_with, mount, storage, text, view, KEY};
use deletion_guide::storage as saved_progress;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_host() -> Element {
    host_with(None)
}

async fn mount_guide(host: &Element, guide: &str) -> common::Mounted {
    mount(host, &[("guide", guide)]).await
}

fn texts(host: &Element, selector: &str) -> Vec<String> {
    all(host, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn button(host: &Element, label: &str) -> Element {
    all(host, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?} in {}", text(host)))
}

fn method_radios(host: &Element) -> Vec<HtmlInputElement> {
    all(host, "input[type=radio]")
        .into_iter()
        .filter_map(|e| e.dyn_into().ok())
        .collect()
}

fn saved() -> String {
    common::saved().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn ticking_a_step_updates_the_count_and_saves_it() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    assert!(text(&host).contains("Delete your AliExpress account"));
    assert!(text(&host).contains("0 of 6 steps done"));

    checkboxes(&host)[0].click();
    yew::scheduler::flush().await;

    assert!(checkboxes(&host)[0].checked());
    assert!(text(&host).contains("1 of 6 steps done"), "{}", text(&host));
    let saved = storage().get_item(KEY).unwrap().expect("progress saved");
    assert!(saved.contains(r#""v":2"#), "{saved}");
    assert!(saved.contains(r#""settle-orders":"#), "{saved}");
}

#[wasm_bindgen_test]
async fn a_remounted_widget_restores_the_ticks() {
    let host = fresh_host();
    let mut widget = mount_guide(&host, "aliexpress").await;
    checkboxes(&host)[1].click();
    checkboxes(&host)[2].click();
    yew::scheduler::flush().await;
    widget.unmount();
    yew::scheduler::flush().await;
    assert_eq!(text(&host), "", "unmount empties the element");

    let _again = mount_guide(&host, "aliexpress").await;
    let ticked: Vec<bool> = checkboxes(&host).iter().map(|c| c.checked()).collect();
    assert_eq!(ticked[..4], [false, true, true, false]);
    assert!(text(&host).contains("2 of 6 steps done"));
}

#[wasm_bindgen_test]
async fn an_unknown_guide_id_names_the_guides_that_exist() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "myspace").await;
    let shown = text(&host);
    assert!(
        shown.contains("no deletion guide called \u{201c}myspace\u{201d}"),
        "{shown}"
    );
    assert!(
        shown.contains("AliExpress (data-deletion-guide=\"aliexpress\")"),
        "{shown}"
    );
    // Linked to their pages only where the build knows the site's https address.
    let links: Vec<String> = all(&host, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    match deletion_guide::guide::SITE_URL {
        Some(site) => assert!(links.contains(&format!("{site}/guides/aliexpress.html"))),
        None => assert!(links.is_empty(), "{links:?}"),
    }
    assert_eq!(
        storage().length().unwrap(),
        0,
        "nothing is saved for an unknown guide"
    );
}

#[wasm_bindgen_test]
fn the_storage_key_is_namespaced_by_guide() {
    assert_eq!(saved_progress::key("aliexpress"), KEY);
}

#[wasm_bindgen_test]
async fn every_section_of_the_guide_is_shown() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    let shown = texts(&host, ".dg-facts > div").concat();
    for fact in [
        "Time needed10 minutes",
        "DifficultyMedium",
        "Steps6",
        "Sources read28 November 2026",
        "Tested by usNot yet",
    ] {
        assert!(shown.contains(fact), "quick fact {fact:?} in {shown}");
    }
    assert_eq!(
        texts(&host, "h3"),
        [
            "What can stop or cost you",
            "Delete your account",
            "After deletion",
            "Troubleshooting",
            "Alternatives to deleting",
            "Frequently asked questions",
            "References",
        ]
    );
    assert_eq!(
        all(&host, ".dg-official .dg-links a:not(.dg-src)").len(),
        4,
        "official links, labelled"
    );
    assert!(text(&host).contains("Official pages from AliExpress"));
    // Warnings ranked by what they do, said in words: one line per kind.
    assert_eq!(
        texts(&host, ".dg-risk-label"),
        ["Blocks deletion: ", "You lose: ", "Good to know: "]
    );
    assert_eq!(
        all(&host, ".dg-risk li").len(),
        8,
        "every warning, one click away"
    );
    assert_eq!(all(&host, ".dg-card").len(), 2, "alternatives");
    assert_eq!(all(&host, ".dg-faq details").len(), 5, "FAQ entries");
    assert_eq!(all(&host, ".dg-references li").len(), 2, "references");
    assert!(text(&host).contains("(read 28 November 2026)"));
    assert_eq!(
        method_radios(&host).len(),
        2,
        "a picker for the two methods"
    );
    // Links leave over https only; a source mark stays in the widget, at a reference it has.
    for link in all(&host, "a") {
        let href = link.get_attribute("href").unwrap();
        if link.class_name() == "dg-src" {
            let found = host.shadow_root().unwrap().query_selector(&href).unwrap();
            assert!(found.is_some(), "the mark {href} has its reference");
        } else {
            assert!(href.starts_with("https://"), "{href}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_bar_follows_the_ticks() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    let bar = || {
        view(&host)
            .query_selector("progress")
            .unwrap()
            .expect("a progress bar")
    };
    assert_eq!(bar().get_attribute("value").as_deref(), Some("0"));
    click(&checkboxes(&host)[3]).await;
    click(&checkboxes(&host)[4]).await;
    assert_eq!(bar().get_attribute("value").as_deref(), Some("2"));
    assert_eq!(bar().get_attribute("max").as_deref(), Some("6"));
    assert!(checkboxes(&host)[3]
        .closest("li")
        .unwrap()
        .unwrap()
        .class_name()
        .contains("dg-done"));
}

#[wasm_bindgen_test]
async fn every_method_is_in_the_page_and_only_the_chosen_one_shows() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    assert_eq!(
        all(&host, ".dg-checklist").len(),
        2,
        "both methods' checklists"
    );
    assert_eq!(
        checkboxes(&host).len(),
        6,
        "the settings method shows first"
    );
    assert!(!text(&host).contains("Open the AliExpress Help Center"));

    click(&method_radios(&host)[1]).await;
    assert_eq!(checkboxes(&host).len(), 6, "then only the support method");
    assert!(text(&host).contains("Open the AliExpress Help Center"));
    assert!(!text(&host).contains("Look for the option to close the account"));
}

#[wasm_bindgen_test]
async fn a_shared_step_is_ticked_once_and_counts_in_both_methods() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    click(&checkboxes(&host)[0]).await; // "Finish every order", in both methods
    click(&checkboxes(&host)[2]).await; // "Remove cards, addresses and personal details", only in settings

    click(&method_radios(&host)[1]).await;
    assert!(
        text(&host).contains("1 of 6 steps done"),
        "the shared step is done here too"
    );
    assert!(checkboxes(&host)[0].checked());
    click(&checkboxes(&host)[2]).await; // "Open the Help Center", only in support
    assert!(
        saved().contains(r#""method":"customer-support""#),
        "{}",
        saved()
    );
    assert_eq!(
        texts(&host, ".dg-method-count"),
        ["2 of 6 done", "2 of 6 done"],
        "the picker shows both methods' progress"
    );
    assert_eq!(
        texts(&host, ".dg-facts > div")[2],
        "Steps6",
        "the Steps fact follows the chosen method"
    );
}

#[wasm_bindgen_test]
async fn start_over_asks_first_then_clears_this_guide() {
    let host = fresh_host();
    storage().set_item("deletion-guide:another", "{}").unwrap();
    let _widget = mount_guide(&host, "aliexpress").await;
    click(&checkboxes(&host)[0]).await;
    click(&checkboxes(&host)[1]).await;

    click(&button(&host, "Start over")).await;
    click(&button(&host, "Keep my progress")).await;
    assert!(
        text(&host).contains("2 of 6 steps done"),
        "keeping changes nothing"
    );

    click(&button(&host, "Start over")).await;
    let focused = || {
        host.shadow_root()
            .unwrap()
            .active_element()
            .and_then(|e| e.text_content())
    };
    assert_eq!(
        focused().as_deref(),
        Some("Keep my progress"),
        "focus moves into the question"
    );
    click(&button(&host, "Clear my progress")).await;
    assert!(text(&host).contains("0 of 6 steps done"));
    assert!(checkboxes(&host).iter().all(|c| !c.checked()));
    assert!(!saved().contains("settle-orders"), "{}", saved());
    assert_eq!(
        focused().as_deref(),
        Some("Start over"),
        "focus returns to the button"
    );
    let other = storage().get_item("deletion-guide:another").unwrap();
    assert_eq!(other.as_deref(), Some("{}"), "other guides are untouched");
}

#[wasm_bindgen_test]
async fn sending_the_request_shows_when_deletion_should_be_done_even_after_a_remount() {
    let host = fresh_host();
    let mut widget = mount_guide(&host, "aliexpress").await;
    assert!(view(&host).query_selector(".dg-request").unwrap().is_none());
    let confirm = checkboxes(&host)
        .into_iter()
        .find(|c| c.parent_element().unwrap().text_content().unwrap() == "Confirm the deletion")
        .expect("the step that sends the request");
    click(&confirm).await;

    let expected = expected_window_for_today();
    let window = texts(&host, ".dg-request").concat();
    assert!(
        window.contains(&expected),
        "{window:?} should contain {expected:?}"
    );

    widget.unmount();
    yew::scheduler::flush().await;
    let _again = mount_guide(&host, "aliexpress").await;
    assert_eq!(texts(&host, ".dg-request").concat(), window);
}

/// Computed independently of the widget, with the browser's own date arithmetic.
fn expected_window_for_today() -> String {
    let in_days = |days: f64| {
        let date = js_sys::Date::new_0();
        date.set_date((date.get_date() as f64 + days) as u32);
        let options = js_sys::Object::new();
        for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
            js_sys::Reflect::set(&options, &key.into(), &value.into()).unwrap();
        }
        String::from(date.to_locale_date_string("en-GB", &options))
    };
    format!("and {}", in_days(30.0))
}

#[wasm_bindgen_test]
async fn odd_options_are_named_and_a_report_link_is_shown() {
    let host = fresh_host();
    let options = [
        ("guide", "aliexpress"),
        ("theme", "purple"),
        ("reportUrl", "https://example.com/report"),
    ];
    let _widget = mount(&host, &options).await;
    assert!(text(&host).contains("the theme \u{201c}purple\u{201d} is not light, dark or auto"));
    let report = view(&host)
        .query_selector(".dg-report a")
        .unwrap()
        .expect("a report link");
    assert_eq!(
        report.get_attribute("href").as_deref(),
        Some("https://example.com/report")
    );

    let host = fresh_host();
    let _widget = mount(
        &host,
        &[
            ("guide", "aliexpress"),
            ("reportUrl", "javascript:alert(1)"),
        ],
    )
    .await;
    assert!(
        view(&host).query_selector(".dg-report").unwrap().is_none(),
        "no javascript: link"
    );
    assert!(text(&host).contains("is not an https:// link"));
}

#[wasm_bindgen_test]
async fn the_widget_lives_in_a_shadow_root_with_its_own_styles() {
    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    assert_eq!(
        host.children().length(),
        0,
        "nothing is added to the page's own tree"
    );
    let root = host.shadow_root().expect("an open shadow root");
    assert_eq!(
        root.adopted_style_sheets().length(),
        1,
        "one shared stylesheet"
    );
    assert!(root.query_selector("article.dg").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn an_element_that_cannot_hold_a_widget_says_so() {
    let host = document().create_element("input").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _widget = mount_guide(&host, "aliexpress").await;
    assert_eq!(
        host.text_content().as_deref(),
        Some("A <input> cannot hold a deletion guide; use a <div>.")
    );
}

#[wasm_bindgen_test]
async fn an_embed_sets_the_level_of_its_top_heading() {
    let host = fresh_host();
    let _widget = mount(&host, &[("guide", "aliexpress"), ("headingLevel", "1")]).await;
    assert_eq!(texts(&host, "h1"), ["Delete your AliExpress account"]);
    assert_eq!(texts(&host, "h2")[0], "What can stop or cost you");
    assert_eq!(texts(&host, "h3")[0], "In your account settings");

    let host = fresh_host();
    let _widget = mount_guide(&host, "aliexpress").await;
    assert_eq!(
        texts(&host, "h2"),
        ["Delete your AliExpress account"],
        "h2 by default"
    );
    assert!(all(&host, "h1").is_empty());
}
