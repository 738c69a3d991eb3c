use yew::prelude::*;

/// The level of the widget's own top heading: 2 by default, since the page around it usually
/// has its h1; a page where the guide is the main content (the standalone page) uses 1.
#[derive(Clone, Copy, PartialEq)]
pub struct TopLevel(pub u8);

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 0 for the guide's title, 1 for a section, 2 for an item in a section.
    pub depth: u8,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A heading at the right level for where it sits, so the widget's headings continue the host
/// page's outline instead of breaking it.
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let TopLevel(top) = use_context::<TopLevel>().unwrap_or(TopLevel(2));
    let tag = match (top + props.depth).min(6) {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! { <@{tag} class={props.class.clone()}>{props.children.clone()}</@> }
}
