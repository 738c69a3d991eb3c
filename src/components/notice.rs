use yew::prelude::*;

use crate::saved_progress::Notice;

/// A short, polite note about where the reader's progress is (not) kept.
pub fn notice_banner(notice: Notice) -> Html {
    match notice.message() {
        Some(message) => html! { <p class="dg-notice" role="status">{message}</p> },
        None => html! {},
    }
}
