//! Portuguese (Brazil). Translated from the English table by an AI model (Claude), 2026-11-28; not yet reviewed by a native speaker.

use super::plural::{romance, Plural};
use super::{Direction, Words};

/// `0 passo`, `1 passo`, `2 passos` (0 and 1 are singular); a whole million (`Plural::Many`)
/// is written like the rest, since the number stands in figures.
fn count(n: usize, one: &str, other: &str) -> String {
    match romance(n as u64, true) {
        Plural::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

pub static WORDS: Words = Words {
    code: "pt",
    name: "Português",
    other_languages: "Em outros idiomas",
    direction: Direction::LeftToRight,
    months: [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro",
    ],
    date_joins: (" de ", " de "),
    day_alone: "",
    and: " e ",
    colon: ": ",
    semicolon: "; ",
    age: |days| match days {
        i64::MIN..=0 => "hoje".to_owned(),
        1..=30 => format!("há {}", count(days as usize, "dia", "dias")),
        31..=729 => format!("há {}", count((days / 30) as usize, "mês", "meses")),
        _ => format!("há {}", count((days / 365) as usize, "ano", "anos")),
    },

    time_needed: "Tempo necessário",
    difficulty: "Dificuldade",
    difficulties: ["Fácil", "Média", "Difícil", "Impossível"],
    steps: "Passos",
    tested_by_us: "Testado por nós",
    not_yet: "Ainda não",
    last_verified: "Última verificação",
    sources_read: "Fontes consultadas",
    may_be_out_of_date: "pode estar desatualizado",
    report_a_change: "Informar uma mudança",

    what_can_stop_you: "O que pode impedir a exclusão ou custar algo a você",
    blocks_deletion: "Impede a exclusão",
    you_lose: "Você perde",
    good_to_know: "Bom saber",
    more_things: |n| format!("mais {}", count(n, "coisa", "coisas")),
    and_more: |named, rest| format!("{named}; e mais {rest}"),
    alternatives_follow: |n| match romance(n as u64, true) {
        Plural::One => format!("Em dúvida? Há {n} alternativa logo abaixo."),
        _ => format!("Em dúvida? Há {n} alternativas logo abaixo."),
    },
    official_pages: |service| format!("Páginas oficiais de {service}:"),

    before_you_start: "Antes de começar",
    delete_your_account: "Exclua sua conta",
    choose_method: "Escolha como excluir sua conta",
    after_deletion: "Depois da exclusão",
    troubleshooting: "Solução de problemas",
    alternatives: "Alternativas à exclusão",
    faq: "Perguntas frequentes",
    references: "Referências",
    pros: "Vantagens",
    cons: "Desvantagens",

    steps_done: |done, total| match romance(total as u64, true) {
        Plural::One => format!("{done} de {total} passo concluído"),
        _ => format!("{done} de {total} passos concluídos"),
    },
    done_of: |done, total| format!("{done} de {total} concluídos"),
    next: "Próximo",
    what_this_step_says: "O que este passo diz",
    opens_in_new_tab: " (abre em uma nova aba)",
    tips: "Dicas",
    warnings: "Avisos",
    warning: "Atenção: ",
    ticked_on: |day| format!("Marcado em {day}"),
    report_mistake_in_step: "Informar um erro neste passo",
    report_error_in_guide: "Informar um erro neste guia",

    every_step_done: "Todos os passos foram concluídos",
    keep_this_page: "Guarde esta página: os passos marcados e o dia em que você enviou a solicitação ficam salvos neste navegador. ",
    no_source_for_check: "Nossas fontes não dizem como verificar se a conta deixou de existir: tente fazer login e guarde qualquer confirmação que você receber.",
    account_is_gone: "Verifiquei: a conta não existe mais",
    confirmed_gone: |day| format!("Você confirmou em {day}. Não há mais nada a fazer aqui."),

    you_sent_request_on: "Você enviou sua solicitação de exclusão em ",
    request_day_label: "Dia em que você enviou a solicitação de exclusão",
    not_a_date: "Isso não é uma data.",
    day_not_changed: " O dia não foi alterado.",
    request_after_today: "A solicitação não pode ter sido enviada em uma data futura.",
    request_too_old: "Isso foi há mais de dez anos; confira o ano.",
    add_reminder: "Adicionar um lembrete à minha agenda",
    day_of_window: |day, min, max| format!("Dia {day} de um prazo de {min} a {max} dias. "),
    may_finish_between: |service, between| {
        format!("{service} pode concluir a exclusão da sua conta entre {between}.")
    },
    may_finish_by: |service, last| {
        format!("{service} pode concluir a qualquer momento: até {last}, se cumprir o prazo.")
    },
    day_overdue: |day| format!("Dia {day}: fora do prazo. "),
    window_ended: |last| format!("O prazo terminou em {last}. Se a conta ainda existir:"),
    no_source_when_overdue: "Nossas fontes não dizem; entre em contato com o suporte do serviço e informe o dia em que você enviou a solicitação.",
    day_only: |day| format!("Dia {day}. "),
    no_window: |service| {
        format!("Nenhuma fonte que consultamos diz quanto tempo {service} leva por este meio: pergunte ao suporte quando a exclusão será concluída.")
    },
    reminder_title: |service| format!("Verifique se sua conta {service} foi excluída"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "Você pediu que {service} excluísse sua conta em {day} ({method}). {service} pode \
             levar até {}. Verifique agora se a conta deixou de existir: tente fazer login. {}",
            count(usize::from(most), "dia", "dias"),
            overdue.unwrap_or("Se ela ainda existir, entre em contato com o suporte do serviço.")
        )
    },

    email_label: "E-mail da conta",
    reference_label: "Número de pedido ou protocolo de atendimento (opcional)",
    message_label: "Sua mensagem para o suporte",
    copy_message: "Copiar a mensagem",
    forget_details: "Esquecer meus dados",
    copied: "Copiado.",
    copy_refused: "Este navegador não permitiu copiar: a mensagem está selecionada, então pressione Ctrl+C (ou Cmd+C).",
    kept_here: "O que você digitar aqui fica neste navegador; nada é enviado para lugar nenhum.",
    support_message: |request, email, reference, service| {
        let mut message = format!("Olá,\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" O e-mail da conta é {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" Referência: {reference}."));
        }
        message.push_str(&format!(
            "\n\nPeço que me confirmem quando minha conta {service} for excluída.\n\nAgradeço desde já."
        ));
        message
    },

    start_over: "Recomeçar",
    clear_question: "Desmarcar todos os passos deste guia? Isso não pode ser desfeito.",
    keep_progress: "Manter meu progresso",
    clear_progress: "Apagar meu progresso",

    carry_title: "Leve seu progresso para outro dispositivo",
    carry_intro: "Os passos marcados, o dia da solicitação e seus dados vão junto; nada é enviado a nenhum servidor.",
    make_link: "Criar um link",
    download_file: "Baixar um arquivo",
    bring_in_file: "Importar um arquivo ",
    open_link_elsewhere: "Abra este link no outro dispositivo (ele contém seu progresso; não o compartilhe):",
    add_to_progress: "Adicionar ao meu progresso",
    leave_progress: "Deixar meu progresso como está",
    incoming: |ticks, new, request| {
        format!(
            "Progresso de outro dispositivo: {} ({new} deles ainda não marcados aqui){}. ",
            count(ticks, "passo marcado", "passos marcados"),
            if request { " e o dia em que a solicitação foi enviada" } else { "" }
        )
    },
    adding_keeps: "Ao adicionar, tudo o que você já tem aqui é mantido.",
    nothing_changed: " Nada foi alterado.",
    saved_by_newer: "Isto foi salvo por uma versão mais recente deste guia.",
    not_progress: "Isto não é um progresso que este guia consiga ler.",

    not_kept_here: "Este navegador não permite que o guia salve seu progresso, então os passos marcados serão perdidos quando você sair desta página.",
    write_failed: "Não foi possível salvar sua última alteração, talvez porque o armazenamento do navegador esteja cheio. Ela continua nesta página, e o guia tentará de novo na sua próxima alteração.",
    newer_version: "Seu progresso foi salvo por uma versão mais recente deste guia. Ele foi mantido como estava, e as alterações feitas nesta página não serão salvas.",
    started_afresh: "Não foi possível ler seu progresso salvo, então a lista começa do zero. Uma cópia dos dados antigos foi guardada neste navegador.",
    unreadable_not_kept: "Não foi possível ler seu progresso salvo, e não há espaço neste navegador para guardar uma cópia. Ele foi mantido como estava, e as alterações feitas nesta página não serão salvas.",
    discard_summary: "Descartar esses dados para que esta página possa salvar seu progresso",
    discard_warning: "os dados ilegíveis serão apagados definitivamente. Não havia espaço para guardar uma cópia, então não restará nada deles.",
    discard_button: "Apagar os dados ilegíveis",

    our_estimate: "[nossa estimativa]",
    our_advice: "[nossa recomendação]",
    source_n: |n| format!("Fonte {n}"),
    sources_disagree: "Nossas fontes divergem aqui",
    what_each_says: ": o que cada uma diz",
    read_on: |day| format!(" (acessado em {day})"),

    translated_by: |by| format!("Tradução: {by}"),
    not_reviewed: "Ainda não revisada por uma pessoa fluente no idioma.",
    changed_since_translation: "Esta parte mudou depois que o guia foi traduzido, por isso aparece em inglês.",
    options_ignored: "Algumas opções deste guia foram ignoradas: ",
    no_such_guide: |id| format!("Não existe nenhum guia de exclusão chamado \u{201c}{id}\u{201d}. Os guias disponíveis aqui são:"),
};
