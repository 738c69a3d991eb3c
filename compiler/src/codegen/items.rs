//! The parts of a guide as Rust values, with each source id written as the number the reader
//! sees beside the statement: the reference's place in the list, counted from 1; 0 for the
//! guide's own advice.

use std::collections::HashMap;

use super::{date, id, list, text, texts};
use crate::reader::Located;
use crate::schema::{Alternative, Faq, Link, Note, Reference, Sourced, Step};
use crate::sources::{Claim, EDITORIAL};

pub struct Items {
    numbers: HashMap<String, usize>,
}

impl Items {
    pub fn new(references: &[Reference]) -> Items {
        let numbers = references
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((r.id.as_ref()?.value.clone(), i + 1)))
            .collect();
        Items { numbers }
    }

    /// Only checked guides get here: every id is a reference's or `editorial`.
    fn number(&self, source: &str) -> usize {
        match source {
            EDITORIAL => 0,
            id => self.numbers.get(id).copied().unwrap_or(0),
        }
    }

    pub fn sources(&self, sources: &[Located<String>]) -> String {
        let numbers: Vec<String> = sources
            .iter()
            .map(|s| self.number(&s.value).to_string())
            .collect();
        format!("Sources(&[{}])", numbers.join(", "))
    }

    pub fn claims(&self, claims: &[Claim]) -> String {
        list(claims, |c| {
            format!(
                "Claim {{ source: {}, says: {} }}",
                self.number(&c.source.value),
                text(&c.says)
            )
        })
    }

    pub fn step(&self, s: &Step) -> String {
        format!(
            "Step {{ id: {}, title: {}, body: {}, action: {}, tips: {}, warnings: {}, \
             sends_request: {}, formerly: {}, sources: {}, disagree: {} }}",
            id(&s.id),
            text(&s.title),
            text(&s.body),
            super::optional(s.action.as_ref().map(|a| self.link(a))),
            texts(&s.tips),
            texts(&s.warnings),
            s.sends_request,
            list(&s.formerly, |f| text(&f.value)),
            self.sources(&s.sources),
            self.claims(&s.disagree),
        )
    }

    pub fn note(&self, n: &Note) -> String {
        format!(
            "Note {{ id: {}, title: {}, body: {}, severity: Severity::{}, sources: {}, \
             disagree: {} }}",
            id(&n.id),
            text(&n.title),
            text(&n.body),
            super::capitalised(&n.severity),
            self.sources(&n.sources),
            self.claims(&n.disagree),
        )
    }

    pub fn alternative(&self, a: &Alternative) -> String {
        format!(
            "Alternative {{ id: {}, title: {}, body: {}, pros: {}, cons: {}, sources: {} }}",
            id(&a.id),
            text(&a.title),
            text(&a.body),
            texts(&a.pros),
            texts(&a.cons),
            self.sources(&a.sources),
        )
    }

    pub fn faq(&self, f: &Faq) -> String {
        format!(
            "Faq {{ id: {}, question: {}, answer: {}, sources: {} }}",
            id(&f.id),
            text(&f.question),
            text(&f.answer),
            self.sources(&f.sources),
        )
    }

    pub fn sourced(&self, s: &Sourced) -> String {
        format!(
            "Sourced {{ says: {}, sources: {} }}",
            text(&s.says),
            self.sources(&s.sources)
        )
    }

    pub fn link(&self, l: &Link) -> String {
        format!(
            "Link {{ title: {}, url: {}, sources: {} }}",
            text(&l.title),
            text(&l.url),
            self.sources(&l.sources),
        )
    }

    pub fn reference(&self, r: &Reference) -> String {
        format!(
            "Reference {{ id: {}, title: {}, description: {}, url: {}, read: {} }}",
            id(&r.id),
            text(&r.title),
            text(&r.description),
            super::optional(r.url.as_deref().map(text)),
            date(r.read),
        )
    }
}
