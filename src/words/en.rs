//! English, the language the guides are written in. Written by the project.

use super::plural::{english, Plural};
use super::{Direction, Words};

/// `1 step`, `2 steps`.
fn count(n: usize, one: &str, other: &str) -> String {
    match english(n as u64) {
        Plural::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

pub static WORDS: Words = Words {
    code: "en",
    name: "English",
    other_languages: "In other languages",
    direction: Direction::LeftToRight,
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    date_joins: (" ", " "),
    day_alone: "",
    and: " and ",
    colon: ": ",
    semicolon: "; ",
    age: |days| match days {
        i64::MIN..=0 => "today".to_owned(),
        1..=30 => format!("{} ago", count(days as usize, "day", "days")),
        31..=729 => format!("{} ago", count((days / 30) as usize, "month", "months")),
        _ => format!("{} ago", count((days / 365) as usize, "year", "years")),
    },

    time_needed: "Time needed",
    difficulty: "Difficulty",
    difficulties: ["Easy", "Medium", "Hard", "Impossible"],
    steps: "Steps",
    tested_by_us: "Tested by us",
    not_yet: "Not yet",
    last_verified: "Last verified",
    sources_read: "Sources read",
    may_be_out_of_date: "may be out of date",
    report_a_change: "Report a change",

    what_can_stop_you: "What can stop or cost you",
    blocks_deletion: "Blocks deletion",
    you_lose: "You lose",
    good_to_know: "Good to know",
    more_things: |n| count(n, "more thing", "more things"),
    and_more: |named, rest| format!("{named}; and {rest} more"),
    alternatives_follow: |n| match english(n as u64) {
        Plural::One => format!("Not sure? {n} alternative follows below."),
        _ => format!("Not sure? {n} alternatives follow below."),
    },
    official_pages: |service| format!("Official pages from {service}:"),

    before_you_start: "Before you start",
    delete_your_account: "Delete your account",
    choose_method: "Choose how to delete your account",
    after_deletion: "After deletion",
    troubleshooting: "Troubleshooting",
    alternatives: "Alternatives to deleting",
    faq: "Frequently asked questions",
    references: "References",
    pros: "Pros",
    cons: "Cons",

    steps_done: |done, total| format!("{done} of {} done", count(total, "step", "steps")),
    done_of: |done, total| format!("{done} of {total} done"),
    next: "Next",
    what_this_step_says: "What this step says",
    opens_in_new_tab: " (opens in a new tab)",
    tips: "Tips",
    warnings: "Warnings",
    warning: "Warning: ",
    ticked_on: |day| format!("Ticked on {day}"),
    report_mistake_in_step: "Report a mistake in this step",
    report_error_in_guide: "Report an error in this guide",

    every_step_done: "Every step is done",
    keep_this_page: "Keep this page: your ticks and the day you sent the request stay in this browser. ",
    no_source_for_check: "Our sources do not say how to check that the account is gone: try to sign in, and keep any confirmation you receive.",
    account_is_gone: "I checked: the account is gone",
    confirmed_gone: |day| format!("You confirmed it on {day}. Nothing more to do here."),

    you_sent_request_on: "You sent your deletion request on ",
    request_day_label: "Day you sent the deletion request",
    not_a_date: "That is not a date.",
    day_not_changed: " The day was not changed.",
    request_after_today: "The request cannot have been sent after today.",
    request_too_old: "That is more than ten years ago; check the year.",
    add_reminder: "Add a reminder to my calendar",
    day_of_window: |day, min, max| format!("Day {day} of {min} to {max}. "),
    may_finish_between: |service, between| {
        format!("{service} may finish deleting your account between {between}.")
    },
    may_finish_by: |service, last| {
        format!("{service} may finish any day now: by {last} if it keeps to its window.")
    },
    day_overdue: |day| format!("Day {day}: overdue. "),
    window_ended: |last| format!("The window ended on {last}. If the account is still there:"),
    no_source_when_overdue: "Our sources do not say; contact the service's support with the day you sent your request.",
    day_only: |day| format!("Day {day}. "),
    no_window: |service| {
        format!("No source we read says how long {service} takes this way: ask support when it will be done.")
    },
    reminder_title: |service| format!("Check that your {service} account is gone"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "You asked {service} to delete your account on {day} ({method}). {service} may take \
             up to {}. Check now that the account is gone: try to sign in. {}",
            count(usize::from(most), "day", "days"),
            overdue.unwrap_or("If it is still there, contact the service's support.")
        )
    },

    email_label: "The account's email address",
    reference_label: "An order or ticket reference (optional)",
    message_label: "Your message to support",
    copy_message: "Copy the message",
    forget_details: "Forget my details",
    copied: "Copied.",
    copy_refused: "This browser would not copy it: the message is selected, so press Ctrl+C (or Cmd+C).",
    kept_here: "What you type here stays in this browser; nothing is sent anywhere.",
    support_message: |request, email, reference, service| {
        let mut message = format!("Hello,\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" The account's email address is {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" Reference: {reference}."));
        }
        message.push_str(&format!(
            "\n\nPlease confirm when my {service} account has been deleted.\n\nThank you."
        ));
        message
    },

    start_over: "Start over",
    clear_question: "Clear every tick in this guide? This cannot be undone.",
    keep_progress: "Keep my progress",
    clear_progress: "Clear my progress",

    carry_title: "Take your progress to another device",
    carry_intro: "Your ticks, the request's day and your details go with it; nothing is sent to any server.",
    make_link: "Make a link",
    download_file: "Download a file",
    bring_in_file: "Bring in a file ",
    open_link_elsewhere: "Open this link on the other device (it holds your progress; keep it to yourself):",
    add_to_progress: "Add it to my progress",
    leave_progress: "Leave my progress as it is",
    incoming: |ticks, new, request| {
        format!(
            "Progress from another device: {}, {new} of them not ticked here{}. ",
            count(ticks, "tick", "ticks"),
            if request { " and the day the request was sent" } else { "" }
        )
    },
    adding_keeps: "Adding it keeps everything you have here.",
    nothing_changed: " Nothing was changed.",
    saved_by_newer: "This was saved by a newer version of this guide.",
    not_progress: "This is not progress this guide can read.",

    not_kept_here: "This browser does not let the guide save your progress, so your ticks will be gone when you leave this page.",
    write_failed: "Your last change could not be saved, perhaps because the browser's storage is full. It stays on this page, and the guide will try again with your next change.",
    newer_version: "Your progress was saved by a newer version of this guide. It is left as it was, and changes made on this page will not be saved.",
    started_afresh: "Your saved progress could not be read, so the checklist starts afresh. A copy of the old data was kept in this browser.",
    unreadable_not_kept: "Your saved progress could not be read, and there is no room in this browser to keep a copy of it. It is left as it was, and changes made on this page will not be saved.",
    discard_summary: "Discard it, so that this page can save your progress",
    discard_warning: "the unreadable data will be deleted for good. There was no room to keep a copy, so nothing of it will remain.",
    discard_button: "Delete the unreadable data",

    our_estimate: "[our estimate]",
    our_advice: "[our advice]",
    source_n: |n| format!("Source {n}"),
    sources_disagree: "Our sources disagree here",
    what_each_says: ": what each says",
    read_on: |day| format!(" (read {day})"),

    translated_by: |by| format!("Translated by {by}"),
    not_reviewed: "Not yet reviewed by a person fluent in the language.",
    changed_since_translation: "This part changed since the guide was translated, so it is shown in English.",
    options_ignored: "Some options of this guide were ignored: ",
    no_such_guide: |id| format!("There is no deletion guide called \u{201c}{id}\u{201d}. The guides here are:"),
};
