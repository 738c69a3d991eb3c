use yew::prelude::*;

use crate::store::Notice;
use crate::words::Lang;

/// A short, polite note about where the reader's progress is (not) kept. Where saved data
/// that could not be read also could not be set aside, it offers the one way out: discarding
/// that data, behind a warning the reader opens first (`ondiscard`).
pub fn notice_banner(notice: Notice, ondiscard: &Callback<()>, lang: Lang) -> Html {
    let Some(message) = message(notice, lang) else {
        return html! {};
    };
    html! {
        <div class="dg-notice" role="status">
            <p>{message}</p>
            if notice == Notice::UnreadableNotKept {
                <details class="dg-discard">
                    <summary>{lang.discard_summary}</summary>
                    <p>
                        <strong>{lang.warning}</strong>
                        {lang.discard_warning}
                    </p>
                    <button type="button" onclick={ondiscard.reform(|_: MouseEvent| ())}>
                        {lang.discard_button}
                    </button>
                </details>
            }
        </div>
    }
}

fn message(notice: Notice, lang: Lang) -> Option<&'static str> {
    Some(match notice {
        Notice::None => return None,
        Notice::NotKeptHere => lang.not_kept_here,
        Notice::WriteFailed => lang.write_failed,
        Notice::NewerVersion => lang.newer_version,
        Notice::StartedAfresh => lang.started_afresh,
        Notice::UnreadableNotKept => lang.unreadable_not_kept,
    })
}
