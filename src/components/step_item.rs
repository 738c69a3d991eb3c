use yew::prelude::*;

use crate::guide::Step;

/// A step: a real checkbox labelled by the step's title, then its explanation, tips and warnings.
///
/// A plain function of the checklist, not a component of its own: the checklist re-renders as
/// a whole anyway when a box is ticked, and seven more components would each be scheduled at
/// start-up.
pub fn step_item(
    step: &'static Step,
    done: bool,
    ontick: &Callback<(&'static Step, bool)>,
) -> Html {
    // What the reader saw and changed: a box shown empty is being ticked, even if another
    // widget or tab ticked it a moment ago.
    let onchange = ontick.reform(move |_: Event| (step, !done));
    html! {
        <li key={step.id} class={if done { "dg-step dg-done" } else { "dg-step" }}>
            <label class="dg-step-title">
                <input type="checkbox" value={step.id} checked={done} {onchange} />
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
