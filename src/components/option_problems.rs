use yew::prelude::*;

/// Tells the page's author which of their options were ignored, and why.
pub fn option_problems(problems: &[String]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <p class="dg-notice">
            {"Some options of this guide were ignored: "}{problems.join("; ")}{"."}
        </p>
    }
}
