use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1 for h1 and so on; beyond 6 stays h6. Each section is handed the level of its own
    /// heading, starting from the widget's `heading_level` option, and goes one deeper inside.
    pub level: u8,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A heading at the right level for where it sits, so the widget's headings continue the host
/// page's outline instead of breaking it. (Passed down as a prop rather than a Yew context:
/// contexts cost every reader about 1.5 KB of download.)
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = match props.level {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! { <@{tag} class={props.class.clone()}>{props.children.clone()}</@> }
}
