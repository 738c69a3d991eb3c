//! Whatever is in storage, reading it never panics, and what it accepts is sound.
//! Saved values come from other tabs, other builds, browser extensions and people's hands.
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::date::Date;
use deletion_guide::progress::{Details, Progress, VERSION};
use deletion_guide::saved_form::{read_saved, Saved};
use proptest::prelude::*;
use serde_json::{json, Value};

/// As the browser reads a stored value: parsed to a value first (`JSON.parse` there), then
/// read with the same serde derives (serde-wasm-bindgen there, serde_json here).
fn read(text: &str) -> Saved {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => read_value(&value),
        Err(_) => Saved::Unreadable,
    }
}

fn read_value(value: &Value) -> Saved {
    read_saved(|| value)
}

fn write(progress: &Progress) -> String {
    serde_json::to_string(progress).expect("progress is always writable")
}

/// What anything accepted must satisfy, and that writing it back gives the same progress.
fn check_sound(saved: &Saved) {
    if let Saved::Current(progress) = saved {
        assert_eq!(progress.v, VERSION);
        check_round_trip(progress);
    }
}

/// The written form is valid JSON (serde_json parses it) and reads back as the same progress.
fn check_round_trip(progress: &Progress) {
    let written = write(progress);
    assert_eq!(
        read(&written),
        Saved::Current(progress.clone()),
        "{written}"
    );
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("v|method|done|requested|.{0,6}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Objects shaped almost like progress, so the field and date checks are reached too.
fn near_progress() -> impl Strategy<Value = Value> {
    let date = prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}", ".{0,11}"];
    (
        prop_oneof![
            Just(json!(1)),
            Just(json!(2)),
            any::<i64>().prop_map(Value::from),
            Just(json!("1"))
        ],
        prop::option::of(".{0,8}"),
        prop::collection::btree_map(".{0,8}", date.clone(), 0..5),
        prop::option::of(date),
    )
        .prop_map(|(v, method, done, requested)| {
            let mut object = json!({ "v": v, "done": done });
            if let Some(method) = method {
                object["method"] = json!(method);
            }
            if let Some(requested) = requested {
                object["requested"] = json!(requested);
            }
            object
        })
}

/// Any progress this build could hold, with ids of any characters (they come from storage).
fn any_progress() -> impl Strategy<Value = Progress> {
    let day = (1970u16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap());
    (
        prop::option::of(".{0,10}"),
        prop::collection::btree_map(".{0,10}", day.clone(), 0..6),
        prop::option::of(day.clone()),
        (prop::option::of(".{0,12}"), prop::option::of(".{0,8}")),
        prop::option::of(day),
    )
        .prop_map(
            |(method, done, requested, (email, reference), gone)| Progress {
                v: VERSION,
                method,
                done: done.into_iter().collect(),
                requested,
                details: Details { email, reference },
                gone,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 30_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_without_panicking(text in ".{0,64}") {
        check_sound(&read(&text));
    }

    #[test]
    fn any_json_value_is_read_without_panicking(value in any_json()) {
        check_sound(&read_value(&value));
    }

    #[test]
    fn near_misses_are_read_without_panicking(value in near_progress()) {
        check_sound(&read_value(&value));
    }

    #[test]
    fn any_progress_is_written_as_json_that_reads_back_the_same(progress in any_progress()) {
        check_round_trip(&progress);
    }
}

#[test]
fn each_kind_of_saved_value_is_recognised() {
    let good = r#"{"v":2,"method":"self-service","done":{"settle-orders":"2026-11-20"},"requested":"2026-11-21","details":{"email":"me@example.com","reference":"A-1"},"gone":"2026-12-01"}"#;
    let Saved::Current(progress) = read(good) else {
        panic!("{good} is current progress")
    };
    assert_eq!(progress.details.email.as_deref(), Some("me@example.com"));
    assert_eq!(progress.gone, Date::new(2026, 12, 1));
    assert_eq!(
        progress.done.get("settle-orders"),
        Date::new(2026, 11, 20).as_ref()
    );
    assert_eq!(progress.requested, Date::new(2026, 11, 21));
    assert_eq!(write(&progress), good, "written exactly as read");

    assert_eq!(read(r#"{"v":3,"anything":["new"]}"#), Saved::Newer);
    for unreadable in [
        "not json",
        "",
        "null",
        "[]",
        r#""text""#,
        r#"{"done":{}}"#,
        r#"{"v":0,"done":{}}"#,
        r#"{"v":1.5,"done":{}}"#,
        r#"{"v":"1","done":{}}"#,
        r#"{"v":1,"done":{"a":"yesterday"}}"#,
        r#"{"v":1,"done":{},"extra":true}"#,
        r#"{"v":1,"done":{"a":"2026-01-01","b":1}}"#,
        r#"{"v":1,"method":7}"#,
        r#"{"v":1,"requested":"2026-02-30"}"#,
        // Version 1 had no details: read as it was then, such a value is not version 1.
        r#"{"v":1,"details":{"email":"me@example.com"}}"#,
        r#"{"v":2,"details":{"phone":"123"}}"#,
        r#"{"v":2,"gone":"soon"}"#,
        r#"[1,"self-service",{}]"#,
    ] {
        assert_eq!(read(unreadable), Saved::Unreadable, "{unreadable}");
    }
    assert_eq!(read(r#"{"v":1}"#), Saved::Current(Progress::default()));
    assert_eq!(
        write(&Progress::default()),
        r#"{"v":2,"done":{}}"#,
        "no ticks is an empty object, as every earlier build wrote it"
    );
    // Ticks may also come as a list of [id, date] pairs (serde reads a map either way); an
    // empty list holds nothing to lose, and a full one is read whole and written as a map.
    assert_eq!(
        read(r#"{"v":1,"done":[]}"#),
        Saved::Current(Progress::default())
    );
    let Saved::Current(pairs) = read(r#"{"v":1,"done":[["b","2026-01-02"],["a","2026-01-01"]]}"#)
    else {
        panic!("a list of pairs is ticks")
    };
    assert_eq!(
        write(&pairs),
        r#"{"v":2,"done":{"a":"2026-01-01","b":"2026-01-02"}}"#
    );
    // A null optional field holds nothing to lose: it reads as left out.
    assert_eq!(
        read(r#"{"v":1,"method":null,"requested":null}"#),
        Saved::Current(Progress::default())
    );
}

#[test]
fn odd_characters_in_ids_are_escaped() {
    let mut progress = Progress::default();
    progress.done.insert(
        "quote\" back\\slash\nnew\u{1}line é".into(),
        Date::new(2026, 1, 2).unwrap(),
    );
    let written = write(&progress);
    let expected = r#""quote\" back\\slash\nnew\u0001line é":"2026-01-02""#;
    assert!(written.contains(expected), "{written}");
    check_round_trip(&progress);
}

#[test]
fn more_ticks_than_any_guide_has_make_a_value_unreadable() {
    use deletion_guide::saved_form::MAX_TICKS;
    let ticks = |n: usize| {
        let done: serde_json::Map<String, Value> = (0..n)
            .map(|i| (format!("step-{i}"), json!("2026-01-01")))
            .collect();
        json!({ "v": 1, "done": done })
    };
    assert!(matches!(read_value(&ticks(MAX_TICKS)), Saved::Current(_)));
    assert_eq!(read_value(&ticks(MAX_TICKS + 1)), Saved::Unreadable);
}

#[test]
fn unreadable_values_are_set_aside_each_once_the_newest_few() {
    use deletion_guide::saved_form::{set_aside, SetAside, MAX_SET_ASIDE};
    let at = |n: u32| format!("2026-11-{n:02}T10:00:00.000Z");
    // An older build kept one raw value: it stays, first, with no time.
    let kept = set_aside(Some(Err("old raw".into())), "a", at(1));
    assert_eq!(
        kept,
        [
            SetAside {
                at: None,
                value: "old raw".into()
            },
            SetAside {
                at: Some(at(1)),
                value: "a".into()
            },
        ]
    );
    let again = set_aside(Some(Ok(kept.clone())), "a", at(2));
    assert_eq!(again, kept, "a value already kept is not kept twice");
    let mut list = kept;
    for n in 0..10 {
        list = set_aside(Some(Ok(list)), &format!("value {n}"), at(3));
    }
    assert_eq!(list.len(), MAX_SET_ASIDE);
    assert_eq!(list.last().unwrap().value, "value 9");
    assert_eq!(list[0].value, "value 5", "the oldest go first");
}

/// Every kind of value version 1 wrote loads into this version with everything in it kept,
/// and is written back as this version.
#[test]
fn version_1_values_are_carried_into_version_2_whole() {
    let old = r#"{"v":1,"method":"customer-support","done":{"a-removed-step":"2026-01-01","state-request":"2026-11-02"},"requested":"2026-11-02"}"#;
    let Saved::Current(progress) = read(old) else {
        panic!("{old} reads")
    };
    assert_eq!(progress.v, VERSION);
    assert_eq!(progress.method.as_deref(), Some("customer-support"));
    assert_eq!(progress.done.len(), 2, "unknown ids kept");
    assert_eq!(progress.requested, Date::new(2026, 11, 2));
    assert_eq!(
        write(&progress),
        r#"{"v":2,"method":"customer-support","done":{"a-removed-step":"2026-01-01","state-request":"2026-11-02"},"requested":"2026-11-02"}"#
    );
    for old in [
        r#"{"v":1}"#,
        r#"{"v":1,"done":{}}"#,
        r#"{"v":1,"method":"self-service"}"#,
    ] {
        assert!(matches!(read(old), Saved::Current(_)), "{old}");
    }
}
