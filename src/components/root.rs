use yew::prelude::*;

use super::unknown_guide::unknown_guide;
use super::widget::Widget;
use crate::guide;
use crate::options::Options;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub options: Options,
}

/// What a mount point shows: the guide it names, or a clear message when this build has none.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let options = &props.options;
    match guide::find(&options.guide) {
        Some(guide) => html! { <Widget {guide} options={options.clone()} /> },
        None => unknown_guide(&options.guide),
    }
}
