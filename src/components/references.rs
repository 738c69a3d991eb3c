use yew::prelude::*;

use super::heading::{heading, SECTION};
use super::sources::reference_anchor;

use crate::guide::Reference;
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub references: &'static [Reference],
    /// The report link's template (see `report`).
    pub report_url: Option<AttrValue>,
    pub guide: &'static crate::guide::Guide,
    pub lang: Lang,
}

/// The numbered sources of the guide, when each was read, and where to report a mistake. The
/// source marks beside each statement lead here (see `sources`).
#[component]
pub fn References(props: &ReferencesProps) -> Html {
    html! {
        <footer class="dg-references">
            if !props.references.is_empty() {
                {heading(props.level, SECTION, html! {props.lang.references})}
                <ol>
                    for (i, reference) in props.references.iter().enumerate() {
                        // A target of the source marks: focusable from them, not by Tab.
                        <li id={reference_anchor(i + 1)} tabindex="-1">
                            if let Some(url) = reference.url {
                                <a href={url} target="_blank" rel="noopener noreferrer">{reference.title}</a>
                            } else {
                                <cite>{reference.title}</cite>
                            }
                            {" \u{2014} "}{reference.description}
                            <span class="dg-checked">{(props.lang.read_on)(&props.lang.long_date(reference.read))}</span>
                        </li>
                    }
                </ol>
            }
            if let Some(url) = props.report_url.as_deref().map(|t| crate::report::link(t, props.guide, None)) {
                <p class="dg-report">
                    <a href={url} target="_blank" rel="noopener noreferrer">{props.lang.report_error_in_guide}</a>
                </p>
            }
        </footer>
    }
}
