//! A dataset grouped by body: each assessment's votes go to its body
//! ([`crate::consensus::BodyResolver`]); at the end each body's consensus is
//! evaluated like any assessment and folded into an [`Aggregate`], in the
//! order the bodies were first seen.

use super::Aggregate;
use crate::assessment::Assessment;
use crate::consensus::{BodyConsensus, BodyId, BodyResolver, BodyVotes};
use crate::criteria::CriteriaSet;
use crate::evaluate::{evaluate, Evaluation};
use std::collections::HashMap;

/// The assessments of one criteria set, grouped by body.
#[derive(Debug, Clone)]
pub struct ByBody {
    resolver: BodyResolver,
    index: HashMap<BodyId, usize>,
    bodies: Vec<BodyVotes>,
}

impl ByBody {
    /// No assessment yet; bodies resolved with `resolver`.
    pub fn new(resolver: BodyResolver) -> ByBody {
        ByBody {
            resolver,
            index: HashMap::new(),
            bodies: Vec::new(),
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
            let body = votes.finish(set)?;
            // The consensus names this set, so the evaluation cannot fail.
            let evaluation = evaluate(&body.assessment, set).ok()?;
            Some((body, evaluation))
        })
    }
}
