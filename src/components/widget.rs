use yew::prelude::*;

use super::alternatives::Alternatives;
use super::carry::Carry;
use super::checklist::Checklist;
use super::faq::Faq;
use super::fixed::{Fixed, Part};
use super::handlers::Handlers;
use super::header::Header;
use super::heading::{heading, SECTION};
use super::method_picker::MethodPicker;
use super::notes::Notes;
use super::notice::notice_banner;
use super::option_problems::option_problems;
use super::references::References;
use super::sources::follow_mark;
use super::start_over::StartOver;
use crate::guide::Guide;
use crate::options::Options;
use crate::progress::EarlyInput;
use crate::saved_progress::use_saved_progress;
use crate::store;
use crate::words::Lang;

#[cfg(feature = "hydration")]
use super::today;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub guide: &'static Guide,
    pub options: Options,
    /// Only when adopting prerendered markup: what the reader did on it first.
    #[prop_or_default]
    pub early: Option<EarlyInput>,
}

/// One guide as an interactive checklist, with the reader's saved progress.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let guide = props.guide;
    // A number no other widget on the page has: names its radio group and its sync messages.
    let id = *use_memo((), |_| store::new_id());
    let (progress, notice) = use_saved_progress(guide.id, id);
    // Only the hydrating bundle meets prerendered pages; the other is spared the code.
    #[cfg(feature = "hydration")]
    let adopting = use_early_input(guide, &props.early);
    #[cfg(not(feature = "hydration"))]
    let adopting = false;
    let on = use_memo(guide.id, |_| Handlers::new(guide));
    let lang: Lang = props.options.lang;
    let top = props.options.heading_level;
    let section = top + 1;
    let report_url = props
        .options
        .report_url
        .clone()
        .or(guide.report_url.map(String::from))
        .map(AttrValue::from);
    // Set once storage has been read, which only happens in a browser running the wasm: the
    // prerendered page (and one read without JavaScript) leaves out what needs it.
    let live = if notice.is_some() { " dg-live" } else { "" };
    let current = progress.current_method(guide);
    let steps = current.map_or(0, |m| m.steps.len());
    html! {
        <article class={["dg ", props.options.theme.class(), live].concat()} lang={lang.code} dir={lang.dir()} onclick={follow_mark}>
            <Header {guide} {lang} level={top} {steps} report={report_url.clone()} />
            {option_problems(&props.options.problems, lang)}
            if let Some(notice) = notice {
                {notice_banner(notice, &on.discard, lang)}
            }
            <Fixed {guide} {lang} part={Part::Orientation { level: section }} />
            <Notes level={section} heading={lang.before_you_start} {guide} {lang} notes={guide.before} folded=true />
            // Every method's checklist is in the page, so that all of it reads without
            // JavaScript; the stylesheet shows the one whose radio button is chosen.
            if let Some(current) = current {
                <section class="dg-delete">
                    {heading(section, SECTION, html! {lang.delete_your_account})}
                    if guide.methods.len() > 1 {
                        <MethodPicker
                            {lang}
                            group={AttrValue::from(format!("dg{id}-method"))}
                            methods={guide.methods}
                            {current}
                            {adopting}
                            progress={progress.clone()}
                            onchoose={on.choose.clone()}
                        />
                    }
                    for method in guide.methods {
                        <Checklist
                            key={method.id}
                            level={section + 1}
                            {guide}
                            {lang}
                            {method}
                            {adopting}
                            progress={progress.clone()}
                            ontick={on.tick.clone()}
                            ondate={on.date.clone()}
                            ondetail={on.detail.clone()}
                            onforget={on.forget.clone()}
                            ongone={on.gone.clone()}
                            report={report_url.clone()}
                        />
                    }
                    <StartOver {lang} onconfirm={on.start_over.clone()} />
                    <Carry {guide} {lang} onmerge={on.merge.clone()} />
                </section>
            }
            <Notes level={section} heading={lang.after_deletion} {guide} {lang} notes={guide.after} />
            <Notes level={section} heading={lang.troubleshooting} {guide} {lang} notes={guide.troubleshooting} folded=true />
            <Alternatives level={section} {guide} {lang} alternatives={guide.alternatives} />
            <Faq level={section} {guide} {lang} entries={guide.faq} />
            <Fixed {guide} {lang} part={Part::OfficialPages} />
            <References level={section} {guide} {lang} references={guide.references} report_url={report_url.clone()} />
        </article>
    }
}

/// Whether this render adopts prerendered markup (the first, when hydrating): its boxes and
/// method are then left as the reader set them (see `keep_checked`). What the reader did there
/// is applied once the saved progress is read: the effect of the hook before this one runs
/// first, and the next render shows both.
#[cfg(feature = "hydration")]
#[hook]
fn use_early_input(guide: &'static Guide, early: &Option<EarlyInput>) -> bool {
    let first = use_memo((), |_| std::cell::Cell::new(true));
    let adopting = early.is_some() && first.replace(false);
    let early = early.clone();
    use_effect_with((), move |_| {
        if let Some(action) = early.and_then(|early| early.action(guide, today())) {
            store::dispatch(guide.id, action);
        }
    });
    adopting
}
