//! What a reader has done in one guide, and every way it can change.
//!
//! Pure data and pure transitions: no browser API is touched here, so all of it is tested
//! natively. `storage` saves it; the components show it.

use std::rc::Rc;

use litemap::LiteMap;

use crate::date::Date;
use crate::guide::{Guide, Method};

/// The version of the saved form written by this build. A saved value with a higher `v` came
/// from a newer build and is never overwritten by this one.
pub const VERSION: u32 = 1;

/// A reader's progress, saved as `{"v":1,"method":"…","done":{"<step id>":"<date>"},"requested":"<date>"}`.
///
/// Ticks are keyed by step id, so a step whose text changes keeps its tick. Ticks for ids the
/// guide no longer has are kept (the step may come back) but never counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The version of this saved form: [`VERSION`] for all progress this build creates or reads.
    pub v: u32,
    /// The method the reader last chose; `None` means the guide's first.
    pub method: Option<String>,
    /// Ticked step ids and the day each was ticked.
    pub done: LiteMap<String, Date>,
    /// The day the reader ticked a step that sends the deletion request.
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
    /// Keep what the reader did on prerendered markup before the wasm took it over: these
    /// steps stay ticked (from `today`, unless already done) and this method stays chosen.
    KeepEarly {
        ticked: Vec<&'static crate::guide::Step>,
        method: Option<&'static str>,
        today: Date,
    },
}

/// What the reader did on prerendered markup before the wasm arrived, as the page shows it:
/// the ids of ticked steps and of the chosen method. Hydrating resets the inputs to the
/// widget's first render, so this is read from the page first and kept afterwards.
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
        let steps = guide.methods.iter().flat_map(|m| m.steps);
        Some(Action::KeepEarly {
            ticked: steps
                .filter(|s| self.ticked.iter().any(|id| id == s.id))
                .collect(),
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
            Action::KeepEarly {
                ticked,
                method,
                today,
            } => {
                for step in ticked {
                    if !next.is_done(step.id) {
                        next.toggle(step, today);
                    }
                }
                next.method = method.map(str::to_owned).or(next.method);
            }
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

/// A parsed JSON value, as deep as the saved form goes: an object of fields, one of which
/// (`done`) is an object of texts. Anything else is `Other`. The browser fills it from
/// `JSON.parse`, the tests from `serde_json`; serde itself stays out of the wasm (it cost
/// 30 KB there, much of it formatting error messages nobody reads).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Number(f64),
    Text(String),
    Object(Vec<(String, Json)>),
    Other,
}

/// Reads a saved value: `{"v":1,"method":"…","done":{"<id>":"<date>"},"requested":"<date>"}`,
/// strictly, since what is not understood must be kept aside rather than half-read.
pub fn read_saved(value: &Json) -> Saved {
    let Json::Object(fields) = value else {
        return Saved::Unreadable;
    };
    let version = fields
        .iter()
        .find(|(key, _)| key == "v")
        .map(|(_, value)| value);
    match version {
        Some(Json::Number(v)) if *v == f64::from(VERSION) => {
            read_fields(fields).map_or(Saved::Unreadable, Saved::Current)
        }
        Some(Json::Number(v)) if *v > f64::from(VERSION) && v.fract() == 0.0 => Saved::Newer,
        _ => Saved::Unreadable,
    }
}

fn read_fields(fields: &[(String, Json)]) -> Option<Progress> {
    let mut progress = Progress::default();
    for (key, value) in fields {
        match (key.as_str(), value) {
            ("v", _) => {}
            ("method", Json::Text(id)) => progress.method = Some(id.clone()),
            ("done", Json::Object(ticks)) => {
                for (id, day) in ticks {
                    let Json::Text(day) = day else { return None };
                    progress.done.insert(id.clone(), Date::parse(day)?);
                }
            }
            ("requested", Json::Text(day)) => progress.requested = Some(Date::parse(day)?),
            _ => return None,
        }
    }
    Some(progress)
}

impl Progress {
    /// The saved form, as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\"v\":{VERSION}");
        if let Some(method) = &self.method {
            out.push_str(",\"method\":");
            push_json_text(&mut out, method);
        }
        out.push_str(",\"done\":{");
        for (i, (id, day)) in self.done.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_json_text(&mut out, id);
            out.push(':');
            push_json_text(&mut out, &day.to_string());
        }
        out.push('}');
        if let Some(day) = self.requested {
            out.push_str(",\"requested\":");
            push_json_text(&mut out, &day.to_string());
        }
        out.push('}');
        out
    }
}

/// A JSON string literal. Ids come from storage too, so any character may need escaping.
fn push_json_text(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}
