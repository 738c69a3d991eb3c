//! Arabic. Translated from the English table by an AI model (Claude), 2026-11-28; not yet reviewed by a native speaker.
//!
//! Modern Standard Arabic. The reader is addressed without a gendered verb or adjective
//! where a neutral phrasing is as clear (a verbal noun, the passive, `يمكنك`, `يُرجى`);
//! suffixes such as `حسابك` read the same for everyone when unvocalised.

use super::plural::{arabic, Plural};
use super::{Direction, Words};

/// The form for `n` among `[zero, one, two, few, many, other]` (CLDR's categories, in that
/// order), with `{n}` replaced by the number: one and two are usually the noun alone (the
/// dual), few takes the plural (3 to 10), many the singular accusative (11 to 99), other
/// the singular genitive (100, 101, 102 ...).
fn count(n: usize, forms: [&str; 6]) -> String {
    let form = match arabic(n as u64) {
        Plural::Zero => forms[0],
        Plural::One => forms[1],
        Plural::Two => forms[2],
        Plural::Few => forms[3],
        Plural::Many => forms[4],
        Plural::Other => forms[5],
    };
    form.replace("{n}", &n.to_string())
}

/// A number of days after a preposition: `حتى يومين`, `حتى 30 يومًا`.
fn days(n: usize) -> String {
    let forms = [
        "{n} يوم",
        "يوم واحد",
        "يومين",
        "{n} أيام",
        "{n} يومًا",
        "{n} يوم",
    ];
    count(n, forms)
}

/// What is good to know, counted: `3 ملاحظات إضافية`.
fn more_notes(n: usize) -> String {
    count(
        n,
        [
            "لا ملاحظات إضافية",
            "ملاحظة إضافية",
            "ملاحظتان إضافيتان",
            "{n} ملاحظات إضافية",
            "{n} ملاحظة إضافية",
            "{n} ملاحظة إضافية",
        ],
    )
}

pub static WORDS: Words = Words {
    code: "ar",
    name: "العربية",
    other_languages: "بلغات أخرى",
    direction: Direction::RightToLeft,
    months: [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر",
    ],
    date_joins: (" ", " "),
    day_alone: "",
    // The conjunction is written joined to the next word: "1 و24 ديسمبر 2026".
    and: " و",
    colon: ": ",
    semicolon: "؛ ",
    age: |days| match days {
        i64::MIN..=0 => "اليوم".to_owned(),
        1..=30 => {
            let forms = ["اليوم", "منذ يوم", "منذ يومين", "منذ {n} أيام", "منذ {n} يومًا", "منذ {n} يوم"];
            count(days as usize, forms)
        }
        31..=729 => {
            let forms = ["منذ أقل من شهر", "منذ شهر", "منذ شهرين", "منذ {n} أشهر", "منذ {n} شهرًا", "منذ {n} شهر"];
            count((days / 30) as usize, forms)
        }
        _ => {
            let forms = ["منذ أقل من سنة", "منذ سنة", "منذ سنتين", "منذ {n} سنوات", "منذ {n} سنة", "منذ {n} سنة"];
            count((days / 365) as usize, forms)
        }
    },

    time_needed: "الوقت اللازم",
    difficulty: "مستوى الصعوبة",
    difficulties: ["سهل", "متوسط", "صعب", "مستحيل"],
    steps: "الخطوات",
    tested_by_us: "جرّبناه بأنفسنا",
    not_yet: "ليس بعد",
    last_verified: "آخر تحقّق",
    sources_read: "آخر قراءة للمصادر",
    may_be_out_of_date: "قد لا يكون الدليل محدّثًا",
    report_a_change: "الإبلاغ عن تغيير",

    what_can_stop_you: "ما قد يمنعك أو يكلّفك",
    blocks_deletion: "يمنع الحذف",
    you_lose: "ما يضيع بالحذف",
    good_to_know: "معلومات مفيدة",
    more_things: more_notes,
    // The rest of a list of warnings; with nothing left over, the named titles alone.
    and_more: |named, rest| match arabic(rest as u64) {
        Plural::Zero => named.to_owned(),
        _ => {
            let forms = ["", "بند آخر", "بندان آخران", "{n} بنود أخرى", "{n} بندًا آخر", "{n} بند آخر"];
            format!("{named}؛ و{}", count(rest, forms))
        }
    },
    alternatives_follow: |n| {
        let forms = [
            "لا توجد بدائل مذكورة أدناه.",
            "فيما يلي بديل واحد.",
            "فيما يلي بديلان.",
            "فيما يلي {n} بدائل.",
            "فيما يلي {n} بديلًا.",
            "فيما يلي {n} بديل.",
        ];
        format!("هل الحذف هو الخيار الأنسب لك؟ {}", count(n, forms))
    },
    official_pages: |service| format!("صفحات {service} الرسمية:"),

    before_you_start: "قبل البدء",
    delete_your_account: "حذف حسابك",
    choose_method: "اختيار طريقة حذف حسابك",
    after_deletion: "بعد الحذف",
    troubleshooting: "حل المشكلات",
    alternatives: "بدائل الحذف",
    faq: "الأسئلة الشائعة",
    references: "المصادر",
    pros: "المزايا",
    cons: "العيوب",

    steps_done: |done, total| {
        let forms = ["{n} خطوة", "خطوة واحدة", "خطوتين", "{n} خطوات", "{n} خطوة", "{n} خطوة"];
        format!("تم إنجاز {done} من {}", count(total, forms))
    },
    done_of: |done, total| format!("أُنجز {done} من {total}"),
    next: "الخطوة التالية",
    what_this_step_says: "تفاصيل هذه الخطوة",
    opens_in_new_tab: " (يُفتح في علامة تبويب جديدة)",
    tips: "نصائح",
    warnings: "تحذيرات",
    warning: "تحذير: ",
    ticked_on: |day| format!("عُلِّمت منجزةً في {day}"),
    report_mistake_in_step: "الإبلاغ عن خطأ في هذه الخطوة",
    report_error_in_guide: "الإبلاغ عن خطأ في هذا الدليل",

    every_step_done: "اكتملت جميع الخطوات",
    keep_this_page: "يُستحسن الاحتفاظ بهذه الصفحة: علاماتك وتاريخ إرسال طلبك محفوظة في هذا المتصفح. ",
    no_source_for_check: "لا تذكر مصادرنا كيف يمكن التأكد من حذف الحساب: يمكنك محاولة تسجيل الدخول، والاحتفاظ بأي تأكيد يصلك.",
    account_is_gone: "تحقّقتُ من ذلك: الحساب محذوف",
    confirmed_gone: |day| format!("أكّدت ذلك في {day}. لا شيء آخر عليك فعله هنا."),

    // Followed by the date field and ".".
    you_sent_request_on: "أرسلت طلب حذف حسابك في ",
    request_day_label: "تاريخ إرسال طلب الحذف",
    not_a_date: "هذا ليس تاريخًا صالحًا.",
    day_not_changed: " لم يتغيّر التاريخ.",
    request_after_today: "لا يمكن أن يكون الطلب قد أُرسل بعد اليوم.",
    request_too_old: "هذا التاريخ قبل أكثر من عشر سنوات؛ يُرجى التحقق من السنة.",
    add_reminder: "إضافة تذكير إلى تقويمي",
    // The noun after the range agrees with its last number.
    day_of_window: |day, min, max| {
        let forms = ["يوم", "يوم", "يوم", "أيام", "يومًا", "يوم"];
        let unit = count(usize::from(max), forms);
        format!("اليوم {day} من مهلة تتراوح بين {min} و{max} {unit}. ")
    },
    // `between` reads "1 و24 ديسمبر 2026" or "20 ديسمبر 2026 و18 يناير 2027".
    may_finish_between: |service, between| {
        format!("قد يكتمل حذف حسابك لدى {service} بين {between}.")
    },
    may_finish_by: |service, last| {
        format!("قد يكتمل حذف حسابك لدى {service} في أي يوم الآن: بحلول {last} إذا التزمت الخدمة بمهلتها.")
    },
    day_overdue: |day| format!("اليوم {day}: تأخّر الحذف عن موعده. "),
    window_ended: |last| format!("انتهت المهلة في {last}. إذا كان الحساب لا يزال موجودًا:"),
    no_source_when_overdue: "لا تذكر مصادرنا ذلك؛ يُنصح بالتواصل مع فريق دعم الخدمة مع ذكر تاريخ إرسال طلبك.",
    day_only: |day| format!("اليوم {day}. "),
    no_window: |service| {
        format!(
            "لا يذكر أي مصدر قرأناه المدة التي يستغرقها الحذف لدى {service} بهذه الطريقة: يمكنك \
             سؤال الدعم عن موعد اكتماله."
        )
    },
    reminder_title: |service| format!("التحقق من حذف حسابك على {service}"),
    reminder_text: |service, day, method, most, overdue| {
        format!(
            "طلبت من {service} حذف حسابك في {day} ({method}). قد يستغرق الحذف لدى {service} حتى \
             {}. حان الآن وقت التحقق من حذف الحساب بمحاولة تسجيل الدخول. {}",
            days(usize::from(most)),
            overdue.unwrap_or("إذا كان الحساب لا يزال موجودًا، فيُنصح بالتواصل مع فريق دعم الخدمة.")
        )
    },

    email_label: "البريد الإلكتروني للحساب",
    reference_label: "رقم طلب الشراء أو تذكرة الدعم (اختياري)",
    message_label: "رسالتك إلى الدعم",
    copy_message: "نسخ الرسالة",
    forget_details: "مسح بياناتي",
    copied: "تم النسخ.",
    copy_refused: "لم يسمح هذا المتصفح بالنسخ: الرسالة محدّدة، ويمكنك نسخها بالضغط على Ctrl+C (أو Cmd+C).",
    kept_here: "ما يُكتب هنا يبقى في هذا المتصفح، ولا يُرسل إلى أي مكان.",
    support_message: |request, email, reference, service| {
        let mut message = format!("تحية طيبة،\n\n{request}");
        if let Some(email) = email {
            message.push_str(&format!(" البريد الإلكتروني المرتبط بالحساب هو {email}."));
        }
        if let Some(reference) = reference {
            message.push_str(&format!(" الرقم المرجعي: {reference}."));
        }
        message.push_str(&format!(
            "\n\nيُرجى إعلامي بتأكيد حذف حسابي على {service} عند اكتماله.\n\nشكرًا لتعاونكم."
        ));
        message
    },

    start_over: "البدء من جديد",
    clear_question: "مسح كل العلامات في هذا الدليل؟ لا يمكن التراجع عن ذلك.",
    keep_progress: "الاحتفاظ بتقدّمي",
    clear_progress: "مسح تقدّمي",

    carry_title: "نقل تقدّمك إلى جهاز آخر",
    carry_intro: "تنتقل معه علاماتك وتاريخ الطلب وبياناتك، ولا يُرسل أي شيء إلى أي خادم.",
    make_link: "إنشاء رابط",
    download_file: "تنزيل ملف",
    bring_in_file: "استيراد ملف ",
    open_link_elsewhere: "يُرجى فتح هذا الرابط على الجهاز الآخر (وهو يحمل تقدّمك، فيُستحسن ألّا يطّلع عليه غيرك):",
    add_to_progress: "إضافته إلى تقدّمي",
    leave_progress: "إبقاء تقدّمي كما هو",
    incoming: |ticks, new, request| {
        let ticks_forms = ["لا علامات", "علامة واحدة", "علامتان", "{n} علامات", "{n} علامة", "{n} علامة"];
        let new_forms = [
            "، وكلها موجودة هنا بالفعل",
            "، منها علامة واحدة غير موجودة هنا",
            "، منها علامتان غير موجودتين هنا",
            "، منها {n} علامات غير موجودة هنا",
            "، منها {n} علامة غير موجودة هنا",
            "، منها {n} علامة غير موجودة هنا",
        ];
        let new_part = if ticks == 0 { String::new() } else { count(new, new_forms) };
        format!(
            "تقدّم من جهاز آخر: {}{new_part}{}. ",
            count(ticks, ticks_forms),
            if request { "، وتاريخ إرسال الطلب" } else { "" }
        )
    },
    adding_keeps: "إضافته لا تمحو شيئًا مما لديك هنا.",
    nothing_changed: " لم يتغيّر شيء.",
    saved_by_newer: "حُفظ هذا بإصدار أحدث من هذا الدليل.",
    not_progress: "هذا ليس تقدّمًا يستطيع هذا الدليل قراءته.",

    not_kept_here: "لا يسمح هذا المتصفح للدليل بحفظ تقدّمك، لذا ستضيع علاماتك عند مغادرة هذه الصفحة.",
    write_failed: "تعذّر حفظ آخر تغيير أجريته، ربما لأن مساحة التخزين في المتصفح ممتلئة. سيبقى التغيير في هذه الصفحة، وسيحاول الدليل حفظه مجددًا مع تغييرك التالي.",
    newer_version: "حُفظ تقدّمك بإصدار أحدث من هذا الدليل، لذا تُرك كما هو، ولن تُحفظ التغييرات التي تُجرى في هذه الصفحة.",
    started_afresh: "تعذّرت قراءة تقدّمك المحفوظ، لذا تبدأ قائمة الخطوات من جديد. وقد احتُفظ بنسخة من البيانات القديمة في هذا المتصفح.",
    unreadable_not_kept: "تعذّرت قراءة تقدّمك المحفوظ، ولا توجد مساحة في هذا المتصفح للاحتفاظ بنسخة منه، لذا تُرك كما هو، ولن تُحفظ التغييرات التي تُجرى في هذه الصفحة.",
    discard_summary: "التخلّص منه لكي تتمكّن هذه الصفحة من حفظ تقدّمك",
    // After "تحذير: ".
    discard_warning: "ستُحذف البيانات غير المقروءة نهائيًا. لم تكن هناك مساحة للاحتفاظ بنسخة منها، فلن يبقى منها شيء.",
    discard_button: "حذف البيانات غير المقروءة",

    our_estimate: "[تقديرنا]",
    our_advice: "[نصيحتنا]",
    source_n: |n| format!("المصدر {n}"),
    sources_disagree: "تختلف مصادرنا هنا",
    what_each_says: ": ما يقوله كلٌّ منها",
    read_on: |day| format!(" (تاريخ القراءة: {day})"),

    translated_by: |by| format!("الترجمة: {by}"),
    not_reviewed: "لم يراجعها بعد شخص يتقن اللغة.",
    changed_since_translation: "تغيّر هذا الجزء بعد ترجمة الدليل، لذلك يظهر باللغة الإنجليزية.",
    options_ignored: "تم تجاهل بعض خيارات هذا الدليل: ",
    no_such_guide: |id| format!("لا يوجد دليل حذف باسم «{id}». الأدلة المتاحة هنا هي:"),
};
