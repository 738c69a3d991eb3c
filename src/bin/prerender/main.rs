//! Writes every guide as static HTML, by Yew's server renderer, so that readers, search engines
//! and feed readers see the whole guide before (or without) any JavaScript:
//!
//! - `<out>/guides/<id>.html`: a standalone page with title, description, canonical link and
//!   schema.org `HowTo` data;
//! - `<out>/guides/pages.js` and `pages.map`: each guide's page per language, for the
//!   standalone page and for nginx (see `pages`);
//! - `<out>/guides/options.json`: every option the widget reads and every guide built in, for
//!   the embed page and the oEmbed responses (see `options_json`);
//! - `<out>/guides/<id>.<theme>.snippet.html` and `<id>.<theme>.element.html`: the element a
//!   blog pastes (a `<div data-deletion-guide>`, or a `<deletion-guide>`), markup included, for
//!   each theme.
//!
//! The widget's markup sits in a declarative shadow root (`<template shadowrootmode="open">`),
//! so it is isolated from the host page's CSS from the first paint, exactly as the script
//! embed is; `deletion-guide.js` then loads the hydrating bundle, which adopts it.
//!
//! `cargo run --features ssr --bin prerender -- www` (`make build` does). `SITE_URL` is the
//! address the site is published at, for canonical links. It also records the key and shape
//! of every widget it writes in `target/prerendered-shapes.txt`, which the hydrating bundle is
//! built with: it adopts only markup of a shape recorded for its key (see `prerendered`).

mod fallback;
mod how_to;
mod index;
mod markup;
mod oembed;
mod options_json;
mod pages;

use std::path::Path;
use std::process::exit;

use deletion_guide::guide::{self, Guide};
use deletion_guide::options::Theme;
use deletion_guide::words::Lang;

/// The embed page (`www/embed-code.html`), from a page in `guides/`.
const EMBED_PAGE: &str = "../embed-code.html";

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "www".to_owned());
    let site = std::env::var("SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned());
    // Only "</" could end the <style> element the stylesheet is written into early.
    if deletion_guide::shadow::STYLE.contains("</") {
        fail("the stylesheet in src/style/ contains \"</\", which would end its <style> element");
    }
    let dir = Path::new(&out).join("guides");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        fail(&format!("{}: cannot be made: {e}", dir.display()));
    }
    // Each prerendered widget's key and shape, for the hydrating bundle (see build.rs).
    let mut shapes = String::new();
    let mut record = |widget: markup::Widget| {
        shapes.push_str(&format!("{:016x} {}\n", widget.shape, widget.key));
        widget.html
    };
    // Every guide's page, and its page in each language it is translated into.
    for guide in guide::all().iter().chain(guide::translations()) {
        let address = pages::page(&site, guide);
        let widget = record(markup::widget(guide, Theme::Auto, Some(1), &address, false));
        let oembed = oembed::address(&site, guide);
        let alternates: Vec<(&str, String)> = guide::languages_of(guide.id)
            .map(|other| (other.lang, pages::page(&site, other)))
            .collect();
        let body = page(guide, &address, &widget, &oembed, &alternates);
        write(&dir, &format!("{}.html", pages::page_name(guide)), &body);
        if guide.translation.is_some() {
            continue;
        }
        // Each theme's snippet in both forms: `<div data-deletion-guide>` and `<deletion-guide>`.
        for theme in Theme::ALL {
            for (form, element) in [("snippet", false), ("element", true)] {
                let name = format!("{}.{}.{form}.html", guide.id, theme.name());
                let widget = markup::widget(guide, theme, None, &address, element);
                write(&dir, &name, &record(widget));
            }
        }
    }
    let guides = guide::all();
    let index = markup::page(&markup::Page {
        title: "Account deletion guides",
        description: "Step-by-step checklists for deleting your online accounts, which remember where you left off.",
        canonical: &index::address(&site),
        structured_data: &index::json_ld(guides, &site),
        script: "guide-index.js",
        oembed: None,
        embed: (EMBED_PAGE, "Embed a guide"),
        lang: Lang::default(),
        alternates: &[],
        body: &index::body(guides),
    });
    write(&dir, "index.html", &index);
    write(&dir, "options.json", &options_json::json(guides, &site));
    let every_page = || guides.iter().chain(guide::translations());
    write(&dir, "pages.js", &pages::pages_js(every_page()));
    write(&dir, "pages.map", &pages::pages_map(every_page()));
    write(
        Path::new(&out),
        "sitemap.xml",
        &index::sitemap(guides.iter().chain(guide::translations()), &site),
    );
    // For pages that paste a snippet under a strict style-src: the source to allow.
    write(
        &dir,
        "style-source.txt",
        &format!("{}\n", markup::style_source()),
    );
    let shapes_file = Path::new(env!("DG_SHAPES_FILE"));
    if let Some(parent) = shapes_file.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(shapes_file, shapes) {
        fail(&format!(
            "{}: cannot be written: {e}",
            shapes_file.display()
        ));
    }
}

/// The standalone page of one guide, published at `address`: its widget is the page's main
/// content, titled by an h1.
fn page(
    guide: &Guide,
    address: &str,
    widget: &str,
    oembed: &str,
    alternates: &[(&str, String)],
) -> String {
    markup::page(&markup::Page {
        title: guide.title,
        description: guide.summary,
        canonical: address,
        structured_data: &how_to::json_ld(guide),
        script: "deletion-guide.js",
        oembed: Some(oembed),
        lang: Lang::find(guide.lang).unwrap_or_default(),
        alternates,
        embed: (
            &format!("{EMBED_PAGE}?guide={}", guide.id),
            "Embed this guide",
        ),
        body: widget,
    })
}

fn write(dir: &Path, name: &str, contents: &str) {
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, contents) {
        fail(&format!("{}: cannot be written: {e}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    exit(1)
}
