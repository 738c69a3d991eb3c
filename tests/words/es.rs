use super::{day, lang};

#[test]
fn spanish_counts_one_and_the_rest_with_zero_plural() {
    let es = lang("es");
    assert_eq!((es.steps_done)(0, 1), "0 de 1 paso completado");
    assert_eq!((es.steps_done)(0, 0), "0 de 0 pasos completados");
    assert_eq!((es.steps_done)(2, 7), "2 de 7 pasos completados");
    assert_eq!(
        (es.steps_done)(3, 1_000_000),
        "3 de 1000000 pasos completados"
    );
    assert_eq!((es.more_things)(0), "0 cosas más");
    assert_eq!((es.more_things)(1), "1 cosa más");
    assert_eq!((es.more_things)(2), "2 cosas más");
    assert_eq!((es.more_things)(1_000_000), "1000000 cosas más");
    assert_eq!(
        (es.alternatives_follow)(1),
        "¿No lo tienes claro? Más abajo hay 1 alternativa."
    );
    assert_eq!(
        (es.alternatives_follow)(3),
        "¿No lo tienes claro? Más abajo hay 3 alternativas."
    );
    assert_eq!(
        (es.and_more)("Historial de pedidos; Cupones", 2),
        "Historial de pedidos; Cupones; y 2 más"
    );
}

#[test]
fn spanish_ages() {
    let es = lang("es");
    assert_eq!((es.age)(0), "hoy");
    assert_eq!((es.age)(1), "hace 1 día");
    assert_eq!((es.age)(3), "hace 3 días");
    assert_eq!((es.age)(45), "hace 1 mes");
    assert_eq!((es.age)(90), "hace 3 meses");
    assert_eq!((es.age)(800), "hace 2 años");
}

#[test]
fn spanish_dates_read_day_de_month_de_year() {
    let es = lang("es");
    assert_eq!(es.long_date(day("2025-11-08")), "8 de noviembre de 2025");
    assert_eq!(
        es.between(day("2026-12-01"), day("2026-12-24")),
        "1 y 24 de diciembre de 2026"
    );
    assert_eq!(
        es.between(day("2026-11-28"), day("2026-12-24")),
        "28 de noviembre y 24 de diciembre de 2026"
    );
    assert_eq!(
        es.between(day("2026-12-20"), day("2027-01-18")),
        "20 de diciembre de 2026 y 18 de enero de 2027"
    );
}

#[test]
fn spanish_sentences_name_the_service() {
    let es = lang("es");
    let between = es.between(day("2026-11-28"), day("2026-12-24"));
    assert_eq!(
        (es.may_finish_between)("AliExpress", &between),
        "AliExpress puede terminar de eliminar tu cuenta entre el 28 de noviembre y 24 de \
         diciembre de 2026."
    );
    assert_eq!(
        (es.reminder_title)("AliExpress"),
        "Comprueba que tu cuenta de AliExpress ya no existe"
    );
    assert_eq!(
        (es.support_message)(
            "Please delete my account.",
            Some("ana@example.com"),
            None,
            "AliExpress"
        ),
        "Hola:\n\nPlease delete my account. El correo electrónico de la cuenta es \
         ana@example.com.\n\nLes ruego que me confirmen cuando se haya eliminado mi cuenta de \
         AliExpress.\n\nMuchas gracias."
    );
    assert_eq!(
        (es.no_such_guide)("tiktok"),
        "No hay ninguna guía de eliminación llamada «tiktok». Las guías disponibles aquí son:"
    );
}

#[test]
fn spanish_incoming_progress_counts_the_ticks() {
    let es = lang("es");
    assert_eq!(
        (es.incoming)(1, 0, false),
        "Progreso de otro dispositivo: 1 paso marcado (0 de ellos aún sin marcar aquí). "
    );
    assert_eq!(
        (es.incoming)(5, 2, true),
        "Progreso de otro dispositivo: 5 pasos marcados (2 de ellos aún sin marcar aquí) y el día \
         en que se envió la solicitud. "
    );
}
