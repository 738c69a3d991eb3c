//! Writes checked guides as Rust source: `static GUIDES: &[Guide] = &[…];`, to be included
//! where `src/guide.rs` defines the types it names.
//!
//! Hand-written rather than `databake`: the target types are `&'static` borrowing structs that
//! only the widget defines, and a few `format!` calls over them are shorter than teaching a
//! derive about a second copy of every type. Strings are written with `{:?}`, whose escapes are
//! valid Rust literals, so guide text can never break out of its string.

use std::fmt::Write;

use crate::reader::Located;
use crate::rules::{Date, Walked};
use crate::schema::{Guide, Method, MethodWindow};
use crate::translation::Checked;

mod items;
use items::Items;

/// `GUIDES`, in the language they are written in, and `TRANSLATIONS`, each guide in the
/// words of a translation file (stale items in the source's words, and listed).
pub fn guides(guides: &[Guide], translations: &[Checked]) -> String {
    let (statics, items): (Vec<String>, Vec<String>) = guides
        .iter()
        .enumerate()
        .map(|(i, g)| guide(i, g, "en", "None"))
        .unzip();
    let (translated_statics, translated): (Vec<String>, Vec<String>) = translations
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let about = format!(
                "Some(Translation {{ made_by: {}, reviewed: {}, stale: {} }})",
                text(&t.translation.made_by),
                t.translation.reviewed,
                texts(&t.stale),
            );
            // Numbered after the guides, so that no two statics share a name.
            guide(guides.len() + i, &t.guide, &t.translation.lang, &about)
        })
        .unzip();
    format!(
        "{}{}pub static GUIDES: &[Guide] = &[\n{}];\npub static TRANSLATIONS: &[Guide] = &[\n{}];\n",
        statics.concat(),
        translated_statics.concat(),
        items.join(",\n"),
        translated.join(",\n"),
    )
}

/// Each step written in full becomes a `static` of its own, and methods list references to
/// them: a step two methods share is one value in memory, ticked once and counted in both.
fn steps(index: usize, g: &Guide, items: &Items) -> (String, Vec<(String, String)>) {
    let mut statics = String::new();
    let mut names = Vec::new();
    let full = g
        .methods
        .iter()
        .flat_map(|m| &m.steps)
        .filter(|s| s.same_as.is_none());
    for (n, s) in full.enumerate() {
        let name = format!("GUIDE_{index}_STEP_{n}");
        let _ = writeln!(statics, "static {name}: Step = {};", items.step(s));
        names.push((id(&s.id), name));
    }
    (statics, names)
}

/// A method lists its steps as references to their statics.
fn method(g: &Guide, m: &Method, names: &[(String, String)], items: &Items) -> String {
    let refs: Vec<String> = m
        .steps
        .iter()
        .filter_map(|s| {
            let wanted = s
                .same_as
                .as_ref()
                .map_or_else(|| id(&s.id), |t| text(&t.value));
            names
                .iter()
                .find(|(id, _)| *id == wanted)
                .map(|(_, name)| format!("&{name}"))
        })
        .collect();
    let window = match m.processing_days {
        MethodWindow::Guide => g.processing_days,
        MethodWindow::Own(min, max) => Some((min, max)),
        MethodWindow::Unknown => None,
    };
    format!(
        "Method {{ id: {}, title: {}, summary: {}, steps: &[{}], processing_days: {}, \
         support_request: {}, sources: {}, disagree: {} }}",
        id(&m.id),
        text(&m.title),
        text(&m.summary),
        refs.join(", "),
        optional(window.map(day_range)),
        optional(m.support_request.as_deref().map(text)),
        items.sources(&m.sources),
        items.claims(&m.disagree),
    )
}

/// One guide in `lang`; `translation` is the Rust of its `translation` field.
fn guide(index: usize, g: &Guide, lang: &str, translation: &str) -> (String, String) {
    let items = Items::new(&g.references);
    let (statics, names) = steps(index, g, &items);
    let mut out = String::from("Guide {\n");
    field(&mut out, "id", id(&g.id));
    field(&mut out, "lang", text(lang));
    field(&mut out, "translation", translation.to_owned());
    field(&mut out, "aliases", texts(&g.aliases));
    for (name, value) in [
        ("service", &g.service),
        ("title", &g.title),
        ("summary", &g.summary),
    ] {
        field(&mut out, name, text(value));
    }
    let walked = match g.last_verified {
        Some(Walked::On(day)) => format!("Some({})", date(Some(day))),
        _ => "None".to_owned(),
    };
    // The oldest reading of any reference: the guide is as fresh as its stalest source.
    let sources_read = g.references.iter().filter_map(|r| r.read).min();
    let facts = format!(
        "Facts {{ time_needed: {}, difficulty: Difficulty::{}, last_verified: {walked}, \
         sources_read: {}, processing_days: {}, sources: {} }}",
        text(&g.time_needed),
        capitalised(&g.difficulty),
        optional(sources_read.map(|day| date(Some(day)))),
        optional(g.processing_days.map(day_range)),
        items.sources(&g.facts_sources),
    );
    field(&mut out, "facts", facts);
    field(
        &mut out,
        "when_overdue",
        optional(g.when_overdue.as_ref().map(|s| items.sourced(s))),
    );
    field(
        &mut out,
        "check_gone",
        optional(g.check_gone.as_ref().map(|s| items.sourced(s))),
    );
    field(&mut out, "review_days", g.review_days.to_string());
    field(
        &mut out,
        "official_links",
        list(&g.official_links, |l| items.link(l)),
    );
    let methods: Vec<String> = g
        .methods
        .iter()
        .map(|m| method(g, m, &names, &items))
        .collect();
    field(&mut out, "methods", format!("&[{}]", methods.join(", ")));
    for (name, notes) in [
        ("warnings", &g.warnings),
        ("before", &g.before),
        ("after", &g.after),
        ("troubleshooting", &g.troubleshooting),
    ] {
        field(&mut out, name, list(notes, |n| items.note(n)));
    }
    field(
        &mut out,
        "alternatives",
        list(&g.alternatives, |a| items.alternative(a)),
    );
    field(&mut out, "faq", list(&g.faq, |f| items.faq(f)));
    field(
        &mut out,
        "references",
        list(&g.references, |r| items.reference(r)),
    );
    field(
        &mut out,
        "report_url",
        optional(g.report_url.as_deref().map(text)),
    );
    // Last, over everything above and the guide's steps: any change to its content changes it.
    let build = format!("{:?}", fingerprint(&[statics.as_str(), &out].concat()));
    field(&mut out, "build", build);
    out.push('}');
    (statics, out)
}

/// A short fingerprint of a guide's baked form and of the widget's version (the markup of its
/// components changes with it), written on prerendered markup: the widget hydrates only markup
/// made from exactly the guide it has (FNV-1a, `src/fnv.rs`).
fn fingerprint(baked: &str) -> String {
    // Read when the widget's build script runs, so it is the widget's version.
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let hash = crate::fnv::add(
        crate::fnv::add(crate::fnv::START, version.as_bytes()),
        baked.as_bytes(),
    );
    format!("{version}-{hash:016x}")
}

fn field(out: &mut String, name: &str, value: String) {
    let _ = writeln!(out, "    {name}: {value},");
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let items: Vec<String> = items.iter().map(item).collect();
    format!("&[{}]", items.join(", "))
}

fn text(value: &str) -> String {
    format!("{value:?}")
}

fn day_range((min, max): (u16, u16)) -> String {
    format!("DayRange {{ min: {min}, max: {max} }}")
}

fn optional(value: Option<String>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}

fn texts(values: &[String]) -> String {
    list(values, |v| text(v))
}

/// Only checked guides reach code generation, so every id and date is present.
fn id(value: &Option<Located<String>>) -> String {
    text(value.as_ref().map_or("", |id| id.value.as_str()))
}

fn date(value: Option<Date>) -> String {
    let Date { year, month, day } = value.unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    });
    format!("Date {{ year: {year}, month: {month}, day: {day} }}")
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
