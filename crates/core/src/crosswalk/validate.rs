//! The consistency checks of a crosswalk beyond its schema: both sets are
//! known, every criterion it names exists in its set, every criterion of the
//! older set is mapped exactly once, each relation fits its counterparts
//! (`none` has none and says why), and each conversion can turn the older
//! observation type into the newer one with answers both criteria can take.
//! A crosswalk with an error here is refused before any migration.

use super::model::{Conversion, Crosswalk, Relation};
use crate::catalogue::Catalogue;
use crate::criteria::{CriteriaSet, Criterion, ObservationSpec, NO, YES};
use crate::finding::{Finding, Problem};
use crate::pointer::push;
use std::collections::HashSet;

/// Every problem of `crosswalk`, its sets looked up in `catalogue`.
pub fn validate_crosswalk(crosswalk: &Crosswalk, catalogue: &Catalogue) -> Vec<Finding> {
    let mut out = Vec::new();
    let older = resolve(catalogue, &crosswalk.from, "/from", &mut out);
    let newer = resolve(catalogue, &crosswalk.to, "/to", &mut out);
    if crosswalk.title.has_blank() {
        out.push(Finding::new("/title", Problem::SetBlankText));
    }
    let mut mapped = HashSet::new();
    for (i, mapping) in crosswalk.mappings.iter().enumerate() {
        let at = format!("/mappings/{i}");
        let from = older.map(|set| lookup(set, &mapping.from, &push(&at, "from"), &mut out));
        if !mapped.insert(mapping.from.as_str()) {
            out.push(Finding::new(
                push(&at, "from"),
                Problem::CrosswalkDuplicateMapping {
                    id: mapping.from.clone(),
                },
            ));
        }
        if (mapping.relation == Relation::None) != mapping.to.is_empty() {
            out.push(Finding::new(
                push(&at, "relation"),
                Problem::CrosswalkRelationMismatch {
                    relation: mapping.relation.name(),
                },
            ));
        }
        match &mapping.reason {
            None if mapping.relation == Relation::None => {
                out.push(Finding::new(at.clone(), Problem::CrosswalkMissingReason));
            }
            Some(reason) if reason.has_blank() => {
                out.push(Finding::new(push(&at, "reason"), Problem::SetBlankText));
            }
            _ => {}
        }
        for (j, target) in mapping.to.iter().enumerate() {
            let at = format!("{at}/to/{j}");
            let to =
                newer.map(|set| lookup(set, &target.criterion, &push(&at, "criterion"), &mut out));
            if let (Some(Some(from)), Some(Some(to))) = (from, to) {
                check_conversion(from, to, &target.convert, &push(&at, "convert"), &mut out);
            }
        }
    }
    if let Some(older) = older {
        for criterion in &older.criteria {
            if !mapped.contains(criterion.id.as_str()) {
                out.push(Finding::new(
                    "/mappings",
                    Problem::CrosswalkUnmappedCriterion {
                        id: criterion.id.clone(),
                    },
                ));
            }
        }
    }
    out
}

fn resolve<'a>(
    catalogue: &'a Catalogue,
    reference: &crate::SetRef,
    at: &str,
    out: &mut Vec<Finding>,
) -> Option<&'a CriteriaSet> {
    match catalogue.resolve(reference) {
        Ok(set) => Some(set),
        Err(problem) => {
            let field = match problem {
                Problem::UnknownCriteriaSet { .. } => "id",
                _ => "version",
            };
            out.push(Finding::new(push(at, field), problem));
            None
        }
    }
}

fn lookup<'a>(
    set: &'a CriteriaSet,
    id: &str,
    at: &str,
    out: &mut Vec<Finding>,
) -> Option<&'a Criterion> {
    let found = set.criterion(id);
    if found.is_none() {
        out.push(Finding::new(
            at,
            Problem::CrosswalkUnknownCriterion {
                id: id.to_owned(),
                set: set.id.clone(),
            },
        ));
    }
    found
}

/// The answers an `options` map can name for a criterion: `yes`/`no`, or
/// its options.
fn answers(spec: &ObservationSpec) -> Vec<String> {
    match spec {
        ObservationSpec::YesNo => vec![YES.to_owned(), NO.to_owned()],
        other => other.options().iter().map(|o| o.id.clone()).collect(),
    }
}

fn check_conversion(
    from: &Criterion,
    to: &Criterion,
    conversion: &Conversion,
    at: &str,
    out: &mut Vec<Finding>,
) {
    use ObservationSpec as O;
    let (a, b) = (&from.observation, &to.observation);
    let fits = match conversion {
        Conversion::Copy => a.observation_type() == b.observation_type(),
        Conversion::Options { .. } => matches!(
            (a, b),
            (O::YesNo | O::Choice { .. }, O::YesNo | O::Choice { .. })
                | (O::Choices { .. }, O::Choices { .. })
        ),
        Conversion::AtLeast { .. } => {
            matches!(a, O::Count { .. } | O::Choices { .. } | O::Urls) && matches!(b, O::YesNo)
        }
    };
    if !fits {
        out.push(Finding::new(
            at,
            Problem::CrosswalkConversionMismatch {
                conversion: conversion.name(),
                from: a.observation_type(),
                to: b.observation_type(),
            },
        ));
        return;
    }
    let unknown = |criterion: &Criterion, option: &str, at: String| {
        Finding::new(
            at,
            Problem::CrosswalkUnknownOption {
                id: criterion.id.clone(),
                option: option.to_owned(),
                allowed: answers(&criterion.observation),
            },
        )
    };
    match conversion {
        Conversion::Copy => {
            // Every option of the older criterion must be one of the newer.
            let newer = answers(b);
            for option in a.options() {
                if !newer.contains(&option.id) {
                    out.push(unknown(to, &option.id, at.to_owned()));
                }
            }
        }
        Conversion::Options { map } => {
            let (older, newer) = (answers(a), answers(b));
            for (key, value) in map {
                let at = push(&push(at, "map"), key);
                if !older.contains(key) {
                    out.push(unknown(from, key, at.clone()));
                }
                if !newer.contains(value) {
                    out.push(unknown(to, value, at));
                }
            }
        }
        Conversion::AtLeast { .. } => {}
    }
}
