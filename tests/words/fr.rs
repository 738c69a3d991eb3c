use super::{day, lang};

#[test]
fn french_counts_zero_and_one_as_singular() {
    let fr = lang("fr");
    assert_eq!((fr.steps_done)(0, 1), "0 étape sur 1 terminée");
    assert_eq!((fr.steps_done)(1, 7), "1 étape sur 7 terminée");
    assert_eq!((fr.steps_done)(2, 7), "2 étapes sur 7 terminées");
    assert_eq!(
        (fr.steps_done)(1_000_000, 1_000_000),
        "1000000 étapes sur 1000000 terminées"
    );
    assert_eq!((fr.more_things)(0), "0 autre point");
    assert_eq!((fr.more_things)(1), "1 autre point");
    assert_eq!((fr.more_things)(2), "2 autres points");
    assert_eq!(
        (fr.alternatives_follow)(1),
        "Vous hésitez\u{a0}? 1 alternative est proposée plus bas."
    );
    assert_eq!(
        (fr.alternatives_follow)(3),
        "Vous hésitez\u{a0}? 3 alternatives sont proposées plus bas."
    );
    assert_eq!(
        (fr.and_more)("Historique des commandes", 2),
        "Historique des commandes\u{a0}; et 2 autres"
    );
    assert_eq!(
        (fr.incoming)(1, 1, false),
        "Progression venant d’un autre appareil\u{a0}: 1 étape cochée (dont 1 pas encore cochée \
         ici). "
    );
}

#[test]
fn french_ages() {
    let fr = lang("fr");
    assert_eq!((fr.age)(0), "aujourd’hui");
    assert_eq!((fr.age)(1), "il y a 1 jour");
    assert_eq!((fr.age)(3), "il y a 3 jours");
    assert_eq!((fr.age)(45), "il y a 1 mois");
    assert_eq!((fr.age)(90), "il y a 3 mois");
    assert_eq!((fr.age)(800), "il y a 2 ans");
}

#[test]
fn french_dates_read_day_month_year() {
    let fr = lang("fr");
    assert_eq!(fr.long_date(day("2025-11-08")), "8 novembre 2025");
    assert_eq!(
        fr.between(day("2026-12-01"), day("2026-12-24")),
        "1 et 24 décembre 2026"
    );
    assert_eq!(
        fr.between(day("2026-11-28"), day("2026-12-24")),
        "28 novembre et 24 décembre 2026"
    );
    assert_eq!(
        fr.between(day("2026-12-20"), day("2027-01-18")),
        "20 décembre 2026 et 18 janvier 2027"
    );
}

#[test]
fn french_sentences_name_the_service_with_french_spacing() {
    let fr = lang("fr");
    assert_eq!(
        (fr.may_finish_by)("AliExpress", &fr.long_date(day("2026-12-24"))),
        "AliExpress peut terminer d’un jour à l’autre\u{a0}: au plus tard le 24 décembre 2026, \
         s’il respecte son délai."
    );
    assert_eq!(
        (fr.official_pages)("AliExpress"),
        "Pages officielles d’AliExpress\u{a0}:"
    );
    assert_eq!(
        (fr.official_pages)("Google"),
        "Pages officielles de Google\u{a0}:"
    );
    assert_eq!(
        (fr.no_window)("Instagram"),
        "Aucune des sources que nous avons lues n’indique le délai d’Instagram par ce \
         moyen\u{a0}: demandez au service client quand la suppression sera effective."
    );
    assert_eq!(
        (fr.no_such_guide)("tiktok"),
        "Il n’existe aucun guide de suppression appelé «\u{a0}tiktok\u{a0}». Les guides \
         disponibles ici sont\u{a0}:"
    );
}
