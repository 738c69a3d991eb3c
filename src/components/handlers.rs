use yew::Callback;

use super::today;
use crate::guide::{Guide, Step};
use crate::progress::{Action, Detail, Progress};
use crate::store;

/// What a widget's parts report, each turned into an action on the guide's progress. Made
/// once per widget (memoised by its guide), so that a part whose other properties did not
/// change is not drawn again on a tick because its callback is a new one.
pub struct Handlers {
    /// A step and whether the reader ticked (rather than unticked) it.
    pub tick: Callback<(&'static Step, bool)>,
    pub choose: Callback<&'static str>,
    pub date: Callback<crate::date::Date>,
    pub detail: Callback<(Detail, String)>,
    pub forget: Callback<()>,
    pub merge: Callback<Progress>,
    pub gone: Callback<bool>,
    pub start_over: Callback<()>,
    pub discard: Callback<()>,
}

impl Handlers {
    pub fn new(guide: &'static Guide) -> Handlers {
        Handlers {
            tick: dispatcher(guide, |(step, ticked): (&'static Step, bool)| {
                Action::Tick {
                    step,
                    ticked,
                    today: today(),
                }
            }),
            choose: dispatcher(guide, Action::ChooseMethod),
            date: dispatcher(guide, Action::SetRequested),
            detail: dispatcher(guide, |(detail, text)| Action::SetDetail(detail, text)),
            forget: dispatcher(guide, |()| Action::ForgetDetails),
            merge: dispatcher(guide, |other: Progress| Action::Merge(Box::new(other))),
            gone: dispatcher(guide, |gone: bool| Action::MarkGone(gone.then(today))),
            start_over: dispatcher(guide, |()| Action::StartOver),
            discard: Callback::from(move |()| store::discard_unreadable(guide.id)),
        }
    }
}

/// A callback that turns what a child reports into an action on the guide's progress.
fn dispatcher<T: 'static>(
    guide: &'static Guide,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    Callback::from(move |value: T| store::dispatch(guide.id, action(value)))
}
