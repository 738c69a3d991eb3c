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

/// Saved text longer than this is not read at all: a thousand ticks are about 40 KB, no guide
/// comes near that, and reading a much larger value would hold the page up.
pub const MAX_SAVED_LENGTH: usize = 100_000;

/// More ticks than this make a value unreadable (kept aside whole, not cut short).
pub const MAX_TICKS: usize = 1_000;

/// Reads a saved value, strictly, since what is not understood must be kept aside rather than
/// half-read. `value` gives a fresh deserializer of the same value for each pass.
pub fn read_saved<'de, D: Deserializer<'de>>(value: impl Fn() -> D) -> Saved {
    let current = f64::from(VERSION);
    let read = match Version::deserialize(AsMap(value())) {
        Ok(Version { v }) if v == current => Progress::deserialize(AsMap(value())),
        Ok(Version { v: 1.0 }) => ProgressV1::deserialize(AsMap(value())).map(Progress::from),
        Ok(Version { v }) if v > current && v.fract() == 0.0 => return Saved::Newer,
        _ => return Saved::Unreadable,
    };
    match read {
        Ok(progress) if progress.done.len() <= MAX_TICKS => Saved::Current(progress),
        _ => Saved::Unreadable,
    }
}

/// Version 1 of the saved form, read strictly as it was (a field it did not have makes it
/// unreadable, as it did then), and carried into this version with everything in it kept.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV1 {
    #[allow(dead_code)]
    v: u32,
    #[serde(default)]
    method: Option<String>,
    #[serde(default)]
    done: litemap::LiteMap<String, Date>,
    #[serde(default)]
    requested: Option<Date>,
}

impl From<ProgressV1> for Progress {
    fn from(old: ProgressV1) -> Progress {
        Progress {
            method: old.method,
            done: old.done,
            requested: old.requested,
            ..Progress::default()
        }
    }
}

/// A value that could not be read, set aside under `<key>.corrupt` before anything else is
/// written there; `at` is when (`None` for the one value builds before this one kept).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    pub at: Option<String>,
    pub value: String,
}

/// How many unreadable values are kept: the newest, each distinct.
pub const MAX_SET_ASIDE: usize = 5;

/// What `<key>.corrupt` holds once `value` is set aside `at`: what was kept before (`earlier`,
/// in this form, or a single raw value from a build before it), then `value` unless it is
/// kept already; the oldest go past [`MAX_SET_ASIDE`].
pub fn set_aside(
    earlier: Option<Result<Vec<SetAside>, String>>,
    value: &str,
    at: String,
) -> Vec<SetAside> {
    let mut kept = match earlier {
        None => Vec::new(),
        Some(Ok(list)) => list,
        Some(Err(raw)) => vec![SetAside {
            at: None,
            value: raw,
        }],
    };
    if !kept.iter().any(|entry| entry.value == value) {
        kept.push(SetAside {
            at: Some(at),
            value: value.to_owned(),
        });
    }
    let surplus = kept.len().saturating_sub(MAX_SET_ASIDE);
    kept.drain(..surplus);
    kept
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
