use yew::prelude::*;

use super::heading::{heading, SECTION};

use super::sources::marks;
use crate::guide::{Faq as Entry, Guide};

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub entries: &'static [Entry],
    /// Whose references the source marks lead to.
    pub guide: &'static Guide,
}

/// Questions as native disclosure widgets: keyboard and screen-reader support come built in.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    if props.entries.is_empty() {
        return html! {};
    }
    html! {
        <section class="dg-faq">
            {heading(props.level, SECTION, html! {"Frequently asked questions"})}
            for entry in props.entries {
                <details key={entry.id}>
                    <summary>{entry.question}</summary>
                    <p>{entry.answer}{marks(props.guide, entry.sources)}</p>
                </details>
            }
        </section>
    }
}
