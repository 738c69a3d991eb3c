//! Each widget's private corner of the page: a shadow root, so that the host page's CSS cannot
//! reach in and the widget's cannot leak out.
//!
//! The stylesheet is compiled into the wasm and shared by every widget as one constructable
//! stylesheet: no inline `<style>` (pages with a strict Content-Security-Policy allow it), no
//! extra request, and no moment when the widget shows unstyled.

use std::cell::OnceCell;

use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The stylesheet in `src/style/`, joined and minified by `build.rs`. Prerendered markup carries it in a `<style>` of
/// its declarative shadow root, until the wasm takes over with the shared stylesheet.
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

thread_local! {
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// The attribute on the element a widget is drawn into, inside its shadow root: it tells a
/// shadow root this project made from one another library made.
const CONTAINER_ATTRIBUTE: &str = "data-dg-container";

/// `host`'s shadow root for a widget: one made now, or one made earlier by this project (by a
/// widget, or declared by a prerendered snippet), with the shared stylesheet; or why there
/// cannot be one. A shadow root another library made is never touched.
pub fn root(host: &Element) -> Result<ShadowRoot, String> {
    let root = match host.shadow_root() {
        Some(root) if is_ours(&root) => root,
        Some(_) => return Err(HAS_OTHER_ROOT.to_owned()),
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| cannot_hold(host))?,
    };
    adopt_style(&root);
    Ok(root)
}

const HAS_OTHER_ROOT: &str = "This element already holds content of another script in a shadow \
    root, so a deletion guide cannot be shown in it; use an empty <div>.";

/// Ours: empty, or holding a container this project made or prerendered.
fn is_ours(root: &ShadowRoot) -> bool {
    let selector = format!(
        "[{CONTAINER_ATTRIBUTE}],[{}]",
        crate::prerendered::KEY_ATTRIBUTE
    );
    root.child_element_count() == 0 || matches!(root.query_selector(&selector), Ok(Some(_)))
}

/// Why `host` took no shadow root: only some elements can have one, and one that already has
/// one (closed, so not seen here) cannot have another.
fn cannot_hold(host: &Element) -> String {
    const HOSTS: [&str; 18] = [
        "article",
        "aside",
        "blockquote",
        "body",
        "div",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "main",
        "nav",
        "p",
        "section",
        "span",
    ];
    let name = host.local_name();
    if HOSTS.contains(&name.as_str()) || name.contains('-') {
        HAS_OTHER_ROOT.to_owned()
    } else {
        format!("A <{name}> cannot hold a deletion guide; use a <div>.")
    }
}

/// A new, empty element for a widget to be drawn into, as the only content of `root`.
pub fn new_container(root: &ShadowRoot) -> Result<Element, String> {
    let document = root
        .owner_document()
        .ok_or("The element is not in a document.")?;
    let container = document
        .create_element("div")
        .map_err(|_| "No element could be made.")?;
    let _ = container.set_attribute(CONTAINER_ATTRIBUTE, "");
    place(root, &container);
    Ok(container)
}

/// Makes `container` (of a widget drawn before) the only content of `root`.
pub fn place(root: &ShadowRoot, container: &Element) {
    root.replace_children_with_node_1(container);
}

/// The container of prerendered markup in `host`'s declarative shadow root, if it was made
/// under `key` and still has the shape the prerenderer gave it (see `prerendered`), ready to
/// hydrate: the shared stylesheet replaces the markup's own `<style>`, which is then removed.
#[cfg(feature = "hydration")]
pub fn prerendered(host: &Element, key: &str) -> Option<Element> {
    use crate::prerendered::{expected_shape, KEY_ATTRIBUTE};
    let root = host.shadow_root()?;
    let container = root.query_selector(&format!("[{KEY_ATTRIBUTE}]")).ok()??;
    if container.get_attribute(KEY_ATTRIBUTE).as_deref() != Some(key) {
        return None;
    }
    if expected_shape(key)? != shape_of(&container)? {
        return None;
    }
    adopt_style(&root);
    if let Ok(Some(style)) = root.query_selector("style") {
        style.remove();
    }
    Some(container)
}

/// The [`Shape`](crate::prerendered::Shape) of what `container` holds, walked without
/// recursion (a hostile page may nest deeply); `None` past a bound no guide comes near.
#[cfg(feature = "hydration")]
fn shape_of(container: &Element) -> Option<u64> {
    use wasm_bindgen::JsCast;
    use web_sys::Node;
    let mut shape = crate::prerendered::Shape::default();
    let mut budget = 100_000_u32;
    let mut next = container.first_child();
    while let Some(node) = next {
        budget = budget.checked_sub(1)?;
        match node.node_type() {
            Node::ELEMENT_NODE => {
                shape.open(&node.unchecked_ref::<Element>().local_name());
                if let Some(child) = node.first_child() {
                    next = Some(child);
                    continue;
                }
                shape.close();
            }
            Node::COMMENT_NODE => shape.comment(&node.node_value().unwrap_or_default()),
            _ => {}
        }
        // On to the next sibling, closing every element whose last child this was.
        let mut at = node;
        next = loop {
            if let Some(sibling) = at.next_sibling() {
                break Some(sibling);
            }
            let parent = at.parent_node()?;
            if parent == **container {
                break None;
            }
            shape.close();
            at = parent;
        };
    }
    Some(shape.finish())
}

/// What the reader already did on prerendered markup in `container` (see `EarlyInput`).
#[cfg(feature = "hydration")]
pub fn early_input(container: &Element) -> crate::progress::EarlyInput {
    use wasm_bindgen::JsCast;
    let values = |selector: &str| -> Vec<String> {
        let Ok(found) = container.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| {
                found
                    .item(i)?
                    .unchecked_into::<Element>()
                    .get_attribute("value")
            })
            .collect()
    };
    // Only what differs from the markup (`:not([checked])`): the method the markup shows
    // chosen is its default, not the reader's choice, and taking it for one would overwrite
    // the method the reader saved.
    crate::progress::EarlyInput {
        ticked: values("input[type=checkbox]:checked:not([checked])"),
        method: values("input[type=radio]:checked:not([checked])").pop(),
    }
}

fn adopt_style(root: &ShadowRoot) {
    let sheet = SHEET.with(|sheet| sheet.get_or_init(build_sheet).clone());
    match sheet {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        // Browsers without constructable stylesheets (before 2023) get a plain style element.
        None => append_style_element(root),
    }
}

fn build_sheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(STYLE).ok()?;
    Some(sheet)
}

fn append_style_element(root: &ShadowRoot) {
    let style = root
        .owner_document()
        .and_then(|d| d.create_element("style").ok());
    if let Some(style) = style {
        style.set_text_content(Some(STYLE));
        let _ = root.append_child(&style);
    }
}
