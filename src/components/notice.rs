use yew::prelude::*;

use crate::store::Notice;

/// A short, polite note about where the reader's progress is (not) kept. Where saved data
/// that could not be read also could not be set aside, it offers the one way out: discarding
/// that data, behind a warning the reader opens first (`ondiscard`).
pub fn notice_banner(notice: Notice, ondiscard: &Callback<()>) -> Html {
    let Some(message) = message(notice) else {
        return html! {};
    };
    html! {
        <div class="dg-notice" role="status">
            <p>{message}</p>
            if notice == Notice::UnreadableNotKept {
                <details class="dg-discard">
                    <summary>{"Discard it, so that this page can save your progress"}</summary>
                    <p>
                        <strong>{"Warning: "}</strong>
                        {"the unreadable data will be deleted for good. There was no room to keep \
                          a copy, so nothing of it will remain."}
                    </p>
                    <button type="button" onclick={ondiscard.reform(|_: MouseEvent| ())}>
                        {"Delete the unreadable data"}
                    </button>
                </details>
            }
        </div>
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
            "Your saved progress could not be read, and there is no room in this browser to \
             keep a copy of it. It is left as it was, and changes made on this page will not \
             be saved."
        }
    })
}
