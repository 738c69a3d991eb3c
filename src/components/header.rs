use yew::prelude::*;

use crate::date::Long;
use crate::guide::Guide;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub guide: &'static Guide,
}

/// The guide's title, summary and quick facts.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let guide = props.guide;
    let facts = &guide.facts;
    let steps: usize = guide.methods.first().map_or(0, |m| m.steps.len());
    html! {
        <header class="dg-header">
            <p class="dg-service">{guide.service}</p>
            <h2 class="dg-title">{guide.title}</h2>
            <p class="dg-summary">{guide.summary}</p>
            <dl class="dg-facts">
                <div><dt>{"Time needed"}</dt><dd>{facts.time_needed}</dd></div>
                <div>
                    <dt>{"Difficulty"}</dt>
                    <dd><span class="dg-badge">{facts.difficulty.label()}</span></dd>
                </div>
                <div><dt>{"Steps"}</dt><dd>{steps}</dd></div>
                <div><dt>{"Last verified"}</dt><dd>{Long(facts.last_verified).to_string()}</dd></div>
            </dl>
        </header>
    }
}
