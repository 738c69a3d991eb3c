//! What a page asks of a widget: which guide, which theme, where to report mistakes.
//!
//! Read from `mount(element, options)` or from the element's `data-*` attributes. Options that
//! make no sense never stop the guide from showing: they are ignored and listed in a message, so
//! the blogger sees on their own page what to fix.

mod described;
mod given;

pub use described::{Described, Kind, OPTIONS};
pub use given::GivenOptions;

use crate::link::is_https;
use crate::words::Lang;

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

    /// How the embed page offers it.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Follow the reader's setting",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
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

/// The attributes of a mount point that set its options, in the order of [`OPTIONS`]: the
/// guide id, then `theme`, `reportUrl`, `headingLevel`, `accent` and `lang`. The loader watches these
/// for changes. On the `<deletion-guide>` element ([`ELEMENT`]) they are the same names
/// without `data-`, and the guide is `guide` (see [`attribute`]).
pub const ATTRIBUTES: [&str; OPTIONS.len()] = {
    let mut names = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        names[i] = OPTIONS[i].attribute;
        i += 1;
    }
    names
};

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
/// The levels HTML has.
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 1..=6;

/// The options as given: `{ guide, theme, reportUrl, headingLevel, accent, lang }` from JavaScript, or
/// the element's attributes of the same names (see [`ATTRIBUTES`]).
#[derive(Debug, Default)]
pub struct RawOptions {
    pub guide: Option<String>,
    pub theme: Option<String>,
    pub report_url: Option<String>,
    pub heading_level: Option<String>,
    pub accent: Option<String>,
    pub lang: Option<String>,
    /// The languages around the widget, most specific first (the nearest `lang` attribute,
    /// then the reader's browser languages): the widget speaks the first it can when `lang`
    /// names none.
    pub around: Vec<String>,
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
    /// The language of the widget's own words.
    pub lang: Lang,
    /// One sentence per option that was ignored, and why.
    pub problems: Vec<String>,
}

impl Options {
    /// The options of a mount point, from its attributes (`attribute(name)` gives one's value):
    /// the same reading for a widget in the browser and for the prerenderer.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        around: Vec<String>,
    ) -> Options {
        let mut raw = RawOptions {
            around,
            ..RawOptions::default()
        };
        for option in &OPTIONS {
            *(option.field)(&mut raw) = attribute(option.attribute);
        }
        Options::from_raw(raw)
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
                Ok(level) if HEADING_LEVELS.contains(&level) => level,
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
        let lang = match raw.lang.as_deref().map(str::trim) {
            None | Some("") => raw.around.iter().find_map(|tag| Lang::find(tag)),
            Some(tag) => Lang::find(tag).or_else(|| {
                let known: Vec<&str> = crate::words::LANGUAGES.iter().map(|w| w.code).collect();
                problems.push(format!(
                    "the language \u{201c}{tag}\u{201d} is not one of {}",
                    known.join(", ")
                ));
                None
            }),
        }
        .unwrap_or_default();
        let guide = raw.guide.unwrap_or_default().trim().to_owned();
        Options {
            guide,
            theme,
            report_url,
            heading_level,
            accent,
            lang,
            problems,
        }
    }
}
