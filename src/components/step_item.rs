use yew::prelude::*;

use web_sys::HtmlInputElement;

use super::fixed::{Fixed, Part};
use super::keep_checked;
use super::sources::{disagreement, marks};
use super::translation::stale_note;
use crate::guide::{Guide, Step};
use crate::words::Lang;

/// How a step stands for the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Done,
    /// The first step not yet done: marked, so the reader sees where they are.
    Next,
    Later,
}

/// A step: a real checkbox labelled by the step's title, then what to do, the link that does
/// it, tips and warnings. A ticked step folds to its title (it opens again), so the list gets
/// shorter as the reader goes; `after` is what ticking it brought (the request's window),
/// shown right under it, where the reader is looking.
///
/// A component of its own, so that a tick redraws the one step it changed: the checklist
/// around it is drawn again on every tick, and the steps whose standing did not change are
/// skipped by comparing these properties.
#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub guide: &'static Guide,
    pub step: &'static Step,
    pub standing: Standing,
    /// Leave the box as the page shows it (see `keep_checked`).
    pub adopting: bool,
    pub ontick: Callback<(&'static Step, bool)>,
    pub after: Html,
    pub lang: Lang,
}

#[component]
pub fn StepItem(props: &StepProps) -> Html {
    let StepProps {
        guide,
        step,
        standing,
        adopting,
        ref ontick,
        ref after,
        lang,
    } = *props;
    let done = standing == Standing::Done;
    // What the reader saw and changed, read from the box itself: one shown empty is being
    // ticked, even if another widget or tab ticked the step a moment ago, or while adopting.
    let onchange = ontick.reform(move |event: Event| {
        let shown = event.target_dyn_into::<HtmlInputElement>();
        (step, shown.map_or(!done, |input| input.checked()))
    });
    let class = match standing {
        Standing::Done => "dg-step dg-done",
        Standing::Next => "dg-step dg-next",
        Standing::Later => "dg-step",
    };
    // Outside the label, so that each checkbox's name is exactly its step's title; screen
    // readers hear the next step as the current one.
    let current = (standing == Standing::Next).then_some("step");
    html! {
        <li {class} aria-current={current}>
            <label class="dg-step-title">
                {keep_checked(adopting, html! {
                    <input type="checkbox" value={step.id} checked={done} {onchange} />
                })}
                <span>{step.title}</span>
            </label>
            if standing == Standing::Next {
                <span class="dg-next-label" aria-hidden="true">{lang.next}</span>
            }
            // Open, with its summary hidden by the stylesheet, until the step is ticked: one
            // shape either way, so a tick folds the step by an attribute instead of building
            // its text again (ten widgets on a page all redraw on a tick).
            <details class="dg-fold dg-step-more" open={!done}>
                <summary>{lang.what_this_step_says}</summary>
                <Fixed {guide} {lang} part={Part::StepDetails(step)} />
            </details>
            {after.clone()}
        </li>
    }
}

/// What a step says: a stale translation's note, its text and sources, where the sources
/// disagree, the link that does it, tips and warnings.
pub fn step_details(guide: &'static Guide, step: &'static Step, lang: Lang) -> Html {
    html! {
        <>
            {stale_note(guide, step.id, lang)}
            <p class="dg-step-body">{step.body}{marks(guide, step.sources, lang)}</p>
            {disagreement(guide, step.disagree, lang)}
            if let Some(action) = &step.action {
                <p class="dg-action">
                    <a href={action.url} target="_blank" rel="noopener noreferrer">
                        {action.title}
                        <span class="dg-new-tab">{lang.opens_in_new_tab}</span>
                    </a>
                </p>
            }
            if !step.tips.is_empty() {
                <ul class="dg-tips" aria-label={lang.tips}>
                    for tip in step.tips { <li>{*tip}</li> }
                </ul>
            }
            if !step.warnings.is_empty() {
                <ul class="dg-warnings" aria-label={lang.warnings}>
                    for warning in step.warnings {
                        <li><strong class="dg-warning-label">{lang.warning}</strong>{*warning}</li>
                    }
                </ul>
            }
        </>
    }
}
