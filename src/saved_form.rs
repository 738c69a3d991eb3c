//! The form progress takes in storage, and how a stored value is recognised.
//!
//! Serde describes the form (`Progress` derives it); the browser's own `JSON.parse` and
//! `JSON.stringify` turn it into text and back, with serde-wasm-bindgen in between (see
//! `storage`), so no JSON parser is in the download. The native tests read the same derives
//! through `serde_json`.
//!
//! A value is read in two passes: its version first, since what the rest means depends on it,
//! then the whole of it as that version's form.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::date::Date;
use crate::progress::{Progress, VERSION};

/// What a saved value turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Current(Progress),
    /// Written by a newer build: not ours to read or overwrite.
    Newer,
    /// Not progress at all: not JSON, or JSON of another shape.
    Unreadable,
}

/// Reads a saved value, strictly, since what is not understood must be kept aside rather than
/// half-read. `value` gives a fresh deserializer of the same value for each pass.
pub fn read_saved<'de, D: Deserializer<'de>>(value: impl Fn() -> D) -> Saved {
    let current = f64::from(VERSION);
    match Version::deserialize(AsMap(value())) {
        Ok(Version { v }) if v == current => {
            Progress::deserialize(AsMap(value())).map_or(Saved::Unreadable, Saved::Current)
        }
        Ok(Version { v }) if v > current && v.fract() == 0.0 => Saved::Newer,
        _ => Saved::Unreadable,
    }
}

/// The first pass: the version alone, whatever else the value holds.
#[derive(Deserialize)]
struct Version {
    v: f64,
}

/// A deserializer that reads every struct as a map. serde-wasm-bindgen reads a struct by asking
/// the object for each field by name, so it would never see a field this build does not know,
/// and that field would be lost at the next write; read as a map, every key is visited, so
/// `deny_unknown_fields` holds. It also keeps an array from being read as a struct field by
/// field, which serde allows.
struct AsMap<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for AsMap<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// Ticks written as an object even when there are none. (LiteMap writes an empty map as `[]`
/// for formats that cannot tell its keys are text; builds before serde could not read that.)
pub fn as_object<S: Serializer>(
    ticks: &litemap::LiteMap<String, Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(ticks.iter())
}

/// Saved as `YYYY-MM-DD`.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
        Date::parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}
