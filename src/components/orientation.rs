use yew::prelude::*;

use super::heading::{heading, SECTION};
use super::sources::{disagreement, marks};
use crate::guide::{Guide, Note, Severity};
use crate::words::Lang;

/// What can stop or cost the reader, most serious first: one line per kind (what blocks
/// deletion and what is lost, naming each warning; how many more things are good to know),
/// that opens to explain them. Then, for a reader who may not want deletion at all, a pointer to the alternatives.
pub fn orientation(guide: &'static Guide, level: u8, lang: Lang) -> Html {
    let kinds = [Severity::Blocker, Severity::Loss, Severity::Info];
    html! {
        <section class="dg-orientation">
            {heading(level, SECTION, html! {lang.what_can_stop_you})}
            <ul class="dg-risks">
                for severity in kinds { {risks(guide, severity, lang)} }
            </ul>
            if !guide.alternatives.is_empty() {
                <p class="dg-pointer">
                    {(lang.alternatives_follow)(guide.alternatives.len())}
                </p>
            }
        </section>
    }
}

/// The warnings of one kind: its name in words (never by colour alone) and their titles on
/// one line, which opens to say more of each.
fn risks(guide: &'static Guide, severity: Severity, lang: Lang) -> Html {
    let notes: Vec<&'static Note> = guide
        .warnings
        .iter()
        .filter(|note| note.severity == severity)
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    let (label, class) = match severity {
        Severity::Blocker => (lang.blocks_deletion, "dg-risk dg-blocker"),
        Severity::Loss => (lang.you_lose, "dg-risk dg-loss"),
        Severity::Info => (lang.good_to_know, "dg-risk dg-info"),
    };
    // What only is good to know waits behind its count; the rest is named on the line, the
    // first few of them, so that a long list does not push the checklist down.
    let line = match severity {
        Severity::Info => (lang.more_things)(notes.len()),
        _ => named(guide, &notes, lang),
    };
    html! {
        <li {class}>
            <details>
                <summary>
                    <span class="dg-risk-label">{label}{lang.colon}</span>
                    {line}
                </summary>
                <ul>
                    for note in notes {
                        <li key={note.id}>
                            <strong>{note.title}</strong>{". "}{note.body}{marks(guide, note.sources, lang)}
                            {super::translation::stale_note(guide, note.id, lang)}
                            {disagreement(guide, note.disagree, lang)}
                        </li>
                    }
                </ul>
            </details>
        </li>
    }
}

/// How many warnings of a kind the line names before "and N more".
const NAMED_ON_THE_LINE: usize = 3;

/// "Order history; Buyer protection; Coins and coupons; and 2 more". The titles are the
/// guide's words, joined as its language joins them (an English guide's titles inside an
/// Arabic widget stay one left-to-right run); the count is the widget's words.
fn named(guide: &'static Guide, notes: &[&'static Note], lang: Lang) -> String {
    let titles: Vec<&str> = notes.iter().map(|note| note.title).collect();
    let join = Lang::find(guide.lang).unwrap_or_default().semicolon;
    match titles.split_at_checked(NAMED_ON_THE_LINE) {
        Some((first, rest)) if rest.len() > 1 => (lang.and_more)(&first.join(join), rest.len()),
        _ => titles.join(join),
    }
}

/// The service's own pages, labelled as such.
pub fn official_pages(guide: &'static Guide, lang: Lang) -> Html {
    html! {
        <div class="dg-official">
            <p>{(lang.official_pages)(guide.service)}</p>
            <ul class="dg-links">
                for link in guide.official_links {
                    <li>
                        <a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a>
                        {marks(guide, link.sources, lang)}
                    </li>
                }
            </ul>
        </div>
    }
}
