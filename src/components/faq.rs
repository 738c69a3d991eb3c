use yew::prelude::*;

use super::heading::{heading, SECTION};

use super::sources::marks;
use super::translation::stale_note;
use crate::guide::{Faq as Entry, Guide};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub entries: &'static [Entry],
    /// Whose references the source marks lead to.
    pub guide: &'static Guide,
    pub lang: Lang,
}

/// Questions as native disclosure widgets: keyboard and screen-reader support come built in.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    if props.entries.is_empty() {
        return html! {};
    }
    html! {
        <section class="dg-faq">
            {heading(props.level, SECTION, html! {props.lang.faq})}
            for entry in props.entries {
                <details key={entry.id}>
                    <summary>{entry.question}</summary>
                    {stale_note(props.guide, entry.id, props.lang)}
                    <p>{entry.answer}{marks(props.guide, entry.sources, props.lang)}</p>
                </details>
            }
        </section>
    }
}
