//! Plural categories of whole numbers, by the rules of the Unicode CLDR
//! (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) for the
//! languages the widget speaks. Hand-written rather than from `intl_pluralrules`: that crate
//! carries every language's rules and the locale parsing to pick one, where the widget needs
//! six short rules over counts of steps, days and guides.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// English, German: "1 step", "2 steps", "0 steps".
pub fn english(n: u64) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Spanish, Portuguese (the Brazilian rule, which CLDR gives `pt`), French: 0 and 1 are one
/// in Portuguese and French, only 1 in Spanish; a whole million and its multiples are many
/// ("1 millón de pasos").
pub fn romance(n: u64, zero_is_one: bool) -> Plural {
    match n {
        1 => Plural::One,
        0 if zero_is_one => Plural::One,
        n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
        _ => Plural::Other,
    }
}

/// Arabic: zero, one, two, few (3 to 10, and 103 to 110 ...), many (11 to 99, 111 to 199 ...).
pub fn arabic(n: u64) -> Plural {
    match (n, n % 100) {
        (0, _) => Plural::Zero,
        (1, _) => Plural::One,
        (2, _) => Plural::Two,
        (_, 3..=10) => Plural::Few,
        (_, 11..=99) => Plural::Many,
        _ => Plural::Other,
    }
}
