//! Keeps every widget of one guide on a page showing the same progress: a tick in one shows in
//! the others at once, even where storage is blocked. (Other tabs hear of changes through the
//! browser's `storage` event instead; see `saved_progress`.)

use std::cell::{Cell, RefCell};

use yew::Callback;

use crate::progress::Progress;

struct Listener {
    id: u32,
    guide_id: &'static str,
    onchange: Callback<Progress>,
}

thread_local! {
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A widget's place on the list; leaving it (by drop) stops the updates.
pub struct Subscription {
    id: u32,
}

/// A number no other widget on the page has: the widget's name when it publishes.
pub fn new_id() -> u32 {
    NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        next.get()
    })
}

/// Calls `onchange` whenever another widget with `guide_id` publishes a change.
pub fn subscribe(id: u32, guide_id: &'static str, onchange: Callback<Progress>) -> Subscription {
    LISTENERS.with(|all| {
        all.borrow_mut().push(Listener {
            id,
            guide_id,
            onchange,
        })
    });
    Subscription { id }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        LISTENERS.with(|all| all.borrow_mut().retain(|listener| listener.id != self.id));
    }
}

/// Tells every other widget of `guide_id` about the reader's change in widget `from`.
pub fn publish(from: u32, guide_id: &'static str, progress: &Progress) {
    // Collected first: a listener may subscribe or leave while it handles the change.
    let others: Vec<Callback<Progress>> = LISTENERS.with(|all| {
        let all = all.borrow();
        let others = all
            .iter()
            .filter(|l| l.guide_id == guide_id && l.id != from);
        others.map(|l| l.onchange.clone()).collect()
    });
    for onchange in others {
        onchange.emit(progress.clone());
    }
}
