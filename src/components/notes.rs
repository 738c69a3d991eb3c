use yew::prelude::*;

use super::heading::heading;

use crate::guide::Note;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// The level of this section's heading (see `heading`).
    pub level: u8,
    pub heading: AttrValue,
    pub notes: &'static [Note],
    /// Important warnings say "Warning:" in their headings: marked in words, not by colour alone.
    #[prop_or_default]
    pub warning: bool,
}

/// A titled list of short paragraphs: warnings, before you start, after deletion, troubleshooting.
#[component]
pub fn Notes(props: &NotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    let class = if props.warning {
        "dg-notes dg-warning-list"
    } else {
        "dg-notes"
    };
    html! {
        <section {class}>
            {heading(props.level, html! {props.heading.clone()})}
            <ul>
                for note in props.notes {
                    <li key={note.id}>
                        {heading(props.level + 1, html! {
                            <>
                                if props.warning { <span class="dg-warning-label">{"Warning: "}</span> }
                                {note.title}
                            </>
                        })}
                        <p>{note.body}</p>
                    </li>
                }
            </ul>
        </section>
    }
}
