//! Writes checked guides as Rust source: `static GUIDES: &[Guide] = &[…];`, to be included
//! where `src/guide.rs` defines the types it names.
//!
//! Hand-written rather than `databake`: the target types are `&'static` borrowing structs that
//! only the widget defines, and a few `format!` calls over them are shorter than teaching a
//! derive about a second copy of every type. Strings are written with `{:?}`, whose escapes are
//! valid Rust literals, so guide text can never break out of its string.

use std::fmt::Write;

use crate::reader::Located;
use crate::rules::Date;
use crate::schema::{Alternative, Faq, Guide, Link, Method, MethodWindow, Note, Reference, Step};

pub fn guides(guides: &[Guide]) -> String {
    let (statics, items): (Vec<String>, Vec<String>) =
        guides.iter().enumerate().map(|(i, g)| guide(i, g)).unzip();
    format!(
        "{}pub static GUIDES: &[Guide] = &[\n{}];\n",
        statics.concat(),
        items.join(",\n")
    )
}

/// Each step written in full becomes a `static` of its own, and methods list references to
/// them: a step two methods share is one value in memory, ticked once and counted in both.
fn steps(index: usize, g: &Guide) -> (String, Vec<(String, String)>) {
    let mut statics = String::new();
    let mut names = Vec::new();
    let full = g
        .methods
        .iter()
        .flat_map(|m| &m.steps)
        .filter(|s| s.same_as.is_none());
    for (n, s) in full.enumerate() {
        let name = format!("GUIDE_{index}_STEP_{n}");
        let _ = writeln!(statics, "static {name}: Step = {};", step(s));
        names.push((id(&s.id), name));
    }
    (statics, names)
}

fn guide(index: usize, g: &Guide) -> (String, String) {
    let (statics, names) = steps(index, g);
    let method = |m: &Method| {
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
        let (min, max) = g.processing_days;
        let window = match m.processing_days {
            MethodWindow::Guide => format!("Some(DayRange {{ min: {min}, max: {max} }})"),
            MethodWindow::Own(min, max) => format!("Some(DayRange {{ min: {min}, max: {max} }})"),
            MethodWindow::Unknown => "None".to_owned(),
        };
        format!(
            "Method {{ id: {}, title: {}, summary: {}, steps: &[{}], processing_days: {window}, \
             support_request: {} }}",
            id(&m.id),
            text(&m.title),
            text(&m.summary),
            refs.join(", "),
            m.support_request
                .as_deref()
                .map_or("None".into(), |t| format!("Some({})", text(t))),
        )
    };
    let (min, max) = g.processing_days;
    let mut out = String::from("Guide {\n");
    field(&mut out, "id", id(&g.id));
    for (name, value) in [
        ("service", &g.service),
        ("title", &g.title),
        ("summary", &g.summary),
    ] {
        field(&mut out, name, text(value));
    }
    let facts = format!(
        "Facts {{ time_needed: {}, difficulty: Difficulty::{}, last_verified: {}, \
         processing_days: DayRange {{ min: {min}, max: {max} }} }}",
        text(&g.time_needed),
        capitalised(&g.difficulty),
        date(g.last_verified),
    );
    field(&mut out, "facts", facts);
    field(
        &mut out,
        "when_overdue",
        g.when_overdue
            .as_deref()
            .map_or("None".into(), |t| format!("Some({})", text(t))),
    );
    field(
        &mut out,
        "check_gone",
        g.check_gone
            .as_deref()
            .map_or("None".into(), |t| format!("Some({})", text(t))),
    );
    field(&mut out, "review_days", g.review_days.to_string());
    field(&mut out, "official_links", list(&g.official_links, link));
    let methods: Vec<String> = g.methods.iter().map(method).collect();
    field(&mut out, "methods", format!("&[{}]", methods.join(", ")));
    for (name, notes) in [
        ("warnings", &g.warnings),
        ("before", &g.before),
        ("after", &g.after),
        ("troubleshooting", &g.troubleshooting),
    ] {
        field(&mut out, name, list(notes, note));
    }
    field(&mut out, "alternatives", list(&g.alternatives, alternative));
    field(&mut out, "faq", list(&g.faq, faq));
    field(&mut out, "references", list(&g.references, reference));
    field(
        &mut out,
        "report_url",
        g.report_url
            .as_deref()
            .map_or("None".into(), |u| format!("Some({})", text(u))),
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

fn step(s: &Step) -> String {
    format!(
        "Step {{ id: {}, title: {}, body: {}, action: {}, tips: {}, warnings: {}, \
         sends_request: {}, formerly: {} }}",
        id(&s.id),
        text(&s.title),
        text(&s.body),
        s.action
            .as_ref()
            .map_or("None".into(), |a| format!("Some({})", link(a))),
        texts(&s.tips),
        texts(&s.warnings),
        s.sends_request,
        list(&s.formerly, |f| text(&f.value)),
    )
}

fn note(n: &Note) -> String {
    format!(
        "Note {{ id: {}, title: {}, body: {}, severity: Severity::{} }}",
        id(&n.id),
        text(&n.title),
        text(&n.body),
        capitalised(&n.severity)
    )
}

fn alternative(a: &Alternative) -> String {
    format!(
        "Alternative {{ id: {}, title: {}, body: {}, pros: {}, cons: {} }}",
        id(&a.id),
        text(&a.title),
        text(&a.body),
        texts(&a.pros),
        texts(&a.cons)
    )
}

fn faq(f: &Faq) -> String {
    format!(
        "Faq {{ id: {}, question: {}, answer: {} }}",
        id(&f.id),
        text(&f.question),
        text(&f.answer)
    )
}

fn link(l: &Link) -> String {
    format!(
        "Link {{ title: {}, url: {} }}",
        text(&l.title),
        text(&l.url)
    )
}

fn reference(r: &Reference) -> String {
    format!(
        "Reference {{ title: {}, description: {}, url: {}, checked: {} }}",
        text(&r.title),
        text(&r.description),
        text(&r.url),
        date(r.checked)
    )
}

fn field(out: &mut String, name: &str, value: String) {
    let _ = writeln!(out, "    {name}: {value},");
}

fn list<T>(items: &[T], item: fn(&T) -> String) -> String {
    let items: Vec<String> = items.iter().map(item).collect();
    format!("&[{}]", items.join(", "))
}

fn text(value: &str) -> String {
    format!("{value:?}")
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
