//! The evaluation: from a citizen's observations to ratings, per-commitment
//! scores and an overall score. This is the only place scores are computed;
//! the widget, the CLI and the reports all call [`evaluate`].
//!
//! Only relevant criteria count ([`crate::relevance`]: the criterion applies
//! to the body and its condition on other answers holds). An observation
//! that fails the field checks ([`crate::check_observation`]) is never rated:
//! it "needs correction", with its findings. A commitment's score is the mean
//! of its counted criteria's points as a percentage of the scale's best
//! level, each criterion weighing the same; a criterion counts unless it is
//! recorded "not applicable" or "could not be assessed", and one not answered
//! yet, or needing correction, counts 0 points. Missing evidence is thus
//! never rewarded: until every relevant criterion is answered the score is a
//! lower bound, marked provisional, with its coverage (rated / relevant).
//! A commitment is scored from its first answer on; until then it is "not
//! assessed yet" (no score, coverage 0 of its relevant criteria), as is one
//! whose every relevant criterion is excluded. The overall score is the mean
//! of the commitments' scores, each commitment weighing the same: the
//! "average implementation rate over paragraphs" the OGP Azerbaijan Platform
//! reports; it is provisional while any relevant criterion is unanswered,
//! and its coverage says how much rests on evidence. An answer the probe
//! suggested and the citizen has not confirmed (`suggested_by`) counts as
//! unanswered, and its explanation says so.

mod explain;
mod label;
mod rate;

pub use explain::{scoring_formula, Explanation};

use crate::assessment::{Answer, Assessment};
use crate::criteria::CriteriaSet;
use crate::finding::Finding;
use crate::relevance::relevance_flags;
use serde::Serialize;
use std::fmt;

/// A score is "fully implemented" at or above this, and "under half" below 50.
const FULL: f64 = 100.0 - 1e-9;

/// The outcome of one criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Answered with an observation that fails the field checks (a type the
    /// criterion cannot take, "20 of the last 10", a date after the check, a
    /// link that is not http(s)): never rated, it counts 0 points until
    /// corrected.
    NeedsCorrection {
        /// What to correct, pointers relative to the observation.
        findings: Vec<Finding>,
    },
}

/// How much of a score rests on evidence: criteria rated on the scale, of
/// the relevant ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Coverage {
    /// Relevant criteria rated on the scale.
    pub rated: usize,
    /// Criteria relevant for the assessment (they apply to the body and
    /// their conditions hold).
    pub relevant: usize,
}

/// The result for one relevant criterion.
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
    /// The percentage points it adds to its commitment's score (`0` when
    /// unanswered or needing correction); `None` when it is not counted
    /// ("not applicable", "could not be assessed"). Words:
    /// [`CriterionResult::render_contribution`].
    pub contribution: Option<f64>,
}

/// The score of one commitment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentScore {
    /// The commitment's id.
    pub commitment: String,
    /// Percentage, 0 to 100; `None` while none of its criteria is answered
    /// (not assessed yet), or when every relevant criterion is excluded
    /// ("not applicable", "could not be assessed"). While `provisional`, a
    /// lower bound.
    pub score: Option<f64>,
    /// Rated and relevant criteria.
    pub coverage: Coverage,
    /// Relevant criteria answered in any way (rated, not applicable, not
    /// assessable).
    pub answered: usize,
    /// Relevant criteria the score counts (all but the excluded ones): each
    /// weighs `1 / counted`.
    pub counted: usize,
    /// Some relevant criterion is unanswered or needs correction.
    pub provisional: bool,
}

/// Everything the evaluation of one assessment yields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Per relevant criterion, in the set's order.
    pub criteria: Vec<CriterionResult>,
    /// Per commitment with at least one relevant criterion, in the set's order.
    pub commitments: Vec<CommitmentScore>,
    /// Mean of the commitment scores; `None` when no commitment has one.
    /// While `provisional`, a lower bound.
    pub overall: Option<f64>,
    /// Commitments scored 100%.
    pub fully_implemented: usize,
    /// Commitments scored under 50%.
    pub under_half: usize,
    /// Relevant criteria answered in any way.
    pub answered: usize,
    /// Rated and relevant criteria, over the whole assessment.
    pub coverage: Coverage,
    /// Some relevant criterion is unanswered or needs correction.
    pub provisional: bool,
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
/// counts; duplicates and answers to criteria that do not apply or are not
/// relevant are left to the semantic checks.
pub fn evaluate(assessment: &Assessment, set: &CriteriaSet) -> Result<Evaluation, EvaluateError> {
    if assessment.criteria_set.id != set.id {
        return Err(EvaluateError::SetMismatch {
            wanted: assessment.criteria_set.id.clone(),
            given: set.id.clone(),
        });
    }
    let first = crate::ordered::first_answers(&set.criteria, &assessment.answers);
    let best = f64::from(
        set.scale
            .levels
            .iter()
            .map(|l| l.points)
            .max()
            .unwrap_or(0)
            .max(1),
    );
    let mut criteria: Vec<CriterionResult> = set
        .criteria
        .iter()
        .zip(relevance_flags(set, assessment))
        .zip(first)
        .filter(|((_, relevant), _)| *relevant)
        .map(|((c, _), answer)| {
            let (outcome, explanation) = match answer {
                // A suggestion is not the citizen's answer: never scored.
                Some(Answer {
                    suggested_by: Some(by),
                    ..
                }) => (Outcome::Unanswered, Explanation::Suggested { by: *by }),
                Some(answer) => {
                    rate::rate(c, &answer.observation, assessment.check_day(), &set.scale)
                }
                None => (Outcome::Unanswered, Explanation::Unanswered),
            };
            CriterionResult {
                criterion: c.id.clone(),
                commitment: c.commitment.clone(),
                outcome,
                explanation,
                contribution: None,
            }
        })
        .collect();

    // One pass over the results, each counted under its commitment (found
    // from the previous one's position: results follow the set's order).
    let mut tallies: Vec<Tally> = vec![Tally::default(); set.commitments.len()];
    let mut positions: Vec<Option<usize>> = Vec::with_capacity(criteria.len());
    let mut next = 0;
    for result in &criteria {
        let found =
            crate::ordered::position_from(&set.commitments, next, |c| c.id == result.commitment);
        if let Some(p) = found {
            next = p;
            tallies[p].add(&result.outcome);
        }
        positions.push(found);
    }
    for (result, position) in criteria.iter_mut().zip(positions) {
        let counted = position.map_or(0, |p| tallies[p].counted);
        result.contribution = contribution(&result.outcome, counted, best);
    }
    let commitments: Vec<CommitmentScore> = set
        .commitments
        .iter()
        .zip(tallies)
        .filter(|(_, tally)| tally.coverage.relevant > 0)
        .map(|(commitment, tally)| CommitmentScore {
            commitment: commitment.id.clone(),
            score: tally
                .scored()
                .then(|| tally.points / (best * tally.counted as f64) * 100.0),
            coverage: tally.coverage,
            answered: tally.answered,
            counted: tally.counted,
            provisional: tally.answered < tally.coverage.relevant || tally.needs_correction,
        })
        .collect();

    let scores: Vec<f64> = commitments.iter().filter_map(|c| c.score).collect();
    let coverage = Coverage {
        rated: commitments.iter().map(|c| c.coverage.rated).sum(),
        relevant: criteria.len(),
    };
    let answered = criteria.iter().filter(|r| is_answered(&r.outcome)).count();
    Ok(Evaluation {
        overall: mean(&scores),
        fully_implemented: scores.iter().filter(|&&s| s >= FULL).count(),
        under_half: scores.iter().filter(|&&s| s < 50.0).count(),
        answered,
        coverage,
        provisional: criteria.iter().any(|r| counts_zero(&r.outcome)),
        commitments,
        criteria,
    })
}

/// One commitment's criteria, counted as they come.
#[derive(Debug, Clone, Default)]
struct Tally {
    coverage: Coverage,
    answered: usize,
    counted: usize,
    points: f64,
    needs_correction: bool,
}

impl Tally {
    /// Whether the commitment has a score: something in it is answered
    /// (rated, excluded or needing correction) and something counts.
    fn scored(&self) -> bool {
        let started = self.answered > 0 || self.needs_correction;
        started && self.counted > 0
    }

    fn add(&mut self, outcome: &Outcome) {
        self.coverage.relevant += 1;
        if is_answered(outcome) {
            self.answered += 1;
        }
        match outcome {
            Outcome::Rated { points, .. } => {
                self.coverage.rated += 1;
                self.counted += 1;
                self.points += f64::from(*points);
            }
            Outcome::Unanswered => self.counted += 1,
            Outcome::NeedsCorrection { .. } => {
                self.counted += 1;
                self.needs_correction = true;
            }
            Outcome::NotApplicable | Outcome::NotAssessable => {}
        }
    }
}

/// The percentage points an outcome adds to a commitment of `counted`
/// counted criteria.
fn contribution(outcome: &Outcome, counted: usize, best: f64) -> Option<f64> {
    let share = 100.0 / counted.max(1) as f64;
    match outcome {
        Outcome::Rated { points, .. } => Some(f64::from(*points) / best * share),
        Outcome::Unanswered | Outcome::NeedsCorrection { .. } => Some(0.0),
        Outcome::NotApplicable | Outcome::NotAssessable => None,
    }
}

fn is_answered(outcome: &Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Rated { .. } | Outcome::NotApplicable | Outcome::NotAssessable
    )
}

/// Counted as 0 points for want of a usable answer.
fn counts_zero(outcome: &Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Unanswered | Outcome::NeedsCorrection { .. }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    use crate::test_support::local_assessment as local;

    fn score_of(answers: &str, commitment: &str) -> CommitmentScore {
        let set = Catalogue::bundled().set("az-nap-2016-2018").expect("set");
        let evaluation = evaluate(&local(answers), set).expect("same set");
        evaluation
            .commitment(commitment)
            .expect("commitment")
            .clone()
    }

    const MOBILE: &str =
        r#"{"criterion": "2.4.mobile", "observation": {"type": "yes_no", "value": true}}"#;

    /// Issue 13: Baku ("only 2 news since 2015", a dated stale entry) scored
    /// above Ganja when a date left unanswered dropped out of the mean.
    #[test]
    fn a_missing_date_never_scores_above_a_stale_one() {
        let stale = format!(
            r#"{MOBILE}, {{"criterion": "2.4.news.last_update", "observation": {{"type": "date", "value": "2015-06-01"}}}}"#
        );
        let dated = score_of(&stale, "2.4");
        let undated = score_of(MOBILE, "2.4");
        assert!(undated.score <= dated.score, "{undated:?} > {dated:?}");
        assert!(undated.provisional && dated.provisional);
        assert_eq!(undated.coverage.rated + 1, dated.coverage.rated);
    }

    #[test]
    fn unanswered_criteria_count_zero_and_excluded_ones_drop_out() {
        let one = score_of(MOBILE, "2.4");
        assert_eq!(one.counted, one.coverage.relevant);
        let expected = 100.0 / one.counted as f64;
        assert!((one.score.expect("scored") - expected).abs() < 1e-9);
        let with_na = format!(
            r#"{MOBILE}, {{"criterion": "2.4.search", "observation": {{"type": "not_applicable"}}}}"#
        );
        let excluded = score_of(&with_na, "2.4");
        assert_eq!(excluded.counted, one.counted - 1);
        assert!(excluded.score > one.score);
    }

    #[test]
    fn a_commitment_is_not_scored_before_its_first_answer() {
        let untouched = score_of(MOBILE, "4.2.1");
        assert_eq!(untouched.score, None);
        assert!(untouched.provisional);
        assert_eq!(untouched.coverage.rated, 0);
        // With no council, its follow-ups are not relevant: 1 of 1, final.
        let no_council = score_of(
            r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": false}}"#,
            "4.2.1",
        );
        assert_eq!(no_council.score, Some(0.0));
        assert_eq!(
            no_council.coverage,
            Coverage {
                rated: 1,
                relevant: 1
            }
        );
        assert!(!no_council.provisional);
    }

    #[test]
    fn contributions_add_up_to_the_commitment_score() {
        let answers = format!(
            r#"{MOBILE}, {{"criterion": "2.4.search", "observation": {{"type": "choice", "value": "broken"}}}},
               {{"criterion": "2.4.structure", "observation": {{"type": "not_applicable"}}}}"#
        );
        let set = Catalogue::bundled().set("az-nap-2016-2018").expect("set");
        let evaluation = evaluate(&local(&answers), set).expect("same set");
        let commitment = evaluation.commitment("2.4").expect("2.4");
        let sum: f64 = evaluation
            .criteria
            .iter()
            .filter(|r| r.commitment == "2.4")
            .filter_map(|r| r.contribution)
            .sum();
        assert!((sum - commitment.score.expect("scored")).abs() < 1e-9);
        let excluded = evaluation.criterion("2.4.structure").expect("result");
        assert_eq!(excluded.contribution, None);
    }
}
