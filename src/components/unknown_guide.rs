use yew::prelude::*;

use crate::guide;

/// Shown instead of a guide when the snippet names one this build does not have, so the
/// blogger sees at once what went wrong and which ids would work.
pub fn unknown_guide(id: &str) -> Html {
    let known: Vec<&str> = guide::all().iter().map(|g| g.id).collect();
    html! {
        <div class="dg dg-error" role="alert">
            <p>
                {"There is no deletion guide called \u{201c}"}{id}{"\u{201d}. "}
                {"Guides available here: "}{known.join(", ")}{"."}
            </p>
        </div>
    }
}
