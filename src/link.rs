//! What counts as a link the widget may show: https, to a real host, with no white space.
//!
//! Plain `std` only: the guide compiler includes this same file, so a guide's links and a page's
//! `reportUrl` are judged by one rule.

/// `https://` followed by a non-empty host and no white space anywhere.
pub fn is_https(url: &str) -> bool {
    let host = url
        .strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next());
    host.is_some_and(|host| !host.is_empty()) && !url.contains(char::is_whitespace)
}
