//! Guides in the words of a translation (`guides/<id>.<lang>.toml`): where one came from, and
//! finding a guide in a language.

use super::{find, Guide, GUIDES, TRANSLATIONS};

/// Where a translated guide came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Translation {
    /// Who or what translated it.
    pub made_by: &'static str,
    /// Whether a person fluent in the language has read it against the source.
    pub reviewed: bool,
    /// The ids of the items whose source text changed since they were translated: they are
    /// in the source's words here, and say so.
    pub stale: &'static [&'static str],
}

impl Guide {
    /// Whether the item `id` is shown in the source's words because its text changed since
    /// it was translated.
    pub fn is_stale(&self, id: &str) -> bool {
        self.translation.is_some_and(|t| t.stale.contains(&id))
    }
}

/// The guide with this id in `lang`: its translation where this build has one, else as written.
pub fn find_in(id: &str, lang: &str) -> Option<&'static Guide> {
    TRANSLATIONS
        .iter()
        .find(|g| g.id == id && g.lang == lang)
        .or_else(|| find(id))
}

/// Every guide in the words of a translation this build carries.
pub fn translations() -> &'static [Guide] {
    TRANSLATIONS
}

/// The languages `id` can be read in: its own, then each translation's.
pub fn languages_of(id: &str) -> impl Iterator<Item = &'static Guide> + '_ {
    GUIDES
        .iter()
        .chain(TRANSLATIONS)
        .filter(move |g| g.id == id)
}
