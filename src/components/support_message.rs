use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::guide::Guide;
use crate::progress::{Detail, Details};
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct SupportMessageProps {
    pub guide: &'static Guide,
    pub lang: Lang,
    /// What to ask for, from the guide.
    pub request: &'static str,
    pub details: Details,
    pub ondetail: Callback<(Detail, String)>,
    pub onforget: Callback<()>,
}

/// A message to support the reader can copy: the guide's request in plain words, with the
/// account's email address and a reference the reader may fill in. Those two are kept with
/// the progress, in the reader's browser only; "Forget my details" removes them.
#[component]
pub fn SupportMessage(props: &SupportMessageProps) -> Html {
    let copied = use_state_eq(|| None::<bool>);
    let text_area = use_node_ref();
    let message = compose(props);
    let field = |detail: Detail| {
        props.ondetail.reform(move |event: Event| {
            let value = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            (detail, value)
        })
    };
    let copy = {
        let (copied, text_area, message) = (copied.clone(), text_area.clone(), message.clone());
        Callback::from(move |_: MouseEvent| copy_text(&message, &text_area, &copied))
    };
    let details = &props.details;
    html! {
        <div class="dg-support-message">
            <p class="dg-support-fields">
                <label>
                    {props.lang.email_label}
                    <input type="email" autocomplete="email" value={details.email.clone().unwrap_or_default()} onchange={field(Detail::Email)} />
                </label>
                <label>
                    {props.lang.reference_label}
                    <input type="text" value={details.reference.clone().unwrap_or_default()} onchange={field(Detail::Reference)} />
                </label>
            </p>
            <label class="dg-support-text">
                {props.lang.message_label}
                <textarea readonly=true rows="6" ref={text_area} value={message} />
            </label>
            <p class="dg-support-actions">
                <button type="button" onclick={copy}>{props.lang.copy_message}</button>
                <button type="button" onclick={props.onforget.reform(|_: MouseEvent| ())}>{props.lang.forget_details}</button>
            </p>
            <p class="dg-copied" role="status">
                {match *copied {
                    Some(true) => props.lang.copied,
                    Some(false) => props.lang.copy_refused,
                    None => "",
                }}
            </p>
            <p class="dg-kept-here">{props.lang.kept_here}</p>
        </div>
    }
}

fn compose(props: &SupportMessageProps) -> String {
    let details = &props.details;
    (props.lang.support_message)(
        props.request,
        details.email.as_deref(),
        details.reference.as_deref(),
        props.guide.service,
    )
}

/// Copies through the clipboard API; where the browser refuses (no permission, an insecure
/// page, a sandboxed frame), the message is selected for the reader to copy by hand.
fn copy_text(message: &str, text_area: &NodeRef, copied: &UseStateHandle<Option<bool>>) {
    let select = {
        let (text_area, copied) = (text_area.clone(), copied.clone());
        move || {
            if let Some(area) = text_area.cast::<HtmlTextAreaElement>() {
                area.select();
            }
            copied.set(Some(false));
        }
    };
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return select();
    };
    let promise = clipboard.write_text(message);
    let copied = copied.clone();
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => copied.set(Some(true)),
            Err(_) => select(),
        }
    });
}
