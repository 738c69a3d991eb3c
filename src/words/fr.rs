//! French. Translated from the English table by an AI model (Claude), 2026-11-28; not yet reviewed by a native speaker.
//!
//! French typography: a no-break space (`\u{a0}`) before `:`, `;`, `?` and `!`, and inside
//! « guillemets »; the typographic apostrophe `’`.

use super::plural::{romance, Plural};
use super::{Direction, Words};

/// `0 étape`, `1 étape`, `2 étapes` (0 and 1 are singular); a whole million (`Plural::Many`)
/// is written like the rest, since the number stands in figures.
fn count(n: usize, one: &str, other: &str) -> String {
    match romance(n as u64, true) {
        Plural::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

/// `de Google`, `d’AliExpress`: "de" before a name, elided before a vowel.
fn de(name: &str) -> String {
    let vowel = name
        .chars()
        .next()
        .is_some_and(|c| "aeiouàâéèêëîïôûüAEIOUÀÂÉÈÊËÎÏÔÛÜ".contains(c));
    if vowel {
        format!("d’{name}")
    } else {
        format!("de {name}")
    }
}

pub static WORDS: Words = Words {
    code: "fr",
    name: "Français",
    other_languages: "Dans d’autres langues",
    direction: Direction::LeftToRight,
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ],
    date_joins: (" ", " "),
    day_alone: "",
    and: " et ",
    colon: "\u{a0}: ",
    semicolon: "\u{a0}; ",
    age: |days| match days {
        i64::MIN..=0 => "aujourd’hui".to_owned(),
        1..=30 => format!("il y a {}", count(days as usize, "jour", "jours")),
        31..=729 => format!("il y a {}", count((days / 30) as usize, "mois", "mois")),
        _ => format!("il y a {}", count((days / 365) as usize, "an", "ans")),
    },

    time_needed: "Temps nécessaire",
    difficulty: "Difficulté",
    difficulties: ["Facile", "Moyenne", "Difficile", "Impossible"],
    steps: "Étapes",
    tested_by_us: "Testé par nous",
    not_yet: "Pas encore",
    last_verified: "Dernière vérification",
    sources_read: "Sources consultées",
    may_be_out_of_date: "peut ne plus être à jour",
    report_a_change: "Signaler un changement",

    what_can_stop_you: "Ce qui peut vous bloquer ou vous coûter",
    blocks_deletion: "Empêche la suppression",
    you_lose: "Vous perdez",
    good_to_know: "Bon à savoir",
    more_things: |n| count(n, "autre point", "autres points"),
    and_more: |named, rest| match romance(rest as u64, true) {
        Plural::One => format!("{named}\u{a0}; et {rest} autre"),
        _ => format!("{named}\u{a0}; et {rest} autres"),
    },
    alternatives_follow: |n| match romance(n as u64, true) {
        Plural::One => format!("Vous hésitez\u{a0}? {n} alternative est proposée plus bas."),
        _ => format!("Vous hésitez\u{a0}? {n} alternatives sont proposées plus bas."),
    },
    official_pages: |service| format!("Pages officielles {}\u{a0}:", de(service)),

    before_you_start: "Avant de commencer",
    delete_your_account: "Supprimer votre compte",
    choose_method: "Choisir comment supprimer votre compte",
    after_deletion: "Après la suppression",
    troubleshooting: "En cas de problème",
    alternatives: "Alternatives à la suppression",
    faq: "Questions fréquentes",
    references: "Références",
    pros: "Avantages",
    cons: "Inconvénients",

    steps_done: |done, total| match romance(done as u64, true) {
        Plural::One => format!("{done} étape sur {total} terminée"),
        _ => format!("{done} étapes sur {total} terminées"),
    },
    done_of: |done, total| match romance(done as u64, true) {
        Plural::One => format!("{done} sur {total} terminée"),
        _ => format!("{done} sur {total} terminées"),
    },
    next: "Suivante",
    what_this_step_says: "Ce que dit cette étape",
    opens_in_new_tab: " (s’ouvre dans un nouvel onglet)",
    tips: "Conseils",
    warnings: "Avertissements",
    warning: "Attention\u{a0}: ",
    ticked_on: |day| format!("Cochée le {day}"),
    report_mistake_in_step: "Signaler une erreur dans cette étape",
    report_error_in_guide: "Signaler une erreur dans ce guide",

    every_step_done: "Toutes les étapes sont terminées",
    keep_this_page: "Conservez cette page\u{a0}: les étapes cochées et la date d’envoi de votre demande restent enregistrées dans ce navigateur. ",
    no_source_for_check: "Nos sources n’indiquent pas comment vérifier que le compte n’existe plus\u{a0}: essayez de vous connecter, et conservez toute confirmation reçue.",
    account_is_gone: "J’ai vérifié\u{a0}: le compte n’existe plus",
    confirmed_gone: |day| format!("Vous l’avez confirmé le {day}. Il n’y a plus rien à faire ici."),

    you_sent_request_on: "Vous avez envoyé votre demande de suppression le ",
    request_day_label: "Date d’envoi de la demande de suppression",
    not_a_date: "Ce n’est pas une date.",
    day_not_changed: " La date n’a pas été modifiée.",
    request_after_today: "La demande ne peut pas avoir été envoyée à une date future.",
    request_too_old: "Cette date remonte à plus de dix ans\u{a0}; vérifiez l’année.",
    add_reminder: "Ajouter un rappel à mon agenda",
    day_of_window: |day, min, max| format!("Jour {day} d’un délai de {min} à {max} jours. "),
    may_finish_between: |service, between| {
        format!("{service} pourrait terminer la suppression de votre compte entre le {between}.")
    },
    may_finish_by: |service, last| {
        format!("{service} peut terminer d’un jour à l’autre\u{a0}: au plus tard le {last}, s’il respecte son délai.")
    },
    day_overdue: |day| format!("Jour {day}\u{a0}: délai dépassé. "),
    window_ended: |last| format!("Le délai a pris fin le {last}. Si le compte existe toujours\u{a0}:"),
    no_source_when_overdue: "Nos sources ne le précisent pas\u{a0}; contactez le service client en indiquant la date à laquelle vous avez envoyé votre demande.",
    day_only: |day| format!("Jour {day}. "),
    no_window: |service| {
        format!(
            "Aucune des sources que nous avons lues n’indique le délai {} par ce moyen\u{a0}: \
             demandez au service client quand la suppression sera effective.",
            de(service)
        )
    },
    reminder_title: |service| format!("Vérifier que votre compte {service} a bien été supprimé"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "Vous avez demandé à {service} de supprimer votre compte le {day} ({method}). \
             {service} peut prendre jusqu’à {}. Vérifiez maintenant que le compte n’existe \
             plus\u{a0}: essayez de vous connecter. {}",
            count(usize::from(most), "jour", "jours"),
            overdue.unwrap_or("S’il existe toujours, contactez le service client.")
        )
    },

    email_label: "Adresse e-mail du compte",
    reference_label: "Référence de commande ou de ticket (facultatif)",
    message_label: "Votre message au service client",
    copy_message: "Copier le message",
    forget_details: "Oublier mes informations",
    copied: "Copié.",
    copy_refused: "Ce navigateur n’a pas permis la copie\u{a0}: le message est sélectionné, appuyez donc sur Ctrl+C (ou Cmd+C).",
    kept_here: "Ce que vous saisissez ici reste dans ce navigateur\u{a0}; rien n’est envoyé nulle part.",
    support_message: |request, email, reference, service| {
        let mut message = format!("Bonjour,\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" L’adresse e-mail du compte est {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" Référence\u{a0}: {reference}."));
        }
        message.push_str(&format!(
            "\n\nJe vous remercie de bien vouloir me confirmer la suppression de mon compte {service} dès qu’elle aura été effectuée.\n\nCordialement."
        ));
        message
    },

    start_over: "Recommencer",
    clear_question: "Décocher toutes les étapes de ce guide\u{a0}? Cette action est irréversible.",
    keep_progress: "Conserver ma progression",
    clear_progress: "Effacer ma progression",

    carry_title: "Transférer votre progression vers un autre appareil",
    carry_intro: "Les étapes cochées, la date de la demande et vos informations sont transférées avec elle\u{a0}; rien n’est envoyé sur un serveur.",
    make_link: "Créer un lien",
    download_file: "Télécharger un fichier",
    bring_in_file: "Importer un fichier ",
    open_link_elsewhere: "Ouvrez ce lien sur l’autre appareil (il contient votre progression\u{a0}; gardez-le pour vous)\u{a0}:",
    add_to_progress: "L’ajouter à ma progression",
    leave_progress: "Laisser ma progression telle quelle",
    incoming: |ticks, new, request| {
        format!(
            "Progression venant d’un autre appareil\u{a0}: {} ({}){}. ",
            count(ticks, "étape cochée", "étapes cochées"),
            match romance(new as u64, true) {
                Plural::One => format!("dont {new} pas encore cochée ici"),
                _ => format!("dont {new} pas encore cochées ici"),
            },
            if request { " et la date d’envoi de la demande" } else { "" }
        )
    },
    adding_keeps: "En l’ajoutant, vous conservez tout ce que vous avez déjà ici.",
    nothing_changed: " Rien n’a été modifié.",
    saved_by_newer: "Ceci a été enregistré par une version plus récente de ce guide.",
    not_progress: "Ce n’est pas une progression que ce guide peut lire.",

    not_kept_here: "Ce navigateur ne permet pas au guide d’enregistrer votre progression, vos étapes cochées seront donc perdues quand vous quitterez cette page.",
    write_failed: "Votre dernière modification n’a pas pu être enregistrée, peut-être parce que l’espace de stockage du navigateur est plein. Elle reste sur cette page, et le guide réessaiera lors de votre prochaine modification.",
    newer_version: "Votre progression a été enregistrée par une version plus récente de ce guide. Elle est laissée telle quelle, et les modifications faites sur cette page ne seront pas enregistrées.",
    started_afresh: "Votre progression enregistrée n’a pas pu être lue, la liste repart donc de zéro. Une copie des anciennes données a été conservée dans ce navigateur.",
    unreadable_not_kept: "Votre progression enregistrée n’a pas pu être lue, et ce navigateur n’a pas la place d’en garder une copie. Elle est laissée telle quelle, et les modifications faites sur cette page ne seront pas enregistrées.",
    discard_summary: "Supprimer ces données, pour que cette page puisse enregistrer votre progression",
    discard_warning: "les données illisibles seront supprimées définitivement. Il n’y avait pas la place d’en garder une copie, il n’en restera donc rien.",
    discard_button: "Supprimer les données illisibles",

    our_estimate: "[notre estimation]",
    our_advice: "[notre conseil]",
    source_n: |n| format!("Source {n}"),
    sources_disagree: "Nos sources ne concordent pas ici",
    what_each_says: "\u{a0}: ce que dit chacune",
    read_on: |day| format!(" (consulté le {day})"),

    translated_by: |by| format!("Traduction\u{a0}: {by}"),
    not_reviewed: "Pas encore relue par une personne qui maîtrise la langue.",
    changed_since_translation: "Cette partie a changé depuis la traduction du guide\u{a0}; elle est donc affichée en anglais.",
    options_ignored: "Certaines options de ce guide ont été ignorées\u{a0}: ",
    no_such_guide: |id| format!("Il n’existe aucun guide de suppression appelé «\u{a0}{id}\u{a0}». Les guides disponibles ici sont\u{a0}:"),
};
