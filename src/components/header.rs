use yew::prelude::*;

use super::heading;
use crate::date::Long;
use crate::guide::Guide;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The level of the guide's title heading.
    pub level: u8,
    pub guide: &'static Guide,
    /// The steps of the method the reader has chosen.
    pub steps: usize,
}

/// The guide's title, summary and quick facts.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let guide = props.guide;
    let facts = &guide.facts;
    let steps = props.steps;
    let difficulty = facts.difficulty.label();
    html! {
        <header class="dg-header">
            <p class="dg-service">{guide.service}</p>
            <@{heading::tag(props.level)} class="dg-title">{guide.title}</@>
            <p class="dg-summary">{guide.summary}</p>
            <dl class="dg-facts">
                <div><dt>{"Time needed"}</dt><dd>{facts.time_needed}</dd></div>
                <div>
                    <dt>{"Difficulty"}</dt>
                    <dd>
                        <span class={["dg-badge ", facts.difficulty.class()].concat()}>
                            {difficulty}
                        </span>
                    </dd>
                </div>
                <div><dt>{"Steps"}</dt><dd>{steps}</dd></div>
                <div><dt>{"Last verified"}</dt><dd>{Long(facts.last_verified).to_string()}</dd></div>
            </dl>
        </header>
    }
}
