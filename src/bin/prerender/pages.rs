//! Where each guide's page is: `guides/<id>.html`, and `guides/<id>.<lang>.html` for its
//! translations. One table of them, written for each reader of it: `pages.js` for the
//! standalone page's script (`www/start.js`), and `pages.map` for the web server
//! (`hosting/nginx.conf`), so that `index.html?guide=<id>` (and `&lang=<code>`) goes to the
//! page that reads before, and without, any script, instead of waiting for the wasm to draw it.

use deletion_guide::guide::{page_address, Guide};
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};

/// A guide's own page on the site.
pub fn page(site: &str, guide: &Guide) -> String {
    page_address(site, &page_name(guide))
}

/// The page's name without `.html`.
pub fn page_name(guide: &Guide) -> String {
    match guide.translation {
        Some(_) => format!("{}.{}", guide.id, guide.lang),
        None => guide.id.to_owned(),
    }
}

/// A link to a guide's page in another language, `href` beside the page it is on: named in
/// that language (`name`) and marked as being in it, for browsers and screen readers.
pub fn language_link(code: &str, name: &str, href: &str) -> String {
    format!(
        r#"<a href="{}" hreflang="{code}" lang="{code}">{}</a>"#,
        attribute(href),
        text(name),
        code = attribute(code),
    )
}

/// Every guide id with its pages: the address's `lang` value (empty where it has none, which
/// means the guide as written) and the page's file name.
fn table<'a>(guides: impl Iterator<Item = &'a Guide>) -> Vec<(&'a str, Vec<(&'a str, String)>)> {
    let mut by_id: Vec<(&str, Vec<(&str, String)>)> = Vec::new();
    for guide in guides {
        let file = format!("{}.html", page_name(guide));
        let mut pages = vec![(guide.lang, file.clone())];
        if guide.translation.is_none() {
            pages.insert(0, ("", file));
        }
        match by_id.iter_mut().find(|(id, _)| *id == guide.id) {
            Some((_, all)) => all.extend(pages),
            None => by_id.push((guide.id, pages)),
        }
    }
    by_id
}

/// `pages.js`: `{ id: { lang: file } }`, files beside it.
pub fn pages_js<'a>(guides: impl Iterator<Item = &'a Guide>) -> String {
    let lines: Vec<String> = table(guides)
        .iter()
        .map(|(id, pages)| {
            let pages: Vec<String> = pages
                .iter()
                .map(|(lang, file)| format!("{lang:?}: {file:?}"))
                .collect();
            format!("  {id:?}: {{ {} }},", pages.join(", "))
        })
        .collect();
    format!(
        "// Written by `make build` (src/bin/prerender/pages.rs): each guide's page per language.\n\
         export default {{\n{}\n}};\n",
        lines.join("\n")
    )
}

/// `pages.map`, entries of an nginx `map` from `"$arg_guide/$arg_lang"` to the page's path.
pub fn pages_map<'a>(guides: impl Iterator<Item = &'a Guide>) -> String {
    let mut map = String::from(
        "# Written by `make build` (src/bin/prerender/pages.rs): each guide's page per language,\n\
         # by \"<guide>/<lang>\" of the standalone page's address; hosting/nginx.conf reads it.\n",
    );
    for (id, pages) in table(guides) {
        for (lang, file) in pages {
            map.push_str(&format!("\"{id}/{lang}\" /guides/{file};\n"));
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliexpress() -> impl Iterator<Item = &'static Guide> {
        deletion_guide::guide::languages_of("aliexpress")
    }

    #[test]
    fn the_guide_as_written_is_its_page_without_a_language_and_in_its_own() {
        let js = pages_js(aliexpress());
        assert!(js.contains(r#""aliexpress": { "": "aliexpress.html", "en": "aliexpress.html", "es": "aliexpress.es.html""#), "{js}");
        let map = pages_map(aliexpress());
        for line in [
            "\"aliexpress/\" /guides/aliexpress.html;",
            "\"aliexpress/en\" /guides/aliexpress.html;",
            "\"aliexpress/es\" /guides/aliexpress.es.html;",
        ] {
            assert!(map.lines().any(|l| l == line), "{line} in {map}");
        }
    }
}
