//! Many assessments of one body, one credible record. Every assessment
//! resolves to one body ([`BodyResolver`]); the assessments of a body are
//! merged per criterion into a consensus ([`BodyVotes`] → [`BodyConsensus`]):
//! the most frequent level for yes/no and single-choice answers, the median
//! for counts, dates and lists (`Method`, by observation type in
//! [`METHODS`], unless a criterion names its own); a tie is [`Consensus::Disputed`], never broken. How far the
//! assessors agree is measured per criterion, per body and overall
//! ([`Agreement`]: percent agreement and Krippendorff's ordinal alpha), and
//! where they differ every observation is listed with its evidence and
//! assessor ([`disagreements`]). The rule in words: ARCHITECTURE.md,
//! "Consensus". Pure: no IO.

mod agreement;
mod disagreement;
mod identity;
mod merge;
mod vote;

pub use agreement::Agreement;
pub use disagreement::{disagreements, Disagreement, Witness};
pub use identity::{normalised_host, BodyId, BodyResolver};
pub use merge::{BodyConsensus, BodyVotes, CriterionConsensus};

use crate::criteria::{Criterion, Scale};
use crate::evaluate::Outcome;
use serde::{Deserialize, Serialize};

/// One assessor's answer to one criterion, as the consensus counts it:
/// a level of the scale (by its index, best first) or one of the two
/// answers that are never scored. Unanswered criteria and invalid
/// observations are not answers: they are left out of the consensus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// The level at this index of the set's scale.
    Level(u8),
    /// "Not applicable".
    NotApplicable,
    /// "Could not be assessed".
    NotAssessable,
}

impl Answer {
    /// The answer an evaluated outcome gives; `None` for unanswered and
    /// invalid ones.
    pub fn of(outcome: &Outcome, scale: &Scale) -> Option<Answer> {
        match outcome {
            Outcome::Rated { level, .. } => scale
                .levels
                .iter()
                .position(|l| &l.id == level)
                .and_then(|i| u8::try_from(i).ok())
                .map(Answer::Level),
            Outcome::NotApplicable => Some(Answer::NotApplicable),
            Outcome::NotAssessable => Some(Answer::NotAssessable),
            Outcome::Unanswered | Outcome::NeedsCorrection { .. } => None,
        }
    }

    /// Its id: the level's id, `not_applicable` or `not_assessable`.
    pub fn id<'a>(&self, scale: &'a Scale) -> &'a str {
        match self {
            Answer::Level(i) => scale
                .levels
                .get(usize::from(*i))
                .map_or("?", |l| l.id.as_str()),
            Answer::NotApplicable => "not_applicable",
            Answer::NotAssessable => "not_assessable",
        }
    }
}

/// How the rated answers to one criterion are merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The most frequent level; a tie is disputed.
    Mode,
    /// The median of the numbers the rule rates (a count, the age of a
    /// date on the day of its check, the number of ticked options or of
    /// links); with an even number of answers, disputed when the two
    /// middle ones have different levels.
    Median,
}

/// The method of each observation type: the data the consensus follows.
pub const METHODS: [(&str, Method); 6] = [
    ("yes_no", Method::Mode),
    ("choice", Method::Mode),
    ("choices", Method::Median),
    ("count", Method::Median),
    ("date", Method::Median),
    ("urls", Method::Median),
];

/// The method of `criterion`: its own `consensus` when the set gives one,
/// else its observation type's.
pub fn method(criterion: &Criterion) -> Method {
    let name = criterion.observation.type_name();
    criterion.consensus.unwrap_or_else(|| {
        METHODS
            .iter()
            .find(|(t, _)| *t == name)
            .map_or(Method::Mode, |(_, m)| *m)
    })
}

/// What the assessors of one body settled on for one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Consensus {
    /// One answer.
    Agreed(Answer),
    /// A tie: every answer given, with how many gave it.
    Disputed(Vec<(Answer, usize)>),
    /// Nobody gave a valid answer.
    Unanswered,
}

#[cfg(test)]
mod tests;
