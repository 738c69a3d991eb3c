use yew::prelude::*;

use crate::date::{between, Date, Long};
use crate::guide::Guide;

#[derive(Properties, PartialEq)]
pub struct RequestWindowProps {
    pub guide: &'static Guide,
    pub requested: Date,
}

/// When the reader sent the request, and the days by which the service should have deleted
/// the account, so they know when to check and when to chase it.
#[component]
pub fn RequestWindow(props: &RequestWindowProps) -> Html {
    let days = props.guide.facts.processing_days;
    let window = between(
        props.requested.add_days(days.min),
        props.requested.add_days(days.max),
    );
    html! {
        <section class="dg-request" aria-live="polite">
            <p>
                {"You sent your deletion request on "}
                <strong>{Long(props.requested).to_string()}</strong>{". "}
                {props.guide.service}{" should finish deleting your account between "}
                <strong>{window}</strong>{"."}
            </p>
        </section>
    }
}
