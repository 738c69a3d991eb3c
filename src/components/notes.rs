use yew::prelude::*;

use crate::guide::Note;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub heading: AttrValue,
    pub notes: &'static [Note],
    /// Important warnings are marked as such in words and for screen readers, not by colour.
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
            <h3>{props.heading.clone()}</h3>
            <ul>
                for note in props.notes {
                    <li key={note.id} role={props.warning.then_some("note")}>
                        <h4>
                            if props.warning { <span class="dg-warning-label">{"Warning: "}</span> }
                            {note.title}
                        </h4>
                        <p>{note.body}</p>
                    </li>
                }
            </ul>
        </section>
    }
}
