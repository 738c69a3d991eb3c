use yew::prelude::*;

use crate::words::Lang;

/// Tells the page's author which of their options were ignored, and why.
pub fn option_problems(problems: &[String], lang: Lang) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <p class="dg-notice">
            {lang.options_ignored}{problems.join(lang.semicolon)}{"."}
        </p>
    }
}
