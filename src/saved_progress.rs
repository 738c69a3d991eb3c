//! The hook that gives a widget its guide's progress from the page's [`store`].

use std::rc::Rc;

use yew::prelude::*;

use crate::progress::Progress;
use crate::store::{self, Notice, Snapshot};

/// The progress of `guide_id`'s checklist for widget `me` (its [`store::new_id`]) and what to
/// tell the reader about saving it; `None` as the notice means storage has not been read yet.
///
/// A widget drawn in the browser shows the reader's progress from its first render, where
/// reading storage is all that takes ([`store::peek`]): one render instead of a fresh
/// checklist and then another. Markup made ahead of time (the server's, and what the
/// hydrating bundle adopts) starts from a fresh checklist, as the server drew it, and is live
/// from the first render only where storage says the same (see `first_render`). The widget
/// then joins the store, which reads storage. Changes go to [`store::dispatch`].
#[hook]
pub fn use_saved_progress(guide_id: &'static str, me: u32) -> (Rc<Progress>, Option<Notice>) {
    let shown = use_state_eq(|| first_render(guide_id));
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

/// What the first render shows: see [`use_saved_progress`].
#[cfg(not(any(feature = "ssr", feature = "hydration")))]
fn first_render(guide_id: &'static str) -> Option<Snapshot> {
    store::peek(guide_id)
}

/// Markup made ahead of time shows a reader who has not started. Where storage says the same
/// (a first visit, the common case on a blog), the first render may be live already: it
/// differs from the markup by the one class that shows what needs the script, which
/// hydration sets on the element it adopts, and the render that reading storage would cost
/// after hydration is saved. Anything else starts as the markup, and storage is read after:
/// progress, or a notice (another widget of the guide may already hold one), would change the
/// markup's shape, which hydration cannot adopt.
#[cfg(all(feature = "hydration", not(feature = "ssr")))]
fn first_render(guide_id: &'static str) -> Option<Snapshot> {
    store::peek(guide_id).filter(|snapshot| {
        snapshot.notice == Notice::None && *snapshot.progress == Progress::default()
    })
}

#[cfg(feature = "ssr")]
fn first_render(_guide_id: &'static str) -> Option<Snapshot> {
    None
}
