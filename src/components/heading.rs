use yew::prelude::*;

/// The tag of a heading at `level`: 1 for h1 and so on; beyond 6 stays h6. Each section is
/// handed the level of its own heading, starting from the widget's `heading_level` option,
/// and goes one deeper inside.
pub fn tag(level: u8) -> &'static str {
    match level {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}

/// A heading at the right level for where it sits, so the widget's headings continue the host
/// page's outline instead of breaking it. Its look comes from `class` (what it heads: a
/// section, an item, a small label), never from its level: a guide titled at h1 looks like one
/// titled at h2.
///
/// A plain function, not a component: a guide has some forty headings, and as components each
/// would be scheduled and rendered on its own at start-up. (The level is passed down as an
/// argument rather than a Yew context: contexts cost every reader about 1.5 KB of download.)
pub fn heading(level: u8, class: &'static str, content: Html) -> Html {
    html! { <@{tag(level)} {class}>{content}</@> }
}

/// The classes headings take (see `src/style/`).
pub const SECTION: &str = "dg-h-section";
pub const ITEM: &str = "dg-h-item";
pub const MINOR: &str = "dg-h-minor";
