use yew::prelude::*;

use super::heading::{heading, ITEM, SECTION};

use super::sources::{disagreement, marks};
use super::translation::stale_note;
use crate::guide::{Guide, Note};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub heading: AttrValue,
    pub notes: &'static [Note],
    /// Whose references the notes' source marks lead to.
    pub guide: &'static Guide,
    pub lang: Lang,
    /// Each note folded to its title, which opens it (troubleshooting: read when needed).
    #[prop_or_default]
    pub folded: bool,
}

/// A titled list of short paragraphs: before you start, after deletion, troubleshooting.
#[component]
pub fn Notes(props: &NotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="dg-notes">
            {heading(props.level, SECTION, html! {props.heading.clone()})}
            if props.folded {
                for note in props.notes {
                    <details key={note.id} class="dg-fold">
                        <summary>{note.title}</summary>
                        {body(props.guide, note, props.lang)}
                    </details>
                }
            } else {
                <ul>
                    for note in props.notes {
                        <li key={note.id}>
                            {heading(props.level + 1, ITEM, html! {note.title})}
                            {body(props.guide, note, props.lang)}
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

/// A note's text with what it rests on.
fn body(guide: &'static Guide, note: &'static Note, lang: Lang) -> Html {
    html! {
        <>
            {stale_note(guide, note.id, lang)}
            <p>{note.body}{marks(guide, note.sources, lang)}</p>
            {disagreement(guide, note.disagree, lang)}
        </>
    }
}
