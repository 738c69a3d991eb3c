use yew::prelude::*;

use super::heading::{heading, ITEM, MINOR, SECTION};

use super::sources::marks;
use super::translation::stale_note;
use crate::guide::{Alternative, Guide};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct AlternativesProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub alternatives: &'static [Alternative],
    /// Whose references the source marks lead to.
    pub guide: &'static Guide,
    pub lang: Lang,
}

/// Other ways to get what the reader wants, each a card with its pros and cons.
#[component]
pub fn Alternatives(props: &AlternativesProps) -> Html {
    if props.alternatives.is_empty() {
        return html! {};
    }
    html! {
        <section class="dg-alternatives">
            {heading(props.level, SECTION, html! {props.lang.alternatives})}
            <ul class="dg-cards">
                for alternative in props.alternatives {
                    <li key={alternative.id} class="dg-card">
                        {heading(props.level + 1, ITEM, html! {alternative.title})}
                        {stale_note(props.guide, alternative.id, props.lang)}
                        <p>{alternative.body}{marks(props.guide, alternative.sources, props.lang)}</p>
                        <div class="dg-pros-cons">
                            {point_list(props.level + 2, props.lang.pros, alternative.pros, "dg-pros")}
                            {point_list(props.level + 2, props.lang.cons, alternative.cons, "dg-cons")}
                        </div>
                    </li>
                }
            </ul>
        </section>
    }
}

/// The pros or the cons of an alternative, under a small heading.
fn point_list(
    level: u8,
    title: &'static str,
    points: &'static [&'static str],
    class: &'static str,
) -> Html {
    html! {
        <div {class}>
            {heading(level, MINOR, html! {title})}
            <ul>
                for point in points { <li>{*point}</li> }
            </ul>
        </div>
    }
}
