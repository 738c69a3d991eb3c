use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressSummaryProps {
    pub done: usize,
    pub total: usize,
}

/// "3 of 7 steps done" and a bar that shows the same.
#[component]
pub fn ProgressSummary(props: &ProgressSummaryProps) -> Html {
    let ProgressSummaryProps { done, total } = *props;
    let text = format!("{done} of {total} steps done");
    html! {
        <div class="dg-progress">
            <p class="dg-progress-text">{text.clone()}</p>
            <progress max={total.to_string()} value={done.to_string()} aria-label={text} />
        </div>
    }
}
