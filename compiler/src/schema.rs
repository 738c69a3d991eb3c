//! A guide as its author writes it, read from TOML with every rule checked.
//! `guides/README.md` documents each field; keep the two in step.

use crate::reader::{Located, Reader};
use crate::rules::{self, Date, Walked};
use crate::sources::{disagreement, sources, Claim};

use crate::methods::methods;
pub use crate::methods::{Method, MethodWindow, Step};

#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    /// Must be the file's stem: `guides/aliexpress.toml` holds `id = "aliexpress"`.
    pub id: Option<Located<String>>,
    pub service: String,
    /// Other names and the domains readers may search the index for: "Ali Express",
    /// "aliexpress.us".
    pub aliases: Vec<String>,
    pub title: String,
    pub summary: String,
    pub time_needed: String,
    pub difficulty: String,
    pub last_verified: Option<Walked>,
    /// The window every method takes unless it gives its own or says it is unknown; needed only
    /// when some method takes it.
    pub processing_days: Option<(u16, u16)>,
    /// What the quick facts (time, difficulty, the processing window) rest on.
    pub facts_sources: Vec<Located<String>>,
    /// What to do once the window has passed and the account is still there.
    pub when_overdue: Option<Sourced>,
    /// How to check that the account is really gone.
    pub check_gone: Option<Sourced>,
    /// After how many days since `last_verified` the widget says the guide may be out of date.
    pub review_days: u16,
    pub report_url: Option<String>,
    pub official_links: Vec<Link>,
    pub methods: Vec<Method>,
    pub warnings: Vec<Note>,
    pub before: Vec<Note>,
    pub after: Vec<Note>,
    pub troubleshooting: Vec<Note>,
    pub alternatives: Vec<Alternative>,
    pub faq: Vec<Faq>,
    pub references: Vec<Reference>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: Option<Located<String>>,
    pub title: String,
    pub body: String,
    /// For important warnings: `blocker`, `loss` or `info` (the default).
    pub severity: String,
    pub sources: Vec<Located<String>>,
    pub disagree: Vec<Claim>,
}

/// A sentence of the guide's own that stands alone, with what it rests on:
/// `{ says = "…", sources = ["…"] }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub says: String,
    pub sources: Vec<Located<String>>,
}

impl Sourced {
    fn read(r: &mut Reader) -> Sourced {
        Sourced {
            says: r.text("says"),
            sources: sources(r),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub id: Option<Located<String>>,
    pub title: String,
    pub body: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    pub sources: Vec<Located<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Faq {
    pub id: Option<Located<String>>,
    pub question: String,
    pub answer: String,
    pub sources: Vec<Located<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: String,
    /// For an official page: where its address comes from (empty for a step's action link,
    /// which rests on its step's sources).
    pub sources: Vec<Located<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: Option<Located<String>>,
    pub title: String,
    pub description: String,
    /// Left out where the source has no public address we know (a copy handed to us).
    pub url: Option<String>,
    /// The day someone here last read it.
    pub read: Option<Date>,
}

impl Guide {
    pub fn read(r: &mut Reader) -> Guide {
        Guide {
            id: id(r),
            service: r.text("service"),
            aliases: r.texts("aliases", false),
            title: r.text("title"),
            summary: r.text("summary"),
            time_needed: r.text("time_needed"),
            difficulty: r
                .parsed("difficulty", rules::difficulty)
                .unwrap_or_default(),
            last_verified: r.parsed("last_verified", rules::walked),
            processing_days: r
                .optional_table("processing_days", read_day_range)
                .flatten(),
            facts_sources: r.required_texts("facts_sources", FACTS_HINT),
            when_overdue: r.optional_table("when_overdue", Sourced::read),
            check_gone: r.optional_table("check_gone", Sourced::read),
            review_days: r
                .optional_integer("review_days", 1..3651)
                .map_or(DEFAULT_REVIEW_DAYS, |days| days.value as u16),
            report_url: r.optional_parsed("report_url", rules::https_url),
            official_links: r.tables("official_links", true, Link::read),
            methods: methods(r),
            warnings: r.tables("warnings", true, Note::read_warning),
            before: r.tables("before", false, Note::read),
            after: r.tables("after", false, Note::read),
            troubleshooting: r.tables("troubleshooting", false, Note::read),
            alternatives: r.tables("alternatives", false, Alternative::read),
            faq: r.tables("faq", false, Faq::read),
            references: r.tables("references", true, Reference::read),
        }
    }

    /// The step a method lists: itself, or the step its `same_as` names.
    pub fn resolve<'g>(&'g self, step: &'g Step) -> Option<&'g Step> {
        let Some(target) = &step.same_as else {
            return Some(step);
        };
        self.methods
            .iter()
            .flat_map(|m| &m.steps)
            .find(|s| s.id.as_ref().is_some_and(|id| id.value == target.value))
    }

    /// Every id in the guide, in order: they must be unique, as progress is keyed on them.
    pub fn ids<'a>(&'a self) -> impl Iterator<Item = &'a Located<String>> {
        let steps = |m: &'a Method| {
            m.steps
                .iter()
                .flat_map(|s| s.id.iter().chain(s.formerly.iter()))
        };
        self.methods
            .iter()
            .flat_map(move |m| m.id.iter().chain(steps(m)))
            .chain(self.notes().flat_map(|n| n.id.iter()))
            .chain(self.alternatives.iter().flat_map(|a| a.id.iter()))
            .chain(self.faq.iter().flat_map(|f| f.id.iter()))
    }

    /// Every note: the warnings, then before, after and troubleshooting.
    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        [
            &self.warnings,
            &self.before,
            &self.after,
            &self.troubleshooting,
        ]
        .into_iter()
        .flatten()
    }
}

const FACTS_HINT: &str = "`facts_sources = [\"<reference id>\"]`, the references that give \
                          the time needed, the difficulty and the processing window";

/// How long a guide stays fresh after someone last walked its steps, unless it says otherwise.
pub const DEFAULT_REVIEW_DAYS: u16 = 180;

/// `{ min = 7, max = 30 }`: how many days the service takes to act on a request.
pub(crate) fn read_day_range(r: &mut Reader) -> Option<(u16, u16)> {
    let min = r.integer("min", 0..3651)?;
    let max = r.integer("max", 0..3651)?;
    if max.value < min.value {
        r.report(max.span, "max", "must not be less than `min`");
        return None;
    }
    Some((min.value as u16, max.value as u16))
}

pub(crate) fn id(r: &mut Reader) -> Option<Located<String>> {
    let text = r.located_text("id")?;
    match rules::slug(&text.value) {
        Ok(_) => Some(text),
        Err(why) => {
            r.report(text.span, "id", why);
            None
        }
    }
}

impl Note {
    fn read(r: &mut Reader) -> Note {
        Note {
            id: id(r),
            title: r.text("title"),
            body: r.text("body"),
            severity: "info".to_owned(),
            sources: sources(r),
            disagree: disagreement(r),
        }
    }

    fn read_warning(r: &mut Reader) -> Note {
        let severity = r.optional_text("severity").and_then(|given| {
            rules::severity(&given.value)
                .map_err(|why| r.report(given.span, "severity", why))
                .ok()
        });
        Note {
            severity: severity.unwrap_or_else(|| "info".to_owned()),
            ..Note::read(r)
        }
    }
}

impl Alternative {
    fn read(r: &mut Reader) -> Alternative {
        Alternative {
            id: id(r),
            title: r.text("title"),
            body: r.text("body"),
            pros: r.texts("pros", true),
            cons: r.texts("cons", true),
            sources: sources(r),
        }
    }
}

impl Faq {
    fn read(r: &mut Reader) -> Faq {
        Faq {
            id: id(r),
            question: r.text("question"),
            answer: r.text("answer"),
            sources: sources(r),
        }
    }
}

impl Link {
    fn read(r: &mut Reader) -> Link {
        Link {
            title: r.text("title"),
            url: r.parsed("url", rules::https_url).unwrap_or_default(),
            sources: sources(r),
        }
    }
}

impl Reference {
    fn read(r: &mut Reader) -> Reference {
        Reference {
            id: id(r),
            title: r.text("title"),
            description: r.text("description"),
            url: r.optional_parsed("url", rules::https_url),
            read: r.parsed("read", rules::date),
        }
    }
}
