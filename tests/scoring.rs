//! The scoring rule's promises, as properties over random assessments of the
//! bundled sets (ARCHITECTURE.md, "Scoring"). Answers are drawn from the
//! rule fixtures' observations (ratings at every level, "not applicable",
//! "could not be assessed", observations that need correction) for a random
//! body and added one at a time in the set's order, as the widget asks them:
//! - a commitment's score, once it has one, never goes down when the next
//!   answer comes (unanswered criteria count 0, follow-ups only drop out);
//! - each score is the sum of its criteria's contributions;
//! - coverage and the provisional mark agree with the outcomes;
//! - no irrelevant criterion is in the evaluation, every relevant one is.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::relevance::relevant_criteria;
use napcheck_core::{
    evaluate, Answer, Assessment, BodyKind, Catalogue, CriteriaSet, Day, Evaluation, Lang,
    Observation, Outcome, SetRef, Site,
};
use napcheck_tests::json_files;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Per set id: each criterion's observations from the rule fixtures, in
/// the set's order, and the fixture's day of the check.
struct Observations {
    checked_on: Day,
    by_criterion: Vec<(String, Vec<Observation>)>,
}

fn observations() -> &'static BTreeMap<String, Observations> {
    static ALL: OnceLock<BTreeMap<String, Observations>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = BTreeMap::new();
        for path in json_files("tests/fixtures/rules") {
            let fixture: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let id = fixture["criteria_set"].as_str().unwrap().to_owned();
            let set = Catalogue::bundled().set(&id).unwrap();
            let mut by_criterion: Vec<(String, Vec<Observation>)> = set
                .criteria
                .iter()
                .map(|c| (c.id.clone(), Vec::new()))
                .collect();
            for case in fixture["cases"].as_array().unwrap() {
                let criterion = case["criterion"].as_str().unwrap();
                let observation: Observation =
                    serde_json::from_value(case["observation"].clone()).unwrap();
                let slot = by_criterion.iter_mut().find(|(c, _)| c == criterion);
                slot.unwrap().1.push(observation);
            }
            let checked_on = fixture["checked_on"].as_str().unwrap().parse().unwrap();
            all.insert(
                id,
                Observations {
                    checked_on,
                    by_criterion,
                },
            );
        }
        all
    })
}

const KINDS: [BodyKind; 2] = [BodyKind::LocalExecutive, BodyKind::CentralExecutive];

fn assessment(
    set: &CriteriaSet,
    kind: BodyKind,
    checked_on: Day,
    answers: &[Answer],
) -> Assessment {
    Assessment {
        schema: None,
        criteria_set: SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        },
        site: Site {
            url: Some("https://example.gov.az".into()),
            name: "Example".into(),
            body_kind: kind,
            body: None,
            region: None,
        },
        checked_on,
        checked_until: None,
        language: Lang::En,
        assessor: None,
        answers: answers.to_vec(),
        result: None,
        migration: None,
    }
}

/// What each evaluation must satisfy on its own.
fn consistent(set: &CriteriaSet, assessment: &Assessment, evaluation: &Evaluation) {
    let relevant: Vec<&str> = relevant_criteria(set, assessment)
        .map(|c| c.id.as_str())
        .collect();
    let evaluated: Vec<&str> = evaluation
        .criteria
        .iter()
        .map(|r| r.criterion.as_str())
        .collect();
    assert_eq!(evaluated, relevant);
    assert_eq!(evaluation.coverage.relevant, relevant.len());
    let missing = |o: &Outcome| matches!(o, Outcome::Unanswered | Outcome::NeedsCorrection { .. });
    assert_eq!(
        evaluation.provisional,
        evaluation.criteria.iter().any(|r| missing(&r.outcome))
    );
    for commitment in &evaluation.commitments {
        let results: Vec<_> = evaluation
            .criteria
            .iter()
            .filter(|r| r.commitment == commitment.commitment)
            .collect();
        assert_eq!(commitment.coverage.relevant, results.len());
        let rated = results
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Rated { .. }))
            .count();
        assert_eq!(commitment.coverage.rated, rated);
        assert_eq!(
            commitment.provisional,
            results.iter().any(|r| missing(&r.outcome))
        );
        if let Some(score) = commitment.score {
            let sum: f64 = results.iter().filter_map(|r| r.contribution).sum();
            assert!((sum - score).abs() < 1e-9, "{commitment:?}: {sum}");
            assert!((0.0..=100.0).contains(&score));
        }
    }
}

/// A random draft: a set, a kind of body, and for each criterion whether it
/// is answered and with which of its fixture observations.
fn draft() -> impl Strategy<Value = (String, BodyKind, Vec<Option<usize>>)> {
    let sets: Vec<String> = observations().keys().cloned().collect();
    (
        prop::sample::select(sets),
        prop::sample::select(KINDS.to_vec()),
        prop::collection::vec(prop::option::weighted(0.6, any::<usize>()), 80),
    )
        .prop_map(|(set, kind, picks)| (set, kind, picks))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn answering_in_order_never_lowers_a_started_commitment((set_id, kind, picks) in draft()) {
        let set = Catalogue::bundled().set(&set_id).unwrap();
        let fixture = &observations()[&set_id];
        let answers: Vec<Answer> = fixture
            .by_criterion
            .iter()
            .zip(picks.iter().cycle())
            .filter_map(|((criterion, observations), pick)| {
                let pick = (*pick)?;
                (!observations.is_empty()).then(|| Answer {
                    criterion: criterion.clone(),
                    observation: observations[pick % observations.len()].clone(),
                    evidence: vec![],
                    note: None,
                    observed_on: None,
                    suggested_by: None,
                    suggestion: None,
                })
            })
            .collect();
        let mut before: Option<Evaluation> = None;
        for k in 0..=answers.len() {
            let assessment = assessment(set, kind, fixture.checked_on, &answers[..k]);
            let evaluation = evaluate(&assessment, set).unwrap();
            consistent(set, &assessment, &evaluation);
            if let Some(before) = &before {
                for earlier in &before.commitments {
                    let Some(was) = earlier.score else { continue };
                    let now = evaluation
                        .commitment(&earlier.commitment)
                        .and_then(|c| c.score);
                    let Some(now) = now else {
                        return Err(TestCaseError::fail(format!(
                            "{} lost its score on answer {:?}",
                            earlier.commitment,
                            answers[k - 1]
                        )));
                    };
                    prop_assert!(
                        now >= was - 1e-9,
                        "{} fell from {was} to {now} on answer {:?}",
                        earlier.commitment,
                        answers[k - 1]
                    );
                }
            }
            before = Some(evaluation);
        }
    }
}
