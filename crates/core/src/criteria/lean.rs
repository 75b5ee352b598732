//! A leaner reader of a criterion's observation type and rule, for the
//! widget's wasm (feature `lean-read`). serde's derive reads an internally
//! tagged enum by buffering the whole object into its `Content` and then
//! reading that again, variant by variant: for [`ObservationSpec`] and
//! [`Rule`] that costs 9.3 KB gzip of the widget's first wasm
//! (bench/README.md). Here each object is read once, into a struct of
//! every field any variant has (each field's presence kept, a `null`
//! included), and the variant is built from it, refusing what the derive
//! refuses: an unknown `type`, a missing field, a field the variant does
//! not have, a value of the wrong type. Its error words may differ: the
//! widget reads slices the build wrote and says only that one could not be
//! read, while the CLI keeps the derived readers and their located errors.
//! The tests below read every bundled criterion and a set of broken ones
//! both ways: the same values, the same refusals, but for one: a field on
//! a type that has none (`yes_no`, `date`, `urls`), which the derive
//! ignores and this refuses (the build never writes one).

// Used only by the widget's build (`lean-read`) and the tests below.
#![cfg_attr(not(any(test, feature = "lean-read")), allow(dead_code))]

use super::model::{AtLeast, AtMostDays, ChoiceOption, ObservationSpec, Rule};
use crate::text::Text;
use serde::de::Error;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// A field that is present: `Some` even when its value is `null` (for a
/// field whose type takes one), so that a variant refuses a field it does
/// not have whatever its value.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// Every field an observation type has, whichever it is.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObservationFields {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, deserialize_with = "present")]
    options: Option<Vec<ChoiceOption>>,
    #[serde(default, deserialize_with = "present")]
    unit: Option<Text>,
    #[serde(default, deserialize_with = "present")]
    max: Option<Option<u64>>,
}

/// The names of the observation types, as serde's derive lists them.
const OBSERVATION_TYPES: &[&str] = &["yes_no", "choice", "choices", "count", "date", "urls"];

/// Refuses the first field present that the variant does not have, as
/// `deny_unknown_fields` does (`expected`: the variant's fields).
fn only<E: Error>(present: &[(&str, bool)], expected: &'static [&'static str]) -> Result<(), E> {
    match present
        .iter()
        .find(|(name, is)| *is && !expected.contains(name))
    {
        Some((name, _)) => Err(E::unknown_field(name, expected)),
        None => Ok(()),
    }
}

/// Reads an [`ObservationSpec`] (for `#[serde(deserialize_with)]`).
pub(crate) fn observation<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<ObservationSpec, D::Error> {
    let f = ObservationFields::deserialize(deserializer)?;
    let given = [
        ("options", f.options.is_some()),
        ("unit", f.unit.is_some()),
        ("max", f.max.is_some()),
    ];
    let options =
        |o: Option<Vec<ChoiceOption>>| o.ok_or_else(|| D::Error::missing_field("options"));
    Ok(match f.kind.as_str() {
        "yes_no" => only(&given, &[]).map(|()| ObservationSpec::YesNo)?,
        "date" => only(&given, &[]).map(|()| ObservationSpec::Date)?,
        "urls" => only(&given, &[]).map(|()| ObservationSpec::Urls)?,
        "choice" => {
            only(&given, &["options"])?;
            ObservationSpec::Choice {
                options: options(f.options)?,
            }
        }
        "choices" => {
            only(&given, &["options"])?;
            ObservationSpec::Choices {
                options: options(f.options)?,
            }
        }
        "count" => {
            only(&given, &["unit", "max"])?;
            ObservationSpec::Count {
                unit: f.unit.ok_or_else(|| D::Error::missing_field("unit"))?,
                max: f.max.flatten(),
            }
        }
        other => return Err(D::Error::unknown_variant(other, OBSERVATION_TYPES)),
    })
}

/// Every field a rule has, whichever it is.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFields {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, deserialize_with = "present")]
    yes: Option<String>,
    #[serde(default, deserialize_with = "present")]
    no: Option<String>,
    #[serde(default, deserialize_with = "present")]
    levels: Option<BTreeMap<String, String>>,
    #[serde(default, deserialize_with = "present")]
    thresholds: Option<Vec<ThresholdFields>>,
    #[serde(default, deserialize_with = "present")]
    otherwise: Option<String>,
}

/// Every field a threshold has, of either kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdFields {
    #[serde(default, deserialize_with = "present")]
    at_least: Option<u64>,
    #[serde(default, deserialize_with = "present")]
    at_most_days: Option<u64>,
    #[serde(default, deserialize_with = "present")]
    level: Option<String>,
}

/// Which bound a rule's thresholds carry.
#[derive(Clone, Copy)]
enum Bound {
    /// `at_least` (rule `at_least`).
    AtLeast,
    /// `at_most_days` (rule `days_before_check`).
    AtMostDays,
}

/// A rule's thresholds, each with `bound` and a level (and not the other
/// bound), built by `make`.
fn thresholds<E: Error, T>(
    items: Option<Vec<ThresholdFields>>,
    bound: Bound,
    make: fn(u64, String) -> T,
) -> Result<Vec<T>, E> {
    let items = items.ok_or_else(|| E::missing_field("thresholds"))?;
    items
        .into_iter()
        .map(|t| {
            let (name, value, other, other_given): (&'static str, _, _, _) = match bound {
                Bound::AtLeast => ("at_least", t.at_least, "at_most_days", t.at_most_days),
                Bound::AtMostDays => ("at_most_days", t.at_most_days, "at_least", t.at_least),
            };
            let expected: &'static [&'static str] = match bound {
                Bound::AtLeast => &["at_least", "level"],
                Bound::AtMostDays => &["at_most_days", "level"],
            };
            only(&[(other, other_given.is_some())], expected)?;
            let value = value.ok_or_else(|| E::missing_field(name))?;
            let level = t.level.ok_or_else(|| E::missing_field("level"))?;
            Ok(make(value, level))
        })
        .collect()
}

/// The names of the rule types, as serde's derive lists them.
const RULE_TYPES: &[&str] = &["yes_no", "option_levels", "at_least", "days_before_check"];

/// Reads a [`Rule`] (for `#[serde(deserialize_with)]`).
pub(crate) fn rule<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Rule, D::Error> {
    let f = RuleFields::deserialize(deserializer)?;
    let given = [
        ("yes", f.yes.is_some()),
        ("no", f.no.is_some()),
        ("levels", f.levels.is_some()),
        ("thresholds", f.thresholds.is_some()),
        ("otherwise", f.otherwise.is_some()),
    ];
    let need = |value: Option<String>, name: &'static str| {
        value.ok_or_else(|| D::Error::missing_field(name))
    };
    Ok(match f.kind.as_str() {
        "yes_no" => {
            only(&given, &["yes", "no"])?;
            Rule::YesNo {
                yes: need(f.yes, "yes")?,
                no: need(f.no, "no")?,
            }
        }
        "option_levels" => {
            only(&given, &["levels"])?;
            Rule::OptionLevels {
                levels: f.levels.ok_or_else(|| D::Error::missing_field("levels"))?,
            }
        }
        "at_least" => {
            only(&given, &["thresholds", "otherwise"])?;
            Rule::AtLeast {
                thresholds: thresholds(f.thresholds, Bound::AtLeast, |at_least, level| AtLeast {
                    at_least,
                    level,
                })?,
                otherwise: need(f.otherwise, "otherwise")?,
            }
        }
        "days_before_check" => {
            only(&given, &["thresholds", "otherwise"])?;
            Rule::DaysBeforeCheck {
                thresholds: thresholds(f.thresholds, Bound::AtMostDays, |at_most_days, level| {
                    AtMostDays {
                        at_most_days,
                        level,
                    }
                })?,
                otherwise: need(f.otherwise, "otherwise")?,
            }
        }
        other => return Err(D::Error::unknown_variant(other, RULE_TYPES)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;
    use serde_json::{json, Value};

    /// Reads `value` with the lean reader and with serde's derive: the same
    /// value, or both refuse it.
    fn same<T: PartialEq + std::fmt::Debug + for<'de> Deserialize<'de>>(
        value: &Value,
        lean: fn(Value) -> Result<T, serde_json::Error>,
    ) {
        let derived = serde_json::from_value::<T>(value.clone());
        let leaner = lean(value.clone());
        match (&leaner, &derived) {
            (Ok(l), Ok(d)) => assert_eq!(l, d, "{value}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{value}: lean {leaner:?}, derived {derived:?}"),
        }
    }

    fn lean_observation(v: Value) -> Result<ObservationSpec, serde_json::Error> {
        observation(v)
    }

    fn lean_rule(v: Value) -> Result<Rule, serde_json::Error> {
        rule(v)
    }

    #[test]
    fn every_bundled_criterion_reads_the_same_both_ways() {
        let catalogue = Catalogue::bundled();
        let mut count = 0;
        for set in catalogue.sets() {
            for criterion in &set.criteria {
                let value = serde_json::to_value(criterion).expect("serialises");
                same(&value["observation"], lean_observation);
                same(&value["rule"], lean_rule);
                count += 1;
            }
        }
        assert!(count > 80, "{count} criteria");
    }

    #[test]
    fn broken_ones_are_refused_in_the_same_words() {
        let unit = json!({"az": "x", "en": "x", "ru": "x"});
        let option = json!({"id": "a", "label": unit});
        for value in [
            json!({"type": "maybe"}),
            json!({}),
            json!({"type": 5}),
            json!({"type": "choice"}),
            json!({"type": "choice", "options": [option], "max": 3}),
            json!({"type": "count"}),
            json!({"type": "count", "unit": unit, "max": -1}),
            json!({"type": "count", "unit": unit, "colour": 1}),
            json!({"type": "count", "unit": unit, "max": null}),
            json!({"type": "count", "unit": null}),
            json!({"type": "choice", "options": null}),
            json!({"type": "choices", "options": []}),
            json!({"type": null}),
            json!([1, 2]),
            json!("yes_no"),
        ] {
            same(&value, lean_observation);
        }
        for value in [
            json!({"type": "sometimes"}),
            json!({"type": "yes_no", "yes": "good"}),
            json!({"type": "yes_no", "yes": "good", "no": "poor", "levels": {}}),
            json!({"type": "option_levels"}),
            json!({"type": "at_least", "thresholds": [{"at_least": 3, "level": "good"}]}),
            json!({"type": "at_least", "thresholds": [{"at_most_days": 3, "level": "good"}], "otherwise": "poor"}),
            json!({"type": "at_least", "thresholds": [{"at_least": 3}], "otherwise": "poor"}),
            json!({"type": "days_before_check", "thresholds": [{"at_least": 3, "level": "g"}], "otherwise": "p"}),
            json!({"type": "days_before_check", "thresholds": [{"at_most_days": 30, "level": "g", "x": 1}], "otherwise": "p"}),
            json!({"type": "days_before_check", "otherwise": "p"}),
            json!({"type": "yes_no", "yes": "g", "no": "p", "otherwise": null}),
            json!({"type": "at_least", "thresholds": [{"at_least": 3, "level": "g", "at_most_days": null}], "otherwise": "p"}),
            json!({"type": "at_least", "thresholds": [{"at_least": null, "level": "g"}], "otherwise": "p"}),
            json!({"type": "option_levels", "levels": {"a": "g"}}),
            json!(null),
        ] {
            same(&value, lean_rule);
        }
    }

    #[test]
    fn a_field_on_a_type_that_has_none_is_refused_where_the_derive_ignores_it() {
        let unit = json!({"az": "x", "en": "x", "ru": "x"});
        for value in [
            json!({"type": "yes_no", "unit": unit}),
            json!({"type": "urls", "options": []}),
            json!({"type": "date", "max": null}),
        ] {
            assert!(lean_observation(value.clone()).is_err(), "{value}");
            assert!(
                serde_json::from_value::<ObservationSpec>(value.clone()).is_ok(),
                "{value}"
            );
        }
    }
}
