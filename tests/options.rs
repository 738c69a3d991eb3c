//! Native tests of what a page can ask of a widget.
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::date::{between, Date};
use deletion_guide::options::{Options, RawOptions, Theme};

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
    given.not_text.push("reportUrl".into());
    let options = Options::from_raw(given);
    assert_eq!(options.theme, Theme::Auto);
    assert_eq!(options.report_url, None);
    assert_eq!(
        options.problems,
        [
            "\u{201c}colour\u{201d} is not an option",
            "\u{201c}reportUrl\u{201d} must be text",
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

#[test]
fn the_deletion_window_reads_naturally() {
    let d = |y, m, d| Date::new(y, m, d).unwrap();
    assert_eq!(
        between(d(2026, 12, 1), d(2026, 12, 24)),
        "1 and 24 December 2026"
    );
    assert_eq!(
        between(d(2026, 11, 28), d(2026, 12, 24)),
        "28 November and 24 December 2026"
    );
    assert_eq!(
        between(d(2026, 12, 20), d(2027, 1, 18)),
        "20 December 2026 and 18 January 2027"
    );
}
