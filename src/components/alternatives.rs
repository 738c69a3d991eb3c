use yew::prelude::*;

use super::heading::Heading;

use crate::guide::Alternative;

#[derive(Properties, PartialEq)]
pub struct AlternativesProps {
    /// The level of this section's heading (see `Heading`).
    pub level: u8,
    pub alternatives: &'static [Alternative],
}

/// Other ways to get what the reader wants, each a card with its pros and cons.
#[component]
pub fn Alternatives(props: &AlternativesProps) -> Html {
    if props.alternatives.is_empty() {
        return html! {};
    }
    html! {
        <section class="dg-alternatives">
            <Heading level={props.level}>{"Alternatives to deleting"}</Heading>
            <ul class="dg-cards">
                for alternative in props.alternatives {
                    <li key={alternative.id} class="dg-card">
                        <Heading level={props.level + 1}>{alternative.title}</Heading>
                        <p>{alternative.body}</p>
                        <div class="dg-pros-cons">
                            <PointList level={props.level + 2} heading="Pros" points={alternative.pros} class="dg-pros" />
                            <PointList level={props.level + 2} heading="Cons" points={alternative.cons} class="dg-cons" />
                        </div>
                    </li>
                }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PointListProps {
    level: u8,
    heading: AttrValue,
    points: &'static [&'static str],
    class: AttrValue,
}

#[component]
fn PointList(props: &PointListProps) -> Html {
    html! {
        <div class={props.class.clone()}>
            <Heading level={props.level}>{props.heading.clone()}</Heading>
            <ul>
                for point in props.points { <li>{*point}</li> }
            </ul>
        </div>
    }
}
