//! oEmbed (https://oembed.com/, version 1.0) for each guide page: a static JSON file the page
//! advertises with `<link rel="alternate" type="application/json+oembed">`, so that editors
//! which discover oEmbed (Ghost, Notion, WordPress and others take a bare URL) turn a pasted
//! guide address into the guide, in the iframe embed. The responses themselves are written by
//! `scripts/frame-heights.mjs`, which measures the frame's height at build time and makes the
//! iframe with the same code as the embed page (`www/snippets.js`).

use deletion_guide::guide::Guide;

/// The address of `guide`'s oEmbed file on the site.
pub fn address(site: &str, guide: &Guide) -> String {
    format!(
        "{}/guides/{}.oembed.json",
        site.trim_end_matches('/'),
        guide.id
    )
}
