use super::{day, lang};

#[test]
fn english_counts_one_and_the_rest() {
    let en = lang("en");
    assert_eq!((en.steps_done)(0, 1), "0 of 1 step done");
    assert_eq!((en.steps_done)(2, 7), "2 of 7 steps done");
    assert_eq!((en.more_things)(1), "1 more thing");
    assert_eq!((en.more_things)(0), "0 more things");
    assert_eq!(
        (en.alternatives_follow)(1),
        "Not sure? 1 alternative follows below."
    );
    assert_eq!(
        (en.alternatives_follow)(3),
        "Not sure? 3 alternatives follow below."
    );
    assert_eq!((en.age)(0), "today");
    assert_eq!((en.age)(1), "1 day ago");
    assert_eq!((en.age)(45), "1 month ago");
    assert_eq!((en.age)(800), "2 years ago");
}

#[test]
fn english_dates_read_day_month_year() {
    let en = lang("en");
    assert_eq!(en.long_date(day("2025-11-08")), "8 November 2025");
    assert_eq!(
        en.between(day("2026-12-01"), day("2026-12-24")),
        "1 and 24 December 2026"
    );
    assert_eq!(
        en.between(day("2026-11-28"), day("2026-12-24")),
        "28 November and 24 December 2026"
    );
    assert_eq!(
        en.between(day("2026-12-20"), day("2027-01-18")),
        "20 December 2026 and 18 January 2027"
    );
}
