use yew::prelude::*;

use super::unknown_guide::UnknownGuide;
use super::widget::Widget;
use crate::guide;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The id of the guide to show, as written in the snippet or the mount options.
    pub guide_id: AttrValue,
}

/// What a mount point shows: the guide it names, or a clear message when this build has none.
#[component]
pub fn Root(props: &RootProps) -> Html {
    match guide::find(&props.guide_id) {
        Some(guide) => html! { <Widget {guide} /> },
        None => html! { <UnknownGuide id={props.guide_id.clone()} /> },
    }
}
