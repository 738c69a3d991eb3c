use super::{day, lang};

#[test]
fn german_counts_one_and_the_rest() {
    let de = lang("de");
    assert_eq!(de.name, "Deutsch");
    assert_eq!((de.steps_done)(0, 0), "0 von 0 Schritten erledigt");
    assert_eq!((de.steps_done)(0, 1), "0 von 1 Schritt erledigt");
    assert_eq!((de.steps_done)(2, 2), "2 von 2 Schritten erledigt");
    assert_eq!((de.more_things)(0), "0 weitere Punkte");
    assert_eq!((de.more_things)(1), "1 weiterer Punkt");
    assert_eq!((de.more_things)(2), "2 weitere Punkte");
    assert_eq!(
        (de.and_more)("Bestellverlauf; Käuferschutz", 2),
        "Bestellverlauf; Käuferschutz; und 2 weitere Punkte"
    );
    assert_eq!(
        (de.alternatives_follow)(1),
        "Noch unsicher? Weiter unten finden Sie eine Alternative."
    );
    assert_eq!(
        (de.alternatives_follow)(2),
        "Noch unsicher? Weiter unten finden Sie 2 Alternativen."
    );
}

#[test]
fn german_ages_take_the_dative() {
    let de = lang("de");
    assert_eq!((de.age)(0), "heute");
    assert_eq!((de.age)(1), "vor 1 Tag");
    assert_eq!((de.age)(2), "vor 2 Tagen");
    assert_eq!((de.age)(45), "vor 1 Monat");
    assert_eq!((de.age)(90), "vor 3 Monaten");
    assert_eq!((de.age)(400), "vor 13 Monaten");
    assert_eq!((de.age)(800), "vor 2 Jahren");
}

#[test]
fn german_dates_put_a_point_after_the_day() {
    let de = lang("de");
    assert_eq!(de.long_date(day("2025-11-08")), "8. November 2025");
    assert_eq!(de.long_date(day("2026-03-01")), "1. März 2026");
    assert_eq!(
        de.between(day("2026-12-01"), day("2026-12-24")),
        "1. und 24. Dezember 2026"
    );
    assert_eq!(
        de.between(day("2026-11-28"), day("2026-12-24")),
        "28. November und 24. Dezember 2026"
    );
    assert_eq!(
        de.between(day("2026-12-20"), day("2027-01-18")),
        "20. Dezember 2026 und 18. Januar 2027"
    );
}

#[test]
fn german_sentences_name_the_service() {
    let de = lang("de");
    let between = de.between(day("2026-12-01"), day("2026-12-24"));
    assert_eq!(
        (de.may_finish_between)("AliExpress", &between),
        "AliExpress kann die Löschung Ihres Kontos zwischen dem 1. und 24. Dezember 2026 abschließen."
    );
    assert_eq!(
        (de.reminder_title)("AliExpress"),
        "Prüfen, ob Ihr AliExpress-Konto gelöscht ist"
    );
    let message = (de.support_message)(
        "Please delete my account.",
        Some("a@example.com"),
        None,
        "AliExpress",
    );
    assert!(message.starts_with("Guten Tag,\n\nPlease delete my account. Die E-Mail-Adresse des Kontos lautet a@example.com."));
    assert!(message.ends_with(
        "mein AliExpress-Konto gelöscht ist.\n\nVielen Dank.\n\nMit freundlichen Grüßen"
    ));
    let reminder = (de.reminder_text)(
        "AliExpress",
        "8. November 2025",
        "Über den Kundenservice",
        1,
        None,
    );
    assert!(reminder.contains("bis zu 1 Tag brauchen"), "{reminder}");
    assert_eq!(
        (de.no_such_guide)("tiktok"),
        "Es gibt keine Löschanleitung namens \u{201e}tiktok\u{201c}. Verfügbar sind diese Anleitungen:"
    );
}
