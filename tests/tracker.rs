//! Native tests of where a reader stands while they wait, and of the dates that takes.
#![cfg(not(target_arch = "wasm32"))]

use deletion_guide::date::Date;
use deletion_guide::guide::DayRange;
use deletion_guide::tracker::{check_request_date, stage, Stage};

fn d(year: u16, month: u8, day: u8) -> Date {
    Date::new(year, month, day).unwrap()
}

const WINDOW: Option<DayRange> = Some(DayRange { min: 7, max: 30 });

#[test]
fn the_wait_goes_from_waiting_to_due_to_overdue() {
    let sent = d(2026, 9, 1);
    assert_eq!(
        stage(sent, d(2026, 9, 3), WINDOW),
        Stage::Waiting {
            day: 2,
            first: d(2026, 9, 8),
            last: d(2026, 10, 1)
        }
    );
    assert_eq!(
        stage(sent, d(2026, 9, 8), WINDOW),
        Stage::Due {
            day: 7,
            last: d(2026, 10, 1)
        }
    );
    assert_eq!(
        stage(sent, d(2026, 10, 1), WINDOW),
        Stage::Due {
            day: 30,
            last: d(2026, 10, 1)
        }
    );
    // The example of the issue: sent on 1 September, read on 28 November.
    assert_eq!(
        stage(sent, d(2026, 11, 28), WINDOW),
        Stage::Overdue {
            day: 88,
            last: d(2026, 10, 1)
        }
    );
    assert_eq!(
        stage(sent, d(2026, 11, 28), None),
        Stage::NoWindow { day: 88 }
    );
}

#[test]
fn month_ends_leap_days_and_odd_clocks_give_sensible_dates() {
    // Sent on the last day of a month.
    assert_eq!(
        stage(d(2026, 1, 31), d(2026, 2, 1), WINDOW),
        Stage::Waiting {
            day: 1,
            first: d(2026, 2, 7),
            last: d(2026, 3, 2)
        }
    );
    // Sent on a leap day, and a window across the year's end.
    assert_eq!(
        stage(d(2028, 2, 29), d(2028, 3, 1), WINDOW),
        Stage::Waiting {
            day: 1,
            first: d(2028, 3, 7),
            last: d(2028, 3, 30)
        }
    );
    assert_eq!(
        stage(d(2026, 12, 20), d(2026, 12, 21), WINDOW),
        Stage::Waiting {
            day: 1,
            first: d(2026, 12, 27),
            last: d(2027, 1, 19)
        }
    );
    // A clock far in the past, or far in the future.
    assert_eq!(
        stage(d(2026, 11, 20), d(1970, 1, 1), WINDOW),
        Stage::BeforeRequest
    );
    assert_eq!(
        stage(d(2026, 11, 20), d(2099, 12, 31), WINDOW),
        Stage::Overdue {
            day: 26_704,
            last: d(2026, 12, 20)
        }
    );
}

#[test]
fn a_request_date_is_not_in_the_future_nor_years_back() {
    let today = d(2026, 11, 28);
    assert_eq!(check_request_date(today, today), Ok(today));
    assert_eq!(
        check_request_date(d(2026, 11, 27), today),
        Ok(d(2026, 11, 27))
    );
    assert!(check_request_date(d(2026, 11, 29), today).is_err());
    assert!(check_request_date(d(2016, 11, 1), today).is_err());
}

#[test]
fn ages_read_as_a_reader_says_them() {
    let age = deletion_guide::words::Lang::default().age;
    assert_eq!(age(-3), "today", "a clock behind the guide");
    assert_eq!(age(0), "today");
    assert_eq!(age(1), "1 day ago");
    assert_eq!(age(30), "30 days ago");
    assert_eq!(age(31), "1 month ago");
    // Checked 8 November 2025, read on 28 November 2026.
    assert_eq!(
        age(d(2026, 11, 28).days_since(d(2025, 11, 8))),
        "12 months ago"
    );
    assert_eq!(age(730), "2 years ago");
}
