use yew::prelude::*;

use super::keep_checked;
use crate::guide::Method;
use crate::progress::Progress;
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct MethodPickerProps {
    /// Unique on the page, so that two widgets' radio groups stay apart.
    pub group: AttrValue,
    pub lang: Lang,
    pub methods: &'static [Method],
    pub current: &'static Method,
    /// Leave the chosen method as the page shows it (see `keep_checked`).
    pub adopting: bool,
    pub progress: std::rc::Rc<Progress>,
    pub onchoose: Callback<&'static str>,
}

/// A choice between ways of deleting the account, as native radio buttons: arrow keys move
/// between them and screen readers announce "1 of 2" without any extra work.
///
/// In a `<form>` of their own, which is never submitted: Chromium keeps radio buttons removed
/// from a shadow root in that root's registry of radio groups, and with them the whole widget
/// they were part of (each widget unmounted from an element leaked about 570 nodes); radio
/// buttons in a form are grouped by the form instead, and go with it.
#[component]
pub fn MethodPicker(props: &MethodPickerProps) -> Html {
    html! {
        <form>
            <fieldset class="dg-methods">
                <legend>{props.lang.choose_method}</legend>
                for method in props.methods {
                    <label class="dg-method">
                        {keep_checked(props.adopting, html! {
                            <input
                                type="radio"
                                name={props.group.clone()}
                                value={method.id}
                                checked={std::ptr::eq(method, props.current)}
                                onchange={props.onchoose.reform(move |_: Event| method.id)}
                            />
                        })}
                        <span class="dg-method-title">{method.title}</span>
                        <span class="dg-method-count">
                            {(props.lang.done_of)(props.progress.done_in(method), method.steps.len())}
                        </span>
                    </label>
                }
            </fieldset>
        </form>
    }
}
