//! What a page asks of a widget: which guide, which theme, where to report mistakes.
//!
//! Read from `mount(element, options)` or from the element's `data-*` attributes. Options that
//! make no sense never stop the guide from showing: they are ignored and listed in a message, so
//! the blogger sees on their own page what to fix.

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

/// A widget usually sits under the page's own h1.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// The options as given: `{ guide, theme, reportUrl, headingLevel }` from JavaScript, or the
/// element's `data-deletion-guide`, `data-theme`, `data-report-url` and `data-heading-level`.
#[derive(Debug, Default)]
pub struct RawOptions {
    pub guide: Option<String>,
    pub theme: Option<String>,
    pub report_url: Option<String>,
    pub heading_level: Option<String>,
    /// Options given that do not exist: a typo the blogger should hear about.
    pub unknown: Vec<String>,
    /// Options given as something other than text.
    pub not_text: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub guide: String,
    pub theme: Theme,
    pub report_url: Option<String>,
    /// The level of the guide's title heading; its sections' headings follow on from it.
    pub heading_level: u8,
    /// One sentence per option that was ignored, and why.
    pub problems: Vec<String>,
}

impl Options {
    /// The options of a mount point, from its attributes (`attribute(name)` gives one's value):
    /// the same reading for a widget in the browser and for the prerenderer.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Options {
        Options::from_raw(RawOptions {
            guide: attribute(crate::MOUNT_ATTRIBUTE),
            theme: attribute("data-theme"),
            report_url: attribute("data-report-url"),
            heading_level: attribute("data-heading-level"),
            ..RawOptions::default()
        })
    }

    pub fn from_raw(raw: RawOptions) -> Options {
        let unknown = raw
            .unknown
            .iter()
            .map(|key| format!("\u{201c}{key}\u{201d} is not an option"));
        let not_text = raw
            .not_text
            .iter()
            .map(|key| format!("\u{201c}{key}\u{201d} must be text"));
        let mut problems: Vec<String> = unknown.chain(not_text).collect();
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
        let guide = raw.guide.unwrap_or_default().trim().to_owned();
        Options {
            guide,
            theme,
            report_url,
            heading_level,
            problems,
        }
    }
}
