//! What each statement of a guide rests on: `sources = ["<reference id>", …]` on everything a
//! reader reads as a fact or an instruction, and `disagree = [{ source, says }, …]` where the
//! sources do not agree. The rules that span the whole guide (every id known, every reference
//! cited) are checked here once everything is read.

use std::collections::HashSet;

use crate::problem::Problems;
use crate::reader::{Located, Reader};
use crate::schema::{Guide, Reference};

/// The source id of advice that is the guide's own ("keep a screenshot"): said as such to the
/// reader instead of pretending to rest on a reference.
pub const EDITORIAL: &str = "editorial";

/// The most references a guide may have: the widget numbers them in one byte.
pub const MAX_REFERENCES: usize = 255;

/// One source's side where the sources disagree: which reference, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub source: Located<String>,
    pub says: String,
}

/// The required `sources` list of an item.
pub fn sources(r: &mut Reader) -> Vec<Located<String>> {
    let hint = "`sources = [\"<reference id>\"]`, the references this rests on \
                (or `[\"editorial\"]` for the guide's own advice)";
    r.required_texts("sources", hint)
}

/// The optional `disagree` list of an item: at least two sides when present.
pub fn disagreement(r: &mut Reader) -> Vec<Claim> {
    let claims: Vec<Claim> = r
        .tables("disagree", false, |r| {
            let source = r.located_text("source");
            let says = r.text("says");
            source.map(|source| Claim { source, says })
        })
        .into_iter()
        .flatten()
        .collect();
    if let [only] = claims.as_slice() {
        let why = "needs at least two sides, each a source and what it says";
        r.report(only.source.span.clone(), "disagree", why);
    }
    claims
}

/// Every `sources` and `disagree` entry names a reference (or, for `sources`, is editorial);
/// every reference is cited at least once; reference ids are unique slugs.
pub fn check(guide: &Guide, problems: &Problems) {
    let known = reference_ids(&guide.references, problems);
    let mut used: HashSet<&str> = HashSet::new();
    for source in cited(guide) {
        used.insert(&source.value);
        if source.value != EDITORIAL && !known.contains(source.value.as_str()) {
            problems.report(source.span.clone(), &source.field, unknown(&source.value));
        }
    }
    for claim in claims(guide) {
        let id = &claim.source;
        used.insert(&id.value);
        if !known.contains(id.value.as_str()) {
            problems.report(id.span.clone(), &id.field, unknown(&id.value));
        }
    }
    for reference in &guide.references {
        let Some(id) = &reference.id else { continue };
        if !used.contains(id.value.as_str()) {
            let why = format!("`{}` is cited nowhere; cite it or remove it", id.value);
            problems.report(id.span.clone(), &id.field, why);
        }
    }
    if let Some(extra) = guide.references.get(MAX_REFERENCES) {
        let span = extra.id.as_ref().map_or(0..0, |id| id.span.clone());
        let why = format!("a guide has at most {MAX_REFERENCES} references");
        problems.report(span, "references", why);
    }
}

/// Every source id cited by a `sources` list, wherever it is.
fn cited(guide: &Guide) -> impl Iterator<Item = &Located<String>> {
    let methods = guide.methods.iter().flat_map(|m| {
        let steps = m.steps.iter().flat_map(|s| &s.sources);
        m.sources.iter().chain(steps)
    });
    let sentences = [&guide.when_overdue, &guide.check_gone];
    guide
        .facts_sources
        .iter()
        .chain(sentences.into_iter().flatten().flat_map(|s| &s.sources))
        .chain(guide.official_links.iter().flat_map(|l| &l.sources))
        .chain(methods)
        .chain(guide.notes().flat_map(|n| &n.sources))
        .chain(guide.alternatives.iter().flat_map(|a| &a.sources))
        .chain(guide.faq.iter().flat_map(|f| &f.sources))
}

/// Every side of every disagreement.
fn claims(guide: &Guide) -> impl Iterator<Item = &Claim> {
    let methods = guide.methods.iter().flat_map(|m| {
        let steps = m.steps.iter().flat_map(|s| &s.disagree);
        m.disagree.iter().chain(steps)
    });
    methods.chain(guide.notes().flat_map(|n| &n.disagree))
}

fn reference_ids<'g>(references: &'g [Reference], problems: &Problems) -> HashSet<&'g str> {
    let mut known = HashSet::new();
    for id in references.iter().filter_map(|r| r.id.as_ref()) {
        let why = if id.value == EDITORIAL {
            format!("`{EDITORIAL}` is kept for the guide's own advice; choose another id")
        } else if !known.insert(id.value.as_str()) {
            format!("`{}` is already the id of another reference", id.value)
        } else {
            continue;
        };
        problems.report(id.span.clone(), &id.field, why);
    }
    known
}

fn unknown(id: &str) -> String {
    format!("`{id}` is not the id of a reference; add it under [[references]] or fix the id")
}
