//! The consistency checks of a criteria set beyond its schema: unique ids,
//! references that resolve, rules that fit their observation type, thresholds
//! in order, retired ids left alone, no blank translation. A set with an
//! error here is refused by [`crate::Catalogue`].

use super::model::{CriteriaSet, Criterion, ObservationSpec, Rule};
use crate::body::BodyRegister;
use crate::finding::{Finding, Problem};
use crate::pointer::push;
use crate::text::{Lang, Text};
use std::collections::{BTreeSet, HashSet};

/// Every problem of `set`, checked against the named bodies in `bodies`.
pub fn validate_set(set: &CriteriaSet, bodies: &BodyRegister) -> Vec<Finding> {
    validate_set_in(set, bodies, &Lang::ALL)
}

/// Like [`validate_set`], but texts need only the translations in `langs`
/// (a one-language slice of a set).
pub fn validate_set_in(set: &CriteriaSet, bodies: &BodyRegister, langs: &[Lang]) -> Vec<Finding> {
    let mut out = Vec::new();
    if set.source.period.end < set.source.period.start {
        out.push(Finding::new("/source/period", Problem::SetPeriodReversed));
    }
    let mut texts: Vec<(String, &Text)> = vec![
        ("/title".into(), &set.title),
        ("/source/plan".into(), &set.source.plan),
        ("/source/adopted_by".into(), &set.source.adopted_by),
        ("/scale/not_applicable".into(), &set.scale.not_applicable),
        ("/scale/not_assessable".into(), &set.scale.not_assessable),
        ("/scale/unanswered".into(), &set.scale.unanswered),
    ];
    let levels = unique_ids(
        set.scale.levels.iter().map(|l| l.id.as_str()),
        "/scale/levels",
        "level",
        &mut out,
    );
    for (i, level) in set.scale.levels.iter().enumerate() {
        texts.push((format!("/scale/levels/{i}/label"), &level.label));
    }
    let commitments = unique_ids(
        set.commitments.iter().map(|c| c.id.as_str()),
        "/commitments",
        "commitment",
        &mut out,
    );
    for (i, c) in set.commitments.iter().enumerate() {
        texts.push((format!("/commitments/{i}/title"), &c.title));
        if let Some(t) = &c.indicator {
            texts.push((format!("/commitments/{i}/indicator"), t));
        }
        if let Some(t) = &c.implementers {
            texts.push((format!("/commitments/{i}/implementers"), t));
        }
        if !set.criteria.iter().any(|k| k.commitment == c.id) {
            out.push(Finding::new(
                format!("/commitments/{i}"),
                Problem::SetEmptyCommitment { id: c.id.clone() },
            ));
        }
    }
    unique_ids(
        set.criteria.iter().map(|c| c.id.as_str()),
        "/criteria",
        "criterion",
        &mut out,
    );
    let retired: HashSet<&str> = set.retired.iter().map(String::as_str).collect();
    for (i, criterion) in set.criteria.iter().enumerate() {
        let at = format!("/criteria/{i}");
        if retired.contains(criterion.id.as_str()) {
            out.push(Finding::new(
                push(&at, "id"),
                Problem::SetRetiredIdReused {
                    id: criterion.id.clone(),
                },
            ));
        }
        if !commitments.contains(criterion.commitment.as_str()) {
            out.push(Finding::new(
                push(&at, "commitment"),
                Problem::SetUnknownReference {
                    what: "commitment",
                    id: criterion.commitment.clone(),
                },
            ));
        }
        for (j, body) in criterion.applies_to.bodies.iter().enumerate() {
            if bodies.get(body).is_none() {
                out.push(Finding::new(
                    format!("{at}/applies_to/bodies/{j}"),
                    Problem::SetUnknownReference {
                        what: "body",
                        id: body.clone(),
                    },
                ));
            }
        }
        texts.push((push(&at, "title"), &criterion.title));
        texts.push((push(&at, "question"), &criterion.question));
        texts.push((push(&at, "guidance"), &criterion.guidance));
        if let ObservationSpec::Count { unit, .. } = &criterion.observation {
            texts.push((format!("{at}/observation/unit"), unit));
        }
        let options = unique_ids(
            criterion
                .observation
                .options()
                .iter()
                .map(|o| o.id.as_str()),
            &format!("{at}/observation/options"),
            "option",
            &mut out,
        );
        for (j, option) in criterion.observation.options().iter().enumerate() {
            texts.push((format!("{at}/observation/options/{j}/label"), &option.label));
        }
        check_rule(criterion, &at, &levels, &options, &mut out);
    }
    for (pointer, text) in texts {
        if text.has_blank_in(langs) {
            out.push(Finding::new(pointer, Problem::SetBlankText));
        }
    }
    out
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    at: &str,
    what: &'static str,
    out: &mut Vec<Finding>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(Finding::new(
                format!("{at}/{i}/id"),
                Problem::SetDuplicateId {
                    what,
                    id: id.to_owned(),
                },
            ));
        }
    }
    seen
}

fn check_rule(
    criterion: &Criterion,
    at: &str,
    levels: &BTreeSet<&str>,
    options: &BTreeSet<&str>,
    out: &mut Vec<Finding>,
) {
    let rule_at = push(at, "rule");
    let fits = matches!(
        (&criterion.observation, &criterion.rule),
        (ObservationSpec::YesNo, Rule::YesNo { .. })
            | (ObservationSpec::Choice { .. }, Rule::OptionLevels { .. })
            | (
                ObservationSpec::Choices { .. }
                    | ObservationSpec::Count { .. }
                    | ObservationSpec::Urls,
                Rule::AtLeast { .. }
            )
            | (ObservationSpec::Date, Rule::DaysBeforeCheck { .. })
    );
    if !fits {
        out.push(Finding::new(
            push(&rule_at, "type"),
            Problem::SetRuleMismatch {
                rule: criterion.rule.type_name().to_owned(),
                observation: criterion.observation.type_name().to_owned(),
            },
        ));
    }
    for level in criterion.rule.level_ids() {
        if !levels.contains(level) {
            out.push(Finding::new(
                rule_at.clone(),
                Problem::SetUnknownReference {
                    what: "level",
                    id: level.to_owned(),
                },
            ));
        }
    }
    match &criterion.rule {
        Rule::OptionLevels { levels: mapped } => {
            for option in mapped.keys() {
                if !options.contains(option.as_str()) {
                    out.push(Finding::new(
                        format!("{rule_at}/levels/{option}"),
                        Problem::SetUnknownReference {
                            what: "option",
                            id: option.clone(),
                        },
                    ));
                }
            }
            for option in options {
                if !mapped.contains_key(*option) {
                    out.push(Finding::new(
                        format!("{rule_at}/levels"),
                        Problem::SetUnmappedOption {
                            option: (*option).to_owned(),
                        },
                    ));
                }
            }
        }
        Rule::AtLeast { thresholds, .. } => {
            if thresholds
                .windows(2)
                .any(|w| w[0].at_least <= w[1].at_least)
            {
                out.push(Finding::new(
                    format!("{rule_at}/thresholds"),
                    Problem::SetThresholdOrder,
                ));
            }
        }
        Rule::DaysBeforeCheck { thresholds, .. } => {
            if thresholds
                .windows(2)
                .any(|w| w[0].at_most_days >= w[1].at_most_days)
            {
                out.push(Finding::new(
                    format!("{rule_at}/thresholds"),
                    Problem::SetThresholdOrder,
                ));
            }
        }
        Rule::YesNo { .. } => {}
    }
}
