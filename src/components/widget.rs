use yew::prelude::*;

use super::checklist::Checklist;
use super::header::Header;
use super::notice::NoticeBanner;
use crate::date;
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
                today: date::today(),
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
