use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    pub lang: Lang,
    pub onconfirm: Callback<()>,
}

/// "Start over", asked twice: clearing a reader's progress is the one thing here they cannot
/// undo. The question is a native modal dialog: focus moves into it and stays there (the page
/// behind is inert), Escape answers "keep", and focus returns to the button afterwards.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let button = use_node_ref();
    let dialog = use_node_ref();
    let keep_button = use_node_ref();
    let ask = {
        let (dialog, keep_button) = (dialog.clone(), keep_button.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
            // The safe answer first. (Not the `autofocus` attribute: browsers refuse it, with a
            // console error, in cross-origin frames such as the iframe embed.)
            focus(&keep_button);
        })
    };
    let answer = |clear: bool| {
        let (dialog, button, onconfirm) = (dialog.clone(), button.clone(), props.onconfirm.clone());
        Callback::from(move |_: MouseEvent| {
            if clear {
                onconfirm.emit(());
            }
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
            focus(&button);
        })
    };
    // Escape closes the dialog without a button: the reader lands back on "Start over" too.
    let onclose = {
        let button = button.clone();
        Callback::from(move |_: Event| focus(&button))
    };
    let (keep, clear) = (answer(false), answer(true));
    html! {
        <>
            <button type="button" class="dg-start-over" ref={button} onclick={ask}>
                {props.lang.start_over}
            </button>
            <dialog class="dg-confirm" ref={dialog} aria-label={props.lang.start_over} {onclose}>
                <p>{props.lang.clear_question}</p>
                <button type="button" ref={keep_button} onclick={keep}>{props.lang.keep_progress}</button>
                <button type="button" class="dg-danger" onclick={clear}>{props.lang.clear_progress}</button>
            </dialog>
        </>
    }
}

fn focus(element: &NodeRef) {
    if let Some(element) = element.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}
