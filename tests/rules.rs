//! Every criterion's rule, exercised by data: `tests/fixtures/rules/<set>.json`
//! lists observations with the level each must earn. The test fails when a
//! criterion of a bundled set has no case, when a case earns another level,
//! and (through the snapshot) when an explanation's wording changes.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::{
    evaluate, Answer, Assessment, Catalogue, CriteriaSet, Day, Lang, Observation, Outcome, SetRef,
    Site,
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
    /// A level id, or `not_applicable` / `not_assessable`.
    expect: String,
}

fn assessment_for(
    set: &CriteriaSet,
    criterion: &str,
    observation: Observation,
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
            url: "https://example.gov.az".into(),
            name: "Example".into(),
            body_kind,
            body,
            region: None,
        },
        checked_on,
        language: Lang::En,
        assessor: None,
        answers: vec![Answer {
            criterion: criterion.into(),
            observation,
            evidence: vec![],
            note: None,
            observed_on: None,
        }],
        result: None,
    }
}

fn outcome_name(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Rated { level, .. } => level.clone(),
        Outcome::NotApplicable => "not_applicable".into(),
        Outcome::NotAssessable => "not_assessable".into(),
        Outcome::Unanswered => "unanswered".into(),
        Outcome::Invalid => "invalid".into(),
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
        for case in fixture.cases {
            seen.insert(case.criterion.clone());
            let assessment =
                assessment_for(set, &case.criterion, case.observation, fixture.checked_on);
            let evaluation = evaluate(&assessment, set).unwrap();
            let result = evaluation.criterion(&case.criterion).unwrap();
            let got = outcome_name(&result.outcome);
            if got != case.expect {
                failures.push(format!(
                    "{}: expected {}, got {got}",
                    case.criterion, case.expect
                ));
            }
            let criterion = set.criterion(&case.criterion).unwrap();
            for lang in Lang::ALL {
                let _ = writeln!(
                    snapshot,
                    "{lang} {}",
                    result.explanation.render(lang, criterion, set)
                );
            }
        }
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
