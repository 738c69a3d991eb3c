//! Each rule of the guide format, broken once in `tests/fixtures/`, must fail with a line that
//! names the file, the line, the column and the field, and says what is wrong.

use std::path::Path;

use guide_compiler::{check, compile_files, guide_files};

/// The problems `check` reports for a fixture, as the build would print them.
fn problems(name: &str) -> Vec<String> {
    let file = format!("tests/fixtures/{name}.toml");
    let source = std::fs::read_to_string(&file).expect("fixture exists");
    match check(&file, &source) {
        Ok(_) => Vec::new(),
        Err(found) => found.iter().map(ToString::to_string).collect(),
    }
}

fn assert_problems(name: &str, expected: &[&str]) {
    let expected: Vec<String> = expected
        .iter()
        .map(|line| format!("tests/fixtures/{name}.toml:{line}"))
        .collect();
    assert_eq!(problems(name), expected);
}

#[test]
fn the_valid_fixture_and_every_shipped_guide_pass() {
    assert_eq!(problems("valid"), Vec::<String>::new());
    let files = guide_files(Path::new("../guides"), None).unwrap();
    assert!(!files.is_empty());
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let file = format!("guides/{}", path.file_name().unwrap().to_string_lossy());
        if let Err(found) = check(&file, &source) {
            panic!(
                "{}",
                found
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

#[test]
fn a_syntax_error_names_the_key_on_its_line() {
    assert_problems(
        "syntax-error",
        &["20:21: methods.title: invalid basic string, expected `\"`"],
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_that_exist() {
    assert_problems(
        "unknown-field",
        &["28:1: methods[1].steps[1].colour: unknown field; the fields here are: same_as, id, title, body, action, tips, warnings, sends_request, formerly, sources, disagree"],
    );
}

#[test]
fn a_duplicate_id_names_where_it_was_first_used() {
    assert_problems(
        "duplicate-id",
        &["32:6: warnings[1].id: `open-settings` is already the id of methods[1].steps[1].id; ids must be unique"],
    );
}

#[test]
fn a_missing_or_blank_title_is_reported() {
    assert_problems(
        "missing-title",
        &["23:1: methods[1].steps[1].title: missing; add `title = …`"],
    );
    assert_problems(
        "empty-title",
        &["26:9: methods[1].steps[1].title: must not be empty"],
    );
}

#[test]
fn links_must_be_https() {
    assert_problems(
        "javascript-link",
        &["15:7: official_links[1].url: `javascript:alert(1)` is not an https:// link; only https links are allowed"],
    );
    assert_problems(
        "http-link",
        &["15:7: official_links[1].url: `http://example.com/help` is not an https:// link; only https links are allowed"],
    );
}

#[test]
fn dates_must_be_real_days_written_yyyy_mm_dd() {
    assert_problems(
        "bad-date",
        &["8:17: last_verified: `8 November 2025` is not a date; write it as YYYY-MM-DD, like 2025-11-08, or `never`"],
    );
}

#[test]
fn difficulty_is_one_of_four_words() {
    assert_problems(
        "bad-difficulty",
        &["7:14: difficulty: `trivial` is not a difficulty; use one of: easy, medium, hard, impossible"],
    );
}

#[test]
fn a_guide_needs_a_method_and_a_method_needs_a_step() {
    assert_problems(
        "empty-method",
        &["22:9: methods[1].steps: must not be empty"],
    );
    assert_problems(
        "no-methods",
        &["1:1: methods: missing; add at least one `[[methods]]` table"],
    );
}

#[test]
fn a_guide_has_at_most_four_methods() {
    assert_problems(
        "five-methods",
        &["71:6: methods: a guide has at most 4 methods; this is one more"],
    );
}

#[test]
fn the_guide_id_is_the_file_name() {
    assert_problems(
        "wrong-id",
        &["2:6: id: `some-other-guide` must match the file name, so it must be `wrong-id`"],
    );
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    assert_problems(
        "many-problems",
        &[
            "7:14: difficulty: `trivial` is not a difficulty; use one of: easy, medium, hard, impossible",
            "8:17: last_verified: `2025-02-30` is not a date; write it as YYYY-MM-DD, like 2025-11-08, or `never`",
            "15:7: official_links[1].url: `http://example.com/help` is not an https:// link; only https links are allowed",
        ],
    );
}

#[test]
fn guide_text_is_written_as_escaped_rust_literals() {
    let source = std::fs::read_to_string("tests/fixtures/valid.toml")
        .unwrap()
        .replace("Find them.", r#"Say \"delete\" \\ then </script>{}"#);
    let code = compile_files(&[("x/valid.toml".into(), source)], &[], &["en"], None)
        .unwrap()
        .code;
    assert!(
        code.contains(r#"body: "Say \"delete\" \\ then </script>{}""#),
        "{code}"
    );
}

#[test]
fn guides_selects_only_the_named_files_and_rejects_unknown_names() {
    let dir = Path::new("tests/fixtures");
    let chosen = guide_files(dir, Some("valid, bad-date")).unwrap();
    assert_eq!(chosen, [dir.join("valid.toml"), dir.join("bad-date.toml")]);
    // An empty list means every guide in the folder.
    assert_eq!(
        guide_files(dir, Some("")).unwrap(),
        guide_files(dir, None).unwrap()
    );
    let error = guide_files(dir, Some("valid,myspace")).unwrap_err();
    assert_eq!(
        error,
        "GUIDES names `myspace`, but there is no tests/fixtures/myspace.toml"
    );
}

#[test]
fn shared_steps_action_links_former_ids_and_severities_are_checked() {
    assert_problems(
        "shared-steps",
        &[
            "28:43: methods[1].steps[1].action.url: `http://example.com/settings` is not an https:// link; only https links are allowed",
            "50:12: warnings[1].severity: `fatal` is not a severity; use one of: blocker, loss, info",
            "42:11: methods[2].steps[2].same_as: `open-settings` is already a step of this method",
            "45:11: methods[2].steps[3].same_as: `no-such-step` is not the id of a step of an earlier method; a shared step is written in full where it first appears",
            "29:13: methods[1].steps[1].formerly[1]: `Old Id` is not a valid id; use lowercase letters, digits and single hyphens, like `remove-payment-methods`",
            // The step listed twice is the method's request step twice.
            "34:6: methods[2].steps: only one step may have `sends_request = true`",
        ],
    );
}

#[test]
fn every_statement_names_known_sources_and_every_reference_is_cited() {
    assert_problems(
        "sources",
        &[
            "26:1: methods[1].steps[1].sources: missing; add `sources = [\"<reference id>\"]`, the references this rests on (or `[\"editorial\"]` for the guide's own advice)",
            "24:24: methods[1].disagree: needs at least two sides, each a source and what it says",
            "58:6: references[3].id: `editorial` is kept for the guide's own advice; choose another id",
            "42:20: warnings[1].sources[2]: `blog` is not the id of a reference; add it under [[references]] or fix the id",
            "52:6: references[2].id: `forum` is cited nowhere; cite it or remove it",
        ],
    );
}

#[test]
fn the_site_report_link_fills_in_for_guides_without_their_own() {
    let source = std::fs::read_to_string("tests/fixtures/valid.toml").unwrap();
    let site = Some("https://example.org/report?g={guide}");
    let code = compile_files(
        &[("x/valid.toml".into(), source.clone())],
        &[],
        &["en"],
        site,
    )
    .unwrap()
    .code;
    assert!(code.contains(r#"report_url: Some("https://example.org/report?g={guide}")"#));
    let own = source.replace(
        "facts_sources",
        "report_url = \"https://example.com/own\"\nfacts_sources",
    );
    let code = compile_files(&[("x/valid.toml".into(), own)], &[], &["en"], site)
        .unwrap()
        .code;
    assert!(
        code.contains(r#"report_url: Some("https://example.com/own")"#),
        "its own wins"
    );
    let none = compile_files(&[("x/valid.toml".into(), source)], &[], &["en"], None)
        .unwrap()
        .code;
    assert!(none.contains("report_url: None"));
}

#[test]
fn a_guide_without_a_window_needs_every_method_to_say_its_own() {
    let valid = std::fs::read_to_string("tests/fixtures/valid.toml").unwrap();
    let no_window = valid.replace("processing_days = { min = 1, max = 3 }\n", "");
    let found: Vec<String> = check("x/valid.toml", &no_window)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        ["x/valid.toml:18:6: methods[1]: this method takes the guide's `processing_days`, which the guide does not give; add it to the guide or to this method, or write `processing_days_unknown = true` here"]
    );
    let unknown = no_window.replace(
        "summary = \"Do it yourself.\"",
        "summary = \"Do it yourself.\"\nprocessing_days_unknown = true",
    );
    assert!(check("x/valid.toml", &unknown).is_ok());
}
