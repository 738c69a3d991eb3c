//! Lists in a guide: of texts (`tips = […]`, `sources = […]`) and of tables (`[[methods]]`).

use toml::de::DeValue;
use toml::Spanned;

use super::{Located, Reader};

impl<'a, 'p> Reader<'a, 'p> {
    /// A list of non-empty texts; an absent list is empty, unless `required`.
    pub fn texts(&mut self, key: &'static str, required: bool) -> Vec<String> {
        self.texts_located(key, required)
            .into_iter()
            .map(|text| text.value)
            .collect()
    }

    /// An optional list of non-empty texts, each with where it was written.
    pub fn located_texts(&mut self, key: &'static str) -> Vec<Located<String>> {
        self.texts_located(key, false)
    }

    /// A list of non-empty texts that must be there and not be empty; `hint` says what to add.
    pub fn required_texts(&mut self, key: &'static str, hint: &str) -> Vec<Located<String>> {
        match self.require(key, hint) {
            Some(value) => self.each_text(key, value, true),
            None => Vec::new(),
        }
    }

    fn texts_located(&mut self, key: &'static str, required: bool) -> Vec<Located<String>> {
        let value = if required {
            self.require(key, &Self::value_hint(key))
        } else {
            self.get(key)
        };
        match value {
            Some(value) => self.each_text(key, value, required),
            None => Vec::new(),
        }
    }

    fn each_text(
        &self,
        key: &'static str,
        value: &'a Spanned<DeValue<'a>>,
        required: bool,
    ) -> Vec<Located<String>> {
        let Some(items) = self.as_list(key, value, required) else {
            return Vec::new();
        };
        let path = self.path_of(key);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.as_text(format!("{path}[{}]", i + 1), item))
            .collect()
    }

    /// A list of tables (`[[key]]` in TOML), each read by `read`; `required` lists need one.
    pub fn tables<T>(
        &mut self,
        key: &'static str,
        required: bool,
        mut read: impl FnMut(&mut Reader<'a, 'p>) -> T,
    ) -> Vec<T> {
        let value = if required {
            self.require(key, &Self::table_hint(key))
        } else {
            self.get(key)
        };
        let Some(value) = value else {
            return Vec::new();
        };
        let Some(items) = self.as_list(key, value, required) else {
            return Vec::new();
        };
        let path = self.path_of(key);
        let mut read_all = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let field = format!("{path}[{}]", i + 1);
            match item.get_ref() {
                DeValue::Table(table) => {
                    read_all.push(self.read_table(table, item.span(), field, &mut read))
                }
                _ => self
                    .problems
                    .report(item.span(), &field, "must be a table of fields"),
            }
        }
        read_all
    }

    fn as_list(
        &self,
        key: &str,
        value: &'a Spanned<DeValue<'a>>,
        required: bool,
    ) -> Option<&'a [Spanned<DeValue<'a>>]> {
        match value.get_ref() {
            DeValue::Array(items) if required && items.is_empty() => {
                self.report(value.span(), key, "must not be empty");
                None
            }
            DeValue::Array(items) => Some(items),
            _ => {
                self.report(value.span(), key, "must be a list");
                None
            }
        }
    }
}
