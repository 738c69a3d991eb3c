//! The hook that gives a widget its guide's progress from the page's [`store`].

use std::rc::Rc;

use yew::prelude::*;

use crate::progress::Progress;
use crate::store::{self, Notice, Snapshot};

/// The progress of `guide_id`'s checklist for widget `me` (its [`store::new_id`]) and what to
/// tell the reader about saving it; `None` as the notice means storage has not been read yet.
///
/// The first render shows a fresh checklist, as the server rendered it (so that prerendered
/// markup can be adopted as it is); the widget joins the store, which reads storage, after it.
/// Changes go to [`store::dispatch`].
#[hook]
pub fn use_saved_progress(guide_id: &'static str, me: u32) -> (Rc<Progress>, Option<Notice>) {
    let shown = use_state_eq(|| None::<Snapshot>);
    {
        let shown = shown.clone();
        use_effect_with(guide_id, move |&id| {
            let subscription =
                store::subscribe(id, me, Callback::from(move |s| shown.set(Some(s))));
            move || drop(subscription)
        });
    }
    match &*shown {
        Some(snapshot) => (snapshot.progress.clone(), Some(snapshot.notice)),
        None => (Rc::default(), None),
    }
}
