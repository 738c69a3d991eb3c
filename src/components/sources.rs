//! What each statement rests on, shown where it is read: small numbered marks that lead to
//! the reference list, a plain label for the guide's own advice, and a note where the sources
//! disagree. Plain functions: none of it changes after the first render.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::guide::{Claim, Guide, Reference, Sources};
use crate::words::Lang;

/// The id of the reference numbered `number` in a widget's list (unique within one widget;
/// marks are followed within their own widget, see `follow_mark`).
pub fn reference_anchor(number: usize) -> String {
    format!("dg-ref-{number}")
}

/// `[1] [2]` after a statement, each a link to its reference; `[our advice]` where the guide
/// speaks for itself.
pub fn marks(guide: &'static Guide, sources: Sources, lang: Lang) -> Html {
    marks_owned_as(guide, sources, lang.our_advice, lang)
}

/// The same, with `own` for what is the guide's own: the quick facts' "[our estimate]".
pub fn marks_owned_as(
    guide: &'static Guide,
    sources: Sources,
    own: &'static str,
    lang: Lang,
) -> Html {
    if sources.0.is_empty() {
        return html! {};
    }
    html! {
        <span class="dg-sources">
            for number in sources.0.iter().copied() {
                {" "}{mark(guide, number, own, lang)}
            }
        </span>
    }
}

fn mark(guide: &'static Guide, number: u8, own: &'static str, lang: Lang) -> Html {
    let Some(reference) = reference(guide, number) else {
        return html! { <span class="dg-src dg-own">{own}</span> };
    };
    html! {
        <a
            class="dg-src"
            href={format!("#{}", reference_anchor(usize::from(number)))}
            aria-label={(lang.source_n)(number)}
            title={reference.title}
        >{format!("[{number}]")}</a>
    }
}

/// The reference numbered `number`, or `None` for the guide's own advice (0).
fn reference(guide: &'static Guide, number: u8) -> Option<&'static Reference> {
    guide.references.get(usize::from(number).checked_sub(1)?)
}

/// Where the sources disagree about a method, a step or a warning: said in one line beside
/// what it is about, which opens to what each says (folded, so that a method's note does not
/// push its checklist off the first screen; on paper it prints open).
pub fn disagreement(guide: &'static Guide, claims: &'static [Claim], lang: Lang) -> Html {
    if claims.is_empty() {
        return html! {};
    }
    html! {
        <details class="dg-disagree">
            <summary><strong>{lang.sources_disagree}</strong>{lang.what_each_says}</summary>
            <ul>
                for claim in claims {
                    <li>
                        {reference(guide, claim.source).map_or("", |r| r.title)}
                        {" "}{mark(guide, claim.source, lang.our_advice, lang)}
                        {lang.colon}{claim.says}
                    </li>
                }
            </ul>
        </details>
    }
}

/// Follows a source mark to its reference inside the widget: a link to a fragment does not
/// reach into a shadow root, and two widgets on one page each have their own list. Set on the
/// widget's outermost element, for every mark in it.
pub fn follow_mark(event: MouseEvent) {
    let mark = event
        .target_dyn_into::<Element>()
        .and_then(|target| target.closest("a.dg-src").ok().flatten());
    let widget = event
        .current_target()
        .and_then(|target| target.dyn_into::<Element>().ok());
    let (Some(mark), Some(widget)) = (mark, widget) else {
        return;
    };
    let reference = mark
        .get_attribute("href")
        .and_then(|href| widget.query_selector(&href).ok().flatten())
        .and_then(|found| found.dyn_into::<HtmlElement>().ok());
    if let Some(reference) = reference {
        event.prevent_default();
        // Focus moves there (it scrolls into view), so keyboard and screen-reader users land
        // on the reference too.
        let _ = reference.focus();
    }
}
