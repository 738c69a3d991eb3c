//! A guide's text in another language: `guides/<id>.<lang>.toml`, keyed by the ids of the
//! source guide (see `guides/README.md`). Each item records a fingerprint of the source text
//! it was translated from (`from`); when that text has changed since, the item is stale: the
//! build says so (a warning, not an error), and the widget shows the source's text for it,
//! with a note, rather than an instruction that may no longer hold.

mod skeleton;
mod texts;

use crate::problem::Problems;
use crate::reader::{Located, Reader};
use crate::schema::Guide;
pub use skeleton::skeleton;
pub use texts::{fingerprint, items, Item, Text, GUIDE};

/// A checked translation file.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub guide: String,
    pub lang: String,
    /// Who or what made it: "Machine translation (…), 2026-11-28", a translator's name.
    pub made_by: String,
    /// Whether a person fluent in the language has read it against the source.
    pub reviewed: bool,
    pub items: Vec<Translated>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Translated {
    pub id: Option<Located<String>>,
    /// The fingerprint of the source text it was made from.
    pub from: Option<Located<String>>,
    pub fields: Vec<(&'static str, Located<Given>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    One(String),
    Many(Vec<String>),
}

/// The fields an item of a translation may give (which of them an item has depends on what
/// it translates: see `texts`).
const TEXT_FIELDS: [&str; 11] = [
    "title",
    "summary",
    "time_needed",
    "when_overdue",
    "check_gone",
    "request",
    "body",
    "action",
    "question",
    "answer",
    "description",
];
const LIST_FIELDS: [&str; 4] = ["tips", "warnings", "pros", "cons"];

impl Translation {
    pub fn read(r: &mut Reader) -> Translation {
        Translation {
            guide: r.text("guide"),
            lang: r.text("lang"),
            made_by: r.text("made_by"),
            reviewed: r.flag("reviewed"),
            items: r.tables("items", true, Translated::read),
        }
    }
}

impl Translated {
    fn read(r: &mut Reader) -> Translated {
        let id = r.located_text("id");
        let from = r.located_text("from");
        let mut fields = Vec::new();
        for name in TEXT_FIELDS {
            if let Some(text) = r.optional_text(name) {
                let given = Located {
                    value: Given::One(text.value),
                    span: text.span,
                    field: text.field,
                };
                fields.push((name, given));
            }
        }
        for name in LIST_FIELDS {
            let texts = r.located_texts(name);
            if let (Some(first), Some(last)) = (texts.first(), texts.last()) {
                let span = first.span.start..last.span.end;
                let field = r.path_of(name);
                let value = Given::Many(texts.iter().map(|t| t.value.clone()).collect());
                fields.push((name, Located { value, span, field }));
            }
        }
        Translated { id, from, fields }
    }
}

/// `source` in the words of `translation`: each item whose fingerprint still matches takes the
/// translated text; a stale one keeps the source's text and is listed (and warned of), by id.
/// Problems (an id the source does not have, a field its item does not have, a list of
/// another length) are reported to `problems`, stale items to `warnings`.
pub fn translate(
    source: &Guide,
    translation: &Translation,
    problems: &Problems,
    warnings: &Problems,
) -> (Guide, Vec<String>) {
    let mut guide = source.clone();
    let mut stale = Vec::new();
    let mut items = items(&mut guide);
    for given in &translation.items {
        let (Some(id), Some(from)) = (&given.id, &given.from) else {
            continue;
        };
        let Some(item) = items.iter_mut().find(|item| item.id == id.value) else {
            let why = format!(
                "`{}` is not the id of anything in the {} guide with text to translate",
                id.value, translation.guide
            );
            problems.report(id.span.clone(), &id.field, why);
            continue;
        };
        if !fits(item, given, problems) {
            continue;
        }
        if fingerprint(item) != from.value {
            let why = format!(
                "this {}'s text changed since it was translated (from {}, now {}): readers see the source's text until it is translated again",
                item.kind, from.value, fingerprint(item)
            );
            warnings.report(from.span.clone(), &from.field, why);
            stale.push(id.value.clone());
            continue;
        }
        for (name, text) in &given.fields {
            if let Some((_, target)) = item.fields.iter_mut().find(|(field, _)| field == name) {
                match (target, &text.value) {
                    (Text::One(target), Given::One(text)) => **target = text.clone(),
                    (Text::Many(target), Given::Many(texts)) => **target = texts.clone(),
                    _ => {}
                }
            }
        }
    }
    drop(items);
    (guide, stale)
}

/// Whether every field `given` names is one `item` has, lists of the same length.
fn fits(item: &Item, given: &Translated, problems: &Problems) -> bool {
    let mut fits = true;
    for (name, text) in &given.fields {
        let target = item
            .fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, t)| t);
        let why = match (target, &text.value) {
            (None, _) => {
                let has: Vec<&str> = item.fields.iter().map(|(field, _)| *field).collect();
                format!(
                    "a {} has no `{name}` to translate; it has: {}",
                    item.kind,
                    has.join(", ")
                )
            }
            (Some(Text::Many(source)), Given::Many(texts)) if source.len() != texts.len() => {
                format!(
                    "the source has {} of these and this gives {}",
                    source.len(),
                    texts.len()
                )
            }
            (Some(Text::One(_)), Given::Many(_)) => {
                "must be text in quotes, as in the source".to_owned()
            }
            (Some(Text::Many(_)), Given::One(_)) => "must be a list, as in the source".to_owned(),
            _ => continue,
        };
        problems.report(text.span.clone(), &text.field, why);
        fits = false;
    }
    fits
}

/// What checking a translation file gives: the translation, the guide in its words, the ids
/// of its stale items, and the warnings about them.
pub struct Checked {
    pub translation: Translation,
    pub guide: Guide,
    pub stale: Vec<String>,
    pub warnings: Vec<crate::Problem>,
}

/// Reads and checks `file` (`guides/<id>.<lang>.toml`) against the guide it translates, one
/// of `sources`; `langs` are the languages the widget speaks.
pub fn check(
    file: &str,
    text: &str,
    sources: &[Guide],
    langs: &[&str],
) -> Result<Checked, Vec<crate::Problem>> {
    let problems = Problems::new(file, text);
    let warnings = Problems::new(file, text);
    let (document, syntax_errors) = toml::de::DeTable::parse_recoverable(text);
    if let Some(error) = syntax_errors.first() {
        problems.report(
            error.span().unwrap_or(0..0),
            "(document)",
            error.message().trim().to_owned(),
        );
        return Err(problems.into_vec());
    }
    let mut reader = Reader::new(&document, String::new(), &problems);
    let translation = Translation::read(&mut reader);
    reader.finish();
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (guide_id, lang) = stem.split_once('.').unwrap_or((stem, ""));
    let whole = 0..text.len().min(1);
    if translation.guide != guide_id {
        problems.report(
            whole.clone(),
            "guide",
            format!("must be `{guide_id}`, the first part of the file name"),
        );
    }
    if translation.lang != lang {
        problems.report(
            whole.clone(),
            "lang",
            format!("must be `{lang}`, the second part of the file name"),
        );
    } else if lang == "en" || !langs.contains(&lang) {
        let others: Vec<&str> = langs.iter().copied().filter(|l| *l != "en").collect();
        problems.report(
            whole.clone(),
            "lang",
            format!(
                "`{lang}` is not a language the widget speaks besides English: {}",
                others.join(", ")
            ),
        );
    }
    let source = sources
        .iter()
        .find(|g| g.id.as_ref().is_some_and(|id| id.value == guide_id));
    let Some(source) = source else {
        problems.report(
            whole,
            "guide",
            format!("there is no guides/{guide_id}.toml to translate"),
        );
        return Err(problems.into_vec());
    };
    let (guide, stale) = translate(source, &translation, &problems, &warnings);
    let found = problems.into_vec();
    if !found.is_empty() {
        return Err(found);
    }
    Ok(Checked {
        translation,
        guide,
        stale,
        warnings: warnings.into_vec(),
    })
}
