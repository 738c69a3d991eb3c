//! What a reader has done in one guide, and every way it can change.
//!
//! Pure data and pure transitions: no browser API is touched here, so all of it is tested
//! natively. `storage` saves it; the components show it.

use litemap::LiteMap;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::guide::{Guide, Method, Step};

/// The version of the saved form written by this build. A saved value with a higher `v` came
/// from a newer build and is never overwritten by this one.
///
/// 1: method, done, requested. 2: adds the reader's `details` for their support message and
/// the day they checked the account was `gone` (`saved_form` reads version 1 into it).
pub const VERSION: u32 = 2;

/// A reader's progress, saved as `{"v":2,"method":"…","done":{"<step id>":"<date>"},
/// "requested":"<date>","details":{"email":"…","reference":"…"},"gone":"<date>"}` (see
/// `saved_form` for how it is read and written, and how earlier versions are read).
///
/// Ticks are keyed by step id, so a step whose text changes keeps its tick. Ticks for ids the
/// guide no longer has are kept (the step may come back) but never counted.
///
/// Read strictly: a field this build does not know makes the value unreadable, so that it is
/// kept aside whole rather than written back without that field. A `null` where a field is
/// optional reads as the field left out: it holds nothing to lose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The version of this saved form: [`VERSION`] for all progress this build creates or reads.
    pub v: u32,
    /// The method the reader last chose; `None` means the guide's first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Ticked step ids and the day each was ticked.
    #[serde(default, serialize_with = "crate::saved_form::as_object")]
    pub done: LiteMap<String, Date>,
    /// The day the reader sent the deletion request: the day they first ticked a step that
    /// sends it, or the day they set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<Date>,
    /// What the reader typed into their support message.
    #[serde(default, skip_serializing_if = "Details::is_empty")]
    pub details: Details,
    /// The day the reader checked that the account is really gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gone: Option<Date>,
}

/// What the reader typed for their message to support: kept in their own browser only, and
/// removed by "Forget my details" or Start over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Details {
    /// The account's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// An order number or a ticket reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

impl Details {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.reference.is_none()
    }
}

/// Which of the reader's details a change is to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Email,
    Reference,
}

/// Everything a reader can do to their progress. Each says what the reader meant, not what to
/// flip: the same action applied twice, or to progress another tab changed meanwhile, still
/// means what the reader saw and did (see `store`, which applies it to what storage holds).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Tick (`ticked`) or untick a step on `today`, as the reader saw its box.
    Tick {
        step: &'static Step,
        ticked: bool,
        today: Date,
    },
    /// Show another method's checklist.
    ChooseMethod(&'static str),
    /// The reader typed one of their details (empty text forgets it).
    SetDetail(Detail, String),
    /// "Forget my details".
    ForgetDetails,
    /// The reader checked that the account is gone (on that day), or took that back.
    MarkGone(Option<Date>),
    /// Progress brought from another device, merged in (see [`Progress::merge`]).
    Merge(Box<Progress>),
    /// The reader says on which day they sent the request (checked by the caller: not after
    /// today, not years back; see `tracker`).
    SetRequested(Date),
    /// Forget everything in this guide.
    StartOver,
    /// Keep what the reader did on prerendered markup before the wasm took it over: these
    /// steps stay ticked (from `today`, unless already done) and this method stays chosen.
    KeepEarly {
        ticked: Vec<&'static Step>,
        method: Option<&'static str>,
        today: Date,
    },
}

/// What the reader did on prerendered markup before the wasm arrived, as the page shows it:
/// the ids of ticked steps and of the chosen method. The widget adopts the inputs as they are
/// (see `components::keep_checked`) but starts from the progress it reads, which does not
/// know them: this is read from the page first and applied once storage is read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EarlyInput {
    pub ticked: Vec<String>,
    pub method: Option<String>,
}

impl EarlyInput {
    /// As an action on `guide`'s progress; ids the guide does not have are left out.
    pub fn action(&self, guide: &'static Guide, today: Date) -> Option<Action> {
        if self.ticked.is_empty() && self.method.is_none() {
            return None;
        }
        let mut ticked: Vec<&'static Step> = Vec::new();
        for step in guide.methods.iter().flat_map(|m| m.steps.iter().copied()) {
            let early = self.ticked.iter().any(|id| id == step.id);
            if early && !ticked.contains(&step) {
                ticked.push(step);
            }
        }
        Some(Action::KeepEarly {
            ticked,
            method: self
                .method
                .as_deref()
                .and_then(|id| guide.method(id))
                .map(|m| m.id),
            today,
        })
    }
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            v: VERSION,
            method: None,
            done: LiteMap::new(),
            requested: None,
            details: Details::default(),
            gone: None,
        }
    }
}

impl Progress {
    /// Whether `step` is ticked, under its id or one it had before.
    pub fn is_done(&self, step: &Step) -> bool {
        step.ids().any(|id| self.done.contains_key(id))
    }

    /// How many of this method's steps are ticked; ticks of unknown ids do not count, and a
    /// step the method shares with another counts in both.
    pub fn done_in(&self, method: &Method) -> usize {
        method.steps.iter().filter(|s| self.is_done(s)).count()
    }

    /// The first of this method's steps not yet ticked: the one to do next.
    pub fn next_in(&self, method: &Method) -> Option<&'static Step> {
        method.steps.iter().copied().find(|s| !self.is_done(s))
    }

    /// The method to show: the saved choice if the guide still has it, else the first.
    pub fn current_method(&self, guide: &'static Guide) -> Option<&'static Method> {
        let chosen = self.method.as_deref().and_then(|id| guide.method(id));
        chosen.or_else(|| guide.methods.first())
    }

    /// This progress with `other`'s added: every tick of either (a step ticked on both keeps
    /// the earlier day), and whatever this side has not set (method, request day, details,
    /// the day the account was found gone) taken from `other`. Nothing this side holds is
    /// lost or overwritten.
    pub fn merge(&self, other: &Progress) -> Progress {
        let mut merged = self.clone();
        for (id, day) in other.done.iter() {
            let earlier = merged.done.get(id).map_or(*day, |mine| (*mine).min(*day));
            merged.done.insert(id.clone(), earlier);
        }
        merged.method = merged.method.or_else(|| other.method.clone());
        merged.requested = merged.requested.or(other.requested);
        merged.gone = merged.gone.or(other.gone);
        let details = &mut merged.details;
        details.email = details.email.take().or_else(|| other.details.email.clone());
        details.reference = details
            .reference
            .take()
            .or_else(|| other.details.reference.clone());
        merged
    }

    /// The state after `action`. Never fails: every action is valid in every state, and
    /// applying one twice changes nothing more.
    pub fn apply(&self, action: &Action) -> Progress {
        let mut next = self.clone();
        match action {
            Action::Tick {
                step,
                ticked,
                today,
            } => next.mark(step, *ticked, *today),
            Action::ChooseMethod(id) => next.method = Some((*id).to_owned()),
            Action::SetRequested(day) => next.requested = Some(*day),
            Action::SetDetail(detail, text) => {
                let text = text.trim();
                let value = (!text.is_empty()).then(|| text.to_owned());
                match detail {
                    Detail::Email => next.details.email = value,
                    Detail::Reference => next.details.reference = value,
                }
            }
            Action::ForgetDetails => next.details = Details::default(),
            Action::MarkGone(day) => next.gone = *day,
            Action::Merge(other) => next = next.merge(other),
            Action::StartOver => next = Progress::default(),
            Action::KeepEarly {
                ticked,
                method,
                today,
            } => {
                for step in ticked {
                    next.mark(step, true, *today);
                }
                next.method = method.map(str::to_owned).or(next.method);
            }
        }
        next
    }

    /// A step ticked keeps the day it was first ticked; unticking forgets it.
    fn mark(&mut self, step: &Step, ticked: bool, today: Date) {
        if ticked == self.is_done(step) {
            return;
        }
        if ticked {
            self.done.insert(step.id.to_owned(), today);
        } else {
            for id in step.ids() {
                self.done.remove(id);
            }
        }
        // The request's day is the reader's: set when the request step is first ticked, kept
        // when it is unticked (the request may well have gone), cleared only by starting over.
        if step.sends_request && ticked {
            self.requested = self.requested.or(Some(today));
        }
    }
}
