//! A guide's methods as their author writes them: each an ordered list of steps, some of
//! them shared with an earlier method, and how long the service may take after a request.

use crate::reader::{Located, Reader};
use crate::rules;
use crate::schema::{id, read_day_range, Link};
use crate::sources::{disagreement, sources, Claim};

#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub id: Option<Located<String>>,
    pub title: String,
    pub summary: String,
    pub steps: Vec<Step>,
    /// This method's own window, where it differs from the guide's; `Unknown` where no source
    /// gives one (the widget then says to ask, and shows no invented dates).
    pub processing_days: MethodWindow,
    /// For a method that goes through support: what to ask for, in plain words; the widget
    /// makes the reader's message from it.
    pub support_request: Option<String>,
    /// What says this way exists; and where the sources disagree about it.
    pub sources: Vec<Located<String>>,
    pub disagree: Vec<Claim>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MethodWindow {
    Guide,
    Own(u16, u16),
    Unknown,
}

/// A step as written in a method: the step itself, or `same_as = "<id>"`, a step of an
/// earlier method that this one shares (written once, ticked once, counted in both).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: Option<Located<String>>,
    pub same_as: Option<Located<String>>,
    pub title: String,
    pub body: String,
    pub action: Option<Link>,
    pub tips: Vec<String>,
    pub warnings: Vec<String>,
    pub sends_request: bool,
    /// Ids this step had before: readers' ticks on them count for it.
    pub formerly: Vec<Located<String>>,
    pub sources: Vec<Located<String>>,
    pub disagree: Vec<Claim>,
}

/// The most methods a guide may have: the widget's stylesheet shows the chosen method's
/// checklist by its position, with one rule per position (so that choosing works before the
/// wasm has loaded, and without JavaScript).
pub const MAX_METHODS: usize = 4;

pub(crate) fn methods(r: &mut Reader) -> Vec<Method> {
    let methods = r.tables("methods", true, Method::read);
    if let Some(extra) = methods.get(MAX_METHODS).and_then(|m| m.id.as_ref()) {
        let why = format!("a guide has at most {MAX_METHODS} methods; this is one more");
        r.report(extra.span.clone(), "methods", why);
    }
    methods
}

/// A method's `processing_days = { min, max }`, or `processing_days_unknown = true`.
fn method_window(r: &mut Reader) -> MethodWindow {
    let unknown = r.flag("processing_days_unknown");
    match r
        .optional_table("processing_days", read_day_range)
        .flatten()
    {
        Some(_) if unknown => {
            let why = "give `processing_days` or `processing_days_unknown`, not both";
            r.report(0..0, "processing_days_unknown", why);
            MethodWindow::Unknown
        }
        Some((min, max)) => MethodWindow::Own(min, max),
        None if unknown => MethodWindow::Unknown,
        None => MethodWindow::Guide,
    }
}

impl Method {
    fn read(r: &mut Reader) -> Method {
        Method {
            id: id(r),
            title: r.text("title"),
            summary: r.text("summary"),
            steps: r.tables("steps", true, Step::read),
            processing_days: method_window(r),
            support_request: r.optional_text("support_request").map(|t| t.value),
            sources: sources(r),
            disagree: disagreement(r),
        }
    }
}

impl Step {
    fn read(r: &mut Reader) -> Step {
        if let Some(same_as) = r.optional_text("same_as") {
            return Step {
                id: None,
                same_as: Some(same_as),
                title: String::new(),
                body: String::new(),
                action: None,
                tips: Vec::new(),
                warnings: Vec::new(),
                sends_request: false,
                formerly: Vec::new(),
                sources: Vec::new(),
                disagree: Vec::new(),
            };
        }
        Step {
            id: id(r),
            same_as: None,
            title: r.text("title"),
            body: r.text("body"),
            action: r.optional_table("action", |r| Link {
                title: r.text("label"),
                url: r.parsed("url", rules::https_url).unwrap_or_default(),
                sources: Vec::new(),
            }),
            tips: r.texts("tips", false),
            warnings: r.texts("warnings", false),
            sends_request: r.flag("sends_request"),
            formerly: r.located_texts("formerly"),
            sources: sources(r),
            disagree: disagreement(r),
        }
    }
}
