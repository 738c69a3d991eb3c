//! German. Translated from the English table by an AI model (Claude), 2026-11-28; not yet reviewed by a native speaker.

use super::plural::{english, Plural};
use super::{Direction, Words};

/// `1 Schritt`, `2 Schritte`: German counts like English (CLDR: one is exactly 1).
fn count(n: usize, one: &str, other: &str) -> String {
    match english(n as u64) {
        Plural::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

/// `1 weiterer Punkt`, `3 weitere Punkte`.
fn more(n: usize) -> String {
    count(n, "weiterer Punkt", "weitere Punkte")
}

pub static WORDS: Words = Words {
    code: "de",
    name: "Deutsch",
    other_languages: "In anderen Sprachen",
    direction: Direction::LeftToRight,
    months: [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ],
    date_joins: (". ", " "),
    day_alone: ".",
    and: " und ",
    colon: ": ",
    semicolon: "; ",
    // After "vor" German takes the dative: "vor 3 Tagen", "vor 2 Monaten", "vor 2 Jahren".
    age: |days| match days {
        i64::MIN..=0 => "heute".to_owned(),
        1..=30 => format!("vor {}", count(days as usize, "Tag", "Tagen")),
        31..=729 => format!("vor {}", count((days / 30) as usize, "Monat", "Monaten")),
        _ => format!("vor {}", count((days / 365) as usize, "Jahr", "Jahren")),
    },

    time_needed: "Zeitaufwand",
    difficulty: "Schwierigkeit",
    difficulties: ["Leicht", "Mittel", "Schwer", "Unmöglich"],
    steps: "Schritte",
    tested_by_us: "Von uns getestet",
    not_yet: "Noch nicht",
    last_verified: "Zuletzt überprüft",
    sources_read: "Quellen gelesen",
    may_be_out_of_date: "möglicherweise veraltet",
    report_a_change: "Änderung melden",

    what_can_stop_you: "Was Sie aufhalten oder etwas kosten kann",
    blocks_deletion: "Verhindert die Löschung",
    you_lose: "Sie verlieren",
    good_to_know: "Gut zu wissen",
    more_things: more,
    and_more: |named, rest| format!("{named}; und {}", more(rest)),
    alternatives_follow: |n| match english(n as u64) {
        Plural::One => "Noch unsicher? Weiter unten finden Sie eine Alternative.".to_owned(),
        _ => format!("Noch unsicher? Weiter unten finden Sie {n} Alternativen."),
    },
    official_pages: |service| format!("Offizielle Seiten von {service}:"),

    before_you_start: "Bevor Sie beginnen",
    delete_your_account: "Ihr Konto löschen",
    choose_method: "Wählen Sie, wie Sie Ihr Konto löschen möchten",
    after_deletion: "Nach der Löschung",
    troubleshooting: "Hilfe bei Problemen",
    alternatives: "Alternativen zum Löschen",
    faq: "Häufige Fragen",
    references: "Quellen",
    pros: "Vorteile",
    cons: "Nachteile",

    // After "von" the dative: "2 von 7 Schritten", "0 von 1 Schritt".
    steps_done: |done, total| {
        format!("{done} von {} erledigt", count(total, "Schritt", "Schritten"))
    },
    done_of: |done, total| format!("{done} von {total} erledigt"),
    next: "Als Nächstes",
    what_this_step_says: "Was in diesem Schritt steht",
    opens_in_new_tab: " (öffnet sich in einem neuen Tab)",
    tips: "Tipps",
    warnings: "Warnungen",
    warning: "Achtung: ",
    ticked_on: |day| format!("Abgehakt am {day}"),
    report_mistake_in_step: "Fehler in diesem Schritt melden",
    report_error_in_guide: "Fehler in dieser Anleitung melden",

    every_step_done: "Alle Schritte sind erledigt",
    keep_this_page: "Behalten Sie diese Seite: Ihre Häkchen und der Tag, an dem Sie den Antrag gesendet haben, bleiben in diesem Browser gespeichert. ",
    no_source_for_check: "Unsere Quellen sagen nicht, wie Sie prüfen können, ob das Konto gelöscht ist: Versuchen Sie, sich anzumelden, und bewahren Sie jede Bestätigung auf, die Sie erhalten.",
    account_is_gone: "Ich habe es geprüft: Das Konto ist gelöscht",
    confirmed_gone: |day| format!("Sie haben es am {day} bestätigt. Hier ist nichts mehr zu tun."),

    // Followed by the date field and ".": German would put the verb after the date, so the
    // sentence is built to end with the field.
    you_sent_request_on: "Sie haben Ihren Löschantrag an diesem Tag gesendet: ",
    request_day_label: "Tag, an dem Sie den Löschantrag gesendet haben",
    not_a_date: "Das ist kein gültiges Datum.",
    day_not_changed: " Der Tag wurde nicht geändert.",
    request_after_today: "Der Antrag kann nicht nach dem heutigen Tag gesendet worden sein.",
    request_too_old: "Das liegt mehr als zehn Jahre zurück; bitte prüfen Sie das Jahr.",
    add_reminder: "Erinnerung in meinen Kalender eintragen",
    day_of_window: |day, min, max| format!("Tag {day} von {min} bis {max} Tagen. "),
    // `between` reads "1. und 24. Dezember 2026", so "zwischen dem" comes before it.
    may_finish_between: |service, between| {
        format!("{service} kann die Löschung Ihres Kontos zwischen dem {between} abschließen.")
    },
    may_finish_by: |service, last| {
        format!(
            "{service} kann die Löschung jetzt jeden Tag abschließen: bis zum {last}, wenn die \
             angegebene Frist eingehalten wird."
        )
    },
    day_overdue: |day| format!("Tag {day}: überfällig. "),
    window_ended: |last| format!("Die Frist endete am {last}. Falls das Konto noch besteht:"),
    no_source_when_overdue: "Unsere Quellen sagen dazu nichts; wenden Sie sich an den Support des Dienstes und nennen Sie den Tag, an dem Sie Ihren Antrag gesendet haben.",
    day_only: |day| format!("Tag {day}. "),
    no_window: |service| {
        format!(
            "Keine der Quellen, die wir gelesen haben, sagt, wie lange {service} auf diesem Weg \
             braucht: Fragen Sie beim Support nach, wann die Löschung abgeschlossen ist."
        )
    },
    reminder_title: |service| format!("Prüfen, ob Ihr {service}-Konto gelöscht ist"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "Sie haben {service} am {day} gebeten, Ihr Konto zu löschen ({method}). {service} \
             kann dafür bis zu {} brauchen. Prüfen Sie jetzt, ob das Konto gelöscht ist: \
             Versuchen Sie, sich anzumelden. {}",
            count(usize::from(most), "Tag", "Tage"),
            overdue.unwrap_or(
                "Falls es noch besteht, wenden Sie sich an den Support des Dienstes."
            )
        )
    },

    email_label: "E-Mail-Adresse des Kontos",
    reference_label: "Bestell- oder Ticketnummer (optional)",
    message_label: "Ihre Nachricht an den Support",
    copy_message: "Nachricht kopieren",
    forget_details: "Meine Angaben entfernen",
    copied: "Kopiert.",
    copy_refused: "Dieser Browser hat das Kopieren nicht zugelassen. Die Nachricht ist markiert: Drücken Sie Strg+C (oder Cmd+C).",
    kept_here: "Was Sie hier eingeben, bleibt in diesem Browser; nichts wird irgendwohin gesendet.",
    support_message: |request, email, reference, service| {
        let mut message = format!("Guten Tag,\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" Die E-Mail-Adresse des Kontos lautet {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" Referenznummer: {reference}."));
        }
        message.push_str(&format!(
            "\n\nBitte bestätigen Sie mir, sobald mein {service}-Konto gelöscht ist.\n\nVielen \
             Dank.\n\nMit freundlichen Grüßen"
        ));
        message
    },

    start_over: "Neu beginnen",
    clear_question: "Alle Häkchen in dieser Anleitung entfernen? Das kann nicht rückgängig gemacht werden.",
    keep_progress: "Meinen Fortschritt behalten",
    clear_progress: "Meinen Fortschritt löschen",

    carry_title: "Fortschritt auf ein anderes Gerät übertragen",
    carry_intro: "Ihre Häkchen, der Tag des Antrags und Ihre Angaben werden mitgenommen; nichts wird an einen Server gesendet.",
    make_link: "Link erstellen",
    download_file: "Datei herunterladen",
    bring_in_file: "Datei einlesen ",
    open_link_elsewhere: "Öffnen Sie diesen Link auf dem anderen Gerät (er enthält Ihren Fortschritt; geben Sie ihn nicht weiter):",
    add_to_progress: "Zu meinem Fortschritt hinzufügen",
    leave_progress: "Meinen Fortschritt unverändert lassen",
    incoming: |ticks, new, request| {
        format!(
            "Fortschritt von einem anderen Gerät: {ticks} Häkchen, davon {new} hier noch nicht \
             gesetzt{}. ",
            if request { ", und der Tag, an dem der Antrag gesendet wurde" } else { "" }
        )
    },
    adding_keeps: "Beim Hinzufügen bleibt alles erhalten, was Sie hier haben.",
    nothing_changed: " Es wurde nichts geändert.",
    saved_by_newer: "Dies wurde von einer neueren Version dieser Anleitung gespeichert.",
    not_progress: "Das ist kein Fortschritt, den diese Anleitung lesen kann.",

    not_kept_here: "Dieser Browser erlaubt der Anleitung nicht, Ihren Fortschritt zu speichern. Ihre Häkchen gehen daher verloren, wenn Sie diese Seite verlassen.",
    write_failed: "Ihre letzte Änderung konnte nicht gespeichert werden, vielleicht weil der Speicher des Browsers voll ist. Sie bleibt auf dieser Seite erhalten, und die Anleitung versucht es bei Ihrer nächsten Änderung erneut.",
    newer_version: "Ihr Fortschritt wurde von einer neueren Version dieser Anleitung gespeichert. Er bleibt unverändert, und Änderungen auf dieser Seite werden nicht gespeichert.",
    started_afresh: "Ihr gespeicherter Fortschritt konnte nicht gelesen werden, daher beginnt die Checkliste von vorn. Eine Kopie der alten Daten wurde in diesem Browser aufbewahrt.",
    unreadable_not_kept: "Ihr gespeicherter Fortschritt konnte nicht gelesen werden, und in diesem Browser ist kein Platz, um eine Kopie davon aufzubewahren. Er bleibt unverändert, und Änderungen auf dieser Seite werden nicht gespeichert.",
    discard_summary: "Verwerfen, damit diese Seite Ihren Fortschritt speichern kann",
    // After "Achtung: "; a whole sentence after a colon starts with a capital in German.
    discard_warning: "Die unlesbaren Daten werden endgültig gelöscht. Für eine Kopie war kein Platz, daher bleibt nichts davon übrig.",
    discard_button: "Unlesbare Daten löschen",

    our_estimate: "[unsere Schätzung]",
    our_advice: "[unsere Empfehlung]",
    source_n: |n| format!("Quelle {n}"),
    sources_disagree: "Unsere Quellen widersprechen sich hier",
    what_each_says: ": was die einzelnen Quellen sagen",
    read_on: |day| format!(" (gelesen am {day})"),

    translated_by: |by| format!("Übersetzt von: {by}"),
    not_reviewed: "Noch nicht von einer Person geprüft, die die Sprache fließend spricht.",
    changed_since_translation: "Dieser Teil hat sich seit der Übersetzung der Anleitung geändert und wird deshalb auf Englisch angezeigt.",
    options_ignored: "Einige Optionen dieser Anleitung wurden ignoriert: ",
    no_such_guide: |id| {
        format!("Es gibt keine Löschanleitung namens \u{201e}{id}\u{201c}. Verfügbar sind diese Anleitungen:")
    },
};
