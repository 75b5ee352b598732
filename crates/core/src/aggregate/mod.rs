//! Aggregation of a dataset: many assessments of one criteria set, each with
//! its evaluation, folded one at a time into the figures a monitoring report
//! states — per criterion, the bodies at each rating by kind of body; per
//! body, its commitment and overall scores; per commitment, the average
//! implementation rate and the bodies that fully implement it; and, for each
//! date criterion, how many days before the check its date lay.
//!
//! It is pure (no IO) and streams: [`Aggregate::add`] keeps counts and one
//! small row per body, never the assessments themselves.

mod commitments;
mod counts;
mod freshness;

pub use commitments::CommitmentTally;
pub use counts::{CriterionTally, OutcomeCounts};
pub use freshness::{Freshness, FreshnessBin, FRESHNESS_BINS};

use crate::assessment::{Assessment, Observation};
use crate::body::BodyKind;
use crate::criteria::{CriteriaSet, ObservationSpec};
use crate::day::Day;
use crate::evaluate::Evaluation;
use serde::Serialize;

impl BodyRow {
    /// The day of the check, or its period `first..last` when only the
    /// period is known.
    pub fn check_dates(&self) -> String {
        match self.checked_until {
            Some(until) if until != self.checked_on => format!("{}..{until}", self.checked_on),
            _ => self.checked_on.to_string(),
        }
    }
}

/// One assessed body's line: the appendix table of a monitoring report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyRow {
    /// The body's name as written in the assessment.
    pub name: String,
    /// The address checked, when known.
    pub url: Option<String>,
    /// The body's id in the register, when given.
    pub body: Option<String>,
    /// The kind of body.
    pub kind: BodyKind,
    /// The day of the check (the first of the check period).
    pub checked_on: Day,
    /// The last day of the check period, when only the period is known.
    pub checked_until: Option<Day>,
    /// The score of each commitment of the set, in the set's order; `None`
    /// when the commitment does not apply or nothing in it is rated.
    pub commitments: Vec<Option<f64>>,
    /// The overall score.
    pub overall: Option<f64>,
}

/// The figures of a dataset against one criteria set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    /// The set's id.
    pub set: String,
    /// Assessments counted, per kind of body (kinds in their usual order).
    pub bodies_by_kind: Vec<(BodyKind, usize)>,
    /// Per criterion, in the set's order.
    pub criteria: Vec<CriterionTally>,
    /// Per commitment, in the set's order.
    pub commitments: Vec<CommitmentTally>,
    /// Per criterion observed as a date, in the set's order.
    pub freshness: Vec<Freshness>,
    /// Per body, in the order added.
    pub bodies: Vec<BodyRow>,
}

impl Aggregate {
    /// An empty aggregate of `set`.
    pub fn new(set: &CriteriaSet) -> Aggregate {
        Aggregate {
            set: set.id.clone(),
            bodies_by_kind: BodyKind::ALL.iter().map(|&k| (k, 0)).collect(),
            criteria: set
                .criteria
                .iter()
                .map(|c| CriterionTally::new(&c.id, &c.commitment))
                .collect(),
            commitments: set
                .commitments
                .iter()
                .map(|c| CommitmentTally::new(&c.id))
                .collect(),
            freshness: set
                .criteria
                .iter()
                .filter(|c| matches!(c.observation, ObservationSpec::Date))
                .map(|c| Freshness::new(&c.id))
                .collect(),
            bodies: Vec::new(),
        }
    }

    /// Folds in one assessment of this set and its evaluation.
    pub fn add(&mut self, assessment: &Assessment, evaluation: &Evaluation) {
        let kind = assessment.site.body_kind;
        if let Some(entry) = self.bodies_by_kind.iter_mut().find(|(k, _)| *k == kind) {
            entry.1 += 1;
        }
        // Results and tallies both follow the set's order: each search
        // starts after the previous hit (one comparison in the usual case,
        // not one per tally; this was a tenth of `report`'s time).
        let mut next = 0;
        for result in &evaluation.criteria {
            let found = crate::ordered::position_from(&self.criteria, next, |t| {
                t.criterion == result.criterion
            });
            if let Some(p) = found {
                self.criteria[p].add(kind, &result.outcome);
                next = p + 1;
            }
        }
        let scores: Vec<Option<f64>> = self
            .commitments
            .iter_mut()
            .map(|tally| -> Option<f64> {
                let applies = evaluation.commitment(&tally.commitment)?;
                tally.add(applies.score);
                applies.score
            })
            .collect();
        for freshness in &mut self.freshness {
            if evaluation.criterion(&freshness.criterion).is_none() {
                continue;
            }
            let date = assessment
                .answers
                .iter()
                .find_map(|a| match &a.observation {
                    Observation::Date(day) if a.criterion == freshness.criterion => Some(*day),
                    Observation::Month(month) if a.criterion == freshness.criterion => {
                        Some(month.first_day())
                    }
                    _ => None,
                });
            freshness.add(date.map(|d| d.days_until(assessment.check_day())));
        }
        self.bodies.push(BodyRow {
            name: assessment.site.name.clone(),
            url: assessment.site.url.clone(),
            body: assessment.site.body.clone(),
            kind,
            checked_on: assessment.checked_on,
            checked_until: assessment.checked_until,
            commitments: scores,
            overall: evaluation.overall,
        });
    }

    /// Assessments counted.
    pub fn total(&self) -> usize {
        self.bodies_by_kind.iter().map(|(_, n)| n).sum()
    }

    /// The kinds of body present, in their usual order.
    pub fn kinds(&self) -> Vec<BodyKind> {
        self.bodies_by_kind
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, _)| *k)
            .collect()
    }

    /// The tally of criterion `id`.
    pub fn criterion(&self, id: &str) -> Option<&CriterionTally> {
        self.criteria.iter().find(|t| t.criterion == id)
    }
}

#[cfg(test)]
mod tests;
