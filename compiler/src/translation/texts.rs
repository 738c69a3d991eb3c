//! The text of a guide a translation replaces, item by item: each item by its id (the guide's
//! own text is the item `guide`), and in it each field by the name a translation file gives it.
//! One walk over the guide serves both sides: reading the source's texts (to fingerprint them)
//! and writing a translation's texts into a copy of the guide.

use crate::reader::Located;
use crate::schema::Guide;

/// One field of an item: a text, or a list of texts (tips, warnings, pros, cons).
pub enum Text<'g> {
    One(&'g mut String),
    Many(&'g mut Vec<String>),
}

/// One item that has text to translate.
pub struct Item<'g> {
    pub id: String,
    /// What it is, for problems: "step", "note".
    pub kind: &'static str,
    pub fields: Vec<(&'static str, Text<'g>)>,
}

/// The id the guide's own fields go by in a translation.
pub const GUIDE: &str = "guide";

fn id_of(id: &Option<Located<String>>) -> String {
    id.as_ref().map(|id| id.value.clone()).unwrap_or_default()
}

/// Every item of `guide` with text to translate, in the order the guide is read.
pub fn items(guide: &mut Guide) -> Vec<Item<'_>> {
    let Guide {
        title,
        summary,
        time_needed,
        when_overdue,
        check_gone,
        methods,
        warnings,
        before,
        after,
        troubleshooting,
        alternatives,
        faq,
        references,
        ..
    } = guide;
    let mut own = vec![
        ("title", Text::One(title)),
        ("summary", Text::One(summary)),
        ("time_needed", Text::One(time_needed)),
    ];
    if let Some(when) = when_overdue {
        own.push(("when_overdue", Text::One(&mut when.says)));
    }
    if let Some(check) = check_gone {
        own.push(("check_gone", Text::One(&mut check.says)));
    }
    let mut found = vec![Item {
        id: GUIDE.to_owned(),
        kind: "guide",
        fields: own,
    }];
    for method in methods.iter_mut() {
        let mut fields = vec![
            ("title", Text::One(&mut method.title)),
            ("summary", Text::One(&mut method.summary)),
        ];
        if let Some(request) = &mut method.support_request {
            fields.push(("request", Text::One(request)));
        }
        found.push(Item {
            id: id_of(&method.id),
            kind: "method",
            fields,
        });
        // A shared step (`same_as`) is written once, where it first appears.
        for step in method.steps.iter_mut().filter(|s| s.same_as.is_none()) {
            let mut fields = vec![
                ("title", Text::One(&mut step.title)),
                ("body", Text::One(&mut step.body)),
            ];
            if let Some(action) = &mut step.action {
                fields.push(("action", Text::One(&mut action.title)));
            }
            if !step.tips.is_empty() {
                fields.push(("tips", Text::Many(&mut step.tips)));
            }
            if !step.warnings.is_empty() {
                fields.push(("warnings", Text::Many(&mut step.warnings)));
            }
            found.push(Item {
                id: id_of(&step.id),
                kind: "step",
                fields,
            });
        }
    }
    let notes = [warnings, before, after, troubleshooting]
        .into_iter()
        .flatten();
    for note in notes {
        let fields = vec![
            ("title", Text::One(&mut note.title)),
            ("body", Text::One(&mut note.body)),
        ];
        found.push(Item {
            id: id_of(&note.id),
            kind: "note",
            fields,
        });
    }
    for alternative in alternatives.iter_mut() {
        let fields = vec![
            ("title", Text::One(&mut alternative.title)),
            ("body", Text::One(&mut alternative.body)),
            ("pros", Text::Many(&mut alternative.pros)),
            ("cons", Text::Many(&mut alternative.cons)),
        ];
        found.push(Item {
            id: id_of(&alternative.id),
            kind: "alternative",
            fields,
        });
    }
    for entry in faq.iter_mut() {
        let fields = vec![
            ("question", Text::One(&mut entry.question)),
            ("answer", Text::One(&mut entry.answer)),
        ];
        found.push(Item {
            id: id_of(&entry.id),
            kind: "question",
            fields,
        });
    }
    for reference in references.iter_mut() {
        // A source keeps its own title; what we say of it is ours to translate.
        let fields = vec![("description", Text::One(&mut reference.description))];
        found.push(Item {
            id: id_of(&reference.id),
            kind: "reference",
            fields,
        });
    }
    found
}

/// A fingerprint of an item's source text: it changes whenever any of its texts does, and
/// a translation records the one it was made from (FNV-1a, `src/fnv.rs`), as 16 hex digits.
pub fn fingerprint(item: &Item) -> String {
    let mut hash = crate::fnv::START;
    for (name, text) in &item.fields {
        hash = crate::fnv::add(hash, name.as_bytes());
        let texts: Vec<&String> = match text {
            Text::One(one) => vec![&**one],
            Text::Many(many) => many.iter().collect(),
        };
        for text in texts {
            // A separator no text holds, so that moving words between fields changes it too.
            hash = crate::fnv::add(hash, b"\x1f");
            hash = crate::fnv::add(hash, text.as_bytes());
        }
    }
    format!("{hash:016x}")
}
