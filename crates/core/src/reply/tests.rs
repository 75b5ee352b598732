use super::*;
use crate::{Assessment, Catalogue, Observation};

fn catalogue() -> Catalogue {
    Catalogue::bundled().clone()
}

fn reply(json: serde_json::Value) -> Reply {
    serde_json::from_value(json).expect("a reply")
}

fn base() -> serde_json::Value {
    serde_json::json!({
        "body": "example.gov.az",
        "criteria_set": { "id": "az-nap-2016-2018", "version": "1.1.0" },
        "criterion": "2.4.mobile",
        "contested": "none",
        "observation": { "type": "yes_no", "value": true },
        "evidence": ["https://example.gov.az/m"],
        "text": "Saytda axtarış var.",
        "language": "az",
        "made_on": "2026-11-02",
        "status": "open"
    })
}

fn today() -> crate::Day {
    "2026-11-30".parse().expect("a day")
}

#[test]
fn a_period_reads_from_until_and_is_provisional_through_its_last_day() {
    let period: CommentPeriod = "2026-11-01..2026-11-30".parse().expect("a period");
    assert!(period.is_provisional_on(today()));
    assert!(!period.is_provisional_on("2026-12-01".parse().expect("a day")));
    assert_eq!(
        "2026-11-30..2026-11-01".parse::<CommentPeriod>(),
        Err(InvalidPeriod::Reversed)
    );
    assert_eq!(
        "2026-11-30".parse::<CommentPeriod>(),
        Err(InvalidPeriod::Shape)
    );
}

#[test]
fn a_corrected_reply_replaces_the_answer_and_an_open_one_changes_nothing() {
    let mut assessment: Assessment = serde_json::from_value(serde_json::json!({
        "criteria_set": { "id": "az-nap-2016-2018", "version": "1.1.0" },
        "site": { "url": "https://example.gov.az", "name": "Example", "body_kind": "local_executive" },
        "checked_on": "2026-10-01",
        "language": "az",
        "answers": [{ "criterion": "2.4.mobile", "observation": { "type": "yes_no", "value": false } }]
    }))
    .expect("an assessment");
    let mut open = reply(base());
    open.correct(&mut assessment);
    assert_eq!(assessment.answers[0].observation, Observation::YesNo(false));
    open.status = ReplyStatus::Corrected;
    open.correct(&mut assessment);
    assert_eq!(assessment.answers[0].observation, Observation::YesNo(true));
    assert_eq!(assessment.answers[0].evidence, open.evidence);
}

#[test]
fn the_checks_name_each_problem_at_its_place() {
    let catalogue = catalogue();
    assert_eq!(check_reply(&reply(base()), &catalogue, today()), vec![]);
    let mut bad = base();
    bad["body"] = "nowhere".into();
    bad["criterion"] = "9.9.none".into();
    bad["contested"] = "excellent".into();
    bad["status"] = "corrected".into();
    bad["made_on"] = "2027-01-01".into();
    let codes: Vec<(String, &str)> = check_reply(&reply(bad), &catalogue, today())
        .iter()
        .map(|f| (f.pointer.clone(), f.code()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("/body".to_owned(), "reply-unknown-body"),
            ("/made_on".to_owned(), "date-in-future"),
            ("/status".to_owned(), "reply-decision-missing"),
            ("/contested".to_owned(), "reply-unknown-rating"),
            ("/criterion".to_owned(), "unknown-criterion"),
        ]
    );
}

#[test]
fn a_reply_contesting_a_rating_other_than_the_one_given_is_marked() {
    let reply = reply(base());
    let contested = |rated: Option<&str>| ContestedRating {
        reply: &reply,
        body: crate::consensus::BodyId::Host("example.gov.az".to_owned()),
        name: None,
        rated: rated.map(str::to_owned),
        now: rated.map(str::to_owned),
        claimed: None,
    };
    assert!(!contested(Some("none")).contests_other_rating());
    assert!(contested(Some("full")).contests_other_rating());
    // Not rated at all is `reply-not-rated`, not this.
    assert!(!contested(None).contests_other_rating());
}
