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
/// `guide.build`), and the options that show in the markup. Each part is written with its
/// length first, so that no two sets of options can ever give the same key.
pub fn key(guide: &Guide, options: &Options) -> String {
    let level = options.heading_level.to_string();
    let fixed = [
        guide.build,
        options.theme.class(),
        &level,
        options.report_url.as_deref().unwrap_or_default(),
    ];
    let parts = fixed
        .into_iter()
        .chain(options.problems.iter().map(String::as_str));
    parts
        .map(|part| format!("{}:{part}", part.len()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::guide;
    use crate::options::{Options, RawOptions};

    fn options(report_url: &str, problems: &[&str]) -> Options {
        let mut options = Options::from_raw(RawOptions::default());
        options.report_url = Some(report_url.to_owned());
        options.problems = problems.iter().map(|p| p.to_string()).collect();
        options
    }

    #[test]
    fn options_that_differ_never_share_a_key() {
        let guide = guide::find("aliexpress").expect("the AliExpress guide");
        // Joined by spaces alone, these two would read the same.
        let a = key(guide, &options("https://a.example/ x", &[]));
        let b = key(guide, &options("https://a.example/", &["x"]));
        assert_ne!(a, b);
        assert_eq!(a, key(guide, &options("https://a.example/ x", &[])));
    }
}
