use yew::prelude::*;

use super::checklist::method_intro;
use super::orientation::{official_pages, orientation};
use super::step_item::step_details;
use crate::guide::{Guide, Method, Step};
use crate::words::Lang;

/// A part of a guide that never changes once drawn; `level` is its heading's.
#[derive(Clone, Copy, PartialEq)]
pub enum Part {
    /// What can stop or cost the reader.
    Orientation { level: u8 },
    /// The service's own pages.
    OfficialPages,
    /// A method's title, summary and where its sources disagree.
    MethodIntro { method: &'static Method, level: u8 },
    /// What a step says: its text, the link that does it, tips and warnings.
    StepDetails(&'static Step),
}

#[derive(Properties, PartialEq)]
pub struct FixedProps {
    pub guide: &'static Guide,
    pub lang: Lang,
    pub part: Part,
}

/// Draws a part once. Its parent is drawn again on every tick, and would otherwise build and
/// compare the part's markup each time (ten widgets on a page all redraw on a tick); as a
/// component whose properties did not change, it is skipped. One component type for all
/// such parts, since each type adds to the download.
#[component]
pub fn Fixed(props: &FixedProps) -> Html {
    let FixedProps { guide, lang, part } = *props;
    match part {
        Part::Orientation { level } => orientation(guide, level, lang),
        Part::OfficialPages => official_pages(guide, lang),
        Part::MethodIntro { method, level } => method_intro(guide, method, level, lang),
        Part::StepDetails(step) => step_details(guide, step, lang),
    }
}
