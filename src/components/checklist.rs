use yew::prelude::*;

use super::heading::heading;

use super::progress_summary::progress_summary;
use super::step_item::step_item;
use crate::guide::{Method, Step};
use crate::progress::Progress;
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// The level of the method's title heading.
    pub level: u8,
    pub method: &'static Method,
    pub progress: Rc<Progress>,
    /// A step and whether the reader ticked (rather than unticked) it.
    pub ontick: Callback<(&'static Step, bool)>,
}

/// One method's ordered steps, each with a checkbox, and how many are done.
#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let method = props.method;
    html! {
        <section class="dg-checklist">
            {heading(props.level, html! {method.title})}
            <p>{method.summary}</p>
            {progress_summary(props.progress.done_in(method), method.steps.len())}
            <ol class="dg-steps">
                for step in method.steps {
                    {step_item(step, props.progress.is_done(step.id), &props.ontick)}
                }
            </ol>
        </section>
    }
}
