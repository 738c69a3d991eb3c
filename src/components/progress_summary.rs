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
    // The bar shows the same as the text, so it is hidden from screen readers.
    html! {
        <div class="dg-progress">
            // A polite live region: screen readers announce "4 of 7 steps done" after each tick.
            <p class="dg-progress-text" role="status" aria-live="polite">{text}</p>
            <progress max={total.to_string()} value={done.to_string()} aria-hidden="true" />
        </div>
    }
}
