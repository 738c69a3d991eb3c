//! Where a reader stands while the service works on their request: pure date arithmetic on
//! the day they sent it, the method's window and today's date, tested natively.

use crate::date::Date;
use crate::guide::DayRange;

/// How far along the wait is, `day` days after the request was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Today is before the day the request was sent: a clock or a date that is wrong.
    BeforeRequest,
    /// Too early: deletion may be complete from `first` to `last`.
    Waiting { day: i64, first: Date, last: Date },
    /// Inside the window: it may be done any day, by `last` at the latest.
    Due { day: i64, last: Date },
    /// Past the last day the service's window gives.
    Overdue { day: i64, last: Date },
    /// The method has no known window.
    NoWindow { day: i64 },
}

pub fn stage(requested: Date, today: Date, window: Option<DayRange>) -> Stage {
    let day = today.days_since(requested);
    if day < 0 {
        return Stage::BeforeRequest;
    }
    let Some(window) = window else {
        return Stage::NoWindow { day };
    };
    let (first, last) = (
        requested.add_days(window.min),
        requested.add_days(window.max),
    );
    if day < i64::from(window.min) {
        Stage::Waiting { day, first, last }
    } else if day <= i64::from(window.max) {
        Stage::Due { day, last }
    } else {
        Stage::Overdue { day, last }
    }
}

/// How far back a request date may be set: further back than this is not a request the
/// reader is waiting on, but a slip of the date picker.
pub const OLDEST_REQUEST_DAYS: i64 = 3650;

/// Why a day cannot be the day the request was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotTheRequestDay {
    AfterToday,
    TooLongAgo,
}

/// Why `given` cannot be the day the request was sent, if it cannot.
pub fn check_request_date(given: Date, today: Date) -> Result<Date, NotTheRequestDay> {
    match today.days_since(given) {
        day if day < 0 => Err(NotTheRequestDay::AfterToday),
        day if day > OLDEST_REQUEST_DAYS => Err(NotTheRequestDay::TooLongAgo),
        _ => Ok(given),
    }
}
