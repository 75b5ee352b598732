//! Aggregation of a dataset: many assessments of one criteria set, grouped
//! by body ([`ByBody`]: one consensus per body, see `consensus`), each
//! body's consensus and its evaluation folded into the figures a monitoring
//! report states — per criterion, the bodies at each rating by kind of body;
//! per body, its commitment and overall scores, its assessors and their
//! agreement; per commitment, the average implementation rate and the
//! bodies that fully implement it; for each date criterion, how many days
//! before the check its date lay; and the agreement per criterion and
//! overall.
//!
//! It is pure (no IO). [`ByBody`] keeps a few small votes per assessment
//! and criterion, never the assessments; [`Aggregate::add_body`] keeps
//! counts and one small row per body.

mod bodies;
mod commitments;
mod counts;
mod freshness;

pub use bodies::ByBody;
pub use commitments::CommitmentTally;
pub use counts::{CriterionTally, OutcomeCounts};
pub use freshness::{Freshness, FreshnessBin, FRESHNESS_BINS};

use crate::assessment::{Assessment, Observation};
use crate::body::BodyKind;
use crate::consensus::{Agreement, BodyConsensus, BodyId, BodyResolver, Consensus};
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
    /// Which body (register id, else normalised host).
    pub id: BodyId,
    /// Assessments merged into this row.
    pub assessments: usize,
    /// Percent agreement of its assessors over its criteria.
    pub agreement: Option<f64>,
    /// Krippendorff's alpha (ordinal) of its assessors over its criteria.
    pub alpha: Option<f64>,
    /// The criteria its assessors tied on, in the set's order.
    pub disputed: Vec<String>,
}

/// Agreement on one criterion across bodies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionAgreement {
    /// The criterion's id.
    pub criterion: String,
    /// Bodies disputed on it.
    pub disputed: usize,
    /// The agreement over its bodies (one unit per body).
    pub agreement: Agreement,
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
    /// Assessments merged into the bodies.
    pub assessments: usize,
    /// Per criterion, in the set's order.
    pub agreement: Vec<CriterionAgreement>,
    /// Over every criterion of every body.
    pub overall_agreement: Agreement,
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
            assessments: 0,
            agreement: set
                .criteria
                .iter()
                .map(|c| CriterionAgreement {
                    criterion: c.id.clone(),
                    disputed: 0,
                    agreement: Agreement::new(set.scale.levels.len()),
                })
                .collect(),
            overall_agreement: Agreement::new(set.scale.levels.len()),
        }
    }

    /// Folds in one assessment of this set and its evaluation, as the only
    /// assessment of its body.
    pub fn add(&mut self, assessment: &Assessment, evaluation: &Evaluation) {
        let id = BodyResolver::default().resolve(&assessment.site);
        self.add_row(assessment, evaluation, id);
        self.assessments += 1;
        if let Some(row) = self.bodies.last_mut() {
            row.assessments = 1;
        }
    }

    /// Folds in one body's consensus and the evaluation of its consensus
    /// assessment.
    pub fn add_body(&mut self, body: &BodyConsensus, evaluation: &Evaluation) {
        let kind = body.assessment.site.body_kind;
        self.add_row(&body.assessment, evaluation, body.id.clone());
        self.assessments += body.assessments;
        self.overall_agreement.merge(&body.agreement);
        let mut next = 0;
        for criterion in &body.criteria {
            let found = crate::ordered::position_from(&self.agreement, next, |t| {
                t.criterion == criterion.criterion
            });
            let Some(p) = found else { continue };
            next = p + 1;
            self.agreement[p].agreement.merge(&criterion.agreement);
            if matches!(criterion.consensus, Consensus::Disputed(_)) {
                self.agreement[p].disputed += 1;
                if let Some(t) = self.criteria.get_mut(p) {
                    t.dispute(kind);
                }
            }
        }
        if let Some(row) = self.bodies.last_mut() {
            row.assessments = body.assessments;
            row.agreement = body.agreement.percent();
            row.alpha = body.agreement.alpha();
            row.disputed = body.disputed().into_iter().map(str::to_owned).collect();
        }
    }

    /// Whether some body has more than one assessment.
    pub fn has_several_assessors(&self) -> bool {
        self.bodies.iter().any(|b| b.assessments > 1)
    }

    fn add_row(&mut self, assessment: &Assessment, evaluation: &Evaluation, id: BodyId) {
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
            id,
            assessments: 0,
            agreement: None,
            alpha: None,
            disputed: Vec::new(),
        });
    }

    /// Bodies counted.
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
