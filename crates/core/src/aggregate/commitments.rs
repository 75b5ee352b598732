//! Per commitment: the average implementation rate over the bodies that
//! have a score for it, and how many fully implement it or are under half.

use serde::Serialize;

/// A score at or above this is "fully implemented" (as in the evaluation).
const FULL: f64 = 100.0 - 1e-9;

/// One commitment over the dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentTally {
    /// The commitment's id.
    pub commitment: String,
    /// Bodies with a score for it.
    pub scored: usize,
    /// Bodies it applied to with nothing rated.
    pub unscored: usize,
    /// Bodies scored 100%.
    pub fully_implemented: usize,
    /// Bodies scored under 50%.
    pub under_half: usize,
    /// Sum of the scores (for the average).
    pub score_sum: f64,
}

impl CommitmentTally {
    pub(super) fn new(commitment: &str) -> CommitmentTally {
        CommitmentTally {
            commitment: commitment.to_owned(),
            scored: 0,
            unscored: 0,
            fully_implemented: 0,
            under_half: 0,
            score_sum: 0.0,
        }
    }

    /// Counts one body's score in; `None` when nothing in it is rated.
    pub(super) fn add(&mut self, score: Option<f64>) {
        match score {
            Some(score) => {
                self.scored += 1;
                self.score_sum += score;
                self.fully_implemented += usize::from(score >= FULL);
                self.under_half += usize::from(score < 50.0);
            }
            None => self.unscored += 1,
        }
    }

    /// The average implementation rate, in percent.
    pub fn average(&self) -> Option<f64> {
        (self.scored > 0).then(|| self.score_sum / self.scored as f64)
    }
}
