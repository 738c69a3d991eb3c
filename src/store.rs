//! One guide's progress as this page holds it, shared by every widget of the guide on the page.
//!
//! Every change goes through [`dispatch`], at once and in the same task: it is applied to what
//! storage holds at that moment (another tab, or a frame, may have written since this page last
//! read it), written back, and shown by every widget of the guide. So a tick is never lost to
//! a tick made elsewhere, a widget unmounted right after a tick has still saved it, and widgets
//! share one `Rc<Progress>` instead of each keeping a copy.
//!
//! Actions say what the reader meant ("this step is done"), so applying one to progress that
//! changed meanwhile keeps the other change: a tick here and a tick elsewhere both stay; a tick
//! here and an untick of the same step elsewhere end as whichever was written last.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::Callback;

use crate::progress::{Action, Progress};
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
}

/// What a widget shows: the guide's progress on this page, and what to say about saving it.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub progress: Rc<Progress>,
    pub notice: Notice,
}

/// One guide's progress on this page, and the widgets showing it.
struct Shared {
    guide_id: &'static str,
    snapshot: Snapshot,
    /// Changes applied here but not yet written (storage full or blocked): applied again to
    /// whatever storage holds at the next write, so that they catch up.
    unsaved: Vec<Action>,
    widgets: Vec<(u32, Callback<Snapshot>)>,
    _other_tabs: Option<EventListener>,
}

thread_local! {
    static GUIDES: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A number no other widget (or mount) on the page has.
pub fn new_id() -> u32 {
    NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        next.get()
    })
}

/// A widget's place among those showing a guide; dropping it leaves.
pub struct Subscription {
    id: u32,
    guide_id: &'static str,
}

/// What a widget of `guide_id` would be shown if it joined now, where that needs nothing but a
/// read: the page's progress if another widget shows the guide, else what storage holds if it
/// holds readable progress or nothing. Lets a widget draw its first render as the reader left
/// it, rather than draw a fresh checklist and then again.
pub fn peek(guide_id: &'static str) -> Option<Snapshot> {
    if let Some(snapshot) = with_shared(guide_id, |shared| shared.snapshot.clone()) {
        return Some(snapshot);
    }
    let progress = storage::peek(guide_id)?;
    Some(Snapshot {
        progress: Rc::new(progress),
        notice: Notice::None,
    })
}

/// Widget `id` shows `guide_id` from now on: `onchange` is called at once with the progress,
/// and again whenever it changes here, in another widget or in another tab. The guide's
/// first widget on the page reads storage.
pub fn subscribe(guide_id: &'static str, id: u32, onchange: Callback<Snapshot>) -> Subscription {
    let joined = with_shared(guide_id, |shared| {
        shared.widgets.push((id, onchange.clone()))
    });
    if joined.is_some() {
        // Read again rather than trust what the page held: storage may have been changed
        // since by a script of this page, which sends no event.
        reload(guide_id);
    } else {
        onchange.emit(open(guide_id, vec![(id, onchange.clone())]));
    }
    Subscription { id, guide_id }
}

/// Starts holding `guide_id`'s progress on this page, as storage holds it, shown by `widgets`.
fn open(guide_id: &'static str, widgets: Vec<(u32, Callback<Snapshot>)>) -> Snapshot {
    let (stored, notice) = interpret(storage::load(guide_id));
    let snapshot = Snapshot {
        progress: Rc::new(stored.unwrap_or_default()),
        notice,
    };
    GUIDES.with(|all| {
        all.borrow_mut().push(Shared {
            guide_id,
            snapshot: snapshot.clone(),
            unsaved: Vec::new(),
            widgets,
            _other_tabs: other_tabs_changing(guide_id),
        })
    });
    snapshot
}

impl Drop for Subscription {
    fn drop(&mut self) {
        // Taken out of the registry first, and dropped after the borrow ends: dropping the
        // storage listener calls into the browser.
        let emptied = GUIDES.with(|all| {
            let mut all = all.borrow_mut();
            let index = all.iter().position(|s| s.guide_id == self.guide_id)?;
            all[index].widgets.retain(|(id, _)| *id != self.id);
            all[index]
                .widgets
                .is_empty()
                .then(|| all.swap_remove(index))
        });
        drop(emptied);
    }
}

/// Applies the reader's `action` to `guide_id`'s progress, saves it, and shows it in every
/// widget of the guide.
pub fn dispatch(guide_id: &'static str, action: Action) {
    // A widget takes input from its first render, but joins in an effect after it, and Yew
    // may let the browser handle input in between: a change made then opens the guide here,
    // so that it is saved, and shown once the widget joins.
    if with_shared(guide_id, |_| ()).is_none() {
        open(guide_id, Vec::new());
    }
    let _ = with_shared(guide_id, |shared| shared.unsaved.push(action));
    let Some((mine, notice, mut unsaved)) = take(guide_id) else {
        return;
    };
    // What storage holds now, where this page may write; otherwise this page's own progress.
    // What was said before stays said unless storage now tells something new.
    let (stored, notice) = if notice.allows_writing() {
        let (stored, found) = interpret(storage::load(guide_id));
        (stored, if found == Notice::None { notice } else { found })
    } else {
        (None, notice)
    };
    let base = stored.unwrap_or_else(|| (*mine).clone());
    let next = unsaved.iter().fold(base, |progress, a| progress.apply(a));
    let notice = if notice.allows_writing() {
        let saved = storage::save(guide_id, &next).is_ok();
        if saved {
            unsaved.clear();
        }
        after_write(notice, saved)
    } else {
        notice
    };
    update(guide_id, Rc::new(next), notice, unsaved);
}

/// The reader agreed to lose a saved value that could neither be read nor set aside (too large
/// for the room left): this page's progress is written over it, and saved from now on.
pub fn discard_unreadable(guide_id: &'static str) {
    let Some((mine, notice, unsaved)) = take(guide_id) else {
        return;
    };
    if notice != Notice::UnreadableNotKept {
        return update(guide_id, mine, notice, unsaved);
    }
    if storage::save(guide_id, &mine).is_ok() {
        update(guide_id, mine, Notice::None, Vec::new());
    } else {
        update(guide_id, mine, notice, unsaved);
    }
}

/// Reads storage again after another tab changed it, keeping changes not yet written here.
fn reload(guide_id: &'static str) {
    let (stored, found) = interpret(storage::load(guide_id));
    let Some((mine, _, unsaved)) = take(guide_id) else {
        return;
    };
    let progress = match stored {
        Some(stored) => Rc::new(unsaved.iter().fold(stored, |p, a| p.apply(a))),
        None => mine,
    };
    let notice = if unsaved.is_empty() || found != Notice::None {
        found
    } else {
        Notice::WriteFailed
    };
    update(guide_id, progress, notice, unsaved);
}

/// Stores the new state and tells every widget of the guide, outside the registry's borrow
/// (a widget may subscribe or leave while it handles the change).
fn update(guide_id: &'static str, progress: Rc<Progress>, notice: Notice, unsaved: Vec<Action>) {
    let snapshot = Snapshot { progress, notice };
    let widgets = with_shared(guide_id, |shared| {
        shared.snapshot = snapshot.clone();
        shared.unsaved = unsaved;
        shared
            .widgets
            .iter()
            .map(|(_, onchange)| onchange.clone())
            .collect::<Vec<_>>()
    });
    for onchange in widgets.unwrap_or_default() {
        onchange.emit(snapshot.clone());
    }
}

/// The page's progress of `guide_id` and what was said of it, with the changes not yet written
/// taken out: every path that takes them ends in [`update`], which puts back what is left.
fn take(guide_id: &str) -> Option<(Rc<Progress>, Notice, Vec<Action>)> {
    with_shared(guide_id, |shared| {
        let unsaved = std::mem::take(&mut shared.unsaved);
        (
            shared.snapshot.progress.clone(),
            shared.snapshot.notice,
            unsaved,
        )
    })
}

fn with_shared<T>(guide_id: &str, f: impl FnOnce(&mut Shared) -> T) -> Option<T> {
    GUIDES.with(|all| {
        let mut all = all.borrow_mut();
        all.iter_mut().find(|s| s.guide_id == guide_id).map(f)
    })
}

/// Reloads when another tab changes this guide's progress or clears all storage. (Browsers
/// send `storage` events only to the other tabs and frames, never to the one that wrote.)
fn other_tabs_changing(guide_id: &'static str) -> Option<EventListener> {
    let window = web_sys::window()?;
    let key = storage::key(guide_id);
    Some(EventListener::new(&window, "storage", move |event| {
        let changed = event.dyn_ref::<StorageEvent>().map(StorageEvent::key);
        // A key of `None` means `localStorage.clear()`.
        if matches!(changed, Some(None)) || changed.flatten().as_deref() == Some(key.as_str()) {
            reload(guide_id);
        }
    }))
}

/// The progress storage holds, if it holds progress this page may build on, and what to say
/// about it. Nothing saved (a new reader, or storage cleared in another tab) is a fresh start.
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
