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
