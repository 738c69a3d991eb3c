use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    pub onconfirm: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    /// As first shown: focus is left where the reader has it.
    Idle,
    Asking,
    /// The question was answered: focus returns to the button.
    Answered,
}

/// "Start over", asked twice: clearing a reader's progress is the one thing here they cannot undo.
/// Focus moves into the question when it opens and back to the button when it closes.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let phase = use_state_eq(|| Phase::Idle);
    let button = use_node_ref();
    let keep = use_node_ref();
    {
        let (button, keep) = (button.clone(), keep.clone());
        use_effect_with(*phase, move |&phase| {
            let target = match phase {
                Phase::Idle => return,
                Phase::Asking => keep,
                Phase::Answered => button,
            };
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let set = |next: Phase, then: Option<Callback<()>>| {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(then) = &then {
                then.emit(());
            }
            phase.set(next);
        })
    };
    if *phase == Phase::Asking {
        html! {
            <div class="dg-confirm" role="group" aria-label="Start over">
                <p>{"Clear every tick in this guide? This cannot be undone."}</p>
                <button type="button" ref={keep} onclick={set(Phase::Answered, None)}>
                    {"Keep my progress"}
                </button>
                <button
                    type="button"
                    class="dg-danger"
                    onclick={set(Phase::Answered, Some(props.onconfirm.clone()))}
                >
                    {"Clear my progress"}
                </button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="dg-start-over" ref={button} onclick={set(Phase::Asking, None)}>
                {"Start over"}
            </button>
        }
    }
}
