use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::save_file;
use crate::guide::Guide;
use crate::progress::Progress;
use crate::saved_form::Saved;
use crate::storage;
use crate::store;
use crate::words::Lang;

/// Where an export link carries progress: in the address's fragment, which browsers never
/// send to a server: `#dg-import=<guide id>:<progress, URI-encoded>`.
const FRAGMENT: &str = "#dg-import=";

#[derive(Properties, PartialEq)]
pub struct CarryProps {
    pub guide: &'static Guide,
    pub lang: Lang,
    /// The reader agreed to add progress brought from elsewhere.
    pub onmerge: Callback<Progress>,
}

/// Taking progress to another device: as a link whose data sits only in the fragment, or as
/// a file; and bringing it in from either, after showing what it would change. A merge adds
/// and never overwrites (see `Progress::merge`).
///
/// It takes the guide's progress from the store when it needs it, not as a property, so a
/// tick does not draw it again. What it shows of that progress is the preview of progress
/// brought in, counted when it is drawn; the merge itself is applied to the progress of the
/// moment the reader agrees (see `store::dispatch`).
#[component]
pub fn Carry(props: &CarryProps) -> Html {
    let incoming = use_state_eq(|| None::<Result<Progress, &'static str>>);
    let link = use_state_eq(String::new);
    let (guide, lang) = (props.guide, props.lang);
    {
        // On load, and when a link is opened in a tab that already shows the guide.
        let incoming = incoming.clone();
        use_effect_with((), move |_| {
            let look = move || {
                if let Some(found) = from_address(guide, lang) {
                    incoming.set(Some(found));
                }
            };
            look();
            let window = web_sys::window();
            let listener =
                window.map(|w| gloo_events::EventListener::new(&w, "hashchange", move |_| look()));
            move || drop(listener)
        });
    }
    let make_link = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            link.set(export_link(guide, &current(guide)).unwrap_or_default())
        })
    };
    let download = Callback::from(move |_: MouseEvent| {
        if let Some(text) = storage::to_text(&current(guide)) {
            let _ = save_file(
                &format!("{}-progress.json", guide.id),
                "application/json",
                &text,
            );
        }
    });
    let open_file = {
        let incoming = incoming.clone();
        Callback::from(move |event: Event| {
            let file = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.files()?.get(0));
            let Some(file) = file else { return };
            let incoming = incoming.clone();
            yew::platform::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
                incoming.set(Some(read(&text, lang)));
            });
        })
    };
    let finish = |merge: bool| {
        let (incoming, onmerge) = (incoming.clone(), props.onmerge.clone());
        Callback::from(move |_: MouseEvent| {
            if let (true, Some(Ok(other))) = (merge, (*incoming).clone()) {
                onmerge.emit(other);
            }
            incoming.set(None);
            forget_address();
        })
    };
    html! {
        <details class="dg-fold dg-carry" open={incoming.is_some()}>
            <summary>{lang.carry_title}</summary>
            <p>{lang.carry_intro}</p>
            <p class="dg-carry-actions">
                <button type="button" onclick={make_link}>{lang.make_link}</button>
                <button type="button" onclick={download}>{lang.download_file}</button>
                <label class="dg-file">{lang.bring_in_file}<input type="file" accept="application/json,.json" onchange={open_file} /></label>
            </p>
            if !link.is_empty() {
                <label class="dg-carry-link">
                    {lang.open_link_elsewhere}
                    <input type="text" readonly=true value={(*link).clone()} />
                </label>
            }
            if let Some(found) = (*incoming).clone() {
                <div class="dg-incoming" role="status">
                    {preview(&current(guide), found, lang)}
                    <p class="dg-carry-actions">
                        if matches!(*incoming, Some(Ok(_))) {
                            <button type="button" onclick={finish(true)}>{lang.add_to_progress}</button>
                        }
                        <button type="button" onclick={finish(false)}>{lang.leave_progress}</button>
                    </p>
                </div>
            }
        </details>
    }
}

/// The guide's progress on this page now.
fn current(guide: &'static Guide) -> Rc<Progress> {
    store::peek(guide.id).map_or_else(Rc::default, |snapshot| snapshot.progress)
}

/// What bringing `found` in would change here, in words.
fn preview(mine: &Progress, found: Result<Progress, &'static str>, lang: Lang) -> Html {
    let other = match found {
        Ok(other) => other,
        Err(why) => return html! { <p class="dg-error">{why}{lang.nothing_changed}</p> },
    };
    let merged = mine.merge(&other);
    let new_ticks = merged.done.len() - mine.done.len();
    let request = mine.requested.is_none() && other.requested.is_some();
    html! {
        <p>
            {(lang.incoming)(other.done.len(), new_ticks, request)}
            {lang.adding_keeps}
        </p>
    }
}

/// Progress in exported text, or why it cannot be taken.
fn read(text: &str, lang: Lang) -> Result<Progress, &'static str> {
    match storage::parse(text) {
        Saved::Current(progress) => Ok(progress),
        Saved::Newer => Err(lang.saved_by_newer),
        Saved::Unreadable => Err(lang.not_progress),
    }
}

/// Progress for `guide` carried in this page's address, if there is any.
fn from_address(guide: &Guide, lang: Lang) -> Option<Result<Progress, &'static str>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let carried = hash.strip_prefix(FRAGMENT)?;
    let (id, data) = carried.split_once(':')?;
    if id != guide.id {
        return None;
    }
    let text = js_sys::decode_uri_component(data).ok()?.as_string()?;
    Some(read(&text, lang))
}

fn export_link(guide: &Guide, progress: &Progress) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = href.split('#').next().unwrap_or_default();
    let data: String = js_sys::encode_uri_component(&storage::to_text(progress)?).into();
    Some(format!("{page}{FRAGMENT}{}:{data}", guide.id))
}

/// Takes the carried progress out of the address, so that a reload does not offer it again.
fn forget_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let href = window.location().href().unwrap_or_default();
    if let (Some(page), Ok(history)) = (href.split(FRAGMENT).next(), window.history()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(page));
    }
}
