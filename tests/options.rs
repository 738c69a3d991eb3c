//! Native tests of what a page can ask of a widget.
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::options::{GivenOptions, Options, RawOptions, Theme};
use serde::Deserialize;
use serde_json::json;

fn raw(guide: &str, theme: Option<&str>, report_url: Option<&str>) -> RawOptions {
    RawOptions {
        guide: Some(guide.into()),
        theme: theme.map(Into::into),
        report_url: report_url.map(Into::into),
        ..RawOptions::default()
    }
}

#[test]
fn good_options_are_taken_as_given() {
    let options = Options::from_raw(raw(
        " aliexpress ",
        Some("dark"),
        Some("https://example.com/report"),
    ));
    assert_eq!(options.guide, "aliexpress");
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(
        options.report_url.as_deref(),
        Some("https://example.com/report")
    );
    assert!(options.problems.is_empty());
}

#[test]
fn odd_options_are_ignored_and_explained() {
    let mut given = raw("aliexpress", Some("purple"), Some("javascript:alert(1)"));
    given.unknown.push("colour".into());
    given
        .wrong_type
        .push(("reportUrl".into(), "an https:// link as text"));
    let options = Options::from_raw(given);
    assert_eq!(options.theme, Theme::Auto);
    assert_eq!(options.report_url, None);
    assert_eq!(
        options.problems,
        [
            "\u{201c}colour\u{201d} is not an option",
            "\u{201c}reportUrl\u{201d} must be an https:// link as text",
            "the theme \u{201c}purple\u{201d} is not light, dark or auto",
            "the report link \u{201c}javascript:alert(1)\u{201d} is not an https:// link",
        ]
    );
}

#[test]
fn the_heading_level_is_one_to_six_and_two_by_default() {
    let level = |given: Option<&str>| {
        let options = Options::from_raw(RawOptions {
            guide: Some("aliexpress".into()),
            heading_level: given.map(Into::into),
            ..RawOptions::default()
        });
        (options.heading_level, options.problems)
    };
    assert_eq!(level(None), (2, vec![]));
    assert_eq!(level(Some("1")), (1, vec![]));
    assert_eq!(level(Some("6")), (6, vec![]));
    for bad in ["0", "7", "h2", "-1"] {
        let message = format!("the heading level \u{201c}{bad}\u{201d} is not 1 to 6");
        assert_eq!(level(Some(bad)), (2, vec![message]));
    }
}

#[test]
fn only_https_links_to_a_real_host_count() {
    use deletion_guide::link::is_https;
    assert!(is_https("https://example.com"));
    assert!(is_https("https://example.com/report?guide=aliexpress#top"));
    for bad in [
        "http://example.com",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://?x",
        "https://a b",
        " https://example.com",
    ] {
        assert!(!is_https(bad), "{bad}");
    }
}

/// `mount()`'s options object, read with the same serde code the browser runs (there through
/// serde-wasm-bindgen, here through serde_json).
fn given(value: serde_json::Value) -> Option<Options> {
    let GivenOptions(raw) = GivenOptions::deserialize(&value).ok()?;
    Some(Options::from_raw(raw))
}

#[test]
fn an_options_object_is_read_option_by_option() {
    let options = given(json!({
        "guide": "aliexpress",
        "headingLevel": 3,
        "theme": true,
        "colour": "red",
        "reportUrl": null,
    }))
    .expect("an object is options");
    assert_eq!(options.guide, "aliexpress");
    assert_eq!(options.heading_level, 3, "a number is taken as text");
    assert_eq!(options.theme, Theme::Auto);
    assert_eq!(
        options.problems,
        [
            "\u{201c}colour\u{201d} is not an option",
            "\u{201c}reportUrl\u{201d} must be an https:// link as text",
            "\u{201c}theme\u{201d} must be \"light\", \"dark\" or \"auto\"",
        ],
        "unknown ones first, then in the object's order (serde_json's is alphabetical)"
    );
    let fractional = given(json!({ "guide": "aliexpress", "headingLevel": 2.5 })).unwrap();
    assert_eq!(
        fractional.problems,
        ["\u{201c}headingLevel\u{201d} must be a whole number from 1 to 6"]
    );
    let nested = given(json!({ "guide": { "id": "aliexpress" } })).unwrap();
    assert_eq!(
        nested.problems,
        ["\u{201c}guide\u{201d} must be a guide id as text, such as \"aliexpress\""]
    );
}

#[test]
fn options_that_are_not_an_object_are_refused() {
    for value in [
        json!("aliexpress"),
        json!(null),
        json!(2),
        json!(["aliexpress"]),
    ] {
        assert!(given(value.clone()).is_none(), "{value}");
    }
}

#[test]
fn an_accent_is_a_hex_colour() {
    let accent = |given: &str| {
        let options = Options::from_raw(RawOptions {
            guide: Some("aliexpress".into()),
            accent: Some(given.into()),
            ..RawOptions::default()
        });
        (options.accent, options.problems.len())
    };
    assert_eq!(accent(" #b3005e "), (Some("#b3005e".into()), 0));
    assert_eq!(accent("#fff"), (Some("#fff".into()), 0));
    for bad in ["red", "#12345", "#ggg", "url(x)", "#fff; color: red", ""] {
        assert_eq!(accent(bad), (None, 1), "{bad}");
    }
}

#[test]
fn the_element_takes_the_same_attributes_without_data() {
    use deletion_guide::options::{attribute, ATTRIBUTES, ELEMENT};
    let on_element: Vec<&str> = ATTRIBUTES.iter().map(|a| attribute(ELEMENT, a)).collect();
    assert_eq!(
        on_element,
        [
            "guide",
            "theme",
            "report-url",
            "heading-level",
            "accent",
            "lang"
        ]
    );
    let on_div: Vec<&str> = ATTRIBUTES.iter().map(|a| attribute("div", a)).collect();
    assert_eq!(on_div, ATTRIBUTES);
}

#[test]
fn the_language_is_the_one_asked_for_then_the_pages_then_the_readers_then_english() {
    let chosen = |given: Option<&str>, around: &[&str]| {
        let options = Options::from_raw(RawOptions {
            guide: Some("aliexpress".into()),
            lang: given.map(Into::into),
            around: around.iter().map(|tag| tag.to_string()).collect(),
            ..RawOptions::default()
        });
        (options.lang.code, options.problems)
    };
    assert_eq!(chosen(Some("es"), &["de", "fr"]), ("es", vec![]));
    assert_eq!(chosen(Some("pt-BR"), &[]), ("pt", vec![]));
    // Without one asked for: the page's `lang`, then the browser's languages, first that fits.
    assert_eq!(chosen(None, &["fr-CA", "de"]).0, "fr");
    assert_eq!(chosen(Some(" "), &["ja", "de-AT", "es"]).0, "de");
    assert_eq!(chosen(None, &["ja", "zh"]).0, "en");
    // One asked for that this build does not speak is named, and English used, not the page's.
    let (code, problems) = chosen(Some("tlh"), &["de"]);
    assert_eq!(code, "en");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("the language \u{201c}tlh\u{201d} is not one of en, "),
        "{problems:?}"
    );
}
