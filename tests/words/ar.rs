use super::{day, lang};

/// The numbers that reach every CLDR category of Arabic: zero, one, two, few (3, 10, 103),
/// many (11, 99) and other (100, 101).
const EVERY_CATEGORY: [usize; 10] = [0, 1, 2, 3, 10, 11, 99, 100, 101, 103];

#[test]
fn arabic_counts_in_all_six_categories() {
    let ar = lang("ar");
    assert_eq!(ar.name, "العربية");
    assert_eq!(ar.dir(), "rtl");
    let notes: Vec<String> = EVERY_CATEGORY
        .iter()
        .map(|&n| (ar.more_things)(n))
        .collect();
    assert_eq!(
        notes,
        [
            "لا ملاحظات إضافية",
            "ملاحظة إضافية",
            "ملاحظتان إضافيتان",
            "3 ملاحظات إضافية",
            "10 ملاحظات إضافية",
            "11 ملاحظة إضافية",
            "99 ملاحظة إضافية",
            "100 ملاحظة إضافية",
            "101 ملاحظة إضافية",
            "103 ملاحظات إضافية",
        ]
    );
    let steps: Vec<String> = EVERY_CATEGORY
        .iter()
        .map(|&n| (ar.steps_done)(0, n))
        .collect();
    assert_eq!(
        steps,
        [
            "تم إنجاز 0 من 0 خطوة",
            "تم إنجاز 0 من خطوة واحدة",
            "تم إنجاز 0 من خطوتين",
            "تم إنجاز 0 من 3 خطوات",
            "تم إنجاز 0 من 10 خطوات",
            "تم إنجاز 0 من 11 خطوة",
            "تم إنجاز 0 من 99 خطوة",
            "تم إنجاز 0 من 100 خطوة",
            "تم إنجاز 0 من 101 خطوة",
            "تم إنجاز 0 من 103 خطوات",
        ]
    );
    let alternatives: Vec<String> = [1, 2, 3, 11, 100]
        .iter()
        .map(|&n| (ar.alternatives_follow)(n))
        .collect();
    assert_eq!(
        alternatives,
        [
            "هل الحذف هو الخيار الأنسب لك؟ فيما يلي بديل واحد.",
            "هل الحذف هو الخيار الأنسب لك؟ فيما يلي بديلان.",
            "هل الحذف هو الخيار الأنسب لك؟ فيما يلي 3 بدائل.",
            "هل الحذف هو الخيار الأنسب لك؟ فيما يلي 11 بديلًا.",
            "هل الحذف هو الخيار الأنسب لك؟ فيما يلي 100 بديل.",
        ]
    );
    assert_eq!(
        (ar.and_more)("Order history; Buyer protection", 0),
        "Order history; Buyer protection"
    );
    assert_eq!(
        (ar.and_more)("Order history", 2),
        "Order history؛ وبندان آخران"
    );
    assert_eq!(
        (ar.and_more)("Order history", 5),
        "Order history؛ و5 بنود أخرى"
    );
}

#[test]
fn arabic_ages_count_days_months_and_years() {
    let ar = lang("ar");
    let ages: Vec<String> = [0, 1, 2, 3, 10, 11, 30, 45, 60, 90, 400, 800, 4000, 36500]
        .iter()
        .map(|&days| (ar.age)(days))
        .collect();
    assert_eq!(
        ages,
        [
            "اليوم",
            "منذ يوم",
            "منذ يومين",
            "منذ 3 أيام",
            "منذ 10 أيام",
            "منذ 11 يومًا",
            "منذ 30 يومًا",
            "منذ شهر",
            "منذ شهرين",
            "منذ 3 أشهر",
            "منذ 13 شهرًا",
            "منذ سنتين",
            "منذ 10 سنوات",
            "منذ 100 سنة",
        ]
    );
}

#[test]
fn arabic_dates_join_and_to_the_next_word() {
    let ar = lang("ar");
    assert_eq!(ar.long_date(day("2025-11-08")), "8 نوفمبر 2025");
    assert_eq!(
        ar.between(day("2026-12-01"), day("2026-12-24")),
        "1 و24 ديسمبر 2026"
    );
    assert_eq!(
        ar.between(day("2026-11-28"), day("2026-12-24")),
        "28 نوفمبر و24 ديسمبر 2026"
    );
    assert_eq!(
        ar.between(day("2026-12-20"), day("2027-01-18")),
        "20 ديسمبر 2026 و18 يناير 2027"
    );
}

#[test]
fn arabic_sentences_name_the_service() {
    let ar = lang("ar");
    let between = ar.between(day("2026-12-01"), day("2026-12-24"));
    assert_eq!(
        (ar.may_finish_between)("AliExpress", &between),
        "قد يكتمل حذف حسابك لدى AliExpress بين 1 و24 ديسمبر 2026."
    );
    assert_eq!(
        (ar.reminder_title)("AliExpress"),
        "التحقق من حذف حسابك على AliExpress"
    );
    assert_eq!(
        (ar.day_of_window)(12, 7, 30),
        "اليوم 12 من مهلة تتراوح بين 7 و30 يومًا. "
    );
    let reminder = (ar.reminder_text)(
        "AliExpress",
        "8 نوفمبر 2025",
        "Through customer support",
        2,
        None,
    );
    assert!(reminder.contains("حتى يومين."), "{reminder}");
    let message = (ar.support_message)(
        "Please delete my account.",
        None,
        Some("A-123"),
        "AliExpress",
    );
    assert_eq!(
        message,
        "تحية طيبة،\n\nPlease delete my account. الرقم المرجعي: A-123.\n\nيُرجى إعلامي بتأكيد حذف \
         حسابي على AliExpress عند اكتماله.\n\nشكرًا لتعاونكم."
    );
    assert_eq!(
        (ar.incoming)(5, 2, true),
        "تقدّم من جهاز آخر: 5 علامات، منها علامتان غير موجودتين هنا، وتاريخ إرسال الطلب. "
    );
}
