//! Moving an assessment to a newer set: through a crosswalk between two
//! editions, or to a newer minor or patch version of the same set without
//! one. Every answer either moves (converted where the types differ) or is
//! kept in the assessment's `migration.not_migrated` with its reason:
//! nothing a citizen recorded is lost. Pure: the caller reads and writes.

use super::convert::convert;
use super::model::{Crosswalk, Relation};
use super::words::{explanation, MigrateError};
use crate::assessment::{Answer, Assessment, Migration, NotMigrated, NotMigratedReason, SetRef};
use crate::criteria::{CriteriaSet, Criterion};
use crate::field::check_observation;
use crate::relevance::relevance_flags;

/// A migrated assessment and what happened to its answers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Migrated {
    /// The assessment on the newer set.
    pub assessment: Assessment,
    /// Answers of the original that moved (to one counterpart or more).
    pub moved: usize,
    /// Answers of the original kept in `migration.not_migrated`.
    pub kept: usize,
}

/// Whether `to` (at `version`) is a newer minor or patch version of the
/// set `from` refers to: the same id and major number (minor for 0.x), and
/// not older. Such a move needs no crosswalk.
pub fn is_compatible_upgrade(from: &SetRef, to: &SetRef) -> bool {
    from.id == to.id
        && from.version <= to.version
        && from.version.major == to.version.major
        && (to.version.major != 0 || from.version.minor == to.version.minor)
}

/// Moves `assessment` (answered against `from`) to `to`, written as version
/// `version` of it. Without a crosswalk only a compatible upgrade of the
/// same set is possible; a crosswalk must lead from `from` to `to`.
pub fn migrate(
    assessment: &Assessment,
    from: &CriteriaSet,
    to: &CriteriaSet,
    version: &crate::Version,
    crosswalk: Option<&Crosswalk>,
) -> Result<Migrated, MigrateError> {
    let target = SetRef {
        id: to.id.clone(),
        version: version.clone(),
    };
    let source = assessment.criteria_set.clone();
    let upgrade = is_compatible_upgrade(&source, &target);
    let crosswalk = match crosswalk {
        _ if upgrade => None,
        Some(c) if c.from.id == source.id && c.to.id == to.id => Some(c),
        _ if source.id == to.id && source.version > target.version => {
            return Err(MigrateError::Older {
                id: to.id.clone(),
                from: source.version.to_string(),
                to: version.to_string(),
            })
        }
        _ => {
            return Err(MigrateError::NoCrosswalk {
                from: format!("{}@{}", source.id, source.version),
                to: format!("{}@{version}", to.id),
            })
        }
    };
    let mut out = assessment.clone();
    out.criteria_set = target;
    out.result = None;
    out.answers = Vec::new();
    let mut kept: Vec<NotMigrated> = assessment
        .migration
        .as_ref()
        .map(|m| m.not_migrated.clone())
        .unwrap_or_default();
    let earlier = kept.len();
    // For each answer of the output, the index of the original it came from.
    let mut origin: Vec<usize> = Vec::new();
    // An answer that did not count in `from` (not scored there, so not in a
    // consensus) does not move: the one rule `migrate` and the trend's
    // comparison through a crosswalk share. An answer that cannot move
    // anyway keeps its own reason.
    let asked = relevance_flags(from, assessment);
    let not_asked = |answer: &Answer| {
        from.criteria
            .iter()
            .zip(&asked)
            .any(|(c, &r)| c.id == answer.criterion && !r)
    };
    for (i, answer) in assessment.answers.iter().enumerate() {
        let moved = match crosswalk {
            None => move_same(answer, to, assessment),
            Some(crosswalk) => move_across(answer, from, to, crosswalk, assessment, &out.answers),
        };
        let moved = match moved {
            Ok(_) if not_asked(answer) => Err((NotMigratedReason::NotAsked, None)),
            other => other,
        };
        match moved {
            Ok(answers) => {
                origin.extend(answers.iter().map(|_| i));
                out.answers.extend(answers);
            }
            Err((reason, words)) => kept.push(NotMigrated {
                answer: answer.clone(),
                reason,
                explanation: explanation(reason, words.as_ref()),
            }),
        }
    }
    // A counterpart that the migrated answers make irrelevant is not kept
    // as an answer (it would be neither asked nor scored).
    let relevant = relevance_flags(to, &out);
    let irrelevant = |answer: &Answer| {
        to.criteria
            .iter()
            .zip(&relevant)
            .any(|(c, &r)| c.id == answer.criterion && !r)
    };
    let mut answers = Vec::new();
    let mut answers_origin = Vec::new();
    let mut dropped = Vec::new();
    for (answer, &i) in out.answers.iter().zip(&origin) {
        if irrelevant(answer) {
            dropped.push(i);
        } else {
            answers.push(answer.clone());
            answers_origin.push(i);
        }
    }
    dropped.dedup();
    for i in dropped {
        if !answers_origin.contains(&i) {
            let reason = NotMigratedReason::NotRelevant;
            kept.push(NotMigrated {
                answer: assessment.answers[i].clone(),
                reason,
                explanation: explanation(reason, None),
            });
        }
    }
    answers_origin.dedup();
    let moved = answers_origin.len();
    out.answers = answers;
    let now_kept = kept.len() - earlier;
    out.migration = Some(Migration {
        from: assessment
            .migration
            .as_ref()
            .map_or(source, |m| m.from.clone()),
        crosswalk: crosswalk.map(|c| c.id.clone()).or_else(|| {
            assessment
                .migration
                .as_ref()
                .and_then(|m| m.crosswalk.clone())
        }),
        not_migrated: kept,
    });
    Ok(Migrated {
        assessment: out,
        moved,
        kept: now_kept,
    })
}

type Moved = Result<Vec<Answer>, (NotMigratedReason, Option<crate::Text>)>;

/// An answer to a newer version of the same set: kept if the criterion is
/// still there, applies and takes the answer.
fn move_same(answer: &Answer, to: &CriteriaSet, assessment: &Assessment) -> Moved {
    let criterion = to
        .criterion(&answer.criterion)
        .ok_or((NotMigratedReason::UnknownCriterion, None))?;
    fits(criterion, &answer.observation, assessment)?;
    Ok(vec![answer.clone()])
}

/// An answer moved through the crosswalk to every counterpart that applies
/// to the body, converted.
fn move_across(
    answer: &Answer,
    from: &CriteriaSet,
    to: &CriteriaSet,
    crosswalk: &Crosswalk,
    assessment: &Assessment,
    answered: &[Answer],
) -> Moved {
    let mapping = crosswalk
        .mappings
        .iter()
        .find(|m| m.from == answer.criterion)
        .filter(|_| from.criteria.iter().any(|c| c.id == answer.criterion))
        .ok_or((NotMigratedReason::NotInCrosswalk, None))?;
    if mapping.relation == Relation::None {
        return Err((NotMigratedReason::NoCounterpart, mapping.reason.clone()));
    }
    let mut moved = Vec::new();
    let mut first_failure = (NotMigratedReason::NotForThisBody, mapping.reason.clone());
    let mut failed = false;
    for target in &mapping.to {
        let Some(criterion) = to.criterion(&target.criterion) else {
            continue;
        };
        let attempt = (|| {
            if !criterion
                .applies_to
                .includes(assessment.site.body_kind, assessment.site.body.as_deref())
            {
                return Err(NotMigratedReason::NotForThisBody);
            }
            let observation = convert(&target.convert, &answer.observation, &criterion.observation)
                .ok_or(NotMigratedReason::NotConverted)?;
            fits(criterion, &observation, assessment).map_err(|(r, _)| r)?;
            if answered
                .iter()
                .chain(&moved)
                .any(|a: &Answer| a.criterion == criterion.id)
            {
                return Err(NotMigratedReason::AlreadyAnswered);
            }
            Ok(Answer {
                criterion: criterion.id.clone(),
                observation,
                ..answer.clone()
            })
        })();
        match attempt {
            Ok(answer) => moved.push(answer),
            Err(reason) => {
                // A reason about the answer says more than "not for this body".
                if !failed || first_failure.0 == NotMigratedReason::NotForThisBody {
                    first_failure = (reason, mapping.reason.clone());
                    failed = true;
                }
            }
        }
    }
    if moved.is_empty() {
        Err(first_failure)
    } else {
        Ok(moved)
    }
}

/// Whether `observation` can stand as the answer to `criterion` for this
/// assessment's body.
fn fits(
    criterion: &Criterion,
    observation: &crate::Observation,
    assessment: &Assessment,
) -> Result<(), (NotMigratedReason, Option<crate::Text>)> {
    if !criterion
        .applies_to
        .includes(assessment.site.body_kind, assessment.site.body.as_deref())
    {
        return Err((NotMigratedReason::NotForThisBody, None));
    }
    if !check_observation(criterion, observation, assessment.checked_on).is_empty() {
        return Err((NotMigratedReason::FailsCheck, None));
    }
    Ok(())
}
