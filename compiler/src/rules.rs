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
    if crate::link::is_https(text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not an https:// link; only https links are allowed"
        ))
    }
}

pub use crate::date::Date;

/// `YYYY-MM-DD`, a real day.
pub fn date(text: &str) -> Result<Date, String> {
    Date::parse(text)
        .ok_or_else(|| format!("`{text}` is not a date; write it as YYYY-MM-DD, like 2025-11-08"))
}

/// When someone last walked a guide's steps on the service itself: a day, or never.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Walked {
    On(Date),
    Never,
}

/// `YYYY-MM-DD`, or `never`: a guide written from its sources alone says so instead of
/// borrowing a date.
pub fn walked(text: &str) -> Result<Walked, String> {
    if text == "never" {
        return Ok(Walked::Never);
    }
    date(text)
        .map(Walked::On)
        .map_err(|why| format!("{why}, or `never`"))
}

pub const DIFFICULTIES: [&str; 4] = ["easy", "medium", "hard", "impossible"];

pub fn difficulty(text: &str) -> Result<String, String> {
    one_of("a difficulty", &DIFFICULTIES, text)
}

/// How much an important warning matters: what stops deletion, what the reader loses, and
/// what is merely good to know. The widget ranks and marks them by it.
pub const SEVERITIES: [&str; 3] = ["blocker", "loss", "info"];

pub fn severity(text: &str) -> Result<String, String> {
    one_of("a severity", &SEVERITIES, text)
}

/// `text` if it is one of `allowed`; otherwise a problem naming what it should be.
fn one_of(what: &str, allowed: &[&str], text: &str) -> Result<String, String> {
    if allowed.contains(&text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not {what}; use one of: {}",
            allowed.join(", ")
        ))
    }
}
