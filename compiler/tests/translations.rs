//! Translated guides (`guides/<id>.<lang>.toml`): keyed by the source's ids, each item
//! fingerprinted; a changed source text makes exactly that item stale (a warning, not an
//! error), and a translation that names what the source does not have is refused.

use guide_compiler::translation::{self, skeleton};
use guide_compiler::{check, Guide};

const LANGS: [&str; 3] = ["en", "es", "pt"];

fn source(text: &str) -> Guide {
    check("x/valid.toml", text).expect("a valid guide")
}

fn valid() -> String {
    std::fs::read_to_string("tests/fixtures/valid.toml").expect("fixture exists")
}

/// The skeleton with every English text replaced by a marked "translation" (ids, `from` and
/// the file's own fields as they are).
fn translated(guide: &Guide) -> String {
    let kept = [
        "id =",
        "from =",
        "guide =",
        "lang =",
        "made_by =",
        "reviewed =",
    ];
    skeleton(guide, "es")
        .lines()
        .map(|line| {
            if kept.iter().any(|k| line.starts_with(k)) {
                line.to_owned()
            } else {
                line.replacen("= \"", "= \"ES ", 1)
                    .replacen("  \"", "  \"ES ", 1)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn outcome(text: &str, translation: &str) -> Result<translation::Checked, Vec<String>> {
    translation::check("x/valid.es.toml", translation, &[source(text)], &LANGS)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

#[test]
fn a_fresh_translation_replaces_every_text_and_nothing_is_stale() {
    let text = valid();
    let checked = outcome(&text, &translated(&source(&text))).expect("fits");
    assert!(checked.stale.is_empty());
    assert!(checked.warnings.is_empty());
    assert!(
        checked.guide.title.starts_with("ES "),
        "{}",
        checked.guide.title
    );
    let step = &checked.guide.methods[0].steps[0];
    assert!(step.body.starts_with("ES "), "{}", step.body);
}

#[test]
fn changing_one_source_text_makes_exactly_that_item_stale() {
    let text = valid();
    let translation = translated(&source(&text));
    let changed = text.replace("body = \"Find them.\"", "body = \"Find them at the top.\"");
    assert_ne!(changed, text);
    let checked = outcome(&changed, &translation).expect("stale is not an error");
    assert_eq!(checked.stale, ["open-settings"]);
    assert_eq!(checked.warnings.len(), 1);
    let warning = checked.warnings[0].to_string();
    assert!(warning.starts_with("x/valid.es.toml:"), "{warning}");
    assert!(
        warning.contains("items[") && warning.contains("changed since it was translated"),
        "{warning}"
    );
    // The stale step shows the source's new text; the rest stays translated.
    let step = &checked.guide.methods[0].steps[0];
    assert_eq!(step.body, "Find them at the top.");
    assert!(checked.guide.title.starts_with("ES "));
}

#[test]
fn a_translation_of_what_the_source_does_not_have_is_refused() {
    let text = valid();
    let good = translated(&source(&text));
    let cases = [
        (
            good.replace("id = \"open-settings\"", "id = \"no-such-step\""),
            "`no-such-step` is not the id of anything",
        ),
        (
            good.replace(
                "[[items]]\nid = \"permanent\"",
                "[[items]]\nid = \"permanent\"\nquestion = \"ES?\"",
            ),
            "a note has no `question` to translate",
        ),
        (
            good.replace("lang = \"es\"", "lang = \"pt\""),
            "must be `es`, the second part of the file name",
        ),
        (good.replace("made_by", "madeby"), "unknown field"),
    ];
    for (translation, expected) in cases {
        let problems = outcome(&text, &translation).err().unwrap_or_default();
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{expected}: {problems:?}"
        );
    }
}
