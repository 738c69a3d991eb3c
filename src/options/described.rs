//! Every option a page can give a widget, described once. The widget reads `mount()`'s keys
//! and its elements' attributes by this list; the iframe page passes on the same keys from
//! its address; the prerenderer writes the list into `guides/options.json`, from which the
//! embed page builds its form and every snippet. An option added here reaches all of them.

use super::RawOptions;

/// One option, by every name it goes by.
pub struct Described {
    /// Its key in `mount()`'s options object and in the iframe page's address.
    pub key: &'static str,
    /// Its attribute on a `data-deletion-guide` mount point (on `<deletion-guide>`, the same
    /// without `data-`: see [`super::attribute`]).
    pub attribute: &'static str,
    /// What it accepts, said when `mount()` is given a value of another type.
    pub accepts: &'static str,
    /// What the embed page calls it.
    pub label: &'static str,
    pub kind: Kind,
    /// Where its value goes when read.
    pub field: fn(&mut RawOptions) -> &mut Option<String>,
}

/// What kind of value an option takes, which decides how the embed page asks for it.
pub enum Kind {
    /// A guide id: one of the guides built in.
    Guide,
    /// One of [`super::Theme::ALL`], by name.
    Theme,
    /// An https link; optional.
    Link,
    /// One of [`super::HEADING_LEVELS`]; [`super::DEFAULT_HEADING_LEVEL`] when not given.
    HeadingLevel,
    /// A colour written `#rgb` or `#rrggbb`; optional.
    Colour,
    /// A language tag (`es`, `pt-BR`) for the widget's own words; optional: without it, the
    /// page's language, then the reader's.
    Language,
}

pub const OPTIONS: [Described; 6] = [
    Described {
        key: "guide",
        attribute: crate::MOUNT_ATTRIBUTE,
        accepts: "a guide id as text, such as \"aliexpress\"",
        label: "Guide",
        kind: Kind::Guide,
        field: |raw| &mut raw.guide,
    },
    Described {
        key: "theme",
        attribute: "data-theme",
        accepts: "\"light\", \"dark\" or \"auto\"",
        label: "Theme",
        kind: Kind::Theme,
        field: |raw| &mut raw.theme,
    },
    Described {
        key: "reportUrl",
        attribute: "data-report-url",
        accepts: "an https:// link as text",
        label: "Where readers report a mistake",
        kind: Kind::Link,
        field: |raw| &mut raw.report_url,
    },
    Described {
        key: "headingLevel",
        attribute: "data-heading-level",
        accepts: "a whole number from 1 to 6",
        label: "Heading level of the guide's title",
        kind: Kind::HeadingLevel,
        field: |raw| &mut raw.heading_level,
    },
    Described {
        key: "accent",
        attribute: "data-accent",
        accepts: "a colour as text, written #rgb or #rrggbb",
        label: "Accent colour",
        kind: Kind::Colour,
        field: |raw| &mut raw.accent,
    },
    Described {
        key: "lang",
        attribute: "data-lang",
        accepts: "a language tag as text, such as \"es\"",
        label: "Language of the widget's own words",
        kind: Kind::Language,
        field: |raw| &mut raw.lang,
    },
];
