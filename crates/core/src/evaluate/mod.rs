//! The evaluation: from a citizen's observations to ratings, per-commitment
//! scores and an overall score. This is the only place scores are computed;
//! the widget, the CLI and the reports all call [`evaluate`].
//!
//! A commitment's score is the mean of the points of its rated criteria,
//! as a percentage of the scale's best level. The overall score is the mean
//! over commitments that have a score: the "average implementation rate over
//! paragraphs" the OGP Azerbaijan Platform reports. "Not applicable", "could
//! not be assessed" and unanswered criteria are reported, never scored; nor
//! is an answer the probe suggested and the citizen has not confirmed
//! (`suggested_by`): it counts as unanswered and its explanation says so.

mod explain;
mod label;
mod rate;

pub use explain::Explanation;

use crate::assessment::{Answer, Assessment};
use crate::criteria::CriteriaSet;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// A score is "fully implemented" at or above this, and "under half" below 50.
const FULL: f64 = 100.0 - 1e-9;

/// The outcome of one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// Rated on the scale.
    Rated {
        /// The level's id.
        level: String,
        /// The level's points.
        points: u8,
    },
    /// Recorded as not applicable to this body.
    NotApplicable,
    /// Recorded as impossible to assess (e.g. the site did not work).
    NotAssessable,
    /// Not answered yet.
    Unanswered,
    /// Answered with an observation the criterion cannot take; the semantic
    /// checks report why.
    Invalid,
}

/// The result for one applicable criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionResult {
    /// The criterion's id.
    pub criterion: String,
    /// Its commitment's id.
    pub commitment: String,
    /// The outcome.
    pub outcome: Outcome,
    /// Why; render it with [`Explanation::render`].
    #[serde(skip)]
    pub explanation: Explanation,
}

/// The score of one commitment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentScore {
    /// The commitment's id.
    pub commitment: String,
    /// Percentage, 0 to 100; `None` when none of its criteria is rated.
    pub score: Option<f64>,
    /// Criteria rated on the scale.
    pub rated: usize,
    /// Criteria answered in any way (rated, not applicable, not assessable).
    pub answered: usize,
    /// Criteria that apply to the body.
    pub applicable: usize,
}

/// Everything the evaluation of one assessment yields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Per applicable criterion, in the set's order.
    pub criteria: Vec<CriterionResult>,
    /// Per commitment with at least one applicable criterion, in the set's order.
    pub commitments: Vec<CommitmentScore>,
    /// Mean of the commitment scores; `None` when nothing is rated.
    pub overall: Option<f64>,
    /// Commitments scored 100%.
    pub fully_implemented: usize,
    /// Commitments scored under 50%.
    pub under_half: usize,
    /// Applicable criteria answered in any way.
    pub answered: usize,
    /// Criteria that apply to the body.
    pub applicable: usize,
}

/// Why an assessment could not be evaluated at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvaluateError {
    /// The assessment refers to another criteria set.
    SetMismatch {
        /// The set the assessment names.
        wanted: String,
        /// The set given.
        given: String,
    },
}

impl fmt::Display for EvaluateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvaluateError::SetMismatch { wanted, given } => write!(
                f,
                "the assessment refers to the criteria set `{wanted}`, not `{given}`"
            ),
        }
    }
}

impl std::error::Error for EvaluateError {}

/// Evaluates `assessment` against `set`. The first answer for a criterion
/// counts; duplicates and answers to criteria that do not apply are left to
/// the semantic checks.
pub fn evaluate(assessment: &Assessment, set: &CriteriaSet) -> Result<Evaluation, EvaluateError> {
    if assessment.criteria_set.id != set.id {
        return Err(EvaluateError::SetMismatch {
            wanted: assessment.criteria_set.id.clone(),
            given: set.id.clone(),
        });
    }
    let mut answers: HashMap<&str, &Answer> = HashMap::with_capacity(assessment.answers.len());
    for answer in &assessment.answers {
        answers.entry(answer.criterion.as_str()).or_insert(answer);
    }
    let best = f64::from(
        set.scale
            .levels
            .iter()
            .map(|l| l.points)
            .max()
            .unwrap_or(0)
            .max(1),
    );
    let site = &assessment.site;
    let criteria: Vec<CriterionResult> = set
        .criteria
        .iter()
        .filter(|c| c.applies_to.includes(site.body_kind, site.body.as_deref()))
        .map(|c| {
            let (outcome, explanation) = match answers.get(c.id.as_str()) {
                // A suggestion is not the citizen's answer: never scored.
                Some(Answer {
                    suggested_by: Some(by),
                    ..
                }) => (Outcome::Unanswered, Explanation::Suggested { by: *by }),
                Some(answer) => {
                    rate::rate(c, &answer.observation, assessment.checked_on, &set.scale)
                }
                None => (Outcome::Unanswered, Explanation::Unanswered),
            };
            CriterionResult {
                criterion: c.id.clone(),
                commitment: c.commitment.clone(),
                outcome,
                explanation,
            }
        })
        .collect();

    // One pass over the results, each counted under its commitment (found
    // from the previous one's position: results follow the set's order).
    let n = set.commitments.len();
    let mut tallies: Vec<(usize, usize, Vec<f64>)> = vec![(0, 0, Vec::new()); n];
    let mut next = 0;
    for result in &criteria {
        let found =
            crate::ordered::position_from(&set.commitments, next, |c| c.id == result.commitment);
        if let Some(p) = found {
            next = p;
            let (applicable, answered, points) = &mut tallies[p];
            *applicable += 1;
            if is_answered(&result.outcome) {
                *answered += 1;
            }
            if let Outcome::Rated { points: p, .. } = result.outcome {
                points.push(f64::from(p));
            }
        }
    }
    let commitments: Vec<CommitmentScore> = set
        .commitments
        .iter()
        .zip(tallies)
        .filter(|(_, (applicable, _, _))| *applicable > 0)
        .map(
            |(commitment, (applicable, answered, points))| CommitmentScore {
                commitment: commitment.id.clone(),
                score: mean(&points).map(|m| m / best * 100.0),
                rated: points.len(),
                answered,
                applicable,
            },
        )
        .collect();

    let scores: Vec<f64> = commitments.iter().filter_map(|c| c.score).collect();
    Ok(Evaluation {
        overall: mean(&scores),
        fully_implemented: scores.iter().filter(|&&s| s >= FULL).count(),
        under_half: scores.iter().filter(|&&s| s < 50.0).count(),
        answered: criteria.iter().filter(|r| is_answered(&r.outcome)).count(),
        applicable: criteria.len(),
        commitments,
        criteria,
    })
}

fn is_answered(outcome: &Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Rated { .. } | Outcome::NotApplicable | Outcome::NotAssessable
    )
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

impl Evaluation {
    /// The score of commitment `id`.
    pub fn commitment(&self, id: &str) -> Option<&CommitmentScore> {
        self.commitments.iter().find(|c| c.commitment == id)
    }

    /// The result of criterion `id`.
    pub fn criterion(&self, id: &str) -> Option<&CriterionResult> {
        self.criteria.iter().find(|c| c.criterion == id)
    }
}
