//! Every criterion's rule, exercised by data: `tests/fixtures/rules/<set>.json`
//! lists observations with the level each must earn, `needs_correction` for
//! an observation the field checks refuse, or `irrelevant` when the answers
//! `given` beside it rule the criterion out. The test fails when a criterion
//! of a bundled set has no case, when a criterion with a relevance condition
//! has no `irrelevant` case, when a case earns another outcome, and (through
//! the snapshot) when an explanation's or a correction's wording changes.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::{
    evaluate, relevance, Answer, Assessment, Catalogue, CriteriaSet, Day, Lang, Observation,
    Outcome, SetRef, Site,
};
use napcheck_tests::{json_files, root};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFixture {
    criteria_set: String,
    checked_on: Day,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    criterion: String,
    observation: Observation,
    /// Other answers recorded beside it (they decide its relevance).
    #[serde(default)]
    given: Vec<Given>,
    /// A level id, `not_applicable`, `not_assessable`, `needs_correction`
    /// or `irrelevant`.
    expect: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Given {
    criterion: String,
    observation: Observation,
}

fn answer(criterion: &str, observation: Observation) -> Answer {
    Answer {
        criterion: criterion.into(),
        observation,
        evidence: vec![],
        note: None,
        observed_on: None,
        suggested_by: None,
        suggestion: None,
    }
}

fn assessment_for(
    set: &CriteriaSet,
    criterion: &str,
    observation: Observation,
    given: Vec<Given>,
    checked_on: Day,
) -> Assessment {
    let catalogue = Catalogue::bundled();
    let c = set
        .criterion(criterion)
        .unwrap_or_else(|| panic!("no criterion {criterion}"));
    let (body_kind, body) = match c.applies_to.kinds.first() {
        Some(kind) => (*kind, None),
        None => {
            let id = &c.applies_to.bodies[0];
            (catalogue.bodies().get(id).unwrap().kind, Some(id.clone()))
        }
    };
    Assessment {
        schema: None,
        criteria_set: SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        },
        site: Site {
            url: Some("https://example.gov.az".into()),
            name: "Example".into(),
            body_kind,
            body,
            region: None,
        },
        checked_on,
        checked_until: None,
        language: Lang::En,
        assessor: None,
        answers: given
            .into_iter()
            .map(|g| answer(&g.criterion, g.observation))
            .chain([answer(criterion, observation)])
            .collect(),
        result: None,
        migration: None,
    }
}

fn outcome_name(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Rated { level, .. } => level.clone(),
        Outcome::NotApplicable => "not_applicable".into(),
        Outcome::NotAssessable => "not_assessable".into(),
        Outcome::Unanswered => "unanswered".into(),
        Outcome::NeedsCorrection { .. } => "needs_correction".into(),
    }
}

#[test]
fn every_rule_earns_its_expected_level() {
    let catalogue = Catalogue::bundled();
    let mut covered_sets = BTreeSet::new();
    for path in json_files("tests/fixtures/rules") {
        let fixture: RuleFixture =
            napcheck_core::parse::from_str(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let set = catalogue.set(&fixture.criteria_set).unwrap();
        covered_sets.insert(set.id.clone());
        let mut seen = BTreeSet::new();
        let mut failures = Vec::new();
        let mut snapshot = String::new();
        let mut irrelevant_seen = BTreeSet::new();
        for case in fixture.cases {
            seen.insert(case.criterion.clone());
            let criterion = set.criterion(&case.criterion).unwrap();
            let assessment = assessment_for(
                set,
                &case.criterion,
                case.observation,
                case.given,
                fixture.checked_on,
            );
            let evaluation = evaluate(&assessment, set).unwrap();
            let Some(result) = evaluation.criterion(&case.criterion) else {
                assert!(!relevance::is_relevant(set, &assessment, criterion));
                if case.expect != "irrelevant" {
                    failures.push(format!(
                        "{}: expected {}, got irrelevant",
                        case.criterion, case.expect
                    ));
                }
                irrelevant_seen.insert(case.criterion.clone());
                let _ = writeln!(snapshot, "-- {} irrelevant", case.criterion);
                continue;
            };
            let got = outcome_name(&result.outcome);
            if got != case.expect {
                failures.push(format!(
                    "{}: expected {}, got {got}",
                    case.criterion, case.expect
                ));
            }
            for lang in Lang::ALL {
                let _ = writeln!(
                    snapshot,
                    "{lang} {}",
                    result.explanation.render(lang, criterion, set)
                );
            }
            if let Outcome::NeedsCorrection { findings } = &result.outcome {
                for finding in findings {
                    for lang in Lang::ALL {
                        let _ = writeln!(
                            snapshot,
                            "   {} {lang} {}",
                            finding.code(),
                            finding.citizen_message(Some(set), lang)
                        );
                    }
                }
            }
        }
        let conditional_untested: Vec<_> = set
            .criteria
            .iter()
            .filter(|c| c.relevant_when.is_some() && !irrelevant_seen.contains(&c.id))
            .map(|c| &c.id)
            .collect();
        assert!(
            conditional_untested.is_empty(),
            "{}: no `irrelevant` case for {conditional_untested:?}",
            path.display()
        );
        assert!(
            failures.is_empty(),
            "{}:\n{}",
            path.display(),
            failures.join("\n")
        );
        let missing: Vec<_> = set
            .criteria
            .iter()
            .map(|c| &c.id)
            .filter(|id| !seen.contains(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no case for {missing:?}",
            path.display()
        );
        insta::with_settings!({ snapshot_path => root().join("tests/snapshots"), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("explanations-{}", set.id), snapshot);
        });
    }
    let all: BTreeSet<_> = catalogue.sets().iter().map(|s| s.id.clone()).collect();
    assert_eq!(covered_sets, all, "every bundled set needs a rules fixture");
}
