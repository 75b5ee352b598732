//! How many bodies had each outcome on one criterion, by kind of body.

use crate::body::BodyKind;
use crate::evaluate::Outcome;
use serde::Serialize;
use std::collections::BTreeMap;

/// Bodies per outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeCounts {
    /// Per level id of the scale.
    pub levels: BTreeMap<String, usize>,
    /// Recorded as not applicable.
    pub not_applicable: usize,
    /// Recorded as impossible to assess.
    pub not_assessable: usize,
    /// Not answered.
    pub unanswered: usize,
    /// Answered with an observation the criterion cannot take.
    pub invalid: usize,
}

impl OutcomeCounts {
    /// Counts one outcome in.
    pub fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Rated { level, .. } => *self.levels.entry(level.clone()).or_default() += 1,
            Outcome::NotApplicable => self.not_applicable += 1,
            Outcome::NotAssessable => self.not_assessable += 1,
            Outcome::Unanswered => self.unanswered += 1,
            Outcome::NeedsCorrection { .. } => self.invalid += 1,
        }
    }

    /// Bodies at level `id`.
    pub fn level(&self, id: &str) -> usize {
        self.levels.get(id).copied().unwrap_or(0)
    }

    /// Bodies rated at any level.
    pub fn rated(&self) -> usize {
        self.levels.values().sum()
    }

    /// Bodies the criterion applied to.
    pub fn total(&self) -> usize {
        self.rated() + self.not_applicable + self.not_assessable + self.unanswered + self.invalid
    }
}

/// One criterion's counts, per kind of body it applied to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriterionTally {
    /// The criterion's id.
    pub criterion: String,
    /// Its commitment's id.
    pub commitment: String,
    /// Per kind of body.
    pub by_kind: BTreeMap<BodyKind, OutcomeCounts>,
}

impl CriterionTally {
    pub(super) fn new(criterion: &str, commitment: &str) -> CriterionTally {
        CriterionTally {
            criterion: criterion.to_owned(),
            commitment: commitment.to_owned(),
            by_kind: BTreeMap::new(),
        }
    }

    pub(super) fn add(&mut self, kind: BodyKind, outcome: &Outcome) {
        self.by_kind.entry(kind).or_default().add(outcome);
    }

    /// The counts for `kind` (empty when no body of that kind was counted).
    pub fn kind(&self, kind: BodyKind) -> OutcomeCounts {
        self.by_kind.get(&kind).cloned().unwrap_or_default()
    }

    /// The counts over every kind.
    pub fn all(&self) -> OutcomeCounts {
        let mut sum = OutcomeCounts::default();
        for counts in self.by_kind.values() {
            for (level, n) in &counts.levels {
                *sum.levels.entry(level.clone()).or_default() += n;
            }
            sum.not_applicable += counts.not_applicable;
            sum.not_assessable += counts.not_assessable;
            sum.unanswered += counts.unanswered;
            sum.invalid += counts.invalid;
        }
        sum
    }
}
