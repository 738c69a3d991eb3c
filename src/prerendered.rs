//! Markup made ahead of time by the prerenderer (`src/bin/prerender`), which the hydrating
//! bundle adopts instead of drawing the widget again.
//!
//! Hydration needs the markup to be exactly what the widget would render, or Yew stops with a
//! panic. So the prerenderer writes a key on the markup's container naming everything the
//! markup was made from, and the widget hydrates only under the same key; otherwise (an old
//! snippet after a guide changed, options edited by hand) it draws afresh.

use crate::guide::Guide;
use crate::options::Options;

/// The attribute on the prerendered container holding its key.
pub const KEY_ATTRIBUTE: &str = "data-dg-key";

/// Everything the first render depends on: the guide's content and the widget's version (in
/// `guide.build`), and the options that show in the markup.
pub fn key(guide: &Guide, options: &Options) -> String {
    let report_url = options.report_url.as_deref().unwrap_or_default();
    format!(
        "{} {} h{} {report_url} {}",
        guide.build,
        options.theme.class(),
        options.heading_level,
        options.problems.join(" "),
    )
}
