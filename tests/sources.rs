//! Every shipped guide, as baked into the widget, is traceable: each statement names sources
//! that exist, each reference is cited somewhere, each step and warning rests on something.
//! (The compiler refuses a guide that is not; this checks what reaches the reader.)
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::guide::{self, Guide, Sources};

/// Every list of source numbers in `guide`, with what it belongs to.
fn cited(guide: &'static Guide) -> Vec<(String, Sources)> {
    let mut all = vec![("facts".to_owned(), guide.facts.sources)];
    let sentences = [&guide.when_overdue, &guide.check_gone];
    all.extend(
        sentences
            .into_iter()
            .flatten()
            .map(|s| (s.says.to_owned(), s.sources)),
    );
    let named = |kind: &str, id: &str, sources: Sources| (format!("{kind} {id}"), sources);
    all.extend(
        guide
            .official_links
            .iter()
            .map(|l| named("link", l.title, l.sources)),
    );
    for method in guide.methods {
        all.push(named("method", method.id, method.sources));
        all.extend(method.steps.iter().map(|s| named("step", s.id, s.sources)));
        let claims = method
            .steps
            .iter()
            .flat_map(|s| s.disagree)
            .chain(method.disagree);
        all.extend(
            claims.map(|c| named("claim", c.says, Sources(std::slice::from_ref(&c.source)))),
        );
    }
    let notes = [
        guide.warnings,
        guide.before,
        guide.after,
        guide.troubleshooting,
    ];
    for note in notes.into_iter().flatten() {
        all.push(named("note", note.id, note.sources));
        let claims = note.disagree.iter();
        all.extend(
            claims.map(|c| named("claim", c.says, Sources(std::slice::from_ref(&c.source)))),
        );
    }
    all.extend(
        guide
            .alternatives
            .iter()
            .map(|a| named("alternative", a.id, a.sources)),
    );
    all.extend(guide.faq.iter().map(|f| named("faq", f.id, f.sources)));
    all
}

#[test]
fn every_source_exists_and_every_reference_is_cited() {
    assert!(!guide::all().is_empty());
    for guide in guide::all() {
        let count = guide.references.len();
        let cited = cited(guide);
        for (what, sources) in &cited {
            assert!(
                !sources.0.is_empty(),
                "{}: {what} names no source",
                guide.id
            );
            for &number in sources.0 {
                assert!(
                    usize::from(number) <= count,
                    "{}: {what} cites [{number}] of {count} references",
                    guide.id
                );
            }
        }
        for number in 1..=count {
            let used = cited.iter().any(|(_, s)| s.0.contains(&(number as u8)));
            let reference = &guide.references[number - 1];
            assert!(
                used,
                "{}: reference {} is cited nowhere",
                guide.id, reference.id
            );
        }
    }
}

#[test]
fn the_guide_is_dated_by_its_oldest_reading_and_links_only_over_https() {
    for guide in guide::all() {
        // The guide is as fresh as its least recently read source.
        let oldest = guide.references.iter().map(|r| r.read).min();
        assert_eq!(guide.facts.sources_read, oldest, "{}", guide.id);
        assert!(oldest.is_some(), "{}: no references", guide.id);
        for reference in guide.references {
            assert!(reference.url.is_none_or(|url| url.starts_with("https://")));
        }
    }
}
