use yew::prelude::*;

use super::heading::{heading, SECTION};
use super::sources::{disagreement, marks};
use crate::guide::{Guide, Note, Severity};

/// What can stop or cost the reader, most serious first: one line per kind (what blocks
/// deletion and what is lost, naming each warning; how many more things are good to know),
/// that opens to explain them. Then, for a reader who may not want deletion at all, a pointer to the alternatives.
///
/// A plain function: nothing here changes after the first render.
pub fn orientation(guide: &'static Guide, level: u8) -> Html {
    let kinds = [Severity::Blocker, Severity::Loss, Severity::Info];
    html! {
        <section class="dg-orientation">
            {heading(level, SECTION, html! {"What can stop or cost you"})}
            <ul class="dg-risks">
                for severity in kinds { {risks(guide, severity)} }
            </ul>
            if !guide.alternatives.is_empty() {
                <p class="dg-pointer">
                    {"Not sure? "}
                    {guide.alternatives.len()}
                    {if guide.alternatives.len() == 1 { " alternative follows below." } else { " alternatives follow below." }}
                </p>
            }
        </section>
    }
}

/// The warnings of one kind: its name in words (never by colour alone) and their titles on
/// one line, which opens to say more of each.
fn risks(guide: &'static Guide, severity: Severity) -> Html {
    let notes: Vec<&'static Note> = guide
        .warnings
        .iter()
        .filter(|note| note.severity == severity)
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    let (label, class) = match severity {
        Severity::Blocker => ("Blocks deletion", "dg-risk dg-blocker"),
        Severity::Loss => ("You lose", "dg-risk dg-loss"),
        Severity::Info => ("Good to know", "dg-risk dg-info"),
    };
    // What only is good to know waits behind its count; the rest is named on the line, the
    // first few of them, so that a long list does not push the checklist down.
    let line = match severity {
        Severity::Info if notes.len() == 1 => "1 more thing".to_owned(),
        Severity::Info => format!("{} more things", notes.len()),
        _ => named(&notes),
    };
    html! {
        <li {class}>
            <details>
                <summary>
                    <span class="dg-risk-label">{label}{": "}</span>
                    {line}
                </summary>
                <ul>
                    for note in notes {
                        <li key={note.id}>
                            <strong>{note.title}</strong>{". "}{note.body}{marks(guide, note.sources)}
                            {disagreement(guide, note.disagree)}
                        </li>
                    }
                </ul>
            </details>
        </li>
    }
}

/// How many warnings of a kind the line names before "and N more".
const NAMED_ON_THE_LINE: usize = 3;

/// "Order history; Buyer protection; Coins and coupons; and 2 more".
fn named(notes: &[&'static Note]) -> String {
    let titles: Vec<&str> = notes.iter().map(|note| note.title).collect();
    match titles.split_at_checked(NAMED_ON_THE_LINE) {
        Some((first, rest)) if rest.len() > 1 => {
            format!("{}; and {} more", first.join("; "), rest.len())
        }
        _ => titles.join("; "),
    }
}

/// The service's own pages, labelled as such.
pub fn official_pages(guide: &'static Guide) -> Html {
    html! {
        <div class="dg-official">
            <p>{"Official pages from "}{guide.service}{":"}</p>
            <ul class="dg-links">
                for link in guide.official_links {
                    <li>
                        <a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a>
                        {marks(guide, link.sources)}
                    </li>
                }
            </ul>
        </div>
    }
}
