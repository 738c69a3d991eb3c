//! The hook that gives a widget its progress: restored from storage after the first render,
//! written back after every change the reader makes, with a notice when that is not possible.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use crate::progress::{Action, Checklist, Progress};
use crate::storage::{self, Loaded};
use crate::sync;

/// What the reader should know about where their progress is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Saving works (or has not been tried yet): nothing to say.
    None,
    /// This browsing context has no usable storage.
    NotKeptHere,
    /// The last write failed (storage full?); the next change tries again.
    WriteFailed,
    /// A newer build saved this progress; this page leaves it alone.
    NewerVersion,
    /// The saved progress was unreadable; a copy was kept and the checklist starts afresh.
    StartedAfresh,
    /// Unreadable and it could not be copied: nothing is written, so nothing is lost.
    UnreadableNotKept,
}

impl Notice {
    /// Whether this page may write the reader's changes to storage.
    fn allows_writing(self) -> bool {
        matches!(
            self,
            Notice::None | Notice::WriteFailed | Notice::StartedAfresh
        )
    }

    pub fn message(self) -> Option<&'static str> {
        Some(match self {
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
}

/// The progress of `guide_id`'s checklist in widget `me` (its [`sync::new_id`]) and what to
/// tell the reader about saving it. `None` as the notice means storage has not been read yet.
///
/// Progress is read after the first render (never during it, so the markup is the same on a
/// server), again whenever another tab changes it, and taken over from other widgets of the
/// same guide on this page. Only the reader's own changes are written back.
#[hook]
pub fn use_saved_progress(
    guide_id: &'static str,
    me: u32,
) -> (UseReducerHandle<Checklist>, Option<Notice>) {
    let checklist = use_reducer_eq(Checklist::default);
    let notice = use_state_eq(|| None::<Notice>);
    {
        let (checklist, notice) = (checklist.clone(), notice.clone());
        use_effect_with(guide_id, move |&id| {
            let on_this_page = sync::subscribe(me, id, {
                let checklist = checklist.clone();
                Callback::from(move |progress| checklist.dispatch(Action::Restore(progress)))
            });
            let reload = move || {
                let (restored, found) = interpret(storage::load(id));
                if let Some(progress) = restored {
                    checklist.dispatch(Action::Restore(progress));
                }
                notice.set(Some(found));
            };
            reload();
            let in_other_tabs = other_tabs_changing(id, reload);
            move || drop((on_this_page, in_other_tabs))
        });
    }
    {
        let current = *notice;
        let notice = notice.clone();
        use_effect_with(checklist.clone(), move |checklist| {
            if !checklist.unsaved {
                return;
            }
            sync::publish(me, guide_id, &checklist.progress);
            if let Some(now) = current.filter(|now| now.allows_writing()) {
                let saved = storage::save(guide_id, &checklist.progress).is_ok();
                notice.set(Some(after_write(now, saved)));
            }
        });
    }
    (checklist, *notice)
}

/// Calls `reload` when another tab changes this guide's progress or clears all storage.
/// (Browsers send `storage` events only to the other tabs, never to the one that wrote.)
fn other_tabs_changing(guide_id: &str, reload: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let key = storage::key(guide_id);
    Some(EventListener::new(&window, "storage", move |event| {
        let changed = event.dyn_ref::<StorageEvent>().map(StorageEvent::key);
        // A key of `None` means `localStorage.clear()`.
        if matches!(changed, Some(None)) || changed.flatten().as_deref() == Some(key.as_str()) {
            reload();
        }
    }))
}

/// The progress to show after a load, if it changed, and what to say about the load.
/// Nothing saved (a new reader, or storage cleared in another tab) means a fresh checklist.
fn interpret(loaded: Loaded) -> (Option<Progress>, Notice) {
    match loaded {
        Loaded::Nothing => (Some(Progress::default()), Notice::None),
        Loaded::Restored(progress) => (Some(progress), Notice::None),
        Loaded::FromNewerVersion => (None, Notice::NewerVersion),
        Loaded::Corrupt => (None, Notice::StartedAfresh),
        Loaded::CorruptNotKept => (None, Notice::UnreadableNotKept),
        Loaded::Unavailable => (None, Notice::NotKeptHere),
    }
}

/// A successful write clears a failure; a failed one reports it. Anything else stays said.
fn after_write(now: Notice, saved: bool) -> Notice {
    match (now, saved) {
        (Notice::WriteFailed, true) => Notice::None,
        (_, false) => Notice::WriteFailed,
        (other, true) => other,
    }
}
