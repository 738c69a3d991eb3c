use yew::prelude::*;

use super::heading::{heading, SECTION};

use crate::date::Long;
use crate::guide::Reference;

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub references: &'static [Reference],
    /// The report link's template (see `report`).
    pub report_url: Option<AttrValue>,
    pub guide: &'static crate::guide::Guide,
}

/// The numbered sources of the guide, when each was checked, and where to report a mistake.
#[component]
pub fn References(props: &ReferencesProps) -> Html {
    html! {
        <footer class="dg-references">
            if !props.references.is_empty() {
                {heading(props.level, SECTION, html! {"References"})}
                <ol>
                    for reference in props.references {
                        <li>
                            <a href={reference.url} target="_blank" rel="noopener noreferrer">{reference.title}</a>
                            {" \u{2014} "}{reference.description}
                            <span class="dg-checked">{format!(" (checked {})", Long(reference.checked))}</span>
                        </li>
                    }
                </ol>
            }
            if let Some(url) = props.report_url.as_deref().map(|t| crate::report::link(t, props.guide, None)) {
                <p class="dg-report">
                    <a href={url} target="_blank" rel="noopener noreferrer">{"Report an error in this guide"}</a>
                </p>
            }
        </footer>
    }
}
