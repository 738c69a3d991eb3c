use yew::prelude::*;

use crate::store::Notice;

/// A short, polite note about where the reader's progress is (not) kept.
pub fn notice_banner(notice: Notice) -> Html {
    match message(notice) {
        Some(message) => html! { <p class="dg-notice" role="status">{message}</p> },
        None => html! {},
    }
}

fn message(notice: Notice) -> Option<&'static str> {
    Some(match notice {
        Notice::None => return None,
        Notice::NotKeptHere => {
            "This browser does not let the guide save your progress, \
             so your ticks will be gone when you leave this page."
        }
        Notice::WriteFailed => {
            "Your last change could not be saved, perhaps because the browser's storage is full. \
             It stays on this page, and the guide will try again with your next change."
        }
        Notice::NewerVersion => {
            "Your progress was saved by a newer version of this guide. \
             It is left as it was, and changes made on this page will not be saved."
        }
        Notice::StartedAfresh => {
            "Your saved progress could not be read, so the checklist starts afresh. \
             A copy of the old data was kept in this browser."
        }
        Notice::UnreadableNotKept => {
            "Your saved progress could not be read. It is left as it was, \
             and changes made on this page will not be saved."
        }
    })
}
