use yew::prelude::*;

use crate::words::Lang;

/// "In your account settings: 3 of 7 steps done" and a bar that shows the same; the
/// stylesheet keeps it in view while the reader scrolls through the steps.
///
/// A plain function rather than a component, like the other small pieces without state here
/// (the notice, the option problems, the unknown-guide message, a list of pros or cons): each
/// component costs every reader about a kilobyte of download for machinery these never use.
pub fn progress_summary(method: &'static str, done: usize, total: usize, lang: Lang) -> Html {
    let text = (lang.steps_done)(done, total);
    html! {
        <div class="dg-progress">
            // A polite live region: screen readers announce "4 of 7 steps done" after each tick.
            <p class="dg-progress-text" role="status" aria-live="polite">
                <span class="dg-progress-method">{method}{lang.colon}</span>{text}
            </p>
            // The bar shows the same as the text, so screen readers skip it.
            <progress max={total.to_string()} value={done.to_string()} aria-hidden="true" />
        </div>
    }
}
