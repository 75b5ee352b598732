//! The assessments of one body, folded vote by vote ([`BodyVotes::add`]),
//! then merged per criterion into a consensus ([`BodyVotes::finish`]): the
//! consensus of each criterion, the body's agreement, and the consensus
//! written as one assessment, which [`crate::evaluate`] scores exactly as
//! it scores a citizen's (a disputed criterion is written "could not be
//! assessed", so it is reported and never scored).

use super::vote::Vote;
use super::{method, Agreement, Answer, BodyId, Consensus, Method};
use crate::assessment::{Answer as AnswerRecord, Assessment, Observation, SetRef, Site};
use crate::body::BodyKind;
use crate::criteria::CriteriaSet;
use crate::day::Day;
use crate::evaluate::Evaluation;
use crate::text::Lang;

/// The votes gathered for one body.
#[derive(Debug, Clone)]
pub struct BodyVotes {
    id: BodyId,
    first: Option<(SetRef, Site, Lang)>,
    /// Assessments per kind of body (in `BodyKind::ALL` order), and the
    /// order in which each kind was first seen.
    kinds: [(usize, usize); 4],
    assessments: usize,
    latest: Option<Day>,
    /// The earliest first day of a check among the assessments.
    earliest: Option<Day>,
    /// Per criterion of the set, in its order.
    votes: Vec<Vec<Vote>>,
    /// Per criterion: observations the criterion cannot take, left out.
    invalid: Vec<usize>,
}

/// One criterion's consensus for one body.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionConsensus {
    /// The criterion's id.
    pub criterion: String,
    /// How its rated answers were merged.
    pub method: Method,
    /// The consensus.
    pub consensus: Consensus,
    /// Valid answers given (assessors who answered it).
    pub answers: usize,
    /// Observations left out because the criterion cannot take them.
    pub invalid: usize,
    /// Whether the assessors gave different answers.
    pub differs: bool,
    /// The agreement on this one unit.
    pub agreement: Agreement,
}

/// Everything merged for one body.
#[derive(Debug, Clone)]
pub struct BodyConsensus {
    /// The body.
    pub id: BodyId,
    /// Assessments merged.
    pub assessments: usize,
    /// Per criterion answered or applicable, in the set's order.
    pub criteria: Vec<CriterionConsensus>,
    /// Agreement over the body's criteria.
    pub agreement: Agreement,
    /// The consensus as one assessment: the first assessment's site, name
    /// and language, the most frequent kind of body, the latest day of
    /// check, and one answer per criterion with a consensus.
    pub assessment: Assessment,
}

impl BodyConsensus {
    /// The ids of the disputed criteria.
    pub fn disputed(&self) -> Vec<&str> {
        self.criteria
            .iter()
            .filter(|c| matches!(c.consensus, Consensus::Disputed(_)))
            .map(|c| c.criterion.as_str())
            .collect()
    }
}

impl BodyVotes {
    /// No votes yet for body `id`, assessed against `set`.
    pub fn new(id: BodyId, set: &CriteriaSet) -> BodyVotes {
        BodyVotes {
            id,
            first: None,
            kinds: [(0, usize::MAX); 4],
            assessments: 0,
            latest: None,
            earliest: None,
            votes: vec![Vec::new(); set.criteria.len()],
            invalid: vec![0; set.criteria.len()],
        }
    }

    /// The body.
    pub fn id(&self) -> &BodyId {
        &self.id
    }

    /// Folds in one assessment of this body and its evaluation against `set`.
    pub fn add(&mut self, assessment: &Assessment, evaluation: &Evaluation, set: &CriteriaSet) {
        if self.first.is_none() {
            self.first = Some((
                assessment.criteria_set.clone(),
                assessment.site.clone(),
                assessment.language,
            ));
        }
        let seen = self.assessments;
        if let Some(slot) = BodyKind::ALL
            .iter()
            .position(|&k| k == assessment.site.body_kind)
        {
            let (count, first) = &mut self.kinds[slot];
            *count += 1;
            *first = (*first).min(seen);
        }
        self.assessments += 1;
        self.latest = self.latest.max(Some(assessment.check_day()));
        self.earliest = Some(match self.earliest {
            Some(day) => day.min(assessment.checked_on),
            None => assessment.checked_on,
        });
        // The first answer to a criterion counts, as in the evaluation.
        let first = crate::ordered::first_answers(&set.criteria, &assessment.answers);
        let mut next = 0;
        for result in &evaluation.criteria {
            let Some(i) =
                crate::ordered::position_from(&set.criteria, next, |c| c.id == result.criterion)
            else {
                continue;
            };
            next = i + 1;
            let criterion = &set.criteria[i];
            match (
                Answer::of(&result.outcome, &set.scale),
                first[i].map(|answer| &answer.observation),
            ) {
                (Some(answer), Some(observation)) => self.votes[i].push(Vote::new(
                    answer,
                    observation,
                    &criterion.observation,
                    assessment.check_day(),
                )),
                _ if matches!(
                    result.outcome,
                    crate::evaluate::Outcome::NeedsCorrection { .. }
                ) =>
                {
                    self.invalid[i] += 1
                }
                _ => {}
            }
        }
    }

    /// Merges the votes: see the module's documentation.
    pub fn finish(&self, set: &CriteriaSet) -> Option<BodyConsensus> {
        let (set_ref, first_site, language) = self.first.clone()?;
        let checked_on = self.latest?;
        let kind = self
            .kinds
            .iter()
            .zip(BodyKind::ALL)
            .filter(|((n, _), _)| *n > 0)
            // Most assessments, then first seen.
            .min_by_key(|((n, first), _)| (std::cmp::Reverse(*n), *first))
            .map_or(first_site.body_kind, |(_, k)| k);
        let levels = set.scale.levels.len();
        let mut agreement = Agreement::new(levels);
        let mut criteria = Vec::new();
        let mut answers = Vec::new();
        for (i, criterion) in set.criteria.iter().enumerate() {
            let votes = &self.votes[i];
            let applies = criterion
                .applies_to
                .includes(kind, first_site.body.as_deref());
            if votes.is_empty() && self.invalid[i] == 0 && !applies {
                continue;
            }
            let method = method(criterion);
            let (consensus, representative) = decide(method, votes);
            let given: Vec<Answer> = votes.iter().map(|v| v.answer).collect();
            let mut unit = Agreement::new(levels);
            unit.add_unit(&given);
            agreement.merge(&unit);
            let observation = match &consensus {
                Consensus::Agreed(_) => representative
                    .and_then(|v| votes[v].observation(&criterion.observation, checked_on)),
                Consensus::Disputed(_) => Some(Observation::NotAssessable),
                Consensus::Unanswered => None,
            };
            if let Some(observation) = observation {
                answers.push(AnswerRecord {
                    criterion: criterion.id.clone(),
                    observation,
                    evidence: Vec::new(),
                    note: None,
                    observed_on: None,
                    suggested_by: None,
                    suggestion: None,
                });
            }
            criteria.push(CriterionConsensus {
                criterion: criterion.id.clone(),
                method,
                differs: given.iter().any(|a| *a != given[0]) || self.invalid[i] > 0,
                consensus,
                answers: given.len(),
                invalid: self.invalid[i],
                agreement: unit,
            });
        }
        let site = Site {
            body_kind: kind,
            region: None,
            ..first_site
        };
        Some(BodyConsensus {
            id: self.id.clone(),
            assessments: self.assessments,
            criteria,
            agreement,
            assessment: Assessment {
                schema: None,
                criteria_set: set_ref,
                site,
                // The period the assessments cover; its last day is the
                // day every rule and every written-back date counts from.
                checked_on: self.earliest.unwrap_or(checked_on),
                checked_until: (self.earliest != Some(checked_on)).then_some(checked_on),
                migration: None,
                language,
                assessor: None,
                answers,
                result: None,
            },
        })
    }
}

/// The consensus of one criterion's votes and the vote whose observation
/// stands for it.
fn decide(method: Method, votes: &[Vote]) -> (Consensus, Option<usize>) {
    if votes.is_empty() {
        return (Consensus::Unanswered, None);
    }
    let disputed = || Consensus::Disputed(tally(votes.iter().map(|v| v.answer)));
    // First: rated, not applicable or not assessable, whichever most gave.
    let rated = votes
        .iter()
        .filter(|v| matches!(v.answer, Answer::Level(_)))
        .count();
    let unscored = |a: Answer| votes.iter().filter(|v| v.answer == a).count();
    let statuses = [
        (None, rated),
        (Some(Answer::NotApplicable), unscored(Answer::NotApplicable)),
        (Some(Answer::NotAssessable), unscored(Answer::NotAssessable)),
    ];
    let top = statuses.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let winners: Vec<Option<Answer>> = statuses
        .iter()
        .filter(|(_, n)| *n == top)
        .map(|(a, _)| *a)
        .collect();
    match winners.as_slice() {
        [Some(answer)] => {
            let at = votes.iter().position(|v| v.answer == *answer);
            return (Consensus::Agreed(*answer), at);
        }
        [None] => {}
        _ => return (disputed(), None),
    }
    // Then, among the rated answers, by the criterion's method.
    let mut rated: Vec<usize> = (0..votes.len())
        .filter(|&i| matches!(votes[i].answer, Answer::Level(_)))
        .collect();
    match method {
        Method::Mode => {
            let levels = tally(rated.iter().map(|&i| votes[i].answer));
            let top = levels.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let mut best = levels.iter().filter(|(_, n)| *n == top);
            let (Some((level, _)), None) = (best.next(), best.next()) else {
                return (disputed(), None);
            };
            // The most frequent observation at that level (the smallest
            // key among equals): every one of them rates the same.
            let keys = tally(
                rated
                    .iter()
                    .filter(|&&i| votes[i].answer == *level)
                    .map(|&i| votes[i].key),
            );
            let most = keys.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let key = keys.iter().find(|(_, n)| *n == most).map(|(k, _)| *k);
            let at = rated
                .iter()
                .copied()
                .find(|&i| votes[i].answer == *level && Some(votes[i].key) == key);
            (Consensus::Agreed(*level), at)
        }
        Method::Median => {
            rated.sort_by_key(|&i| votes[i].key);
            let n = rated.len();
            let lower = rated[(n - 1) / 2];
            let upper = rated[n / 2];
            if votes[lower].answer != votes[upper].answer {
                return (disputed(), None);
            }
            (Consensus::Agreed(votes[lower].answer), Some(lower))
        }
    }
}

/// Each distinct item with how often it occurs, in order.
fn tally<T: Ord + Copy>(items: impl Iterator<Item = T>) -> Vec<(T, usize)> {
    let mut counts: std::collections::BTreeMap<T, usize> = std::collections::BTreeMap::new();
    for item in items {
        *counts.entry(item).or_default() += 1;
    }
    counts.into_iter().collect()
}
