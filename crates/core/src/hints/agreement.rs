//! How often citizens agreed with the probe: per criterion, the answers
//! whose `suggestion` came from `napcheck probe`, split into those the
//! citizen confirmed (the observation is the suggestion), changed (it is
//! not) and left unconfirmed (the marker `suggested_by` is still there, so
//! the answer is not scored). Pure: counts, no IO.

use crate::assessment::{Assessment, SuggestedBy};
use crate::criteria::CriteriaSet;
use serde::Serialize;

/// The probe's suggestions for one criterion and what citizens did with
/// them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeTally {
    /// The criterion's id.
    pub criterion: String,
    /// Suggestions the citizen confirmed unchanged.
    pub confirmed: usize,
    /// Suggestions the citizen changed.
    pub changed: usize,
    /// Suggestions still awaiting the citizen (not scored).
    pub unconfirmed: usize,
}

impl ProbeTally {
    /// Suggestions the citizen decided on (confirmed or changed).
    pub fn decided(&self) -> usize {
        self.confirmed + self.changed
    }

    /// The share of decided suggestions that citizens confirmed, in
    /// percent; `None` when none was decided.
    pub fn agreement(&self) -> Option<f64> {
        let decided = self.decided();
        (decided > 0).then(|| 100.0 * self.confirmed as f64 / decided as f64)
    }
}

/// Per criterion of one set, in the set's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeAgreement {
    /// One tally per criterion of the set.
    pub criteria: Vec<ProbeTally>,
}

impl ProbeAgreement {
    /// Nothing counted yet, for `set`.
    pub fn new(set: &CriteriaSet) -> ProbeAgreement {
        ProbeAgreement {
            criteria: set
                .criteria
                .iter()
                .map(|c| ProbeTally {
                    criterion: c.id.clone(),
                    confirmed: 0,
                    changed: 0,
                    unconfirmed: 0,
                })
                .collect(),
        }
    }

    /// Counts the probe's suggestions in `assessment`.
    pub fn add(&mut self, assessment: &Assessment) {
        for answer in &assessment.answers {
            let from_probe = answer
                .suggestion
                .as_ref()
                .filter(|s| s.by == SuggestedBy::Probe);
            let pending = answer.suggested_by == Some(SuggestedBy::Probe);
            if from_probe.is_none() && !pending {
                continue;
            }
            let Some(tally) = self
                .criteria
                .iter_mut()
                .find(|t| t.criterion == answer.criterion)
            else {
                continue;
            };
            match from_probe {
                _ if pending => tally.unconfirmed += 1,
                Some(s) if s.observation == answer.observation => tally.confirmed += 1,
                _ => tally.changed += 1,
            }
        }
    }

    /// The criteria with at least one suggestion, in the set's order.
    pub fn suggested(&self) -> impl Iterator<Item = &ProbeTally> {
        self.criteria
            .iter()
            .filter(|t| t.decided() + t.unconfirmed > 0)
    }

    /// Whether no answer came from the probe.
    pub fn is_empty(&self) -> bool {
        self.suggested().next().is_none()
    }
}
