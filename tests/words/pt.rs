use super::{day, lang};

#[test]
fn portuguese_counts_zero_and_one_as_singular() {
    let pt = lang("pt");
    assert_eq!((pt.steps_done)(0, 0), "0 de 0 passo concluído");
    assert_eq!((pt.steps_done)(0, 1), "0 de 1 passo concluído");
    assert_eq!((pt.steps_done)(2, 7), "2 de 7 passos concluídos");
    assert_eq!(
        (pt.steps_done)(3, 1_000_000),
        "3 de 1000000 passos concluídos"
    );
    assert_eq!((pt.more_things)(0), "mais 0 coisa");
    assert_eq!((pt.more_things)(1), "mais 1 coisa");
    assert_eq!((pt.more_things)(2), "mais 2 coisas");
    assert_eq!(
        (pt.alternatives_follow)(1),
        "Em dúvida? Há 1 alternativa logo abaixo."
    );
    assert_eq!(
        (pt.alternatives_follow)(3),
        "Em dúvida? Há 3 alternativas logo abaixo."
    );
    assert_eq!(
        (pt.incoming)(5, 2, true),
        "Progresso de outro dispositivo: 5 passos marcados (2 deles ainda não marcados aqui) e o \
         dia em que a solicitação foi enviada. "
    );
}

#[test]
fn portuguese_ages() {
    let pt = lang("pt");
    assert_eq!((pt.age)(0), "hoje");
    assert_eq!((pt.age)(1), "há 1 dia");
    assert_eq!((pt.age)(3), "há 3 dias");
    assert_eq!((pt.age)(45), "há 1 mês");
    assert_eq!((pt.age)(90), "há 3 meses");
    assert_eq!((pt.age)(800), "há 2 anos");
}

#[test]
fn portuguese_dates_read_day_de_month_de_year() {
    let pt = lang("pt");
    assert_eq!(pt.long_date(day("2025-11-08")), "8 de novembro de 2025");
    assert_eq!(
        pt.between(day("2026-12-01"), day("2026-12-24")),
        "1 e 24 de dezembro de 2026"
    );
    assert_eq!(
        pt.between(day("2026-11-28"), day("2026-12-24")),
        "28 de novembro e 24 de dezembro de 2026"
    );
    assert_eq!(
        pt.between(day("2026-12-20"), day("2027-01-18")),
        "20 de dezembro de 2026 e 18 de janeiro de 2027"
    );
}

#[test]
fn portuguese_sentences_name_the_service() {
    let pt = lang("pt");
    let between = pt.between(day("2026-12-01"), day("2026-12-24"));
    assert_eq!(
        (pt.may_finish_between)("AliExpress", &between),
        "AliExpress pode concluir a exclusão da sua conta entre 1 e 24 de dezembro de 2026."
    );
    assert_eq!(
        (pt.reminder_text)("AliExpress", "8 de novembro de 2025", "Pelo app", 30, None),
        "Você pediu que AliExpress excluísse sua conta em 8 de novembro de 2025 (Pelo app). \
         AliExpress pode levar até 30 dias. Verifique agora se a conta deixou de existir: tente \
         fazer login. Se ela ainda existir, entre em contato com o suporte do serviço."
    );
    assert_eq!(
        (pt.no_such_guide)("tiktok"),
        "Não existe nenhum guia de exclusão chamado \u{201c}tiktok\u{201d}. Os guias disponíveis \
         aqui são:"
    );
}
