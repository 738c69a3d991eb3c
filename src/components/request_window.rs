use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::sources::marks;
use super::today;
use crate::date::Date;
use crate::guide::{Guide, Method};
use crate::tracker::{check_request_date, stage, NotTheRequestDay, Stage, OLDEST_REQUEST_DAYS};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct RequestWindowProps {
    pub guide: &'static Guide,
    pub lang: Lang,
    /// The method the request went through: its window applies.
    pub method: &'static Method,
    pub requested: Date,
    /// The reader set another day (already checked).
    pub ondate: Callback<Date>,
}

/// The wait after the request: the day it was sent (the reader's to change), where the reader
/// stands in the method's window ("Day 12 of 7 to 30", or overdue, with what to do then), and
/// a calendar reminder for the last day.
#[component]
pub fn RequestWindow(props: &RequestWindowProps) -> Html {
    let lang = props.lang;
    let problem = use_state_eq(|| None::<&'static str>);
    let today = today();
    let onchange = {
        let (problem, ondate) = (problem.clone(), props.ondate.clone());
        Callback::from(move |event: Event| {
            let given = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value());
            match given.as_deref().and_then(Date::parse) {
                Some(day) => match check_request_date(day, today) {
                    Ok(day) => {
                        problem.set(None);
                        ondate.emit(day);
                    }
                    Err(NotTheRequestDay::AfterToday) => {
                        problem.set(Some(lang.request_after_today))
                    }
                    Err(NotTheRequestDay::TooLongAgo) => problem.set(Some(lang.request_too_old)),
                },
                None => problem.set(Some(lang.not_a_date)),
            }
        })
    };
    let oldest = today.minus_days(OLDEST_REQUEST_DAYS as u16);
    html! {
        <div class="dg-request" aria-live="polite">
            <p>
                {lang.you_sent_request_on}
                <input
                    type="date"
                    class="dg-request-date"
                    aria-label={lang.request_day_label}
                    value={props.requested.to_string()}
                    min={oldest.to_string()}
                    max={today.to_string()}
                    {onchange}
                />
                {"."}
            </p>
            if let Some(why) = *problem {
                <p class="dg-error" role="alert">{why}{lang.day_not_changed}</p>
            }
            {where_it_stands(props, today)}
            if props.method.processing_days.is_some() {
                <p>
                    <button type="button" class="dg-reminder" onclick={download(props)}>
                        {lang.add_reminder}
                    </button>
                </p>
            }
        </div>
    }
}

fn where_it_stands(props: &RequestWindowProps, today: Date) -> Html {
    let (service, lang) = (props.guide.service, props.lang);
    let window = props.method.processing_days;
    let (min, max) = window.map_or((0, 0), |w| (w.min, w.max));
    match stage(props.requested, today, window) {
        Stage::BeforeRequest => html! {},
        Stage::Waiting { day, first, last } => html! {
            <p>
                <strong>{(lang.day_of_window)(day, min, max)}</strong>
                {(lang.may_finish_between)(service, &lang.between(first, last))}
                {window_marks(props)}
            </p>
        },
        Stage::Due { day, last } => html! {
            <p>
                <strong>{(lang.day_of_window)(day, min, max)}</strong>
                {(lang.may_finish_by)(service, &lang.long_date(last))}
                {window_marks(props)}
            </p>
        },
        Stage::Overdue { day, last } => html! {
            <div class="dg-overdue">
                <p>
                    <strong>{(lang.day_overdue)(day)}</strong>
                    {(lang.window_ended)(&lang.long_date(last))}
                </p>
                if let Some(when) = &props.guide.when_overdue {
                    <p>{when.says}{marks(props.guide, when.sources, lang)}</p>
                } else {
                    <p>{lang.no_source_when_overdue}</p>
                }
            </div>
        },
        Stage::NoWindow { day } => html! {
            <p>
                <strong>{(lang.day_only)(day)}</strong>
                {(lang.no_window)(service)}
            </p>
        },
    }
}

/// Downloads the reminder (`calendar`), made here in the browser: a Blob and a link clicked
/// once, which works under a strict Content-Security-Policy and inside a shadow root.
fn download(props: &RequestWindowProps) -> Callback<MouseEvent> {
    let (guide, method, requested, lang) = (props.guide, props.method, props.requested, props.lang);
    Callback::from(move |_| {
        let stamp: String = js_sys::Date::new_0().to_iso_string().into();
        if let Some(ics) = crate::calendar::reminder(guide, method, requested, &stamp, lang) {
            let name = format!("{}-deletion-reminder.ics", guide.id);
            let _ = super::save_file(&name, "text/calendar", &ics);
        }
    })
}

/// What the window rests on: the guide's facts where the method takes the guide's window, the
/// method's own sources where it has a window of its own.
fn window_marks(props: &RequestWindowProps) -> Html {
    let (guide, method) = (props.guide, props.method);
    let sources = if method.processing_days == guide.facts.processing_days {
        guide.facts.sources
    } else {
        method.sources
    };
    marks(guide, sources, props.lang)
}
