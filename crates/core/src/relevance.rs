//! Relevance: which criteria matter for one assessment. A criterion matters
//! when it applies to the body (its kind, or the body by name) and its
//! `relevant_when` condition holds given the other answers (the council
//! follow-ups only when there is a council). Every place that lists the
//! criteria to ask, to score or to report as unanswered goes through
//! [`relevant_criteria`], so the widget, the checks and the scores agree.
//!
//! A condition on a criterion that is not answered yet counts as met: the
//! follow-up stays relevant until the answer rules it out. Answering can then
//! only take criteria out of a score, never bring new ones in: a provisional
//! score (its unanswered criteria at 0) never counts on a follow-up that may
//! not exist. An answer that needs correction (it fails
//! [`crate::check_observation`]) decides nothing yet, as if unanswered; nor
//! does one only suggested (`suggested_by`). A condition on a criterion that
//! is itself irrelevant, or answered "not applicable" or "could not be
//! assessed", is not met.

use crate::assessment::{Assessment, Observation};
use crate::criteria::{Condition, CriteriaSet, Criterion, NO, YES};
use crate::field::check_observation;
use crate::ordered::position_from;

/// Whether `criterion` (of `set`) is relevant for `assessment`: it applies
/// to the assessed body and its condition holds.
pub fn is_relevant(set: &CriteriaSet, assessment: &Assessment, criterion: &Criterion) -> bool {
    let mut relevance = Relevance::new(set, assessment);
    match set.criteria.iter().position(|c| c.id == criterion.id) {
        Some(i) => relevance.relevant(i, 0),
        None => false,
    }
}

/// The criteria of `set` that are relevant for `assessment`, in the set's
/// order: the ones a citizen is asked, that are scored, and that are
/// reported when unanswered.
pub fn relevant_criteria<'a>(
    set: &'a CriteriaSet,
    assessment: &Assessment,
) -> impl Iterator<Item = &'a Criterion> + 'a {
    let flags = relevance_flags(set, assessment);
    set.criteria
        .iter()
        .zip(flags)
        .filter_map(|(criterion, relevant)| relevant.then_some(criterion))
}

/// For each criterion of `set`, in order, whether it is relevant.
pub(crate) fn relevance_flags(set: &CriteriaSet, assessment: &Assessment) -> Vec<bool> {
    let mut relevance = Relevance::new(set, assessment);
    (0..set.criteria.len())
        .map(|i| relevance.relevant(i, 0))
        .collect()
}

/// The number an `at_least` rule or condition compares: the count, the
/// options ticked, the links given, the accounts named.
pub(crate) fn number(observation: &Observation) -> Option<u64> {
    match observation {
        Observation::Count(n) => Some(*n),
        Observation::Choices(ticked) => Some(ticked.len() as u64),
        Observation::Urls(urls) => Some(urls.len() as u64),
        Observation::Accounts(accounts) => Some(accounts.len() as u64),
        _ => None,
    }
}

/// The decision for one assessment, each criterion decided once. Nothing
/// is hashed: the answers follow the set's order, so each is found in a
/// step or two (`position_from`), and a condition's criterion is searched
/// in the set only when that condition is weighed.
struct Relevance<'a> {
    set: &'a CriteriaSet,
    assessment: &'a Assessment,
    /// The first answer to each criterion, by the criterion's position.
    answers: Vec<Option<&'a Observation>>,
    /// What is decided so far, by position.
    decided: Vec<Option<bool>>,
}

impl<'a> Relevance<'a> {
    fn new(set: &'a CriteriaSet, assessment: &'a Assessment) -> Self {
        let mut answers = vec![None; set.criteria.len()];
        let mut next = 0;
        // A suggestion (`suggested_by`) is not the citizen's answer: it
        // decides no condition, as `evaluate` does not score it.
        for answer in assessment
            .answers
            .iter()
            .filter(|a| a.suggested_by.is_none())
        {
            if let Some(i) = position_from(&set.criteria, next, |c| c.id == answer.criterion) {
                answers[i].get_or_insert(&answer.observation);
                next = i + 1;
            }
        }
        Relevance {
            set,
            assessment,
            answers,
            decided: vec![None; set.criteria.len()],
        }
    }

    /// Whether the criterion at `i` is relevant; `depth` guards against a
    /// cycle in a set that was not validated (a cycle is never relevant).
    fn relevant(&mut self, i: usize, depth: usize) -> bool {
        if let Some(known) = self.decided[i] {
            return known;
        }
        if depth > self.set.criteria.len() {
            return false;
        }
        let (set, assessment) = (self.set, self.assessment);
        let criterion = &set.criteria[i];
        let site = &assessment.site;
        let relevant = criterion
            .applies_to
            .includes(site.body_kind, site.body.as_deref())
            && criterion
                .relevant_when
                .as_ref()
                .is_none_or(|condition| self.holds(condition, depth + 1));
        self.decided[i] = Some(relevant);
        relevant
    }

    fn holds(&mut self, condition: &Condition, depth: usize) -> bool {
        match condition {
            Condition::All { all } => all.iter().all(|c| self.holds(c, depth)),
            Condition::Any { any } => any.iter().any(|c| self.holds(c, depth)),
            Condition::AnswerIn {
                criterion,
                answer_in,
            } => self.answer(criterion, depth).is_none_or(|observation| {
                let listed = |value: &str| answer_in.iter().any(|a| a == value);
                match observation {
                    Observation::YesNo(yes) => listed(if *yes { YES } else { NO }),
                    Observation::Choice(option) => listed(option),
                    Observation::Choices(ticked) => ticked.iter().any(|o| listed(o)),
                    _ => false,
                }
            }),
            Condition::AtLeast {
                criterion,
                at_least,
            } => self
                .answer(criterion, depth)
                .is_none_or(|observation| number(observation).is_some_and(|n| n >= *at_least)),
        }
    }

    /// The answer that decides a condition on `id`: `None` while it is not
    /// answered, or its answer needs correction (the condition is met),
    /// `Some` of it otherwise; a criterion that is unknown or irrelevant
    /// decides as an observation that meets nothing.
    fn answer(&mut self, id: &str, depth: usize) -> Option<&'a Observation> {
        const MEETS_NOTHING: &Observation = &Observation::NotApplicable;
        let Some(i) = self.set.criteria.iter().position(|c| c.id == id) else {
            return Some(MEETS_NOTHING);
        };
        if !self.relevant(i, depth) {
            return Some(MEETS_NOTHING);
        }
        let set = self.set;
        let observation = self.answers[i]?;
        check_observation(&set.criteria[i], observation, self.assessment.check_day())
            .is_empty()
            .then_some(observation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    use crate::test_support::local_assessment as local;

    fn relevant(set: &CriteriaSet, answers: &str, id: &str) -> bool {
        let criterion = set.criterion(id).expect(id);
        is_relevant(set, &local(answers), criterion)
    }

    fn set() -> &'static CriteriaSet {
        Catalogue::bundled()
            .set("az-nap-2016-2018")
            .expect("bundled set")
    }

    const NO_COUNCIL: &str = r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": false}}"#;

    #[test]
    fn a_follow_up_is_relevant_until_its_condition_is_answered_otherwise() {
        let set = set();
        assert!(relevant(set, "", "4.2.1.meetings"));
        assert!(relevant(set, "", "4.2.1.last_meeting"));
        assert!(!relevant(set, NO_COUNCIL, "4.2.1.meetings"));
        // Through the chain: no council, so no meeting to date.
        assert!(!relevant(set, NO_COUNCIL, "4.2.1.last_meeting"));
        let not_assessable =
            r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "not_assessable"}}"#;
        assert!(!relevant(set, not_assessable, "4.2.1.meetings"));
        // An answer that needs correction decides nothing yet.
        let too_many =
            r#"{"criterion": "4.2.1.meetings", "observation": {"type": "count", "value": 5000}}"#;
        assert!(relevant(set, too_many, "4.2.1.last_meeting"));
        // A suggestion the citizen has not confirmed decides nothing either.
        let suggested = r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": false}, "suggested_by": "probe"}"#;
        assert!(relevant(set, suggested, "4.2.1.meetings"));
    }

    #[test]
    fn relevant_criteria_follow_the_set_and_leave_out_other_bodies_and_ruled_out_follow_ups() {
        let set = set();
        let assessment = local(NO_COUNCIL);
        let listed: Vec<&str> = relevant_criteria(set, &assessment)
            .map(|c| c.id.as_str())
            .collect();
        assert!(listed.contains(&"4.2.1.council_exists"));
        assert!(!listed.contains(&"4.2.1.meetings"));
        assert!(!listed.contains(&"2.2.legal_aid"), "the Ombudsman's only");
        let positions: Vec<usize> = listed
            .iter()
            .map(|id| {
                set.criteria
                    .iter()
                    .position(|c| c.id == *id)
                    .expect("listed")
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_cycle_in_an_unchecked_set_ends_as_irrelevant() {
        let mut set = set().clone();
        let position = |id: &str| set.criteria.iter().position(|c| c.id == id).expect(id);
        let (exists, meetings) = (position("4.2.1.council_exists"), position("4.2.1.meetings"));
        set.criteria[exists].relevant_when = Some(Condition::AtLeast {
            criterion: "4.2.1.meetings".into(),
            at_least: 1,
        });
        let criterion = set.criteria[meetings].clone();
        assert!(!is_relevant(&set, &local(""), &criterion));
    }
}
