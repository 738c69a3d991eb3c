//! A calendar reminder for the day deletion should be complete by: an iCalendar file
//! (RFC 5545) made in the reader's browser, with no server involved.

use crate::date::Date;
use crate::guide::{Guide, Method};
use crate::words::Lang;

/// The file's text: one VEVENT on the last day of the method's window, with a UID that is the
/// same for the same guide and request day (a second download replaces the first event in
/// most calendars rather than adding another). `stamp` is now, in UTC, as the browser gives it
/// (`2026-11-28T18:30:00.000Z`). `None` where the method has no known window.
pub fn reminder(
    guide: &Guide,
    method: &Method,
    requested: Date,
    stamp: &str,
    lang: Lang,
) -> Option<String> {
    let window = method.processing_days?;
    let last = requested.add_days(window.max);
    let service = guide.service;
    let description = (lang.reminder_text)(
        service,
        &lang.long_date(requested),
        method.title,
        window.max,
        guide.when_overdue.as_ref().map(|w| w.says),
    );
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//deletion-guide//reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:deletion-guide-{}-{}@deletion-guide",
            guide.id,
            compact(requested)
        ),
        format!("DTSTAMP:{}", utc_stamp(stamp)),
        format!("DTSTART;VALUE=DATE:{}", compact(last)),
        format!("DTEND;VALUE=DATE:{}", compact(last.add_days(1))),
        format!("SUMMARY:{}", text(&(lang.reminder_title)(service))),
        format!("DESCRIPTION:{}", text(&description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Some(lines.iter().map(|line| fold(line)).collect())
}

/// `YYYYMMDD`.
fn compact(date: Date) -> String {
    date.to_string().replace('-', "")
}

/// `2026-11-28T18:30:00.000Z` as `20261128T183000Z`; anything else as midnight UTC today is
/// not known here, so the digits found are used as they come.
fn utc_stamp(iso: &str) -> String {
    let digits: String = iso.chars().filter(char::is_ascii_digit).take(14).collect();
    format!(
        "{}T{}Z",
        &digits[..8.min(digits.len())],
        digits.get(8..).unwrap_or("")
    )
}

/// A TEXT value, escaped (RFC 5545, 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character, each line ended by CRLF
/// (RFC 5545, 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::{fold, text, utc_stamp};

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold(&long);
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn text_is_escaped_and_the_stamp_is_compact() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(utc_stamp("2026-11-28T18:30:05.123Z"), "20261128T183005Z");
    }
}
