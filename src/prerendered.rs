//! Markup made ahead of time by the prerenderer (`src/bin/prerender`), which the hydrating
//! bundle adopts instead of drawing the widget again.
//!
//! Hydration needs the markup to be exactly what the widget would render, or Yew stops with a
//! panic, and with it every widget on the page. So the prerenderer writes a key on the
//! markup's container naming everything the markup was made from, and the widget hydrates
//! only under the same key; otherwise (an old snippet after a guide changed, options edited by
//! hand) it draws afresh. The key cannot prove the markup arrived intact, though: a CMS or a
//! minifier may strip the comments Yew marks components with, or drop a paragraph. So the
//! prerenderer also records the [`Shape`] of each markup it writes under its key, the
//! hydrating bundle is built with that record, and markup of any other shape is drawn afresh.

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
        options.lang.code,
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

/// The shape of some markup: its elements and comments, nested, in document order, without its
/// text. Hydration stops at the first element or comment it does not expect; text it simply
/// replaces, and whitespace it skips. So markup of the shape the prerenderer wrote is safe to
/// hydrate, whatever happened to its text. Summed up as a 64-bit FNV-1a hash.
pub struct Shape(u64);

impl Default for Shape {
    fn default() -> Shape {
        Shape(crate::fnv::START)
    }
}

impl Shape {
    /// An element opens: its children follow, then [`Shape::close`].
    pub fn open(&mut self, local_name: &str) {
        self.write(b"<");
        self.write(local_name.as_bytes());
    }

    pub fn close(&mut self) {
        self.write(b">");
    }

    pub fn comment(&mut self, text: &str) {
        self.write(b"!");
        self.write(text.as_bytes());
        self.write(b"\0");
    }

    pub fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = crate::fnv::add(self.0, bytes);
    }
}

/// The shape the prerenderer recorded for markup made under `key`, if it made any: the
/// hydrating bundle is built after the prerenderer has run (see `build.rs`).
#[cfg(feature = "hydration")]
pub fn expected_shape(key: &str) -> Option<u64> {
    shapes::SHAPES
        .iter()
        .find(|(known, _)| *known == key)
        .map(|(_, shape)| *shape)
}

/// `SHAPES`: each key the prerenderer wrote, with its shape.
#[cfg(feature = "hydration")]
mod shapes {
    include!(concat!(env!("OUT_DIR"), "/prerendered_shapes.rs"));
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
