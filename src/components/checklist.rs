use std::rc::Rc;

use yew::prelude::*;

use super::fixed::{Fixed, Part};
use super::heading::{heading, ITEM};
use super::progress_summary::progress_summary;
use super::request_window::RequestWindow;
use super::sources::{disagreement, marks};
use super::step_item::{Standing, StepItem};
use super::support_message::SupportMessage;
use super::translation::stale_note;
use crate::date::Date;
use crate::guide::{Guide, Method, Step};
use crate::progress::{Detail, Progress};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    /// The level of the method's title heading.
    pub level: u8,
    pub guide: &'static Guide,
    pub lang: Lang,
    pub method: &'static Method,
    pub progress: Rc<Progress>,
    /// Leave the boxes as the page shows them (see `keep_checked`).
    pub adopting: bool,
    /// A step and whether the reader ticked (rather than unticked) it.
    pub ontick: Callback<(&'static Step, bool)>,
    /// The reader set the day they sent the request.
    pub ondate: Callback<Date>,
    /// The reader typed one of their details for the support message, or forgot them all.
    pub ondetail: Callback<(Detail, String)>,
    pub onforget: Callback<()>,
    /// The reader ticked (or unticked) "the account is gone".
    pub ongone: Callback<bool>,
    /// Where readers report a mistake (a template, see `report`), if anywhere.
    pub report: Option<AttrValue>,
}

/// One method's ordered steps, each with a checkbox; a progress line that stays in view while
/// the reader scrolls through them; and, once every step is ticked, what happens next.
#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let (method, progress) = (props.method, &props.progress);
    let next = progress.next_in(method);
    let done = progress.done_in(method);
    html! {
        <section class="dg-checklist">
            <Fixed guide={props.guide} lang={props.lang} part={Part::MethodIntro { method, level: props.level }} />
            {progress_summary(method.title, done, method.steps.len(), props.lang)}
            <ol class="dg-steps">
                for step in method.steps.iter().copied() {
                    <StepItem
                        key={step.id}
                        guide={props.guide}
                        {step}
                        standing={standing(progress, step, next)}
                        adopting={props.adopting}
                        ontick={props.ontick.clone()}
                        after={after(props, step)}
                        lang={props.lang}
                    />
                }
            </ol>
            if next.is_none() {
                {finish(props)}
            }
        </section>
    }
}

/// The method's title, what it is, and where its sources disagree.
pub fn method_intro(guide: &'static Guide, method: &'static Method, level: u8, lang: Lang) -> Html {
    html! {
        <>
            {heading(level, ITEM, html! {method.title})}
            {stale_note(guide, method.id, lang)}
            <p class="dg-method-summary">{method.summary}{marks(guide, method.sources, lang)}</p>
            {disagreement(guide, method.disagree, lang)}
        </>
    }
}

fn standing(progress: &Progress, step: &'static Step, next: Option<&'static Step>) -> Standing {
    if progress.is_done(step) {
        Standing::Done
    } else if next == Some(step) {
        Standing::Next
    } else {
        Standing::Later
    }
}

/// What belongs under `step`: when it was ticked (on paper, a record); for the step that
/// sends the request through support, the reader's message; once it is ticked, the wait.
fn after(props: &ChecklistProps, step: &'static Step) -> Html {
    let progress = &props.progress;
    let ticked_on = step.ids().find_map(|id| progress.done.get(id));
    let message = props.method.support_request.filter(|_| step.sends_request);
    let report = props
        .report
        .as_deref()
        .map(|template| crate::report::link(template, props.guide, Some(step)));
    let window = progress
        .requested
        .filter(|_| step.sends_request && progress.is_done(step));
    html! {
        <>
            if let Some(day) = ticked_on {
                <p class="dg-ticked-on">{(props.lang.ticked_on)(&props.lang.long_date(*day))}</p>
            }
            if let Some(request) = message {
                <SupportMessage
                    guide={props.guide}
                    lang={props.lang}
                    {request}
                    details={progress.details.clone()}
                    ondetail={props.ondetail.clone()}
                    onforget={props.onforget.clone()}
                />
            }
            if let Some(requested) = window {
                <RequestWindow guide={props.guide} lang={props.lang} method={props.method} {requested} ondate={props.ondate.clone()} />
            }
            if let Some(href) = report {
                <p class="dg-report dg-step-report">
                    <a {href} target="_blank" rel="noopener noreferrer">{props.lang.report_mistake_in_step}</a>
                </p>
            }
        </>
    }
}

/// The finish line: every step of this method is ticked. Then the wait, how to check the
/// account is really gone, and the journey's last tick: "it is gone".
fn finish(props: &ChecklistProps) -> Html {
    let (guide, lang) = (props.guide, props.lang);
    let gone = props.progress.gone;
    let onchange = props.ongone.reform(move |_: Event| gone.is_none());
    html! {
        <section class="dg-finish" role="status">
            {heading(props.level + 1, ITEM, html! {lang.every_step_done})}
            if let Some(requested) = props.progress.requested {
                <RequestWindow {guide} {lang} method={props.method} {requested} ondate={props.ondate.clone()} />
            }
            <p>
                {lang.keep_this_page}
                if let Some(check) = &guide.check_gone {
                    {check.says}{marks(guide, check.sources, lang)}
                } else {
                    {lang.no_source_for_check}
                }
            </p>
            <label class="dg-step-title dg-gone">
                <input type="checkbox" checked={gone.is_some()} {onchange} />
                <span>{lang.account_is_gone}</span>
            </label>
            if let Some(day) = gone {
                <p>{(lang.confirmed_gone)(&lang.long_date(day))}</p>
            }
        </section>
    }
}
