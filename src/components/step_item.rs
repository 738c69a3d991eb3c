use yew::prelude::*;

use crate::guide::Step;

#[derive(Properties, PartialEq)]
pub struct StepItemProps {
    pub step: &'static Step,
    pub done: bool,
    pub ontoggle: Callback<&'static Step>,
}

/// A step: a real checkbox labelled by the step's title, then its explanation, tips and warnings.
#[component]
pub fn StepItem(props: &StepItemProps) -> Html {
    let step = props.step;
    let onchange = props.ontoggle.reform(move |_: Event| step);
    html! {
        <li class={classes!("dg-step", props.done.then_some("dg-done"))}>
            <label class="dg-step-title">
                <input type="checkbox" checked={props.done} {onchange} />
                <span>{step.title}</span>
            </label>
            <p class="dg-step-body">{step.body}</p>
            if !step.tips.is_empty() {
                <ul class="dg-tips" aria-label="Tips">
                    for tip in step.tips { <li>{*tip}</li> }
                </ul>
            }
            if !step.warnings.is_empty() {
                <ul class="dg-warnings" aria-label="Warnings">
                    for warning in step.warnings { <li>{*warning}</li> }
                </ul>
            }
        </li>
    }
}
