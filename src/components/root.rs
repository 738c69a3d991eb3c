use yew::prelude::*;

use super::unknown_guide::unknown_guide;
use super::widget::Widget;
use crate::guide;
use crate::options::Options;
use crate::progress::EarlyInput;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// `None` for an app kept idle between widgets (see `mounts`): it shows nothing.
    pub options: Option<Options>,
    /// Only when hydrating prerendered markup: what the reader did on it before.
    #[prop_or_default]
    pub early: Option<EarlyInput>,
    /// Which mount this is: an app reused for another mount (see `mounts`) draws a fresh
    /// widget, which reads storage again, rather than keep the last one's state.
    #[prop_or_default]
    pub mount: u32,
}

/// What a mount point shows: the guide it names, or a clear message when this build has none.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let Some(options) = &props.options else {
        return html! {};
    };
    match guide::find_in(&options.guide, options.lang.code) {
        Some(guide) => {
            html! { <Widget key={props.mount} {guide} options={options.clone()} early={props.early.clone()} /> }
        }
        None => unknown_guide(&options.guide, options.lang),
    }
}
