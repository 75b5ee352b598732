//! The consistency checks of a criteria set beyond its schema: unique ids,
//! references that resolve, rules that fit their observation type, thresholds
//! in order, retired ids left alone, no blank translation, relevance
//! conditions that name existing criteria by answers they can take, without
//! a cycle. A set with an error here is refused by [`crate::Catalogue`].

use super::model::{Condition, CriteriaSet, Criterion, ObservationSpec, Rule, NO, YES};
use crate::body::BodyRegister;
use crate::finding::{Finding, Problem};
use crate::pointer::push;
use crate::text::{Lang, Text};
use std::collections::{BTreeSet, HashMap, HashSet};

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
    check_conditions(set, &mut out);
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
                rule: criterion.rule.type_name(),
                observation: criterion.observation.observation_type(),
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

/// Every relevance condition names a criterion of the set, fits that
/// criterion's observation type, lists only answers it can take, and no
/// criterion's relevance depends on itself.
fn check_conditions(set: &CriteriaSet, out: &mut Vec<Finding>) {
    let by_id: HashMap<&str, &Criterion> =
        set.criteria.iter().map(|c| (c.id.as_str(), c)).collect();
    for (i, criterion) in set.criteria.iter().enumerate() {
        if let Some(condition) = &criterion.relevant_when {
            let at = format!("/criteria/{i}/relevant_when");
            check_condition(condition, &at, &by_id, out);
        }
    }
    // A cycle: depth-first through the criteria each condition names.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let index: HashMap<&str, usize> = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let named = |i: usize| -> Vec<usize> {
        set.criteria[i]
            .relevant_when
            .as_ref()
            .map(|c| {
                c.criteria()
                    .into_iter()
                    .filter_map(|id| index.get(id).copied())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut marks = vec![Mark::New; set.criteria.len()];
    let mut on_cycle = BTreeSet::new();
    for start in 0..set.criteria.len() {
        if marks[start] != Mark::New {
            continue;
        }
        // (criterion, the criteria it names, how many are visited)
        let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(start, named(start), 0)];
        marks[start] = Mark::Open;
        while let Some((node, next, visited)) = stack.last_mut() {
            let node = *node;
            match next.get(*visited).copied() {
                None => {
                    marks[node] = Mark::Done;
                    stack.pop();
                }
                Some(target) => {
                    *visited += 1;
                    match marks[target] {
                        Mark::New => {
                            marks[target] = Mark::Open;
                            stack.push((target, named(target), 0));
                        }
                        Mark::Open => {
                            // Every criterion from `target` up the stack is on the cycle.
                            let from = stack.iter().position(|(n, _, _)| *n == target);
                            for (n, _, _) in &stack[from.unwrap_or(0)..] {
                                on_cycle.insert(*n);
                            }
                        }
                        Mark::Done => {}
                    }
                }
            }
        }
    }
    for i in on_cycle {
        out.push(Finding::new(
            format!("/criteria/{i}/relevant_when"),
            Problem::SetRelevanceCycle {
                id: set.criteria[i].id.clone(),
            },
        ));
    }
}

fn check_condition(
    condition: &Condition,
    at: &str,
    by_id: &HashMap<&str, &Criterion>,
    out: &mut Vec<Finding>,
) {
    let target = |id: &str, out: &mut Vec<Finding>| {
        let found = by_id.get(id).copied();
        if found.is_none() {
            out.push(Finding::new(
                push(at, "criterion"),
                Problem::SetUnknownReference {
                    what: "criterion",
                    id: id.to_owned(),
                },
            ));
        }
        found
    };
    let mismatch = |condition: &'static str, target: &Criterion| {
        Finding::new(
            push(at, condition),
            Problem::SetConditionMismatch {
                condition,
                observation: target.observation.observation_type(),
            },
        )
    };
    match condition {
        Condition::All { all: parts } | Condition::Any { any: parts } => {
            let key = if matches!(condition, Condition::All { .. }) {
                "all"
            } else {
                "any"
            };
            for (j, part) in parts.iter().enumerate() {
                check_condition(part, &format!("{at}/{key}/{j}"), by_id, out);
            }
        }
        Condition::AnswerIn {
            criterion,
            answer_in,
        } => {
            let Some(target) = target(criterion, out) else {
                return;
            };
            let takes: Vec<&str> = match &target.observation {
                ObservationSpec::YesNo => vec![YES, NO],
                ObservationSpec::Choice { options } | ObservationSpec::Choices { options } => {
                    options.iter().map(|o| o.id.as_str()).collect()
                }
                _ => {
                    out.push(mismatch("answer_in", target));
                    return;
                }
            };
            for (k, answer) in answer_in.iter().enumerate() {
                if !takes.contains(&answer.as_str()) {
                    out.push(Finding::new(
                        format!("{at}/answer_in/{k}"),
                        Problem::SetUnknownReference {
                            what: "option",
                            id: answer.clone(),
                        },
                    ));
                }
            }
        }
        Condition::AtLeast { criterion, .. } => {
            let Some(target) = target(criterion, out) else {
                return;
            };
            if !matches!(
                target.observation,
                ObservationSpec::Count { .. }
                    | ObservationSpec::Choices { .. }
                    | ObservationSpec::Urls
            ) {
                out.push(mismatch("at_least", target));
            }
        }
    }
}
