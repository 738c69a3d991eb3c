use yew::prelude::*;

use super::checklist::Checklist;
use super::header::Header;
use super::notice::NoticeBanner;
use crate::date::Date;
use crate::guide::{Guide, Step};
use crate::progress::Action;
use crate::saved_progress::use_saved_progress;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub guide: &'static Guide,
}

/// One guide as an interactive checklist, with the reader's saved progress.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let guide = props.guide;
    let (checklist, notice) = use_saved_progress(guide.id);
    let ontoggle = {
        let checklist = checklist.clone();
        Callback::from(move |step: &'static Step| {
            checklist.dispatch(Action::Toggle {
                step,
                today: today(),
            })
        })
    };
    let progress = &checklist.progress;
    html! {
        <article class="dg">
            <Header {guide} />
            if let Some(notice) = notice {
                <NoticeBanner {notice} />
            }
            if let Some(method) = progress.current_method(guide) {
                <Checklist {method} progress={progress.clone()} {ontoggle} />
            }
        </article>
    }
}

/// The reader's local calendar date, from the browser's clock.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    // The browser always gives a real date; the fallback only keeps this free of panics.
    Date::new(year as u16, month as u8, day as u8).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}
