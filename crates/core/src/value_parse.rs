//! JSON text to a `serde_json::Value` and its repeated keys, with the
//! duplicate-key pass ([`crate::duplicate_keys`]) run only when it has
//! something to find. The parse notes, as it inserts each member into its
//! object, whether a key was already there (serde_json would silently keep
//! the last); only then is the text walked to place the repeats. Most
//! documents repeat nothing, so they are read once instead of twice.
//!
//! The value, the error and the findings are exactly those of
//! `serde_json::from_str::<Value>` and [`crate::duplicate_keys`]: whenever
//! this parse is unsure (a repeat, a key that is serde_json's raw-value
//! marker, any error) it hands over to them.

use crate::duplicates::duplicate_keys;
use crate::LocatedFinding;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// The key by which serde_json's `Value` reads an embedded raw value
/// (feature `raw_value`); a document that uses it is left to serde_json.
const RAW_VALUE_KEY: &str = "$serde_json::private::RawValue";

/// `text` parsed as serde_json parses it, with every repeated key as
/// [`crate::duplicate_keys`] reports it (at its second occurrence).
pub fn parse_with_duplicates(
    text: &str,
) -> Result<(Value, Vec<LocatedFinding>), serde_json::Error> {
    let unsure = Cell::new(false);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = Noting { unsure: &unsure }
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    match parsed {
        Ok(value) if !unsure.get() => Ok((value, Vec::new())),
        // A repeat, the raw-value key or an error: serde_json's own parse
        // and the text walk say exactly what they always said.
        _ => {
            let value = serde_json::from_str(text)?;
            Ok((value, duplicate_keys(text)))
        }
    }
}

/// Builds a `Value` as serde_json's own visitor does, setting `unsure` when
/// an object repeats a key or uses the raw-value key.
#[derive(Clone, Copy)]
struct Noting<'a> {
    unsure: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for Noting<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Noting<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == RAW_VALUE_KEY {
                self.unsure.set(true);
            }
            let value = map.next_value_seed(self)?;
            if members.insert(key, value).is_some() {
                self.unsure.set(true);
            }
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fused parse gives what serde_json and the text walk give, for
    /// documents with and without repeats, escaped keys, the raw-value key,
    /// numbers of every kind, and broken text.
    #[test]
    fn agrees_with_serde_json_and_the_text_walk() {
        let cases = [
            r#"{"a": 1, "b": [true, null, -2, 3.5, 1e400, 18446744073709551616], "c": {"d": "é"}}"#,
            "{\"a\": 1,\n \"b\": [{\"x\": 1, \"x\": 2}],\n \"a\": 3}",
            r#"{"a": 1, "\u0061": 2}"#,
            r#"{"a": {"k": 1}, "b": {"k": 1}}"#,
            r#"[{"a": 1}, {"a": 2}]"#,
            r#"{"$serde_json::private::RawValue": "[1, 2]"}"#,
            r#"{"x": {"$serde_json::private::RawValue": "{}"}}"#,
            "\"text\"",
            "12",
            "",
            "{",
            r#"{"a": 1,}"#,
            r#"{"a": 1} x"#,
            r#"{"a": "\ud800"}"#,
        ];
        for text in cases {
            let expected = serde_json::from_str::<Value>(text)
                .map(|value| (value, duplicate_keys(text)))
                .map_err(|e| e.to_string());
            let got = parse_with_duplicates(text).map_err(|e| e.to_string());
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_document_nested_deeper_than_serde_json_reads_is_refused_alike() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        let expected = serde_json::from_str::<Value>(&deep).map_err(|e| e.to_string());
        let got = parse_with_duplicates(&deep).map(|(value, _)| value);
        assert_eq!(got.map_err(|e| e.to_string()), expected);
    }
}
