//! What a submission may cost to check, known before checking it: the
//! number of JSON values it holds (every object, array, string, number,
//! boolean and null), counted by serde_json's own parser without building
//! anything. Checking, placing findings and answering grow with that number
//! (a 1 MiB body of 340,000 empty answers made a 159 MB reply), so a body
//! over `--max-values` is refused (413) before the checks run. Text that is
//! not JSON is counted up to its error and left to the checks, which locate
//! the error as `validate` does.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Whether `text` holds more than `limit` JSON values.
pub(crate) fn over(text: &str, limit: usize) -> bool {
    let mut count = Count { seen: 0, limit };
    // A leading byte order mark is accepted by the checks: count past it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // An error is either the limit (seen > limit) or bad JSON (left to the checks).
    let _ = (&mut count).deserialize(&mut deserializer);
    count.seen > limit
}

struct Count {
    seen: usize,
    limit: usize,
}

impl Count {
    fn one<E: serde::de::Error>(&mut self) -> Result<(), E> {
        self.seen += 1;
        if self.seen > self.limit {
            Err(E::custom("too many values"))
        } else {
            Ok(())
        }
    }
}

impl<'de> DeserializeSeed<'de> for &mut Count {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut Count {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.one()
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.one()
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.one()
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.one()
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        self.one()
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.one()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.one()?;
        while seq.next_element_seed(&mut *self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.one()?;
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(&mut *self)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::over;

    #[test]
    fn values_are_counted_at_every_depth() {
        // 1 object + 1 array + 3 objects + 1 string + 1 number = 7 values.
        let text = r#"{"answers": [{}, {"a": "x"}, {"b": 1}]}"#;
        assert!(!over(text, 7));
        assert!(over(text, 6));
        assert!(over(&format!("[{}]", vec!["{}"; 1000].join(",")), 1000));
        // Not JSON: left to the checks.
        assert!(!over("{\"a\": [1, 2,", 100));
        assert!(!over("", 1));
        assert!(over("\u{feff}[1, 2, 3]", 3));
    }
}
