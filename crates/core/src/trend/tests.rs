// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::consensus::BodyResolver;
use crate::{Assessment, Catalogue};

fn assessment(set: &str, checked_on: &str, answers: &str) -> Assessment {
    let text = format!(
        r#"{{"criteria_set": {{"id": "{set}", "version": "1.0.0"}},
            "site": {{"url": "https://a.example", "name": "A", "body_kind": "local_executive"}},
            "checked_on": "{checked_on}", "language": "en", "answers": [{answers}]}}"#
    );
    serde_json::from_str(&text).unwrap()
}

fn grouped(set: &CriteriaSet, assessments: &[Assessment]) -> ByBody {
    let mut by_body = ByBody::new(BodyResolver::new(Catalogue::bundled().bodies()));
    for a in assessments {
        by_body.add(a, &evaluate(a, set).unwrap(), set);
    }
    by_body
}

#[test]
fn an_older_edition_is_compared_through_the_crosswalk() {
    let catalogue = Catalogue::bundled();
    let (old, new) = (
        catalogue.set("az-nap-2016-2018").unwrap(),
        catalogue.set("az-nap-2020-2022").unwrap(),
    );
    let before = grouped(
        old,
        &[assessment(
            "az-nap-2016-2018",
            "2018-08-01",
            r#"{"criterion": "4.2.2.section", "observation": {"type": "choice", "value": "absent"}},
               {"criterion": "2.4.site_reachable", "observation": {"type": "choice", "value": "works"}}"#,
        )],
    );
    let after = grouped(
        new,
        &[assessment(
            "az-nap-2020-2022",
            "2022-08-01",
            r#"{"criterion": "n3.5.5.council_section", "observation": {"type": "yes_no", "value": true}}"#,
        )],
    );
    let rounds = [
        Round {
            label: "2018".into(),
            parts: vec![RoundPart {
                set: old,
                bodies: &before,
            }],
        },
        Round {
            label: "2022".into(),
            parts: vec![RoundPart {
                set: new,
                bodies: &after,
            }],
        },
    ];
    let trend = compare(&rounds, crate::crosswalk::bundled()).unwrap();
    assert_eq!(trend.set.id, "az-nap-2020-2022");
    let at = |id: &str| {
        trend
            .criteria
            .iter()
            .position(|c| c.criterion == id)
            .unwrap()
    };
    let body = &trend.bodies[0];
    let step = &trend.steps[0];
    let section = at("n3.5.5.council_section");
    assert!(trend.criteria[section].not_comparable.is_none());
    assert_eq!(
        trend.criterion_change(body, section, step),
        Some(Change::Improved)
    );
    let reachable = at("2.4.site_reachable");
    assert!(trend.criteria[reachable].not_comparable.is_some());
    assert_eq!(
        trend.criterion_change(body, reachable, step),
        Some(Change::NotComparable)
    );
    assert_eq!(step.overall.improved, 1);
}

#[test]
fn one_round_is_refused() {
    assert_eq!(compare(&[], &[]).unwrap_err(), TrendError::TooFewRounds(0));
}

/// An answer that did not count in its own set (an e-services count under
/// "no e-services section") is not carried through the crosswalk: the
/// round compared by `compare` and the same assessment migrated
/// (`crosswalk::migrate`) then scored on the comparison set agree.
#[test]
fn migrate_then_score_equals_the_round_compared_for_an_answer_not_asked() {
    let catalogue = Catalogue::bundled();
    let (old, new) = (
        catalogue.set("az-nap-2016-2018").unwrap(),
        catalogue.set("az-nap-2020-2022").unwrap(),
    );
    let before_assessment = assessment(
        "az-nap-2016-2018",
        "2018-08-01",
        r#"{"criterion": "1.1.eservices.section", "observation": {"type": "yes_no", "value": false}},
           {"criterion": "1.1.eservices.count", "observation": {"type": "count", "value": 27}},
           {"criterion": "4.2.2.section", "observation": {"type": "choice", "value": "absent"}}"#,
    );
    let before = grouped(old, std::slice::from_ref(&before_assessment));
    let after = grouped(
        new,
        &[assessment(
            "az-nap-2020-2022",
            "2022-08-01",
            r#"{"criterion": "n3.5.5.council_section", "observation": {"type": "yes_no", "value": true}}"#,
        )],
    );
    let rounds = [
        Round {
            label: "2018".into(),
            parts: vec![RoundPart {
                set: old,
                bodies: &before,
            }],
        },
        Round {
            label: "2022".into(),
            parts: vec![RoundPart {
                set: new,
                bodies: &after,
            }],
        },
    ];
    let crosswalks = crate::crosswalk::bundled();
    let trend = compare(&rounds, crosswalks).unwrap();
    let compared = trend.bodies[0].rounds[0].as_ref().unwrap();

    let crosswalk = crosswalks
        .iter()
        .find(|c| c.from.id == old.id && c.to.id == new.id)
        .unwrap();
    let migrated = migrate(&before_assessment, old, new, &new.version, Some(crosswalk)).unwrap();
    let not_asked: Vec<_> = migrated
        .assessment
        .migration
        .as_ref()
        .unwrap()
        .not_migrated
        .iter()
        .filter(|n| n.reason == crate::NotMigratedReason::NotAsked)
        .map(|n| n.answer.criterion.as_str())
        .collect();
    assert_eq!(not_asked, ["1.1.eservices.count"]);
    let basis = basis::Basis::new(&[old, new], crosswalks).unwrap();
    let scored = evaluate(&migrated.assessment, &basis.shared).unwrap();
    assert_eq!(scored.overall, compared.overall);
    assert_eq!(scored.coverage, compared.coverage);
}
