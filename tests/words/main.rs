//! Native tests of the widget's own words: plural forms and dates in every language, read
//! through the same tables the widget and the prerenderer use.
#![cfg(not(target_arch = "wasm32"))]

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod pt;

use deletion_guide::date::Date;
use deletion_guide::words::Lang;

/// The table for `code`; every language is built in unless `LANGS` says otherwise.
pub fn lang(code: &str) -> Lang {
    Lang::find(code).unwrap_or_else(|| panic!("{code} is not built in"))
}

pub fn day(text: &str) -> Date {
    Date::parse(text).expect("a date")
}

#[test]
fn a_tag_finds_its_language_by_its_primary_subtag() {
    assert_eq!(lang("es-MX").code, "es");
    assert_eq!(lang("PT_br").code, "pt");
    assert_eq!(lang(" fr ").code, "fr");
    assert!(Lang::find("tlh").is_none());
    assert!(Lang::find("").is_none());
}

#[test]
fn every_language_has_a_direction_and_twelve_distinct_months() {
    for code in ["en", "es", "pt", "fr", "de", "ar"] {
        let words = lang(code);
        let mut months = words.months.to_vec();
        months.sort();
        months.dedup();
        assert_eq!(months.len(), 12, "{code}");
        assert_eq!(words.dir(), if code == "ar" { "rtl" } else { "ltr" });
    }
}
