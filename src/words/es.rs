//! Spanish. Translated from the English table by an AI model (Claude), 2026-11-28; not yet reviewed by a native speaker.

use super::plural::{romance, Plural};
use super::{Direction, Words};

/// `1 paso`, `0 pasos`, `2 pasos`; a whole million (`Plural::Many`) is written like the rest,
/// since the number stands in figures.
fn count(n: usize, one: &str, other: &str) -> String {
    match romance(n as u64, false) {
        Plural::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

pub static WORDS: Words = Words {
    code: "es",
    name: "Español",
    other_languages: "En otros idiomas",
    direction: Direction::LeftToRight,
    months: [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ],
    date_joins: (" de ", " de "),
    day_alone: "",
    and: " y ",
    colon: ": ",
    semicolon: "; ",
    age: |days| match days {
        i64::MIN..=0 => "hoy".to_owned(),
        1..=30 => format!("hace {}", count(days as usize, "día", "días")),
        31..=729 => format!("hace {}", count((days / 30) as usize, "mes", "meses")),
        _ => format!("hace {}", count((days / 365) as usize, "año", "años")),
    },

    time_needed: "Tiempo necesario",
    difficulty: "Dificultad",
    difficulties: ["Fácil", "Media", "Difícil", "Imposible"],
    steps: "Pasos",
    tested_by_us: "Probada por nosotros",
    not_yet: "Todavía no",
    last_verified: "Última verificación",
    sources_read: "Fuentes consultadas",
    may_be_out_of_date: "puede no estar al día",
    report_a_change: "Informar de un cambio",

    what_can_stop_you: "Qué puede frenarte o costarte algo",
    blocks_deletion: "Impide la eliminación",
    you_lose: "Pierdes",
    good_to_know: "Conviene saber",
    more_things: |n| count(n, "cosa más", "cosas más"),
    and_more: |named, rest| format!("{named}; y {rest} más"),
    alternatives_follow: |n| match romance(n as u64, false) {
        Plural::One => format!("¿No lo tienes claro? Más abajo hay {n} alternativa."),
        _ => format!("¿No lo tienes claro? Más abajo hay {n} alternativas."),
    },
    official_pages: |service| format!("Páginas oficiales de {service}:"),

    before_you_start: "Antes de empezar",
    delete_your_account: "Elimina tu cuenta",
    choose_method: "Elige cómo eliminar tu cuenta",
    after_deletion: "Después de la eliminación",
    troubleshooting: "Solución de problemas",
    alternatives: "Alternativas a eliminar la cuenta",
    faq: "Preguntas frecuentes",
    references: "Referencias",
    pros: "Ventajas",
    cons: "Desventajas",

    steps_done: |done, total| match romance(total as u64, false) {
        Plural::One => format!("{done} de {total} paso completado"),
        _ => format!("{done} de {total} pasos completados"),
    },
    done_of: |done, total| format!("{done} de {total} completados"),
    next: "Siguiente",
    what_this_step_says: "Qué dice este paso",
    opens_in_new_tab: " (se abre en una pestaña nueva)",
    tips: "Consejos",
    warnings: "Advertencias",
    warning: "Advertencia: ",
    ticked_on: |day| format!("Marcado el {day}"),
    report_mistake_in_step: "Informar de un error en este paso",
    report_error_in_guide: "Informar de un error en esta guía",

    every_step_done: "Todos los pasos están completados",
    keep_this_page: "Conserva esta página: los pasos que marcaste y el día en que enviaste la solicitud quedan guardados en este navegador. ",
    no_source_for_check: "Nuestras fuentes no dicen cómo comprobar que la cuenta ya no existe: intenta iniciar sesión y guarda cualquier confirmación que recibas.",
    account_is_gone: "Comprobado: la cuenta ya no existe",
    confirmed_gone: |day| format!("Lo confirmaste el {day}. No hace falta hacer nada más."),

    you_sent_request_on: "Enviaste tu solicitud de eliminación el ",
    request_day_label: "Día en que enviaste la solicitud de eliminación",
    not_a_date: "Eso no es una fecha.",
    day_not_changed: " El día sigue siendo el mismo.",
    request_after_today: "La solicitud no puede haberse enviado en una fecha futura.",
    request_too_old: "Eso fue hace más de diez años; revisa el año.",
    add_reminder: "Añadir un recordatorio a mi calendario",
    day_of_window: |day, min, max| format!("Día {day} de un plazo de {min} a {max} días. "),
    may_finish_between: |service, between| {
        format!("{service} puede terminar de eliminar tu cuenta entre el {between}.")
    },
    may_finish_by: |service, last| {
        format!("{service} puede terminar en cualquier momento: a más tardar el {last}, si cumple su plazo.")
    },
    day_overdue: |day| format!("Día {day}: fuera de plazo. "),
    window_ended: |last| format!("El plazo terminó el {last}. Si la cuenta sigue existiendo:"),
    no_source_when_overdue: "Nuestras fuentes no lo dicen; ponte en contacto con el soporte del servicio e indica el día en que enviaste tu solicitud.",
    day_only: |day| format!("Día {day}. "),
    no_window: |service| {
        format!("Ninguna de las fuentes que consultamos dice cuánto tarda {service} por esta vía: pregunta al soporte cuándo estará eliminada tu cuenta.")
    },
    reminder_title: |service| format!("Comprueba que tu cuenta de {service} ya no existe"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "Pediste a {service} que eliminara tu cuenta el {day} ({method}). {service} puede \
             tardar hasta {}. Comprueba ahora que la cuenta ya no existe: intenta iniciar \
             sesión. {}",
            count(usize::from(most), "día", "días"),
            overdue.unwrap_or("Si sigue existiendo, ponte en contacto con el soporte del servicio.")
        )
    },

    email_label: "Correo electrónico de la cuenta",
    reference_label: "Referencia de un pedido o de un ticket (opcional)",
    message_label: "Tu mensaje para el soporte",
    copy_message: "Copiar el mensaje",
    forget_details: "Olvidar mis datos",
    copied: "Copiado.",
    copy_refused: "Este navegador no permitió copiarlo: el mensaje está seleccionado, así que presiona Ctrl+C (o Cmd+C).",
    kept_here: "Lo que escribas aquí se queda en este navegador; no se envía a ningún sitio.",
    support_message: |request, email, reference, service| {
        let mut message = format!("Hola:\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" El correo electrónico de la cuenta es {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" Referencia: {reference}."));
        }
        message.push_str(&format!(
            "\n\nLes ruego que me confirmen cuando se haya eliminado mi cuenta de {service}.\n\nMuchas gracias."
        ));
        message
    },

    start_over: "Empezar de nuevo",
    clear_question: "¿Desmarcar todos los pasos de esta guía? No se puede deshacer.",
    keep_progress: "Conservar mi progreso",
    clear_progress: "Borrar mi progreso",

    carry_title: "Lleva tu progreso a otro dispositivo",
    carry_intro: "Los pasos marcados, el día de la solicitud y tus datos van con él; no se envía nada a ningún servidor.",
    make_link: "Crear un enlace",
    download_file: "Descargar un archivo",
    bring_in_file: "Importar un archivo ",
    open_link_elsewhere: "Abre este enlace en el otro dispositivo (contiene tu progreso; no lo compartas):",
    add_to_progress: "Añadirlo a mi progreso",
    leave_progress: "Dejar mi progreso como está",
    incoming: |ticks, new, request| {
        format!(
            "Progreso de otro dispositivo: {} ({new} de ellos aún sin marcar aquí){}. ",
            count(ticks, "paso marcado", "pasos marcados"),
            if request { " y el día en que se envió la solicitud" } else { "" }
        )
    },
    adding_keeps: "Si lo añades, se conserva todo lo que ya tienes aquí.",
    nothing_changed: " Todo sigue como estaba.",
    saved_by_newer: "Esto se guardó con una versión más reciente de esta guía.",
    not_progress: "Esto no es un progreso que esta guía pueda leer.",

    not_kept_here: "Este navegador no permite que la guía guarde tu progreso, así que los pasos que marques se perderán cuando salgas de esta página.",
    write_failed: "No se pudo guardar tu último cambio, quizá porque el almacenamiento del navegador está lleno. Se mantiene en esta página, y la guía volverá a intentarlo con tu próximo cambio.",
    newer_version: "Tu progreso se guardó con una versión más reciente de esta guía. Se deja tal como estaba, y los cambios que hagas en esta página no se guardarán.",
    started_afresh: "No se pudo leer tu progreso guardado, así que la lista empieza de cero. Se guardó una copia de los datos antiguos en este navegador.",
    unreadable_not_kept: "No se pudo leer tu progreso guardado, y no hay espacio en este navegador para guardar una copia. Se deja tal como estaba, y los cambios que hagas en esta página no se guardarán.",
    discard_summary: "Descartar esos datos para que esta página pueda guardar tu progreso",
    discard_warning: "los datos ilegibles se borrarán definitivamente. No había espacio para guardar una copia, así que no quedará nada de ellos.",
    discard_button: "Borrar los datos ilegibles",

    our_estimate: "[nuestra estimación]",
    our_advice: "[nuestro consejo]",
    source_n: |n| format!("Fuente {n}"),
    sources_disagree: "Aquí nuestras fuentes no coinciden",
    what_each_says: ": qué dice cada una",
    read_on: |day| format!(" (consultado el {day})"),

    translated_by: |by| format!("Traducción: {by}"),
    not_reviewed: "Todavía no la ha revisado una persona que domine el idioma.",
    changed_since_translation: "Esta parte cambió después de la traducción de la guía, por eso se muestra en inglés.",
    options_ignored: "Se ignoraron algunas opciones de esta guía: ",
    no_such_guide: |id| format!("No hay ninguna guía de eliminación llamada «{id}». Las guías disponibles aquí son:"),
};
