//! One small function component per section of a guide.
//!
//! Class lists are written as plain strings rather than with `classes!`: its ordered set of
//! class names costs every reader 0.5 KB of download, and none of our lists needs it.

mod alternatives;
mod carry;
mod checklist;
mod faq;
mod fixed;
mod handlers;
mod header;
mod heading;
mod method_picker;
mod notes;
mod notice;
mod option_problems;
mod orientation;
mod progress_summary;
mod references;
mod request_window;
mod root;
mod sources;
mod start_over;
mod step_item;
mod support_message;
mod translation;
mod unknown_guide;
mod widget;

pub use root::{Root, RootProps};

/// `input`, or while `adopting` prerendered markup, `input` leaving its checked state as the
/// page shows it: a tick or a choice the reader made there before the wasm arrived (see
/// `EarlyInput`). Hydrating would set it to the first render's, and the browser may paint
/// that for a frame or two before the reader's is applied.
fn keep_checked(adopting: bool, mut input: yew::Html) -> yew::Html {
    // Only the hydrating bundle adopts markup: the other is spared the code. The tag was just
    // made, so it is not shared and changes in place, without the code to copy one.
    let adopting = cfg!(feature = "hydration") && adopting;
    if let (true, yew::Html::VTag(tag)) = (adopting, &mut input) {
        if let Some(tag) = std::rc::Rc::get_mut(tag) {
            tag.preserve_checked();
        }
    }
    input
}

/// The reader's local calendar date, from the browser's clock.
fn today() -> crate::date::Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    // The browser always gives a real date; the fallback only keeps this free of panics.
    crate::date::Date::new(year as u16, month as u8, day as u8).unwrap_or(crate::date::Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

/// Offers `contents` to the reader as a file called `name`: a Blob and a link clicked once,
/// made here in the browser, which works under a strict Content-Security-Policy and inside a
/// shadow root.
pub(crate) fn save_file(name: &str, kind: &str, contents: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement =
        wasm_bindgen::JsCast::dyn_into(document.create_element("a").ok()?).ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
