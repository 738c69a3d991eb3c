use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OptionProblemsProps {
    pub problems: Vec<String>,
}

/// Tells the page's author which of their options were ignored, and why.
#[component]
pub fn OptionProblems(props: &OptionProblemsProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <p class="dg-notice">
            {"Some options of this guide were ignored: "}{props.problems.join("; ")}{"."}
        </p>
    }
}
