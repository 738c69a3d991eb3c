//! Browser tests of progress under every fault the browser can throw at it, and of widgets
//! keeping in step. Faults are made the way browsers make them: a `localStorage` getter that
//! throws (sandboxed frames, blocked storage) and a `setItem` that throws (quota).
#![cfg(target_arch = "wasm32")]

mod common;

use common::{checkboxes, click, host_with, saved, storage, text, KEY};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const NOT_KEPT: &str = "does not let the guide save your progress";
const WRITE_FAILED: &str = "Your last change could not be saved";
const STARTED_AFRESH: &str = "could not be read, so the checklist starts afresh";
const NEWER: &str = "saved by a newer version of this guide";

/// Runs JavaScript in the test page, to break the browser the way real pages are broken.
fn js(code: &str) {
    js_sys::eval(code).expect("test set-up script runs");
}

fn block_storage() {
    js(
        "window.__dgStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
}

fn unblock_storage() {
    js("Object.defineProperty(window, 'localStorage', window.__dgStorage);");
}

fn fill_storage() {
    js("window.__dgSetItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
}

fn unfill_storage() {
    js("Storage.prototype.setItem = window.__dgSetItem;");
}

/// The values set aside under `<key>.corrupt`, oldest first.
fn set_aside() -> Vec<String> {
    let Some(text) = storage().get_item(&format!("{KEY}.corrupt")).unwrap() else {
        return Vec::new();
    };
    let list: js_sys::Array = js_sys::JSON::parse(&text).unwrap().into();
    list.iter()
        .map(|entry| {
            let value = js_sys::Reflect::get(&entry, &"value".into()).unwrap();
            let at = js_sys::Reflect::get(&entry, &"at".into()).unwrap();
            assert!(at.is_null() || at.as_string().is_some_and(|at| at.ends_with('Z')));
            value.as_string().unwrap()
        })
        .collect()
}

async fn mount(host: &Element) -> common::Mounted {
    common::mount(host, &[("guide", "aliexpress")]).await
}

fn checkbox(host: &Element, index: usize) -> HtmlInputElement {
    checkboxes(host).swap_remove(index)
}

async fn tick(host: &Element, index: usize) {
    click(&checkbox(host, index)).await;
}

#[wasm_bindgen_test]
async fn blocked_storage_leaves_a_working_checklist_and_says_so() {
    let host = host_with(None);
    block_storage();
    let _widget = mount(&host).await;
    tick(&host, 0).await;
    tick(&host, 1).await;
    let shown = text(&host);
    unblock_storage();
    assert!(shown.contains(NOT_KEPT), "{shown}");
    assert!(
        shown.contains("2 of 6 steps done"),
        "ticks work from memory: {shown}"
    );
    assert_eq!(saved(), None);
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_the_next_good_write_catches_up() {
    let host = host_with(None);
    let _widget = mount(&host).await;
    fill_storage();
    tick(&host, 0).await;
    let shown = text(&host);
    unfill_storage();
    assert!(shown.contains(WRITE_FAILED), "{shown}");
    assert_eq!(saved(), None);

    tick(&host, 1).await;
    assert!(
        !text(&host).contains(WRITE_FAILED),
        "the notice goes once saving works"
    );
    let saved = saved().unwrap();
    assert!(
        saved.contains("settle-orders") && saved.contains("back-up-orders"),
        "{saved}"
    );
}

#[wasm_bindgen_test]
async fn unreadable_progress_is_kept_aside_before_anything_is_written() {
    for corrupt in [
        "not json at all",
        "{\"v\":1,\"done\":",
        "null",
        "[1,2,3]",
        "\"a string\"",
        r#"{"done":{"settle-orders":"2026-01-01"}}"#,
        r#"{"v":1,"done":["settle-orders"]}"#,
        r#"{"v":1,"done":{"settle-orders":"last tuesday"}}"#,
        r#"{"v":"1","done":{}}"#,
        // A field this build does not know: kept whole, never written back without it.
        r#"{"v":1,"done":{},"note":"from elsewhere"}"#,
        r#"{"v":1,"method":7,"done":{}}"#,
    ] {
        let host = host_with(Some(corrupt));
        let mut widget = mount(&host).await;
        assert!(
            text(&host).contains(STARTED_AFRESH),
            "{corrupt}: {}",
            text(&host)
        );
        assert!(text(&host).contains("0 of 6 steps done"), "{corrupt}");
        assert_eq!(set_aside(), [corrupt]);

        tick(&host, 0).await;
        assert!(
            saved().unwrap().starts_with(r#"{"v":2,"#),
            "{corrupt} replaced by good progress"
        );
        assert_eq!(set_aside(), [corrupt], "the copy survives the next write");
        widget.unmount();
    }
}

#[wasm_bindgen_test]
async fn progress_from_a_newer_version_is_never_overwritten() {
    let newer = r#"{"v":3,"steps":{"settle-orders":{"at":"2026-11-01T10:00:00Z"}}}"#;
    let host = host_with(Some(newer));
    let _widget = mount(&host).await;
    assert!(text(&host).contains(NEWER), "{}", text(&host));
    tick(&host, 0).await;
    assert!(
        text(&host).contains("1 of 6 steps done"),
        "works from memory"
    );
    assert_eq!(saved().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn ticks_of_steps_the_guide_no_longer_has_are_kept_but_not_counted() {
    let old = r#"{"v":1,"done":{"a-removed-step":"2026-01-01","settle-orders":"2026-01-02"}}"#;
    let host = host_with(Some(old));
    let _widget = mount(&host).await;
    assert!(text(&host).contains("1 of 6 steps done"), "{}", text(&host));
    assert!(checkbox(&host, 0).checked());
    tick(&host, 1).await;
    let saved = saved().unwrap();
    assert!(
        saved.contains(r#""a-removed-step":"2026-01-01""#),
        "{saved}"
    );
    assert!(text(&host).contains("2 of 6 steps done"));
}

#[wasm_bindgen_test]
async fn two_widgets_of_one_guide_stay_in_step() {
    let first = host_with(None);
    let second = host_with(None);
    let _a = mount(&first).await;
    let _b = mount(&second).await;
    tick(&first, 2).await;
    assert!(checkbox(&second, 2).checked());
    assert!(text(&second).contains("1 of 6 steps done"));
    tick(&second, 2).await;
    assert!(!checkbox(&first, 2).checked(), "and back again");
}

#[wasm_bindgen_test]
async fn widgets_stay_in_step_even_when_storage_is_blocked() {
    let first = host_with(None);
    let second = host_with(None);
    block_storage();
    let _a = mount(&first).await;
    let _b = mount(&second).await;
    tick(&first, 0).await;
    let synced = checkbox(&second, 0).checked();
    unblock_storage();
    assert!(synced);
}

#[wasm_bindgen_test]
async fn a_change_in_another_tab_shows_here() {
    let host = host_with(None);
    let _widget = mount(&host).await;
    // What another tab does: write storage, and the browser sends this tab a `storage` event.
    storage()
        .set_item(KEY, r#"{"v":1,"done":{"open-settings":"2026-11-20"}}"#)
        .unwrap();
    js("window.dispatchEvent(new StorageEvent('storage', { key: 'deletion-guide:aliexpress' }))");
    yew::scheduler::flush().await;
    assert!(checkbox(&host, 3).checked());
    assert!(text(&host).contains("1 of 6 steps done"));

    storage().clear().unwrap();
    js("window.dispatchEvent(new StorageEvent('storage', { key: null }))");
    yew::scheduler::flush().await;
    assert!(
        !checkbox(&host, 3).checked(),
        "a clear() elsewhere empties the checklist"
    );
    assert_eq!(saved(), None, "and nothing is written back");
}

#[wasm_bindgen_test]
async fn a_tick_keeps_what_another_tab_saved_meanwhile() {
    let host = host_with(None);
    let _widget = mount(&host).await;
    // Another tab saved a tick, and this tab has not heard of it yet (no event).
    storage()
        .set_item(KEY, r#"{"v":1,"done":{"open-settings":"2026-11-20"}}"#)
        .unwrap();
    tick(&host, 0).await;
    let saved = saved().unwrap();
    assert!(
        saved.contains(r#""open-settings":"2026-11-20""#) && saved.contains("settle-orders"),
        "both ticks kept: {saved}"
    );
    assert!(checkbox(&host, 3).checked(), "and shown here");
}

#[wasm_bindgen_test]
async fn a_tick_then_unmount_in_the_same_task_is_saved() {
    let host = host_with(None);
    let mut widget = mount(&host).await;
    checkbox(&host, 1).click();
    widget.unmount();
    yew::scheduler::flush().await;
    assert!(saved().is_some_and(|s| s.contains("back-up-orders")));
}

#[wasm_bindgen_test]
async fn a_tick_made_before_its_widget_joined_the_page_is_saved_and_shown() {
    use deletion_guide::{date::Date, guide, progress::Action, store};
    // Yew may let the browser handle a click between a widget's first render and the effect
    // that joins it to the page's progress: the store then holds no widget of the guide.
    let host = host_with(None);
    let step = guide::find("aliexpress").unwrap().methods[0].steps[1];
    let today = Date::new(2026, 11, 29).unwrap();
    store::dispatch(
        "aliexpress",
        Action::Tick {
            step,
            ticked: true,
            today,
        },
    );
    assert!(
        saved().is_some_and(|s| s.contains("back-up-orders")),
        "saved at once"
    );
    let _widget = mount(&host).await;
    assert!(
        checkbox(&host, 1).checked(),
        "and shown by the widget that joins"
    );
}

#[wasm_bindgen_test]
async fn quick_clicks_on_widgets_not_yet_redrawn_mean_what_the_reader_saw() {
    let first = host_with(None);
    let second = host_with(None);
    let _a = mount(&first).await;
    let _b = mount(&second).await;
    // Three clicks in one task: no widget redraws in between.
    checkbox(&first, 0).click();
    checkbox(&second, 1).click();
    checkbox(&second, 0).click(); // still shown empty here: the reader ticks it
    yew::scheduler::flush().await;
    for host in [&first, &second] {
        assert!(checkbox(host, 0).checked() && checkbox(host, 1).checked());
        assert!(text(host).contains("2 of 6 steps done"));
    }
}

#[wasm_bindgen_test]
async fn each_distinct_unreadable_value_is_kept_the_last_few() {
    // What a build before this one set aside: the raw value alone.
    let host = host_with(Some("first unreadable"));
    storage()
        .set_item(&format!("{KEY}.corrupt"), "kept by an older build")
        .unwrap();
    let mut widget = mount(&host).await;
    widget.unmount();
    for value in ["second", "second", "third", "4", "5", "6"] {
        storage().set_item(KEY, value).unwrap();
        let mut widget = mount(&host).await;
        widget.unmount();
    }
    assert_eq!(
        set_aside(),
        ["second", "third", "4", "5", "6"],
        "distinct values, the newest five"
    );
}

#[wasm_bindgen_test]
async fn a_huge_saved_value_is_set_aside_not_read() {
    // 20,000 ids (540 KB): room is left for the copy. (A value too large to copy is the case
    // of the test below.)
    let ids: Vec<String> = (0..20_000)
        .rev()
        .map(|i| format!("\"step-{i:06}\":\"2026-01-01\""))
        .collect();
    let huge = format!("{{\"v\":1,\"done\":{{{}}}}}", ids.join(","));
    let host = host_with(Some(&huge));
    let _widget = mount(&host).await;
    assert!(text(&host).contains(STARTED_AFRESH));
    assert_eq!(set_aside().len(), 1, "kept whole");
    assert_eq!(set_aside()[0].len(), huge.len());
}

#[wasm_bindgen_test]
async fn an_unreadable_value_with_no_room_for_a_copy_can_be_discarded_after_a_warning() {
    let host = host_with(Some("unreadable, and too large to copy"));
    js("window.__dgSetItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key.endsWith('.corrupt')) throw new DOMException('Full.', 'QuotaExceededError');
          return window.__dgSetItem.call(this, key, value); };");
    let _widget = mount(&host).await;
    tick(&host, 0).await;
    let shown = text(&host);
    assert!(
        shown.contains("no room in this browser to keep a copy"),
        "{shown}"
    );
    assert_eq!(
        saved().as_deref(),
        Some("unreadable, and too large to copy"),
        "left as it was"
    );
    let discard = common::all(&host, ".dg-discard button").swap_remove(0);
    common::click(&common::all(&host, ".dg-discard summary")[0]).await;
    assert!(text(&host).contains("will be deleted for good"));
    common::click(&discard).await;
    unfill_storage();
    assert!(
        saved().is_some_and(|s| s.contains("settle-orders")),
        "the tick made before is saved"
    );
    assert!(!text(&host).contains("no room in this browser"));
    tick(&host, 1).await;
    assert!(saved().is_some_and(|s| s.contains("back-up-orders")));
}

#[wasm_bindgen_test]
async fn progress_saved_before_steps_were_shared_keeps_every_tick() {
    // Saved by the build before shared steps: the support method had its own copy of
    // "settle every order" (support-settle-orders), and a step since removed was ticked.
    let before = r#"{"v":1,"method":"customer-support","done":{"support-settle-orders":"2026-11-01","wait-for-deletion":"2026-11-02","contact-support":"2026-11-03"}}"#;
    let host = host_with(Some(before));
    let _widget = mount(&host).await;
    assert!(text(&host).contains("2 of 6 steps done"), "{}", text(&host));
    assert!(
        checkbox(&host, 0).checked(),
        "the shared step, ticked under its old id"
    );
    // The settings method counts the shared step too.
    common::click(&common::all(&host, "input[type=radio]")[0]).await;
    assert!(text(&host).contains("1 of 6 steps done"));
    tick(&host, 1).await;
    let saved = saved().unwrap();
    for kept in [
        r#""support-settle-orders":"2026-11-01""#,
        r#""wait-for-deletion":"2026-11-02""#,
        r#""contact-support":"2026-11-03""#,
        "back-up-orders",
    ] {
        assert!(saved.contains(kept), "{kept} in {saved}");
    }
}
