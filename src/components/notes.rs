use yew::prelude::*;

use super::heading::Heading;

use crate::guide::Note;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// The level of this section's heading (see `Heading`).
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
    let class = classes!("dg-notes", props.warning.then_some("dg-warning-list"));
    html! {
        <section {class}>
            <Heading level={props.level}>{props.heading.clone()}</Heading>
            <ul>
                for note in props.notes {
                    <li key={note.id}>
                        <Heading level={props.level + 1}>
                            if props.warning { <span class="dg-warning-label">{"Warning: "}</span> }
                            {note.title}
                        </Heading>
                        <p>{note.body}</p>
                    </li>
                }
            </ul>
        </section>
    }
}
