//! The shape of a guide as the widget sees it.
//!
//! Every guide is written in `guides/<id>.toml`, checked by the guide compiler in `build.rs`,
//! and baked into the binary as `&'static` values of these types: nothing is parsed at run time.

use crate::date::Date;

/// One service's complete deletion guide.
#[derive(Debug)]
pub struct Guide {
    /// The file stem of `guides/<id>.toml`; also the key of saved progress, which every
    /// language of a guide shares.
    pub id: &'static str,
    /// The language of its text: `en` for a guide as written, another for a translation.
    pub lang: &'static str,
    /// For a guide in the words of `guides/<id>.<lang>.toml`: who made that, and what of it
    /// is stale.
    pub translation: Option<Translation>,
    pub service: &'static str,
    /// Other names and domains of the service, for searching the guide index.
    pub aliases: &'static [&'static str],
    pub title: &'static str,
    pub summary: &'static str,
    pub facts: Facts,
    /// What to do once the window has passed and the account is still there.
    pub when_overdue: Option<Sourced>,
    /// How to check that the account is really gone.
    pub check_gone: Option<Sourced>,
    /// After how many days since `last_verified` the guide may be out of date (180 unless it
    /// says otherwise).
    pub review_days: u16,
    pub official_links: &'static [Link],
    pub methods: &'static [Method],
    pub warnings: &'static [Note],
    pub before: &'static [Note],
    pub after: &'static [Note],
    pub troubleshooting: &'static [Note],
    pub alternatives: &'static [Alternative],
    pub faq: &'static [Faq],
    pub references: &'static [Reference],
    /// Where a reader reports a mistake in this guide.
    pub report_url: Option<&'static str>,
    /// A fingerprint of this guide's content and the crate's version (see `prerendered`).
    pub build: &'static str,
}

/// The quick facts shown at the top of a guide.
#[derive(Debug, PartialEq)]
pub struct Facts {
    pub time_needed: &'static str,
    pub difficulty: Difficulty,
    /// When someone last walked the steps on the service itself; `None`: never, the guide
    /// rests on its sources alone.
    pub last_verified: Option<Date>,
    /// The day the least recently read reference was read.
    pub sources_read: Option<Date>,
    /// How long the service takes to act on a request, in days, where a source says and the
    /// methods take it (each method has its own copy; see `Method::processing_days`).
    pub processing_days: Option<DayRange>,
    /// What the facts above rest on.
    pub sources: Sources,
}

impl Facts {
    /// The last time anyone checked the guide, by walking its steps or reading its sources:
    /// what its age, and whether it may be out of date, are counted from.
    pub fn checked(&self) -> Option<Date> {
        self.last_verified.max(self.sources_read)
    }

    /// Whether the day `checked` gives is the day someone walked the steps (rather than,
    /// where its sources were read since or it was never walked, the day of that reading).
    pub fn verified_last(&self) -> bool {
        self.last_verified.is_some() && self.last_verified >= self.sources_read
    }
}

/// What a statement rests on: the numbers of its references as the reader sees them (the
/// first reference is 1), and 0 for advice that is the guide's own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sources(pub &'static [u8]);

/// A sentence that stands alone (what to do when overdue, how to check the account is gone),
/// with what it rests on.
#[derive(Debug, PartialEq)]
pub struct Sourced {
    pub says: &'static str,
    pub sources: Sources,
}

/// One side where the sources disagree: a reference's number and what it says.
#[derive(Debug, PartialEq)]
pub struct Claim {
    pub source: u8,
    pub says: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// In the order of [`crate::words::Words::difficulties`], which names them.
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
    Impossible,
}

impl Difficulty {
    pub fn class(self) -> &'static str {
        match self {
            Difficulty::Easy => "dg-difficulty-easy",
            Difficulty::Medium => "dg-difficulty-medium",
            Difficulty::Hard => "dg-difficulty-hard",
            Difficulty::Impossible => "dg-difficulty-impossible",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub min: u16,
    pub max: u16,
}

/// A way to delete the account, such as self-service or through customer support.
#[derive(Debug)]
pub struct Method {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    /// In order. A step two methods share is the same `Step` in both: ticked once, counted
    /// in each.
    pub steps: &'static [&'static Step],
    /// How long the service takes after a request made this way (the guide's window unless
    /// the method has its own); `None` where no source says.
    pub processing_days: Option<DayRange>,
    /// For a method that goes through support: what to ask for, in plain words.
    pub support_request: Option<&'static str>,
    /// What says this way exists, and where the sources disagree about it.
    pub sources: Sources,
    pub disagree: &'static [Claim],
}

/// One checklist item. Its `id` is what saved progress is keyed on, so editing a step's text
/// never loses a reader's tick.
#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    /// The link that does this step ("Open account settings"), if it has one.
    pub action: Option<Link>,
    pub tips: &'static [&'static str],
    pub warnings: &'static [&'static str],
    /// Ticking this step means the deletion request has been sent.
    pub sends_request: bool,
    /// Ids this step had before (two steps merged into one): ticks on them count for it.
    pub formerly: &'static [&'static str],
    pub sources: Sources,
    pub disagree: &'static [Claim],
}

impl Step {
    /// Its id and every id it had before.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.id).chain(self.formerly.iter().copied())
    }
}

/// How much an important warning matters, most first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Stops deletion until dealt with.
    Blocker,
    /// Something the reader loses.
    Loss,
    /// Good to know.
    Info,
}

/// A titled paragraph: an important warning, something to do before or to expect after.
#[derive(Debug, PartialEq)]
pub struct Note {
    pub id: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    /// How much an important warning matters (`Info` for every other note).
    pub severity: Severity,
    pub sources: Sources,
    pub disagree: &'static [Claim],
}

#[derive(Debug, PartialEq)]
pub struct Alternative {
    pub id: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    pub pros: &'static [&'static str],
    pub cons: &'static [&'static str],
    pub sources: Sources,
}

#[derive(Debug, PartialEq)]
pub struct Faq {
    pub id: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
    pub sources: Sources,
}

#[derive(Debug, PartialEq)]
pub struct Link {
    pub title: &'static str,
    pub url: &'static str,
    /// Where an official page's address comes from (none for a step's action link, which
    /// rests on its step's sources).
    pub sources: Sources,
}

/// A source the guide rests on, numbered by its place in the list (from 1).
#[derive(Debug, PartialEq)]
pub struct Reference {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// `None` where the source has no public address we know.
    pub url: Option<&'static str>,
    /// The day someone here last read it.
    pub read: Date,
}

/// Guides, methods and steps are `'static` and unique, so two are the same exactly when they
/// are the same value in memory: a pointer comparison, the cheapest check Yew's props can get.
macro_rules! identity_eq {
    ($($type:ty),*) => {$(
        impl PartialEq for $type {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
    )*};
}
identity_eq!(Guide, Method, Step);

impl Guide {
    pub fn method(&self, id: &str) -> Option<&'static Method> {
        self.methods.iter().find(|m| m.id == id)
    }
}

mod translated;
pub use translated::{find_in, languages_of, translations, Translation};

include!(concat!(env!("OUT_DIR"), "/guides.rs"));

/// Where the page `name` (a guide's id, or `index`) is published on `site`: the prerenderer
/// writes it there, and a widget given an unknown guide links there.
pub fn page_address(site: &str, name: &str) -> String {
    format!("{}/guides/{name}.html", site.trim_end_matches('/'))
}

/// Every guide baked into this build (`GUIDES=a,b make build` bakes only those).
pub fn all() -> &'static [Guide] {
    GUIDES
}

/// The guide with this id, if this build has it.
pub fn find(id: &str) -> Option<&'static Guide> {
    GUIDES.iter().find(|g| g.id == id)
}
