use yew::prelude::*;

use crate::guide::Guide;
use crate::words::Lang;

/// Under the title of a guide read in translation: who translated it, and whether a person
/// fluent in the language has reviewed it yet.
pub fn translation_line(guide: &'static Guide, lang: Lang) -> Html {
    let Some(translation) = guide.translation else {
        return html! {};
    };
    html! {
        <p class="dg-translation">
            {(lang.translated_by)(translation.made_by)}
            if !translation.reviewed {
                {". "}<strong>{lang.not_reviewed}</strong>
            }
        </p>
    }
}

/// Where the item `id` is in the source's words because its text changed since it was
/// translated: says so, so that a reader never follows an outdated translated instruction
/// without knowing why the language changed.
pub fn stale_note(guide: &'static Guide, id: &str, lang: Lang) -> Html {
    if !guide.is_stale(id) {
        return html! {};
    }
    html! { <p class="dg-stale-note">{lang.changed_since_translation}</p> }
}
