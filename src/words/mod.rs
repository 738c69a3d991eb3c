//! The widget's own words, one table per language: every label, sentence, plural and date
//! the widget writes around a guide's text. The same tables serve the browser and the
//! prerenderer, so hydration meets exactly the words it would write itself.
//!
//! Which languages a build carries is chosen like its guides (`LANGS=en,es make build`, all
//! by default): `build.rs` writes [`LANGUAGES`] and sets `dg_lang` for each, and a language
//! the build does not carry is not compiled.

#[cfg(dg_lang = "ar")]
mod ar;
#[cfg(dg_lang = "de")]
mod de;
mod en;
#[cfg(dg_lang = "es")]
mod es;
#[cfg(dg_lang = "fr")]
mod fr;
pub mod plural;
#[cfg(dg_lang = "pt")]
mod pt;

use std::ops::Deref;

use crate::date::Date;

pub use plural::Plural;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// A language's table, passed to every part of a widget; equal when it is the same table.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub &'static Words);

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for Lang {
    type Target = Words;

    fn deref(&self) -> &Words {
        self.0
    }
}

/// English: what a reader gets when nothing else fits, and the language of the guides.
pub static ENGLISH: &Words = &en::WORDS;

impl Default for Lang {
    fn default() -> Lang {
        Lang(ENGLISH)
    }
}

impl Lang {
    /// The language for a tag such as `es`, `pt-BR` or `EN`, by its primary subtag; `None`
    /// for a language this build does not carry.
    pub fn find(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|words| words.code == primary)
            .map(|words| Lang(words))
    }

    /// The `dir` attribute's value.
    pub fn dir(self) -> &'static str {
        match self.direction {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    /// `8 November 2025`, `8 de noviembre de 2025`, `8. November 2025`.
    pub fn long_date(self, date: Date) -> String {
        let (after_day, after_month) = self.date_joins;
        format!(
            "{}{after_day}{}{after_month}{}",
            date.day,
            self.months[usize::from(date.month.clamp(1, 12) - 1)],
            date.year
        )
    }

    /// Between two days, as short as it reads clearly: `1 and 24 December 2026`,
    /// `28 November and 24 December 2026`, `20 December 2026 and 18 January 2027`.
    pub fn between(self, first: Date, last: Date) -> String {
        let last_text = self.long_date(last);
        let (after_day, _) = self.date_joins;
        let first_text = if first.year != last.year {
            self.long_date(first)
        } else if first.month != last.month {
            let month = self.months[usize::from(first.month.clamp(1, 12) - 1)];
            format!("{}{after_day}{month}", first.day)
        } else {
            format!("{}{}", first.day, self.day_alone)
        };
        format!("{first_text}{}{last_text}", self.and)
    }
}

/// Everything the widget says in one language. Fixed words are text; words around a number
/// or a name are functions, so each language orders and inflects them its own way.
#[derive(Debug)]
pub struct Words {
    /// The primary language subtag, as in `lang` attributes: `en`, `es`.
    pub code: &'static str,
    /// The language's name in itself, for choosing it: `English`, `Español`.
    pub name: &'static str,
    /// What a list of the other languages a page is written in is called.
    pub other_languages: &'static str,
    pub direction: Direction,
    pub months: [&'static str; 12],
    /// What follows the day and the month in a long date: `(" ", " ")` gives `8 November 2025`.
    pub date_joins: (&'static str, &'static str),
    /// What follows a day written without its month (`1.` in German).
    pub day_alone: &'static str,
    /// Joins two things: ` and `.
    pub and: &'static str,
    /// Between a label and what it labels: `: ` (French puts a no-break space before it).
    pub colon: &'static str,
    /// Between the items of a list on one line: `; `.
    pub semicolon: &'static str,
    /// How long ago, `days` days back: `today`, `3 days ago`, `2 months ago`.
    pub age: fn(i64) -> String,

    // The header.
    pub time_needed: &'static str,
    pub difficulty: &'static str,
    pub difficulties: [&'static str; 4],
    pub steps: &'static str,
    pub tested_by_us: &'static str,
    pub not_yet: &'static str,
    pub last_verified: &'static str,
    pub sources_read: &'static str,
    pub may_be_out_of_date: &'static str,
    pub report_a_change: &'static str,

    // What can stop or cost the reader.
    pub what_can_stop_you: &'static str,
    pub blocks_deletion: &'static str,
    pub you_lose: &'static str,
    pub good_to_know: &'static str,
    /// `3 more things` (what is good to know, counted).
    pub more_things: fn(usize) -> String,
    /// `Order history; Buyer protection; and 2 more`: the named titles, joined, and the rest counted.
    pub and_more: fn(&str, usize) -> String,
    /// `Not sure? 3 alternatives follow below.`
    pub alternatives_follow: fn(usize) -> String,
    /// `Official pages from AliExpress:`
    pub official_pages: fn(&str) -> String,

    // Sections.
    pub before_you_start: &'static str,
    pub delete_your_account: &'static str,
    pub choose_method: &'static str,
    pub after_deletion: &'static str,
    pub troubleshooting: &'static str,
    pub alternatives: &'static str,
    pub faq: &'static str,
    pub references: &'static str,
    /// Above an alternative's good and bad points.
    pub pros: &'static str,
    pub cons: &'static str,

    // Steps.
    /// `2 of 7 steps done`
    pub steps_done: fn(usize, usize) -> String,
    /// The same, short, beside each method's name in the choice of methods: `2 of 7 done`.
    pub done_of: fn(usize, usize) -> String,
    pub next: &'static str,
    pub what_this_step_says: &'static str,
    pub opens_in_new_tab: &'static str,
    pub tips: &'static str,
    pub warnings: &'static str,
    /// Before a warning's text, in words, never by colour alone: `Warning: `.
    pub warning: &'static str,
    /// `Ticked on 8 November 2025`
    pub ticked_on: fn(&str) -> String,
    pub report_mistake_in_step: &'static str,
    pub report_error_in_guide: &'static str,

    // The end of a method.
    pub every_step_done: &'static str,
    pub keep_this_page: &'static str,
    pub no_source_for_check: &'static str,
    pub account_is_gone: &'static str,
    /// `You confirmed it on 8 November 2025. Nothing more to do here.`
    pub confirmed_gone: fn(&str) -> String,

    // The wait after the request.
    pub you_sent_request_on: &'static str,
    pub request_day_label: &'static str,
    pub not_a_date: &'static str,
    pub day_not_changed: &'static str,
    pub request_after_today: &'static str,
    pub request_too_old: &'static str,
    pub add_reminder: &'static str,
    /// `Day 12 of 7 to 30. ` (the window's least and most days)
    pub day_of_window: fn(i64, u16, u16) -> String,
    /// `AliExpress may finish deleting your account between ` … `.`
    pub may_finish_between: fn(&str, &str) -> String,
    /// `AliExpress may finish any day now: by 24 December 2026 if it keeps to its window.`
    pub may_finish_by: fn(&str, &str) -> String,
    /// `Day 40: overdue. `
    pub day_overdue: fn(i64) -> String,
    /// `The window ended on 24 December 2026. If the account is still there:`
    pub window_ended: fn(&str) -> String,
    pub no_source_when_overdue: &'static str,
    /// `Day 12. `
    pub day_only: fn(i64) -> String,
    /// `No source we read says how long AliExpress takes this way: ask support when it will be done.`
    pub no_window: fn(&str) -> String,
    /// The calendar reminder's title: `Check that your AliExpress account is gone`.
    pub reminder_title: fn(&str) -> String,
    /// What the reminder says: the service, the day the request went, the method's title, the
    /// window's most days, and what to do if the account is still there (the guide's words,
    /// where it has them).
    pub reminder_text: fn(&str, &str, &str, u16, Option<&str>) -> String,

    // The message to support.
    pub email_label: &'static str,
    pub reference_label: &'static str,
    pub message_label: &'static str,
    pub copy_message: &'static str,
    pub forget_details: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub kept_here: &'static str,
    /// The message: the method's request (the guide's words), the email address and reference
    /// where given, and the service: greeting, request, details, asking for confirmation.
    pub support_message: fn(&str, Option<&str>, Option<&str>, &str) -> String,

    // Start over.
    pub start_over: &'static str,
    pub clear_question: &'static str,
    pub keep_progress: &'static str,
    pub clear_progress: &'static str,

    // Taking progress elsewhere.
    pub carry_title: &'static str,
    pub carry_intro: &'static str,
    pub make_link: &'static str,
    pub download_file: &'static str,
    pub bring_in_file: &'static str,
    pub open_link_elsewhere: &'static str,
    pub add_to_progress: &'static str,
    pub leave_progress: &'static str,
    /// `Progress from another device: 5 ticks, 2 of them not ticked here, and the day the request was sent. `
    pub incoming: fn(usize, usize, bool) -> String,
    pub adding_keeps: &'static str,
    pub nothing_changed: &'static str,
    pub saved_by_newer: &'static str,
    pub not_progress: &'static str,

    // Notices about storage.
    pub not_kept_here: &'static str,
    pub write_failed: &'static str,
    pub newer_version: &'static str,
    pub started_afresh: &'static str,
    pub unreadable_not_kept: &'static str,
    pub discard_summary: &'static str,
    pub discard_warning: &'static str,
    pub discard_button: &'static str,

    // Sources.
    pub our_estimate: &'static str,
    pub our_advice: &'static str,
    /// A source mark's name for screen readers: `Source 3`.
    pub source_n: fn(u8) -> String,
    pub sources_disagree: &'static str,
    pub what_each_says: &'static str,
    /// `(read 28 November 2026)` after a reference.
    pub read_on: fn(&str) -> String,

    // A guide read in translation.
    /// `Translated by …` (the translation's own words for who made it).
    pub translated_by: fn(&str) -> String,
    pub not_reviewed: &'static str,
    /// Where an item shows the source's text because that changed since it was translated.
    pub changed_since_translation: &'static str,

    // Problems with what the page asked for.
    pub options_ignored: &'static str,
    /// `There is no deletion guide called “x”. The guides here are:`
    pub no_such_guide: fn(&str) -> String,
}
