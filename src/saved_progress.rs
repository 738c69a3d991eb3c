//! The hook that gives a widget its progress: restored from storage after the first render,
//! written back after every change the reader makes, with a notice when that is not possible.

use yew::prelude::*;

use crate::progress::{Action, Checklist};
use crate::storage::{self, Loaded};

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

/// The progress of `guide_id`'s checklist and what to tell the reader about saving it.
/// `None` as the notice means storage has not been read yet.
#[hook]
pub fn use_saved_progress(guide_id: &'static str) -> (UseReducerHandle<Checklist>, Option<Notice>) {
    let checklist = use_reducer_eq(Checklist::default);
    let notice = use_state_eq(|| None::<Notice>);
    {
        // Read in an effect, never during render, so the markup is the same on a server.
        let (checklist, notice) = (checklist.clone(), notice.clone());
        use_effect_with(guide_id, move |&id| {
            let (restored, found) = interpret(storage::load(id));
            if let Some(progress) = restored {
                checklist.dispatch(Action::Restore(progress));
            }
            notice.set(Some(found));
        });
    }
    {
        let current = *notice;
        let notice = notice.clone();
        use_effect_with(checklist.clone(), move |checklist| match current {
            Some(now) if checklist.unsaved && now.allows_writing() => {
                let saved = storage::save(guide_id, &checklist.progress).is_ok();
                notice.set(Some(after_write(now, saved)));
            }
            _ => {}
        });
    }
    (checklist, *notice)
}

/// The restored progress, if any, and what to say about the load.
fn interpret(loaded: Loaded) -> (Option<crate::progress::Progress>, Notice) {
    match loaded {
        Loaded::Nothing => (None, Notice::None),
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
