//! oEmbed (https://oembed.com/, version 1.0) for each guide page: a static JSON file the page
//! advertises with `<link rel="alternate" type="application/json+oembed">`, so that editors
//! which discover oEmbed (Ghost, Notion, WordPress and others take a bare URL) turn a pasted
//! guide address into the guide, in the iframe embed.

use deletion_guide::guide::Guide;
use html_escape::encode_double_quoted_attribute as attribute;
use serde_json::json;

/// The size the iframe is offered at. Consumers may scale the width; the height is the first
/// screen and more (the frame scrolls inside where the parent runs no resize script).
pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 900;

/// The address of `guide`'s oEmbed file on the site.
pub fn address(site: &str, guide: &Guide) -> String {
    format!(
        "{}/guides/{}.oembed.json",
        site.trim_end_matches('/'),
        guide.id
    )
}

/// The oEmbed response for `guide`: type `rich`, an iframe of the embed page in `html`.
pub fn json(site: &str, guide: &Guide) -> String {
    let site = site.trim_end_matches('/');
    let src = format!("{site}/embed.html?guide={}&theme=auto", guide.id);
    let html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        attribute(&src),
        attribute(guide.title),
    );
    let response = json!({
        "version": "1.0",
        "type": "rich",
        "title": guide.title,
        "provider_name": "deletion-guide",
        "provider_url": format!("{site}/guides/index.html"),
        "cache_age": 86400,
        "html": html,
        "width": WIDTH,
        "height": HEIGHT,
    });
    format!("{response:#}\n")
}
