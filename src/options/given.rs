//! `mount()`'s options object, read through serde: serde-wasm-bindgen in the browser,
//! serde_json in the native tests.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::{RawOptions, OPTIONS};

/// The options object of `mount()`, read through serde: serde-wasm-bindgen in the browser,
/// serde_json in the native tests. Anything but an object is an error; inside one, a wrong
/// value or an unknown key is noted in the [`RawOptions`] and the rest still read.
pub struct GivenOptions(pub RawOptions);

impl<'de> Deserialize<'de> for GivenOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<GivenOptions, D::Error> {
        deserializer.deserialize_map(GivenOptionsVisitor)
    }
}

struct GivenOptionsVisitor;

impl<'de> Visitor<'de> for GivenOptionsVisitor {
    type Value = GivenOptions;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of options")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<GivenOptions, A::Error> {
        let mut raw = RawOptions::default();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value::<Given>()?;
            let Some((slot, accepts)) = option_slot(&mut raw, &key) else {
                raw.unknown.push(key);
                continue;
            };
            match value {
                Given::Text(text) => *slot = Some(text),
                Given::Other => raw.wrong_type.push((key, accepts)),
            }
        }
        Ok(GivenOptions(raw))
    }
}

/// Where the option `mount()` calls `key` goes, and what it accepts.
fn option_slot<'a>(
    raw: &'a mut RawOptions,
    key: &str,
) -> Option<(&'a mut Option<String>, &'static str)> {
    let option = OPTIONS.iter().find(|option| option.key == key)?;
    Some(((option.field)(raw), option.accepts))
}

/// One option's value: text, or a whole number as text (a heading level is naturally written
/// as a number); anything else (`true`, `null`, an object, a function) is `Other`.
enum Given {
    Text(String),
    Other,
}

impl<'de> Deserialize<'de> for Given {
    /// Never fails: a value serde-wasm-bindgen cannot represent (a function, a symbol) is
    /// `Other` too. Safe to swallow the error because both deserializers in use read a value
    /// already in memory, so one failed value leaves the rest readable.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Given, D::Error> {
        Ok(deserializer
            .deserialize_any(GivenVisitor)
            .unwrap_or(Given::Other))
    }
}

struct GivenVisitor;

impl Visitor<'_> for GivenVisitor {
    type Value = Given;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text or a whole number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Given, E> {
        Ok(Given::Text(text.to_owned()))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Given, E> {
        Ok(whole_number(number))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Given, E> {
        Ok(i64::try_from(number).map_or(Given::Other, whole_number))
    }

    /// Formatted as an integer: formatting an `f64` would pull Rust's float printing, about
    /// 14 KB, into every reader's download.
    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Given, E> {
        let whole = number.fract() == 0.0 && number.abs() < 1e9;
        Ok(if whole {
            whole_number(number as i64)
        } else {
            Given::Other
        })
    }
}

fn whole_number(number: i64) -> Given {
    Given::Text(number.to_string())
}
