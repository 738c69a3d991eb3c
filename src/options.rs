//! What a page asks of a widget: which guide, which theme, where to report mistakes.
//!
//! Read from `mount(element, options)` or from the element's `data-*` attributes. Options that
//! make no sense never stop the guide from showing: they are ignored and listed in a message, so
//! the blogger sees on their own page what to fix.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::link::is_https;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// As written in `data-theme` and the `theme` option.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "dg-theme-auto",
            Theme::Light => "dg-theme-light",
            Theme::Dark => "dg-theme-dark",
        }
    }
}

/// The attributes of a mount point that set its options: the guide id, then `theme`,
/// `reportUrl`, `headingLevel` and `accent`. The loader watches these for changes. On the
/// `<deletion-guide>` element ([`ELEMENT`]) they are the same names without `data-`, and the
/// guide is `guide` (see [`attribute`]).
pub const ATTRIBUTES: [&str; 5] = [
    crate::MOUNT_ATTRIBUTE,
    "data-theme",
    "data-report-url",
    "data-heading-level",
    "data-accent",
];

/// The custom element that holds a guide, beside the `data-` form:
/// `<deletion-guide guide="aliexpress" theme="auto"></deletion-guide>`.
pub const ELEMENT: &str = "deletion-guide";

/// The name one of [`ATTRIBUTES`] has on an element named `tag`: itself on any element, or on
/// a `<deletion-guide>` the same without `data-` (`guide` for the guide id).
pub fn attribute<'a>(tag: &str, name: &'a str) -> &'a str {
    match name {
        _ if tag != ELEMENT => name,
        crate::MOUNT_ATTRIBUTE => "guide",
        _ => name.trim_start_matches("data-"),
    }
}

/// A widget usually sits under the page's own h1.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// The options as given: `{ guide, theme, reportUrl, headingLevel, accent }` from JavaScript, or
/// the element's attributes of the same names (see [`ATTRIBUTES`]).
#[derive(Debug, Default)]
pub struct RawOptions {
    pub guide: Option<String>,
    pub theme: Option<String>,
    pub report_url: Option<String>,
    pub heading_level: Option<String>,
    pub accent: Option<String>,
    /// Options given that do not exist: a typo the blogger should hear about.
    pub unknown: Vec<String>,
    /// Options given a value of the wrong type, each with what it accepts.
    pub wrong_type: Vec<(String, &'static str)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub guide: String,
    pub theme: Theme,
    pub report_url: Option<String>,
    /// The level of the guide's title heading; its sections' headings follow on from it.
    pub heading_level: u8,
    /// The accent colour, `#rgb` or `#rrggbb`: set through the CSS object model on the host
    /// element (`--dg-accent`), which a strict `style-src` allows, unlike a `style` attribute.
    pub accent: Option<String>,
    /// One sentence per option that was ignored, and why.
    pub problems: Vec<String>,
}

impl Options {
    /// The options of a mount point, from its attributes (`attribute(name)` gives one's value):
    /// the same reading for a widget in the browser and for the prerenderer.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Options {
        let [guide, theme, report_url, heading_level, accent] = ATTRIBUTES.map(attribute);
        Options::from_raw(RawOptions {
            guide,
            theme,
            report_url,
            heading_level,
            accent,
            ..RawOptions::default()
        })
    }

    pub fn from_raw(raw: RawOptions) -> Options {
        let unknown = raw
            .unknown
            .iter()
            .map(|key| format!("\u{201c}{key}\u{201d} is not an option"));
        let wrong_type = raw
            .wrong_type
            .iter()
            .map(|(key, accepts)| format!("\u{201c}{key}\u{201d} must be {accepts}"));
        let mut problems: Vec<String> = unknown.chain(wrong_type).collect();
        let theme = match raw.theme.as_deref().map(str::trim) {
            None | Some("") => Theme::Auto,
            Some(name) => Theme::ALL
                .into_iter()
                .find(|theme| theme.name() == name)
                .unwrap_or_else(|| {
                    problems.push(format!(
                        "the theme \u{201c}{name}\u{201d} is not light, dark or auto"
                    ));
                    Theme::Auto
                }),
        };
        let report_url = raw
            .report_url
            .map(|url| url.trim().to_owned())
            .filter(|url| {
                let https = is_https(url);
                if !https {
                    problems.push(format!(
                        "the report link \u{201c}{url}\u{201d} is not an https:// link"
                    ));
                }
                https
            });
        let heading_level = match raw.heading_level.as_deref().map(str::trim) {
            None | Some("") => DEFAULT_HEADING_LEVEL,
            Some(text) => match text.parse::<u8>() {
                Ok(level @ 1..=6) => level,
                _ => {
                    problems.push(format!(
                        "the heading level \u{201c}{text}\u{201d} is not 1 to 6"
                    ));
                    DEFAULT_HEADING_LEVEL
                }
            },
        };
        let accent = raw
            .accent
            .map(|text| text.trim().to_owned())
            .filter(|colour| {
                let hex = colour.strip_prefix('#').unwrap_or_default();
                let valid =
                    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
                if !valid {
                    problems.push(format!(
                        "the accent colour \u{201c}{colour}\u{201d} is not written #rgb or #rrggbb"
                    ));
                }
                valid
            });
        let guide = raw.guide.unwrap_or_default().trim().to_owned();
        Options {
            guide,
            theme,
            report_url,
            heading_level,
            accent,
            problems,
        }
    }
}

/// The options object of `mount()`, read through serde: serde-wasm-bindgen in the browser,
/// serde_json in the native tests. Anything but an object is an error; inside one, a wrong
/// value or an unknown key is noted in the [`RawOptions`] and the rest still read.
pub struct GivenOptions(pub RawOptions);

impl<'de> Deserialize<'de> for GivenOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<GivenOptions, D::Error> {
        deserializer.deserialize_map(GivenOptionsVisitor)
    }
}

struct GivenOptionsVisitor;

impl<'de> Visitor<'de> for GivenOptionsVisitor {
    type Value = GivenOptions;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of options")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<GivenOptions, A::Error> {
        let mut raw = RawOptions::default();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value::<Given>()?;
            let Some((slot, accepts)) = option_slot(&mut raw, &key) else {
                raw.unknown.push(key);
                continue;
            };
            match value {
                Given::Text(text) => *slot = Some(text),
                Given::Other => raw.wrong_type.push((key, accepts)),
            }
        }
        Ok(GivenOptions(raw))
    }
}

/// Where the option `mount()` calls `key` goes, and what it accepts.
fn option_slot<'a>(
    raw: &'a mut RawOptions,
    key: &str,
) -> Option<(&'a mut Option<String>, &'static str)> {
    Some(match key {
        "guide" => (&mut raw.guide, "a guide id as text, such as \"aliexpress\""),
        "theme" => (&mut raw.theme, "\"light\", \"dark\" or \"auto\""),
        "reportUrl" => (&mut raw.report_url, "an https:// link as text"),
        "headingLevel" => (&mut raw.heading_level, "a whole number from 1 to 6"),
        "accent" => (&mut raw.accent, "a colour as text, written #rgb or #rrggbb"),
        _ => return None,
    })
}

/// One option's value: text, or a whole number as text (a heading level is naturally written
/// as a number); anything else (`true`, `null`, an object, a function) is `Other`.
enum Given {
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for Given {
    /// Never fails: a value serde-wasm-bindgen cannot represent (a function, a symbol) is
    /// `Other` too. Safe to swallow the error because both deserializers in use read a value
    /// already in memory, so one failed value leaves the rest readable.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Given, D::Error> {
        Ok(deserializer
            .deserialize_any(GivenVisitor)
            .unwrap_or(Given::Other))
    }
}

struct GivenVisitor;

impl Visitor<'_> for GivenVisitor {
    type Value = Given;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text or a whole number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Given, E> {
        Ok(Given::Text(text.to_owned()))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Given, E> {
        Ok(whole_number(number))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Given, E> {
        Ok(i64::try_from(number).map_or(Given::Other, whole_number))
    }

    /// Formatted as an integer: formatting an `f64` would pull Rust's float printing, about
    /// 14 KB, into every reader's download.
    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Given, E> {
        let whole = number.fract() == 0.0 && number.abs() < 1e9;
        Ok(if whole {
            whole_number(number as i64)
        } else {
            Given::Other
        })
    }
}

fn whole_number(number: i64) -> Given {
    Given::Text(number.to_string())
}
