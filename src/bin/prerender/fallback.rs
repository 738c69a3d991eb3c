//! What a page shows where the widget's declarative shadow root is not rendered: feed readers,
//! which drop `<template>`, and browsers from before declarative shadow DOM (2023). Plain HTML
//! in the host element's own children: where the shadow root renders, children it does not
//! slot are not shown (nor read out), so readers who have the widget never see this.

use deletion_guide::guide::Guide;
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};

/// The guide's title and summary, every method's steps, and a link to the guide's own page.
pub fn fallback(guide: &Guide, page_url: &str) -> String {
    let mut out = format!(
        "<div class=\"dg-fallback\"><p><strong>{}</strong></p><p>{}</p>",
        text(guide.title),
        text(guide.summary),
    );
    for method in guide.methods {
        out.push_str(&format!(
            "<p><strong>{}</strong></p><ol>",
            text(method.title)
        ));
        for step in method.steps {
            out.push_str(&format!(
                "<li><strong>{}</strong> {}</li>",
                text(step.title),
                text(step.body)
            ));
        }
        out.push_str("</ol>");
    }
    out.push_str(&format!(
        "<p><a href=\"{}\">The whole guide, with its warnings, alternatives and answers</a></p></div>",
        attribute(page_url),
    ));
    out
}
