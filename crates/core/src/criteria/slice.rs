//! One-language slices of a criteria set: the set with every text reduced to
//! one translation. The widget fetches only the slice of the language it
//! shows (a third of the bytes); [`super::parse_set_slice`] reads it back.
//! Slices are generated from the canonical set (`napcheck criteria export
//! ID --lang L`), never edited.

use super::model::CriteriaSet;
use crate::text::Lang;
use serde_json::Value;

/// `set` as JSON with each text (an object of exactly `az`, `en` and `ru`)
/// reduced to its `lang` translation.
pub fn language_slice(set: &CriteriaSet, lang: Lang) -> Value {
    let mut value = serde_json::to_value(set).unwrap_or(Value::Null);
    keep_only(&mut value, lang);
    value
}

fn keep_only(value: &mut Value, lang: Lang) {
    match value {
        Value::Object(map) if is_text(map) => map.retain(|key, _| key == lang.code()),
        Value::Object(map) => map.values_mut().for_each(|v| keep_only(v, lang)),
        Value::Array(items) => items.iter_mut().for_each(|v| keep_only(v, lang)),
        _ => {}
    }
}

fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    map.len() == Lang::ALL.len()
        && Lang::ALL
            .iter()
            .all(|l| map.get(l.code()).is_some_and(Value::is_string))
}
