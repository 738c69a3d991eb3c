use yew::prelude::*;

use super::unknown_guide::unknown_guide;
use super::widget::Widget;
use crate::guide;
use crate::options::Options;
use crate::progress::EarlyInput;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub options: Options,
    /// Only when hydrating prerendered markup: what the reader did on it before.
    #[prop_or_default]
    pub early: EarlyInput,
}

/// What a mount point shows: the guide it names, or a clear message when this build has none.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let options = &props.options;
    match guide::find(&options.guide) {
        Some(guide) => {
            html! { <Widget {guide} options={options.clone()} early={props.early.clone()} /> }
        }
        None => unknown_guide(&options.guide),
    }
}
