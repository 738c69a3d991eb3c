//! `guides/options.json`: what the embed page builds its form and every snippet from, and the
//! build its oEmbed responses (scripts/frame-heights.mjs): each option the widget reads, as
//! `src/options/described.rs` describes it, and the guides built in.

use deletion_guide::guide::{page_address, Guide};
use deletion_guide::options::{
    attribute, Described, Kind, Theme, DEFAULT_HEADING_LEVEL, ELEMENT, HEADING_LEVELS, OPTIONS,
};
use deletion_guide::words::LANGUAGES;
use serde_json::{json, Value};

pub fn json(guides: &[Guide], site: &str) -> String {
    let guides: Vec<Value> = guides
        .iter()
        .map(|guide| {
            json!({
                "id": guide.id,
                "service": guide.service,
                "title": guide.title,
                "page": page_address(site, guide.id),
            })
        })
        .collect();
    let options: Vec<Value> = OPTIONS.iter().map(option).collect();
    format!("{:#}\n", json!({ "options": options, "guides": guides }))
}

/// One option: its names, how to ask for it (`kind`; `choices` and `default` for the options
/// that take one of a few values), and what it does to a prerendered snippet (`prerendered`).
fn option(described: &Described) -> Value {
    let mut option = json!({
        "key": described.key,
        "attribute": described.attribute,
        "elementAttribute": attribute(ELEMENT, described.attribute),
        "label": described.label,
        "prerendered": prerendered(&described.kind),
    });
    let kind = match described.kind {
        Kind::Guide => json!({ "kind": "guide" }),
        Kind::Link => json!({ "kind": "link" }),
        Kind::Colour => json!({ "kind": "colour" }),
        Kind::Theme => json!({
            "kind": "choice",
            "default": Theme::Auto.name(),
            "choices": Theme::ALL.map(|theme| json!({ "value": theme.name(), "label": theme.label() })),
        }),
        Kind::Language => json!({
            "kind": "choice",
            "default": "",
            "choices": std::iter::once(json!({ "value": "", "label": "The page's language, or else the reader's" }))
                .chain(LANGUAGES.iter().map(|words| json!({ "value": words.code, "label": words.name })))
                .collect::<Vec<_>>(),
        }),
        Kind::HeadingLevel => json!({
            "kind": "choice",
            "default": DEFAULT_HEADING_LEVEL.to_string(),
            "choices": HEADING_LEVELS
                .map(|level| json!({ "value": level.to_string(), "label": format!("h{level}") }))
                .collect::<Vec<_>>(),
        }),
    };
    if let (Value::Object(option), Value::Object(kind)) = (&mut option, kind) {
        option.extend(kind);
    }
    option
}

/// How a prerendered snippet takes the option: a `file` is written per guide and theme; an
/// `attribute` is added to the snippet's element and changes nothing in its markup; a value
/// that `redraws` shows in the markup, is in its key (`deletion_guide::prerendered::key`), and
/// makes the widget draw the snippet afresh rather than adopt it.
fn prerendered(kind: &Kind) -> &'static str {
    match kind {
        Kind::Guide | Kind::Theme => "file",
        Kind::Link | Kind::HeadingLevel => "redraws",
        Kind::Colour => "attribute",
        Kind::Language => "redraws",
    }
}
