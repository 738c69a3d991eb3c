//! The guide index, `guides/index.html`: every guide with its difficulty, the time it takes,
//! its steps and when it was last checked, readable without JavaScript; `www/guide-index.js`
//! adds a search box that filters as the reader types. And `sitemap.xml`: the guide pages.

use crate::pages::{language_link, page, page_name};
use deletion_guide::guide::{page_address, Guide};
use deletion_guide::words::Lang;
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};
use serde_json::json;

/// The index is in English, the guides' language, in the widget's own English words.
const EN: Lang = Lang(deletion_guide::words::ENGLISH);

/// The index's address on the site.
pub fn address(site: &str) -> String {
    page_address(site, "index")
}

/// The page's main content: the heading, the search box (shown by the script), how many
/// guides are shown (announced as it changes), and the list.
pub fn body(guides: &[Guide]) -> String {
    let entries: String = guides.iter().map(entry).collect();
    let count = shown(guides.len());
    format!(
        r#"<h1>Account deletion guides</h1>
<p>Step-by-step checklists for leaving an online service, which remember where you left off.</p>
<form class="guide-search" role="search" hidden>
  <label for="guide-search">Find a service</label>
  <input id="guide-search" type="search" autocomplete="off" spellcheck="false" aria-describedby="guide-count">
</form>
<p id="guide-count" class="guide-count" role="status">{count}</p>
<ul class="guide-index" id="guide-index">
{entries}</ul>
"#
    )
}

/// "11 guides", as the script says it too.
fn shown(count: usize) -> String {
    match count {
        1 => "1 guide".to_owned(),
        n => format!("{n} guides"),
    }
}

/// One guide: its name as a link to its page, what it is, and its quick facts; what the
/// search matches is its name, its other names and domains, and its title.
fn entry(guide: &Guide) -> String {
    let search: Vec<String> = [guide.service, guide.title]
        .iter()
        .chain(guide.aliases)
        .map(|term| term.to_lowercase())
        .collect();
    let checked = guide.facts.checked().map_or(String::new(), |day| {
        format!(
            "<div><dt>{}</dt><dd><time datetime=\"{day}\">{}</time></dd></div>",
            if guide.facts.verified_last() {
                EN.last_verified
            } else {
                EN.sources_read
            },
            text(&EN.long_date(day)),
        )
    });
    format!(
        r#"<li data-search="{search}">
  <h2><a href="{id}.html">{service}</a></h2>
  <p>{summary}</p>{languages}
  <dl class="guide-facts"><div><dt>Difficulty</dt><dd>{difficulty}</dd></div><div><dt>Time needed</dt><dd>{time}</dd></div><div><dt>Steps</dt><dd>{steps}</dd></div>{checked}</dl>
</li>
"#,
        search = attribute(&search.join(" ")),
        id = attribute(guide.id),
        service = text(guide.service),
        summary = text(guide.summary),
        difficulty = EN.difficulties[guide.facts.difficulty as usize],
        time = text(guide.facts.time_needed),
        steps = steps(guide),
        languages = languages(guide),
    )
}

/// "Also in: Español, Português", each a link to the guide's page in that language (named in
/// itself, and marked as such for screen readers).
fn languages(guide: &Guide) -> String {
    let links: Vec<String> = deletion_guide::guide::languages_of(guide.id)
        .filter(|other| other.translation.is_some())
        .filter_map(|other| {
            let name = Lang::find(other.lang)?.name;
            let href = format!("{}.html", page_name(other));
            Some(language_link(other.lang, name, &href))
        })
        .collect();
    if links.is_empty() {
        return String::new();
    }
    format!(
        "\n  <p class=\"guide-languages\">Also in: {}</p>",
        links.join(", ")
    )
}

/// How many steps: one number where every method has as many, else the range.
fn steps(guide: &Guide) -> String {
    let counts = guide.methods.iter().map(|m| m.steps.len());
    match (counts.clone().min(), counts.max()) {
        (Some(low), Some(high)) if low != high => format!("{low} to {high}"),
        (Some(n), _) => n.to_string(),
        _ => "0".to_owned(),
    }
}

/// schema.org `ItemList` of the guide pages.
pub fn json_ld(guides: &[Guide], site: &str) -> String {
    let items: Vec<_> = guides
        .iter()
        .enumerate()
        .map(|(i, guide)| {
            json!({ "@type": "ListItem", "position": i + 1, "name": guide.title, "url": page(site, guide) })
        })
        .collect();
    let list =
        json!({ "@context": "https://schema.org", "@type": "ItemList", "itemListElement": items });
    crate::how_to::script_safe(&list)
}

/// `sitemap.xml` (sitemaps.org): the index and every guide page, each guide with the day it
/// was last checked.
pub fn sitemap<'g>(guides: impl IntoIterator<Item = &'g Guide>, site: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    xml.push_str(&format!(
        "  <url><loc>{}</loc></url>\n",
        text(&address(site))
    ));
    for guide in guides {
        let lastmod = guide
            .facts
            .checked()
            .map_or(String::new(), |day| format!("<lastmod>{day}</lastmod>"));
        xml.push_str(&format!(
            "  <url><loc>{}</loc>{lastmod}</url>\n",
            text(&page(site, guide))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}
