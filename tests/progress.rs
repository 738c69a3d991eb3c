//! Native tests of the reader's progress: pure state, no browser.
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::date::Date;
use deletion_guide::guide::{Method, Sources, Step};
use deletion_guide::progress::{Action, EarlyInput, Progress, VERSION};

const fn step(id: &'static str, sends_request: bool) -> Step {
    Step {
        id,
        title: id,
        body: "",
        action: None,
        tips: &[],
        warnings: &[],
        sends_request,
        formerly: &[],
        sources: Sources(&[]),
        disagree: &[],
    }
}

static SETTLE: Step = step("settle", false);
static CONFIRM: Step = step("confirm", true);
static METHOD: Method = Method {
    id: "self-service",
    title: "Self-service",
    summary: "",
    steps: &[&SETTLE, &CONFIRM],
    processing_days: None,
    support_request: None,
    sources: Sources(&[]),
    disagree: &[],
};
/// A step shared by two methods, which was two steps before (`support-settle` in the other).
static SHARED: Step = Step {
    formerly: &["support-settle"],
    ..step("settle", false)
};
static SUPPORT: Method = Method {
    id: "support",
    title: "Support",
    summary: "",
    steps: &[&SHARED, &CONFIRM],
    processing_days: None,
    support_request: None,
    sources: Sources(&[]),
    disagree: &[],
};

fn day(d: u8) -> Date {
    Date::new(2026, 11, d).unwrap()
}

fn tick(step: &'static Step, today: Date) -> Action {
    Action::Tick {
        step,
        ticked: true,
        today,
    }
}

fn untick(step: &'static Step, today: Date) -> Action {
    Action::Tick {
        step,
        ticked: false,
        today,
    }
}

#[test]
fn ticking_records_the_day_and_unticking_forgets_it() {
    let ticked = Progress::default().apply(&tick(&SETTLE, day(3)));
    assert_eq!(ticked.done.get("settle"), Some(&day(3)));
    assert!(ticked.is_done(&SETTLE));
    assert_eq!(
        ticked.apply(&tick(&SETTLE, day(4))),
        ticked,
        "ticking a ticked step (seen empty elsewhere) keeps its first day"
    );

    let unticked = ticked.apply(&untick(&SETTLE, day(4)));
    assert!(!unticked.is_done(&SETTLE));
    assert_eq!(unticked.apply(&untick(&SETTLE, day(5))), unticked);
}

#[test]
fn the_step_that_sends_the_request_records_the_request_day() {
    let sent = Progress::default().apply(&tick(&CONFIRM, day(24)));
    assert_eq!(sent.requested, Some(day(24)));
    assert_eq!(
        sent.apply(&tick(&CONFIRM, day(25))).requested,
        Some(day(24))
    );
    let unticked = sent.apply(&untick(&CONFIRM, day(25)));
    assert_eq!(
        unticked.requested,
        Some(day(24)),
        "unticking does not drop the date"
    );
    assert_eq!(
        unticked.apply(&tick(&CONFIRM, day(26))).requested,
        Some(day(24)),
        "ticked again, the first day stays"
    );
    assert_eq!(
        sent.apply(&Action::SetRequested(day(20))).requested,
        Some(day(20)),
        "the reader may set the day"
    );
    assert_eq!(sent.apply(&Action::StartOver).requested, None);
    assert_eq!(sent.apply(&tick(&SETTLE, day(25))).requested, Some(day(24)));
}

#[test]
fn only_the_methods_own_steps_count() {
    let mut progress = Progress::default().apply(&tick(&SETTLE, day(1)));
    progress.done.insert("a-step-since-removed".into(), day(1));
    assert_eq!(progress.done_in(&METHOD), 1);
}

#[test]
fn starting_over_clears_everything_but_keeps_the_version() {
    let progress = Progress::default()
        .apply(&tick(&CONFIRM, day(2)))
        .apply(&Action::ChooseMethod("customer-support"));
    let fresh = progress.apply(&Action::StartOver);
    assert_eq!(fresh, Progress::default());
    assert_eq!(fresh.v, VERSION);
}

#[test]
fn dates_parse_only_real_days_in_iso_form() {
    assert_eq!(Date::parse("2025-11-08"), Date::new(2025, 11, 8));
    assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
    for bad in [
        "2025-02-29",
        "2025-13-01",
        "2025-1-08",
        "08/11/2025",
        "2025-11-08T10:00",
        "",
        "+025-11-08",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
}

#[test]
fn adding_days_crosses_months_and_years() {
    let sent = Date::new(2026, 11, 24).unwrap();
    assert_eq!(sent.add_days(7).to_string(), "2026-12-01");
    assert_eq!(sent.add_days(30).to_string(), "2026-12-24");
    assert_eq!(
        Date::new(2024, 12, 31).unwrap().add_days(60).to_string(),
        "2025-03-01"
    );
}

#[test]
fn early_ticks_stay_ticked_and_keep_their_first_day() {
    let saved = Progress::default().apply(&tick(&SETTLE, day(1)));
    let early = Action::KeepEarly {
        ticked: vec![&SETTLE, &CONFIRM],
        method: Some("customer-support"),
        today: day(5),
    };
    let kept = saved.apply(&early);
    assert_eq!(
        kept.done.get("settle"),
        Some(&day(1)),
        "already done: not unticked"
    );
    assert_eq!(kept.done.get("confirm"), Some(&day(5)));
    assert_eq!(
        kept.requested,
        Some(day(5)),
        "the request step counts as sent"
    );
    assert_eq!(kept.method.as_deref(), Some("customer-support"));
}

#[test]
fn early_input_names_only_what_the_guide_has() {
    let guide = deletion_guide::guide::find("aliexpress").expect("the AliExpress guide");
    assert_eq!(EarlyInput::default().action(guide, day(5)), None);
    let input = EarlyInput {
        ticked: vec!["settle-orders".into(), "no-such-step".into()],
        method: Some("no-such-method".into()),
    };
    let Some(Action::KeepEarly { ticked, method, .. }) = input.action(guide, day(5)) else {
        panic!("an action");
    };
    assert_eq!(
        ticked.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["settle-orders"]
    );
    assert_eq!(method, None);
}

/// What the store does on every write: the reader's change applied to what another tab saved
/// in the meantime. Both tabs' ticks stay.
#[test]
fn a_change_applied_to_another_tabs_progress_keeps_both() {
    let here = tick(&SETTLE, day(3));
    let elsewhere = Progress::default().apply(&tick(&CONFIRM, day(3)));
    let merged = elsewhere.apply(&here);
    assert!(merged.is_done(&SETTLE) && merged.is_done(&CONFIRM));
    assert_eq!(merged.requested, Some(day(3)));
    // An untick here and a tick of the same step elsewhere: the one written last stands.
    let unticked_here = elsewhere.apply(&untick(&CONFIRM, day(4)));
    assert!(!unticked_here.is_done(&CONFIRM));
}

#[test]
fn a_shared_step_is_ticked_once_and_counts_in_every_method_that_lists_it() {
    static SELF: Method = Method {
        id: "self",
        title: "Self",
        summary: "",
        steps: &[&SHARED],
        processing_days: None,
        support_request: None,
        sources: Sources(&[]),
        disagree: &[],
    };
    let ticked = Progress::default().apply(&tick(&SHARED, day(2)));
    assert_eq!(ticked.done_in(&SELF), 1);
    assert_eq!(ticked.done_in(&SUPPORT), 1);
    assert_eq!(ticked.next_in(&SUPPORT).map(|s| s.id), Some("confirm"));
}

#[test]
fn a_tick_saved_under_a_former_id_counts_and_is_kept_until_unticked() {
    // Saved before the two steps were merged: the old id of the support method's copy.
    let mut saved = Progress::default();
    saved.done.insert("support-settle".into(), day(1));
    saved.done.insert("a-step-since-removed".into(), day(1));
    assert!(saved.is_done(&SHARED));
    assert_eq!(saved.done_in(&SUPPORT), 1);
    let ticked_again = saved.apply(&tick(&SHARED, day(5)));
    assert_eq!(
        ticked_again, saved,
        "already done: nothing changes, the first day stays"
    );
    let unticked = saved.apply(&untick(&SHARED, day(5)));
    assert!(!unticked.is_done(&SHARED));
    assert!(
        unticked.done.contains_key("a-step-since-removed"),
        "unknown ids stay kept"
    );
}

#[test]
fn merging_progress_from_another_device_adds_and_never_overwrites() {
    let mut mine = Progress::default().apply(&tick(&SETTLE, day(5)));
    mine.method = Some("self-service".into());
    mine.details.email = Some("me@example.com".into());
    let mut theirs = Progress::default()
        .apply(&tick(&SETTLE, day(3)))
        .apply(&tick(&CONFIRM, day(6)));
    theirs.method = Some("support".into());
    theirs.details.email = Some("old@example.com".into());
    theirs.details.reference = Some("A-1".into());
    theirs.done.insert("unknown-elsewhere".into(), day(1));
    let merged = mine.merge(&theirs);
    assert_eq!(
        merged.done.get("settle"),
        Some(&day(3)),
        "the earlier day of a shared tick"
    );
    assert!(merged.is_done(&CONFIRM) && merged.done.contains_key("unknown-elsewhere"));
    assert_eq!(
        merged.requested,
        Some(day(6)),
        "theirs, since mine had none"
    );
    assert_eq!(merged.method.as_deref(), Some("self-service"), "mine kept");
    assert_eq!(
        merged.details.email.as_deref(),
        Some("me@example.com"),
        "mine kept"
    );
    assert_eq!(
        merged.details.reference.as_deref(),
        Some("A-1"),
        "theirs added"
    );
    assert_eq!(
        merged.merge(&theirs),
        merged,
        "merging twice changes nothing more"
    );
}
