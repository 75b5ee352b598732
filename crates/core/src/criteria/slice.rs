//! One-language slices of a criteria set: the set with every text reduced to
//! one translation, and without each criterion's `basis` (where in the
//! source documents it comes from: notes for those who maintain the set, in
//! English whatever the language, never shown to a citizen; a third of the
//! Azerbaijani slice's compressed bytes). The widget fetches only the slice
//! of the language it shows; [`super::parse_set_slice`] reads it back.
//! Slices are generated from the canonical set (`napcheck criteria export
//! ID --lang L`), never edited; the canonical set (`napcheck criteria
//! export ID`) keeps every basis.

use super::model::CriteriaSet;
use crate::text::Lang;
use serde_json::Value;

/// `set` as JSON with each text (an object of exactly `az`, `en` and `ru`)
/// reduced to its `lang` translation, and no criterion's `basis`.
pub fn language_slice(set: &CriteriaSet, lang: Lang) -> Value {
    let mut value = serde_json::to_value(set).unwrap_or(Value::Null);
    keep_only(&mut value, lang);
    if let Some(Value::Array(criteria)) = value.get_mut("criteria") {
        for criterion in criteria.iter_mut().filter_map(Value::as_object_mut) {
            criterion.remove("basis");
        }
    }
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

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use super::*;
    use crate::Catalogue;

    #[test]
    fn a_slice_holds_no_basis_and_the_set_keeps_every_one() {
        for set in Catalogue::bundled().sets() {
            assert!(set.criteria.iter().any(|c| c.basis.is_some()), "{}", set.id);
            for lang in Lang::ALL {
                let slice = language_slice(set, lang).to_string();
                assert!(!slice.contains("\"basis\""), "{} {lang}", set.id);
            }
        }
    }
}
