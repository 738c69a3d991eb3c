//! The rules a single value must follow. Each returns the checked value or says what is wrong
//! in words a guide author can act on.

/// Ids are slugs: saved progress is keyed on them, so they must be stable and plain.
pub fn slug(text: &str) -> Result<String, String> {
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if plain && !text.starts_with('-') && !text.ends_with('-') && !text.contains("--") {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not a valid id; use lowercase letters, digits and single hyphens, like `remove-payment-methods`"
        ))
    }
}

/// Links open from a reader's browser: only https, to a real host.
pub fn https_url(text: &str) -> Result<String, String> {
    let host = text
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next());
    match host {
        Some(Some(host)) if !host.is_empty() && !text.contains(char::is_whitespace) => {
            Ok(text.to_owned())
        }
        _ => Err(format!(
            "`{text}` is not an https:// link; only https links are allowed"
        )),
    }
}

/// `YYYY-MM-DD`, a real day.
pub fn date(text: &str) -> Result<Date, String> {
    let bad = || format!("`{text}` is not a date; write it as YYYY-MM-DD, like 2025-11-08");
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return Err(bad());
    };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return Err(bad());
    }
    let number = |part: &str| part.parse::<u16>().map_err(|_| bad());
    let (year, month, day) = (number(year)?, number(month)?, number(day)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(bad());
    }
    Ok(Date {
        year,
        month: month as u8,
        day: day as u8,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub const DIFFICULTIES: [&str; 4] = ["easy", "medium", "hard", "impossible"];

pub fn difficulty(text: &str) -> Result<String, String> {
    if DIFFICULTIES.contains(&text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not a difficulty; use one of: {}",
            DIFFICULTIES.join(", ")
        ))
    }
}
