use yew::prelude::*;

use crate::saved_progress::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Notice,
}

/// A short, polite note about where the reader's progress is (not) kept.
#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    match props.notice.message() {
        Some(message) => html! { <p class="dg-notice" role="status">{message}</p> },
        None => html! {},
    }
}
