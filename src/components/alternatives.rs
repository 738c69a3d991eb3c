use yew::prelude::*;

use crate::guide::Alternative;

#[derive(Properties, PartialEq)]
pub struct AlternativesProps {
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
            <h3>{"Alternatives to deleting"}</h3>
            <ul class="dg-cards">
                for alternative in props.alternatives {
                    <li key={alternative.id} class="dg-card">
                        <h4>{alternative.title}</h4>
                        <p>{alternative.body}</p>
                        <div class="dg-pros-cons">
                            <PointList heading="Pros" points={alternative.pros} class="dg-pros" />
                            <PointList heading="Cons" points={alternative.cons} class="dg-cons" />
                        </div>
                    </li>
                }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PointListProps {
    heading: AttrValue,
    points: &'static [&'static str],
    class: AttrValue,
}

#[component]
fn PointList(props: &PointListProps) -> Html {
    html! {
        <div class={props.class.clone()}>
            <h5>{props.heading.clone()}</h5>
            <ul>
                for point in props.points { <li>{*point}</li> }
            </ul>
        </div>
    }
}
