//! Reading one TOML table field by field, reporting every problem instead of stopping at the
//! first, and noticing fields nobody asked for (a typo in a field name is a problem too).

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::problem::Problems;

mod lists;

/// A value read from a guide, with where it was written (for problems found later, such as a
/// duplicate id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
    pub field: String,
}

pub struct Reader<'a, 'p> {
    path: String,
    span: Range<usize>,
    entries: Vec<(
        &'a Spanned<std::borrow::Cow<'a, str>>,
        &'a Spanned<DeValue<'a>>,
    )>,
    asked: Vec<&'static str>,
    problems: &'p Problems<'p>,
}

impl<'a, 'p> Reader<'a, 'p> {
    pub fn new(table: &'a Spanned<DeTable<'a>>, path: String, problems: &'p Problems<'p>) -> Self {
        let entries = table.get_ref().iter().collect();
        Reader {
            path,
            span: table.span(),
            entries,
            asked: Vec::new(),
            problems,
        }
    }

    /// The path of one of this table's fields, for problems.
    pub fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub fn report(&self, span: Range<usize>, key: &str, message: impl Into<String>) {
        self.problems.report(span, &self.path_of(key), message);
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Spanned<DeValue<'a>>> {
        self.asked.push(key);
        self.entries
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| *v)
    }

    /// The value of `key`, or a problem saying what to add: `hint` is how it is written.
    fn require(&mut self, key: &'static str, hint: &str) -> Option<&'a Spanned<DeValue<'a>>> {
        let value = self.get(key);
        if value.is_none() {
            self.report(self.span.clone(), key, format!("missing; add {hint}"));
        }
        value
    }

    fn value_hint(key: &str) -> String {
        format!("`{key} = …`")
    }

    fn table_hint(key: &str) -> String {
        format!("at least one `[[{key}]]` table")
    }

    /// Required, non-empty text.
    pub fn text(&mut self, key: &'static str) -> String {
        self.located_text(key).map(|t| t.value).unwrap_or_default()
    }

    /// Required, non-empty text, with its place.
    pub fn located_text(&mut self, key: &'static str) -> Option<Located<String>> {
        let value = self.require(key, &Self::value_hint(key))?;
        self.as_text(self.path_of(key), value)
    }

    /// Optional text; when present it must not be empty.
    pub fn optional_text(&mut self, key: &'static str) -> Option<Located<String>> {
        let value = self.get(key)?;
        self.as_text(self.path_of(key), value)
    }

    fn as_text(&self, field: String, value: &Spanned<DeValue<'_>>) -> Option<Located<String>> {
        let problem = match value.get_ref() {
            DeValue::String(text) if !text.trim().is_empty() => {
                let text = text.trim().to_owned();
                return Some(Located {
                    value: text,
                    span: value.span(),
                    field,
                });
            }
            DeValue::String(_) => "must not be empty",
            _ => "must be text in quotes",
        };
        self.problems.report(value.span(), &field, problem);
        None
    }

    /// Text that may be left out; when present, `parse` turns it into a value or says why not.
    pub fn optional_parsed<T>(
        &mut self,
        key: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let text = self.optional_text(key)?;
        self.parse(text, key, parse)
    }

    /// Required text that `parse` turns into a value, or explains why it cannot.
    pub fn parsed<T>(
        &mut self,
        key: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let text = self.located_text(key)?;
        self.parse(text, key, parse)
    }

    fn parse<T>(
        &self,
        text: Located<String>,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        parse(&text.value)
            .map_err(|why| self.report(text.span, key, why))
            .ok()
    }

    /// A single inline or standard table, such as `processing_days = { min = 7, max = 30 }`.
    pub fn table<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&mut Reader<'a, 'p>) -> T,
    ) -> Option<T> {
        let value = self.require(key, &Self::value_hint(key))?;
        self.read_table_value(key, value, read)
    }

    /// A table that may be left out, such as a step's `action`.
    pub fn optional_table<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&mut Reader<'a, 'p>) -> T,
    ) -> Option<T> {
        let value = self.get(key)?;
        self.read_table_value(key, value, read)
    }

    fn read_table_value<T>(
        &mut self,
        key: &'static str,
        value: &'a Spanned<DeValue<'a>>,
        read: impl FnOnce(&mut Reader<'a, 'p>) -> T,
    ) -> Option<T> {
        match value.get_ref() {
            DeValue::Table(table) => {
                Some(self.read_table(table, value.span(), self.path_of(key), read))
            }
            _ => {
                self.report(value.span(), key, "must be a table of fields");
                None
            }
        }
    }

    /// A whole number within `range` that may be left out.
    pub fn optional_integer(
        &mut self,
        key: &'static str,
        range: Range<i64>,
    ) -> Option<Located<i64>> {
        self.get(key)?;
        self.integer(key, range)
    }

    /// A required whole number within `range`.
    pub fn integer(&mut self, key: &'static str, range: Range<i64>) -> Option<Located<i64>> {
        let value = self.require(key, &Self::value_hint(key))?;
        let number = match value.get_ref() {
            DeValue::Integer(n) => n.as_str().replace('_', "").parse::<i64>().ok(),
            _ => None,
        };
        match number {
            Some(n) if range.contains(&n) => Some(Located {
                value: n,
                span: value.span(),
                field: self.path_of(key),
            }),
            _ => {
                let (low, high) = (range.start, range.end - 1);
                self.report(
                    value.span(),
                    key,
                    format!("must be a whole number from {low} to {high}"),
                );
                None
            }
        }
    }

    /// An optional true or false.
    pub fn flag(&mut self, key: &'static str) -> bool {
        match self.get(key).map(|v| (v, v.get_ref())) {
            None => false,
            Some((_, DeValue::Boolean(flag))) => *flag,
            Some((value, _)) => {
                self.report(value.span(), key, "must be true or false");
                false
            }
        }
    }

    /// Reports every field of this table that no one asked for.
    pub fn finish(self) {
        for (key, value) in &self.entries {
            if !self.asked.contains(&key.get_ref().as_ref()) {
                let expected = self.asked.join(", ");
                let message = format!("unknown field; the fields here are: {expected}");
                self.problems.report(
                    key.span().start..value.span().end,
                    &self.path_of(key.get_ref()),
                    message,
                );
            }
        }
    }

    fn read_table<T>(
        &self,
        table: &'a DeTable<'a>,
        span: Range<usize>,
        path: String,
        read: impl FnOnce(&mut Reader<'a, 'p>) -> T,
    ) -> T {
        let mut reader = Reader {
            path,
            span,
            entries: table.iter().collect(),
            asked: Vec::new(),
            problems: self.problems,
        };
        let read_value = read(&mut reader);
        reader.finish();
        read_value
    }
}
