//! Disagreements as data: for each criterion of one body where the
//! assessors differ, every assessor's observation with its evidence and
//! note, beside the consensus — what a reviewer needs to settle it.

use super::{Answer, BodyVotes, Consensus};
use crate::assessment::{Assessment, Assessor, Observation};
use crate::criteria::CriteriaSet;
use crate::evaluate::Evaluation;

/// One assessor's side of a disagreement.
#[derive(Debug, Clone, PartialEq)]
pub struct Witness {
    /// Which assessment (as the caller named it, e.g. its file).
    pub source: String,
    /// Who made it, when they said.
    pub assessor: Option<Assessor>,
    /// Its answer; `None` for an observation the criterion cannot take.
    pub answer: Option<Answer>,
    /// What they recorded.
    pub observation: Observation,
    /// Their evidence links.
    pub evidence: Vec<String>,
    /// Their note.
    pub note: Option<String>,
}

/// One criterion on which the assessors of one body differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// The criterion's id.
    pub criterion: String,
    /// What the assessors settled on (possibly disputed).
    pub consensus: Consensus,
    /// Every answer to it, in the order given.
    pub witnesses: Vec<Witness>,
}

/// The disagreements among `assessments` of one body (each with its name
/// and evaluation against `set`), in the set's order of criteria.
pub fn disagreements(
    set: &CriteriaSet,
    assessments: &[(String, &Assessment, &Evaluation)],
) -> Vec<Disagreement> {
    let Some((_, first, _)) = assessments.first() else {
        return Vec::new();
    };
    let resolver = super::BodyResolver::default();
    let mut votes = BodyVotes::new(resolver.resolve(&first.site), set);
    for (_, assessment, evaluation) in assessments {
        votes.add(assessment, evaluation, set);
    }
    let Some(merged) = votes.finish(set) else {
        return Vec::new();
    };
    merged
        .criteria
        .into_iter()
        .filter(|c| c.differs)
        .map(|c| {
            let witnesses = assessments
                .iter()
                .filter_map(|(source, assessment, evaluation)| {
                    let answer = assessment
                        .answers
                        .iter()
                        .find(|a| a.criterion == c.criterion)?;
                    let outcome = &evaluation.criterion(&c.criterion)?.outcome;
                    Some(Witness {
                        source: source.clone(),
                        assessor: assessment.assessor.clone(),
                        answer: Answer::of(outcome, &set.scale),
                        observation: answer.observation.clone(),
                        evidence: answer.evidence.clone(),
                        note: answer.note.clone(),
                    })
                })
                .collect();
            Disagreement {
                criterion: c.criterion,
                consensus: c.consensus,
                witnesses,
            }
        })
        .collect()
}
