use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::guide::Guide;
use crate::progress::{Detail, Details};

#[derive(Properties, PartialEq)]
pub struct SupportMessageProps {
    pub guide: &'static Guide,
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
                    {"The account's email address"}
                    <input type="email" autocomplete="email" value={details.email.clone().unwrap_or_default()} onchange={field(Detail::Email)} />
                </label>
                <label>
                    {"An order or ticket reference (optional)"}
                    <input type="text" value={details.reference.clone().unwrap_or_default()} onchange={field(Detail::Reference)} />
                </label>
            </p>
            <label class="dg-support-text">
                {"Your message to support"}
                <textarea readonly=true rows="6" ref={text_area} value={message} />
            </label>
            <p class="dg-support-actions">
                <button type="button" onclick={copy}>{"Copy the message"}</button>
                <button type="button" onclick={props.onforget.reform(|_: MouseEvent| ())}>{"Forget my details"}</button>
            </p>
            <p class="dg-copied" role="status">
                {match *copied {
                    Some(true) => "Copied.",
                    Some(false) => "This browser would not copy it: the message is selected, so press Ctrl+C (or Cmd+C).",
                    None => "",
                }}
            </p>
            <p class="dg-kept-here">{"What you type here stays in this browser; nothing is sent anywhere."}</p>
        </div>
    }
}

fn compose(props: &SupportMessageProps) -> String {
    let details = &props.details;
    let mut message = format!("Hello,\n\n{}", props.request);
    if let Some(email) = &details.email {
        message.push_str(&format!(" The account's email address is {email}."));
    }
    if let Some(reference) = &details.reference {
        message.push_str(&format!(" Reference: {reference}."));
    }
    message.push_str(&format!(
        "\n\nPlease confirm when my {} account has been deleted.\n\nThank you.",
        props.guide.service
    ));
    message
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
