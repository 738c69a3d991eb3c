//! The HTML around Yew's markup: the widget's host element and its declarative shadow root,
//! and the standalone page. Every value written here is escaped by `html-escape` (Yew's own
//! choice for its server renderer); guide text is only ever text.

use crate::fallback::fallback;
use deletion_guide::components::{Root, RootProps};
use deletion_guide::guide::Guide;
use deletion_guide::options::{Options, Theme, DEFAULT_HEADING_LEVEL, ELEMENT};
use deletion_guide::prerendered::{self, Shape, KEY_ATTRIBUTE};
use deletion_guide::shadow::STYLE;
use deletion_guide::words::Lang;
use deletion_guide::MOUNT_ATTRIBUTE;
use ego_tree::iter::Edge;
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};
use yew::LocalServerRenderer;

/// One widget's prerendered element, and what the hydrating bundle must know of it.
pub struct Widget {
    pub html: String,
    /// The key written on its container, and the shape of the markup in it.
    pub key: String,
    pub shape: u64,
}

/// The element a page holds for one guide, with the widget's markup already inside: what the
/// script embed would draw, in the shadow root it would draw it in; and, for readers that
/// render no shadow root, a plain fallback linking to the guide's page at `page_url`. The
/// element is a `<div data-deletion-guide>`, or with `custom_element` a `<deletion-guide>`.
pub fn widget(
    guide: &Guide,
    theme: Theme,
    heading_level: Option<u8>,
    page_url: &str,
    custom_element: bool,
) -> Widget {
    let mut attributes = vec![(MOUNT_ATTRIBUTE, guide.id.to_owned())];
    // A guide in translation is shown in the widget's words of that language too.
    if guide.translation.is_some() {
        attributes.push(("data-lang", guide.lang.to_owned()));
    }
    if theme != Theme::Auto {
        attributes.push(("data-theme", theme.name().to_owned()));
    }
    if let Some(level) = heading_level.filter(|&l| l != DEFAULT_HEADING_LEVEL) {
        attributes.push(("data-heading-level", level.to_string()));
    }
    // Read from the attributes as the widget will read them, so that the keys agree.
    let options = Options::from_attributes(
        |name| {
            let found = attributes.iter().find(|(attribute, _)| *attribute == name);
            found.map(|(_, value)| value.clone())
        },
        Vec::new(),
    );
    let key = prerendered::key(guide, &options);
    let rendered = LocalServerRenderer::<Root>::with_props(RootProps {
        options: Some(options),
        early: None,
        mount: 0,
    })
    .render();
    let markup = futures_executor::block_on(rendered);
    let tag = if custom_element { ELEMENT } else { "div" };
    let attributes: String = attributes
        .iter()
        .map(|(name, value)| {
            let name = deletion_guide::options::attribute(tag, name);
            format!(" {name}=\"{}\"", attribute(value))
        })
        .collect();
    let html = format!(
        "<{tag}{attributes}><template shadowrootmode=\"open\"><style>{STYLE}</style>\
         <div {KEY_ATTRIBUTE}=\"{}\">{markup}</div></template>{}</{tag}>\n",
        attribute(&key),
        fallback(guide, page_url),
    );
    let shape = shape_of(&markup);
    Widget { html, key, shape }
}

/// The [`Shape`] of `markup` as a browser will parse it (html5ever follows the HTML standard's
/// parser), for the hydrating bundle to compare with what it finds on the page.
fn shape_of(markup: &str) -> u64 {
    use scraper::node::Node;
    use scraper::Html;
    let fragment = Html::parse_fragment(markup);
    let mut shape = Shape::default();
    // The fragment sits in an <html> element of the parser's own; its children are the markup.
    let edges = fragment
        .root_element()
        .children()
        .flat_map(|child| child.traverse());
    for edge in edges {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => shape.open(element.name()),
                Node::Comment(comment) => shape.comment(&comment.comment),
                _ => {}
            },
            Edge::Close(node) if node.value().is_element() => shape.close(),
            Edge::Close(_) => {}
        }
    }
    shape.finish()
}

/// The source a Content-Security-Policy allows the widget's inline `<style>` by, as
/// `'sha256-…'`: prerendered markup carries the stylesheet inline (a linked one would not
/// block rendering in a shadow root, and the guide would flash unstyled), so a page with a
/// strict `style-src` allows exactly this stylesheet rather than every inline style.
pub fn style_source() -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(STYLE.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy of the standalone guide pages: only their own origin, no inline script, and
/// inline style only the widget's own stylesheet (by its hash).
fn page_policy() -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {}; \
         object-src 'none'; base-uri 'none'",
        style_source()
    )
}

pub struct Page<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub canonical: &'a str,
    /// JSON-LD, already safe inside a `<script>` (see `how_to`).
    pub structured_data: &'a str,
    /// The page's one script, from `www/`: the widget's loader, or the index's search.
    pub script: &'a str,
    /// Where an oEmbed response for this page is, for editors that discover it.
    pub oembed: Option<&'a str>,
    /// The embed page's address from this page and the link's words: every page leads a
    /// blogger to the snippets.
    pub embed: (&'a str, &'a str),
    /// The page's language, and its direction.
    pub lang: Lang,
    /// The same page in other languages: (language, address), for `hreflang` links.
    pub alternates: &'a [(&'a str, String)],
    pub body: &'a str,
}

/// A standalone page of the site in `www/`, one folder down (`www/guides/`).
pub fn page(page: &Page) -> String {
    format!(
        r#"<!doctype html>
<html lang="{lang}" dir="{dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="{policy}">
  <title>{title}</title>
  <meta name="description" content="{description}">
  <link rel="canonical" href="{canonical}">{alternates}
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title_attribute}">
  <meta property="og:description" content="{description}">
  <meta property="og:url" content="{canonical}">
  <link rel="icon" href="../favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="../page.css">
  <script type="application/ld+json">{structured_data}</script>{oembed}
  <script type="module" src="../{script}"></script>
</head>
<body>
  <header class="site"><a href="../">deletion-guide</a>{languages}</header>
  <main>
{body}  </main>
  <footer class="site"><a class="site-embed" href="{embed_href}">{embed_label}</a></footer>
</body>
</html>
"#,
        title = text(page.title),
        title_attribute = attribute(page.title),
        description = attribute(page.description),
        canonical = attribute(page.canonical),
        structured_data = page.structured_data,
        script = attribute(page.script),
        oembed = page.oembed.map_or(String::new(), |url| format!(
            "\n  <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            attribute(url),
            attribute(page.title),
        )),
        body = page.body,
        languages = languages(page),
        embed_href = attribute(page.embed.0),
        embed_label = text(page.embed.1),
        policy = attribute(&page_policy()),
        lang = page.lang.code,
        dir = page.lang.dir(),
        alternates = page
            .alternates
            .iter()
            .map(|(lang, url)| format!(
                "\n  <link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\">",
                attribute(url)
            ))
            .collect::<String>(),
    )
}

/// The page in the other languages it is written in, each named in itself, in the header
/// where a reader looks for it. Nothing for a page in one language.
fn languages(page: &Page) -> String {
    let links: Vec<String> = page
        .alternates
        .iter()
        .filter(|(code, _)| *code != page.lang.code)
        .map(|(code, url)| {
            let name = Lang::find(code).map_or(*code, |lang| lang.name);
            // Beside this page, whatever the site's address: the file name alone.
            let href = url.rsplit('/').next().unwrap_or(url);
            crate::pages::language_link(code, name, href)
        })
        .collect();
    if links.is_empty() {
        return String::new();
    }
    format!(
        r#" <nav class="site-langs" aria-label="{}">{}</nav>"#,
        attribute(page.lang.other_languages),
        links.join(" ")
    )
}
