use yew::prelude::*;

use super::heading;
use super::sources::marks_owned_as;
use crate::guide::Guide;
use crate::words::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The level of the guide's title heading.
    pub level: u8,
    pub guide: &'static Guide,
    pub lang: Lang,
    /// The steps of the method the reader has chosen.
    pub steps: usize,
    /// Where readers report a mistake (a template, see `report`), if anywhere.
    pub report: Option<AttrValue>,
}

/// The guide's title, summary and quick facts.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let guide = props.guide;
    let facts = &guide.facts;
    let steps = props.steps;
    let lang = props.lang;
    let difficulty = lang.difficulties[facts.difficulty as usize];
    // How old the guide's last check is depends on today, which a server rendering the page
    // ahead of time does not know: it is added once the widget runs in the reader's browser
    // (the first render stays what the server drew, so prerendered markup can be adopted).
    let today = use_state_eq(|| None::<crate::date::Date>);
    {
        let today = today.clone();
        use_effect_with((), move |_| today.set(Some(super::today())));
    }
    // Counted from the last time anyone checked: walked the steps or read the sources.
    let checked = facts.checked();
    let age = (*today)
        .zip(checked)
        .map(|(t, checked)| t.days_since(checked));
    let stale = age.is_some_and(|days| days > i64::from(guide.review_days));
    let report = props
        .report
        .as_deref()
        .map(|template| crate::report::link(template, guide, None));
    html! {
        <header class="dg-header">
            <p class="dg-service">{guide.service}</p>
            <@{heading::tag(props.level)} class="dg-title">{guide.title}</@>
            <p class="dg-summary">{guide.summary}</p>
            {super::translation::translation_line(guide, lang)}
            <dl class="dg-facts">
                <div><dt>{lang.time_needed}</dt><dd>{facts.time_needed}{marks_owned_as(guide, facts.sources, lang.our_estimate, lang)}</dd></div>
                <div>
                    <dt>{lang.difficulty}</dt>
                    <dd>
                        <span class={["dg-badge ", facts.difficulty.class()].concat()}>
                            {difficulty}
                        </span>
                    </dd>
                </div>
                <div><dt>{lang.steps}</dt><dd>{steps}</dd></div>
                // Before the date, whose age is added after mount: that must move nothing.
                if facts.last_verified.is_none() {
                    <div><dt>{lang.tested_by_us}</dt><dd>{lang.not_yet}</dd></div>
                }
                // Past the guide's review interval the fact says so, in words, where it is read.
                <div class={if stale { "dg-stale" } else { "" }}>
                    <dt>{if facts.verified_last() { lang.last_verified } else { lang.sources_read }}</dt>
                    <dd>
                        if let Some(day) = checked {
                            {lang.long_date(day)}{" "}
                            // Drawn empty before the age is known, holding its room (see the
                            // stylesheet), so that the age fills it instead of pushing the
                            // guide down on a phone, where it would not fit beside the date.
                            <span class="dg-age">
                                if let Some(days) = age {
                                    {format!("({}{})", (lang.age)(days), if stale { format!("{}{}", lang.semicolon, lang.may_be_out_of_date) } else { String::new() })}
                                }
                            </span>
                        }
                        if let Some(href) = report.filter(|_| stale) {
                            {" "}<a {href} target="_blank" rel="noopener noreferrer">{lang.report_a_change}</a>
                        }
                    </dd>
                </div>
            </dl>
        </header>
    }
}
