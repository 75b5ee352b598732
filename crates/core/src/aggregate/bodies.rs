//! A dataset grouped by body: each assessment's votes go to its body
//! ([`crate::consensus::BodyResolver`]); at the end each body's consensus is
//! evaluated like any assessment and folded into an [`Aggregate`], in the
//! order the bodies were first seen. Bodies' replies (`reply`) are kept
//! beside the votes: a corrected one changes the consensus before it is
//! evaluated. The probe's suggestions are counted per assessment
//! ([`ProbeAgreement`]).

use super::Aggregate;
use crate::assessment::Assessment;
use crate::consensus::{BodyConsensus, BodyId, BodyResolver, BodyVotes};
use crate::criteria::CriteriaSet;
use crate::evaluate::{evaluate, Evaluation};
use crate::hints::ProbeAgreement;
use crate::reply::{Contest, ContestedRating};
use std::collections::HashMap;

/// The assessments of one criteria set, grouped by body.
#[derive(Debug, Clone)]
pub struct ByBody {
    resolver: BodyResolver,
    index: HashMap<BodyId, usize>,
    bodies: Vec<BodyVotes>,
    replies: Vec<Contest>,
    probe: Option<ProbeAgreement>,
}

impl ByBody {
    /// No assessment yet; bodies resolved with `resolver`.
    pub fn new(resolver: BodyResolver) -> ByBody {
        ByBody {
            resolver,
            index: HashMap::new(),
            bodies: Vec::new(),
            replies: Vec::new(),
            probe: None,
        }
    }

    /// Adds one assessment of `set` and its evaluation to its body.
    pub fn add(&mut self, assessment: &Assessment, evaluation: &Evaluation, set: &CriteriaSet) {
        let id = self.resolver.resolve(&assessment.site);
        let at = match self.index.get(&id) {
            Some(&at) => at,
            None => {
                self.index.insert(id.clone(), self.bodies.len());
                self.bodies.push(BodyVotes::new(id, set));
                self.bodies.len() - 1
            }
        };
        self.bodies[at].add(assessment, evaluation, set);
        self.probe
            .get_or_insert_with(|| ProbeAgreement::new(set))
            .add(assessment);
    }

    /// Keeps a body's reply (of this set's round) beside its votes.
    pub fn add_reply(&mut self, contest: Contest) {
        self.replies.push(contest);
    }

    /// How often citizens agreed with the probe's suggestions, per
    /// criterion; `None` before the first assessment.
    pub fn probe_agreement(&self) -> Option<&ProbeAgreement> {
        self.probe.as_ref()
    }

    /// Every reply in the order added, with the rating it contests and
    /// the rating after the corrections (both evaluated by the core).
    pub fn contested<'a>(&'a self, set: &CriteriaSet) -> Vec<ContestedRating<'a>> {
        self.replies
            .iter()
            .map(|contest| {
                let consensus = self
                    .index
                    .get(&contest.body)
                    .and_then(|&at| self.bodies[at].finish(set));
                let criterion = contest.reply.criterion.as_str();
                let (name, rated, now, claimed) = match consensus {
                    None => (None, None, None, None),
                    Some(mut body) => {
                        let rated = evaluate(&body.assessment, set)
                            .ok()
                            .and_then(|e| crate::reply::rating(&e, criterion));
                        let mut as_claimed = body.assessment.clone();
                        let mut upheld = contest.reply.clone();
                        upheld.status = crate::reply::ReplyStatus::Corrected;
                        upheld.correct(&mut as_claimed);
                        let claimed = evaluate(&as_claimed, set)
                            .ok()
                            .and_then(|e| e.criterion(criterion).cloned());
                        self.correct(&mut body);
                        let now = evaluate(&body.assessment, set)
                            .ok()
                            .and_then(|e| crate::reply::rating(&e, criterion));
                        (Some(body.assessment.site.name.clone()), rated, now, claimed)
                    }
                };
                ContestedRating {
                    reply: &contest.reply,
                    body: contest.body.clone(),
                    name,
                    now: rated.as_ref().and(now),
                    claimed: rated.as_ref().and(claimed),
                    rated,
                }
            })
            .collect()
    }

    /// Applies the corrected replies of `body` to its consensus, criterion
    /// by criterion; a reply to a criterion the body was not rated on
    /// changes nothing.
    fn correct(&self, body: &mut BodyConsensus) {
        for contest in self.replies.iter().filter(|c| c.body == body.id) {
            let rated = body
                .assessment
                .answers
                .iter()
                .any(|a| a.criterion == contest.reply.criterion);
            if rated {
                contest.reply.correct(&mut body.assessment);
            }
        }
    }

    /// Bodies so far.
    pub fn len(&self) -> usize {
        self.bodies.len()
    }

    /// Whether no assessment was added.
    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }

    /// Every body's consensus, evaluated against `set` and aggregated.
    pub fn finish(&self, set: &CriteriaSet) -> Aggregate {
        let mut aggregate = Aggregate::new(set);
        for (body, evaluation) in self.consensuses(set) {
            aggregate.add_body(&body, &evaluation);
        }
        aggregate
    }

    /// Each body's consensus and its evaluation against `set`, in the order
    /// the bodies were first seen (the order of [`Aggregate::bodies`]): the
    /// rows of a per-body, per-criterion table. Computed on demand, one body
    /// at a time.
    pub fn consensuses<'a>(
        &'a self,
        set: &'a CriteriaSet,
    ) -> impl Iterator<Item = (BodyConsensus, Evaluation)> + 'a {
        self.bodies.iter().filter_map(move |votes| {
            let mut body = votes.finish(set)?;
            self.correct(&mut body);
            // The consensus names this set, so the evaluation cannot fail.
            let evaluation = evaluate(&body.assessment, set).ok()?;
            Some((body, evaluation))
        })
    }
}
