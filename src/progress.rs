//! What a reader has done in one guide, and every way it can change.
//!
//! Pure data and pure transitions: no browser API is touched here, so all of it is tested
//! natively. `storage` saves it; the components show it.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::Date;
use crate::guide::{Guide, Method};

/// The version of the saved form written by this build. A saved value with a higher `v` came
/// from a newer build and is never overwritten by this one.
pub const VERSION: u32 = 1;

/// A reader's progress, saved as `{"v":1,"method":"…","done":{"<step id>":"<date>"},"requested":"<date>"}`.
///
/// Ticks are keyed by step id, so a step whose text changes keeps its tick. Ticks for ids the
/// guide no longer has are kept (the step may come back) but never counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The version of this saved form: [`VERSION`] for all progress this build creates or reads.
    pub v: u32,
    /// The method the reader last chose; `None` means the guide's first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Ticked step ids and the day each was ticked.
    #[serde(default)]
    pub done: BTreeMap<String, Date>,
    /// The day the reader ticked a step that sends the deletion request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<Date>,
}

/// Everything a reader (or the browser) can do to their progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Tick or untick a step on `today`.
    Toggle {
        step: &'static crate::guide::Step,
        today: Date,
    },
    /// Show another method's checklist.
    ChooseMethod(&'static str),
    /// Forget everything in this guide.
    StartOver,
    /// Replace the state with what was saved (on load, or when another tab saved).
    Restore(Progress),
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            v: VERSION,
            method: None,
            done: BTreeMap::new(),
            requested: None,
        }
    }
}

impl Progress {
    pub fn is_done(&self, step_id: &str) -> bool {
        self.done.contains_key(step_id)
    }

    /// How many of this method's steps are ticked; ticks of unknown ids do not count.
    pub fn done_in(&self, method: &Method) -> usize {
        method.steps.iter().filter(|s| self.is_done(s.id)).count()
    }

    /// The method to show: the saved choice if the guide still has it, else the first.
    pub fn current_method(&self, guide: &'static Guide) -> Option<&'static Method> {
        let chosen = self.method.as_deref().and_then(|id| guide.method(id));
        chosen.or_else(|| guide.methods.first())
    }

    /// The state after `action`. Never fails: every action is valid in every state.
    pub fn apply(&self, action: Action) -> Progress {
        let mut next = self.clone();
        match action {
            Action::Toggle { step, today } => next.toggle(step, today),
            Action::ChooseMethod(id) => next.method = Some(id.to_owned()),
            Action::StartOver => next = Progress::default(),
            Action::Restore(saved) => next = saved,
        }
        next
    }

    fn toggle(&mut self, step: &crate::guide::Step, today: Date) {
        let ticking = self.done.remove(step.id).is_none();
        if ticking {
            self.done.insert(step.id.to_owned(), today);
        }
        if step.sends_request {
            self.requested = ticking.then_some(today);
        }
    }
}

/// The state a widget keeps: the progress, and whether the reader changed it since it was
/// last loaded or saved (only the reader's own changes are written back).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checklist {
    pub progress: Progress,
    pub unsaved: bool,
}

impl yew::Reducible for Checklist {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let unsaved = !matches!(action, Action::Restore(_));
        let progress = self.progress.apply(action);
        Rc::new(Checklist { progress, unsaved })
    }
}

/// What a saved value turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Current(Progress),
    /// Written by a newer build: not ours to read or overwrite.
    Newer,
    /// Not progress at all: not JSON, or JSON of another shape.
    Unreadable,
}

/// Just the version, read first so that a newer shape is recognised before it is judged.
#[derive(Deserialize)]
struct Header {
    v: u32,
}

/// Reads a saved value. `fresh` gives a new deserializer over the same value each time it is
/// called (it is read twice: its version, then the rest). Generic so that the browser reads
/// JavaScript values and the native property tests read `serde_json` ones through the same code.
pub fn read_saved<'de, D: Deserializer<'de>>(fresh: impl Fn() -> D) -> Saved {
    match Header::deserialize(fresh()) {
        Ok(Header { v }) if v > VERSION => Saved::Newer,
        Ok(Header { v: VERSION }) => {
            Progress::deserialize(fresh()).map_or(Saved::Unreadable, Saved::Current)
        }
        _ => Saved::Unreadable,
    }
}

/// Dates are saved as `YYYY-MM-DD` strings.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}
