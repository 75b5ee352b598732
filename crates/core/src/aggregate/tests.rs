//! Aggregation of a few hand-made assessments of the bundled 2016-2018 set.

use super::*;
use crate::consensus::BodyResolver;
use crate::{evaluate, Catalogue};

fn assessment(kind: &str, answers: &str) -> Assessment {
    let text = format!(
        r#"{{"criteria_set": {{"id": "az-nap-2016-2018", "version": "1.0.0"}},
            "site": {{"url": "https://a.example", "name": "A", "body_kind": "{kind}"}},
            "checked_on": "2018-08-20", "language": "en", "answers": [{answers}]}}"#
    );
    serde_json::from_str(&text).expect("a test assessment")
}

fn aggregate(assessments: &[Assessment]) -> Aggregate {
    let set = Catalogue::bundled()
        .set("az-nap-2016-2018")
        .expect("bundled set");
    let mut aggregate = Aggregate::new(set);
    for a in assessments {
        aggregate.add(a, &evaluate(a, set).expect("same set"));
    }
    aggregate
}

const COUNCIL_YES: &str =
    r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": true}}"#;
const COUNCIL_NO: &str =
    r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": false}}"#;

#[test]
fn criteria_are_counted_per_rating_and_kind() {
    let got = aggregate(&[
        assessment("local_executive", COUNCIL_YES),
        assessment("local_executive", COUNCIL_NO),
        assessment("central_executive", COUNCIL_YES),
    ]);
    let council = got.criterion("4.2.1.council_exists").expect("criterion");
    assert_eq!(council.kind(BodyKind::LocalExecutive).level("full"), 1);
    assert_eq!(council.kind(BodyKind::LocalExecutive).level("none"), 1);
    assert_eq!(council.kind(BodyKind::CentralExecutive).level("full"), 1);
    assert_eq!(council.all().level("full"), 2);
    assert_eq!(got.total(), 3);
    let mobile = got.criterion("2.4.mobile").expect("criterion");
    assert_eq!(mobile.all().unanswered, 3);
}

/// A council with its follow-ups answered at their best.
const COUNCIL_COMPLETE: &str = r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "yes_no", "value": true}},
    {"criterion": "4.2.1.council_formation", "observation": {"type": "choice", "value": "complete"}},
    {"criterion": "4.2.1.meetings", "observation": {"type": "count", "value": 7}},
    {"criterion": "4.2.1.last_meeting", "observation": {"type": "date", "value": "2018-08-05"}}"#;

/// The council could not be assessed: its follow-ups are not relevant.
const COUNCIL_NOT_ASSESSABLE: &str =
    r#"{"criterion": "4.2.1.council_exists", "observation": {"type": "not_assessable"}}"#;

#[test]
fn commitments_average_the_bodies_that_have_a_score() {
    let got = aggregate(&[
        assessment("local_executive", COUNCIL_COMPLETE),
        assessment("local_executive", COUNCIL_NO),
        assessment("local_executive", COUNCIL_NOT_ASSESSABLE),
    ]);
    let council = got
        .commitments
        .iter()
        .find(|c| c.commitment == "4.2.1")
        .expect("commitment");
    assert_eq!((council.scored, council.unscored), (2, 1));
    assert_eq!(council.average(), Some(50.0));
    assert_eq!((council.fully_implemented, council.under_half), (1, 1));
    // Every other commitment is unanswered and counts 0 (a lower bound).
    let commitments = got.bodies[0].commitments.iter().flatten().count() as f64;
    assert_eq!(got.bodies[0].overall, Some(100.0 / commitments));
    assert_eq!(got.bodies[1].overall, Some(0.0));
    assert_eq!(
        got.bodies[2].commitments.iter().flatten().count() as f64,
        commitments - 1.0
    );
}

#[test]
fn freshness_bins_the_age_of_each_date() {
    let news = |day: &str| {
        format!(
            r#"{{"criterion": "2.4.news.last_update", "observation": {{"type": "date", "value": "{day}"}}}}"#
        )
    };
    let got = aggregate(&[
        assessment("local_executive", &news("2018-08-13")),
        assessment("local_executive", &news("2018-08-12")),
        assessment("local_executive", &news("2017-01-01")),
        assessment("local_executive", ""),
    ]);
    let fresh = got
        .freshness
        .iter()
        .find(|f| f.criterion == "2.4.news.last_update")
        .expect("date criterion");
    let counts: Vec<usize> = fresh.bins.iter().map(|b| b.bodies).collect();
    assert_eq!(counts, vec![1, 1, 0, 0, 0, 1]);
    assert_eq!(
        (fresh.dated(), fresh.no_date, fresh.median()),
        (3, 1, Some(8))
    );
}

#[test]
fn assessments_of_one_body_make_one_row_and_a_tie_is_counted_as_disputed() {
    let set = Catalogue::bundled()
        .set("az-nap-2016-2018")
        .expect("bundled set");
    let mut by_body = ByBody::new(BodyResolver::default());
    for answers in [COUNCIL_YES, COUNCIL_NO] {
        let a = assessment("local_executive", answers);
        by_body.add(&a, &evaluate(&a, set).expect("same set"), set);
    }
    let got = by_body.finish(set);
    assert_eq!((got.total(), got.assessments), (1, 2));
    let council = got.criterion("4.2.1.council_exists").expect("criterion");
    let counts = council.kind(BodyKind::LocalExecutive);
    assert_eq!(
        (counts.disputed, counts.not_assessable, counts.rated()),
        (1, 0, 0)
    );
    assert_eq!(
        got.bodies[0].disputed,
        vec!["4.2.1.council_exists".to_owned()]
    );
    assert_eq!(got.bodies[0].assessments, 2);
    let agreement = got
        .agreement
        .iter()
        .find(|c| c.criterion == "4.2.1.council_exists")
        .expect("criterion");
    assert_eq!(
        (agreement.disputed, agreement.agreement.percent()),
        (1, Some(0.0))
    );
    assert!(got.has_several_assessors());
}

#[test]
fn consensuses_are_the_rows_that_finish_aggregates() {
    let set = Catalogue::bundled()
        .set("az-nap-2016-2018")
        .expect("bundled set");
    let mut by_body = ByBody::new(BodyResolver::default());
    let bodies = [
        ("https://a.example", COUNCIL_YES),
        ("https://b.example", COUNCIL_NO),
        ("https://a.example", COUNCIL_YES),
    ];
    for (url, answers) in bodies {
        let mut a = assessment("local_executive", answers);
        a.site.url = Some(url.to_owned());
        by_body.add(&a, &evaluate(&a, set).expect("same set"), set);
    }
    let aggregate = by_body.finish(set);
    let consensuses: Vec<_> = by_body.consensuses(set).collect();
    assert_eq!(consensuses.len(), 2);
    for ((body, evaluation), row) in consensuses.iter().zip(&aggregate.bodies) {
        assert_eq!(body.id, row.id);
        assert_eq!(body.assessments, row.assessments);
        assert_eq!(evaluation.overall, row.overall);
    }
    let (first, evaluation) = &consensuses[0];
    assert_eq!(first.assessments, 2);
    let council = evaluation
        .criterion("4.2.1.council_exists")
        .expect("relevant");
    assert!(matches!(&council.outcome, crate::Outcome::Rated { level, .. } if level == "full"));
}
