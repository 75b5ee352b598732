//! A reply beside the dataset: which body it concerns ([`Contest`]), how a
//! corrected reply changes the observation the body's consensus is scored
//! with ([`Reply::correct`]), and the contested rating a report shows
//! ([`ContestedRating`]: the rating given, and the rating after the
//! correction, both from `evaluate`).

use super::{Reply, ReplyStatus};
use crate::assessment::{Answer, Assessment};
use crate::consensus::BodyId;
use crate::evaluate::{CriterionResult, Evaluation, Outcome};

/// A reply with the body it resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Contest {
    /// The body (see [`Reply::body_id`]).
    pub body: BodyId,
    /// The reply.
    pub reply: Reply,
}

/// One contested rating, as a report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContestedRating<'a> {
    /// The reply.
    pub reply: &'a Reply,
    /// The body.
    pub body: BodyId,
    /// The body's name, as its consensus gives it; `None` when no
    /// assessment of the body is in the dataset.
    pub name: Option<String>,
    /// The rating the assessors' consensus gives (a level id,
    /// `not_applicable` or `not_assessable`); `None` when the body was not
    /// rated on the criterion: the reply answers nothing.
    pub rated: Option<String>,
    /// The rating the body's consensus has after every corrected reply of
    /// the body (equal to `rated` unless this reply corrected it).
    pub now: Option<String>,
    /// What the body's own observation would give, evaluated in place of
    /// the consensus answer whatever the reply's status (its explanation
    /// words the observation and its rating); `None` when not rated.
    pub claimed: Option<CriterionResult>,
}

impl ContestedRating<'_> {
    /// Whether the rating was corrected with the reply's observation.
    pub fn is_corrected(&self) -> bool {
        self.reply.status == ReplyStatus::Corrected && self.rated.is_some()
    }

    /// Whether the reply contests a rating other than the one given
    /// (`reply-contests-other-rating`): it stays listed, beside the rating
    /// actually given, and is marked so.
    pub fn contests_other_rating(&self) -> bool {
        self.rated
            .as_deref()
            .is_some_and(|rated| rated != self.reply.contested)
    }
}

impl Reply {
    /// When the reply was decided `corrected`: the body's observation
    /// replaces the answer to its criterion in `assessment` (added if there
    /// was none), with the reply's evidence; otherwise nothing changes.
    pub fn correct(&self, assessment: &mut Assessment) {
        if self.status != ReplyStatus::Corrected {
            return;
        }
        let answer = Answer {
            criterion: self.criterion.clone(),
            observation: self.observation.clone(),
            evidence: self.evidence.clone(),
            note: None,
            observed_on: None,
            suggested_by: None,
            suggestion: None,
        };
        match assessment
            .answers
            .iter_mut()
            .find(|a| a.criterion == self.criterion)
        {
            Some(existing) => *existing = answer,
            None => assessment.answers.push(answer),
        }
    }
}

/// The rating `evaluation` gives `criterion`: a level id,
/// `not_applicable` or `not_assessable`; `None` when it is unanswered or
/// needs correction.
pub(crate) fn rating(evaluation: &Evaluation, criterion: &str) -> Option<String> {
    match &evaluation.criterion(criterion)?.outcome {
        Outcome::Rated { level, .. } => Some(level.clone()),
        Outcome::NotApplicable => Some("not_applicable".to_owned()),
        Outcome::NotAssessable => Some("not_assessable".to_owned()),
        Outcome::Unanswered | Outcome::NeedsCorrection { .. } => None,
    }
}
