//! The merge rule on hand-made votes of the bundled 2016-2018 set (the
//! fixtures in `tests/fixtures/consensus` cover it end to end).

use super::*;
use crate::{evaluate, Assessment, Catalogue};

fn assessment(url: &str, answers: &str) -> Assessment {
    let text = format!(
        r#"{{"criteria_set": {{"id": "az-nap-2016-2018", "version": "1.0.0"}},
            "site": {{"url": "{url}", "name": "A", "body_kind": "local_executive"}},
            "checked_on": "2018-08-20", "language": "en", "answers": [{answers}]}}"#
    );
    serde_json::from_str(&text).expect("a test assessment")
}

fn merged(answers: &[&str]) -> BodyConsensus {
    let set = Catalogue::bundled()
        .set("az-nap-2016-2018")
        .expect("bundled set");
    merged_in(set, answers)
}

fn merged_in(set: &crate::CriteriaSet, answers: &[&str]) -> BodyConsensus {
    let first = assessment("https://a.example", answers[0]);
    let mut votes = BodyVotes::new(BodyResolver::default().resolve(&first.site), set);
    for a in answers {
        let a = assessment("https://www.A.example:443/", a);
        votes.add(&a, &evaluate(&a, set).expect("same set"), set);
    }
    votes.finish(set).expect("votes")
}

fn council(value: &str) -> String {
    format!(r#"{{"criterion": "4.2.1.council_exists", "observation": {value}}}"#)
}

fn consensus_of(body: &BodyConsensus, id: &str) -> Consensus {
    body.criteria
        .iter()
        .find(|c| c.criterion == id)
        .expect("criterion")
        .consensus
        .clone()
}

#[test]
fn the_most_frequent_level_wins_and_a_tie_is_disputed() {
    let yes = council(r#"{"type": "yes_no", "value": true}"#);
    let no = council(r#"{"type": "yes_no", "value": false}"#);
    let body = merged(&[&yes, &yes, &no]);
    assert_eq!(
        consensus_of(&body, "4.2.1.council_exists"),
        Consensus::Agreed(Answer::Level(0))
    );
    assert_eq!(body.id, BodyId::Host("a.example".into()));
    let tie = merged(&[&yes, &no]);
    assert_eq!(
        consensus_of(&tie, "4.2.1.council_exists"),
        Consensus::Disputed(vec![(Answer::Level(0), 1), (Answer::Level(2), 1)])
    );
    assert_eq!(tie.disputed(), vec!["4.2.1.council_exists"]);
}

#[test]
fn not_applicable_wins_only_as_the_most_frequent_answer() {
    let yes = council(r#"{"type": "yes_no", "value": true}"#);
    let na = council(r#"{"type": "not_applicable"}"#);
    assert_eq!(
        consensus_of(&merged(&[&na, &na, &yes]), "4.2.1.council_exists"),
        Consensus::Agreed(Answer::NotApplicable)
    );
    assert!(matches!(
        consensus_of(&merged(&[&na, &yes]), "4.2.1.council_exists"),
        Consensus::Disputed(_)
    ));
}

#[test]
fn a_criterion_can_name_its_own_method() {
    let meetings = |n: u64| {
        format!(
            r#"{{"criterion": "4.2.1.meetings", "observation": {{"type": "count", "value": {n}}}}}"#
        )
    };
    let answers = [meetings(0), meetings(2), meetings(6), meetings(6)];
    let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
    // By default a count takes the median: the middle two (2 and 6) rate
    // "significant" and "full", a tie.
    assert!(matches!(
        consensus_of(&merged(&answers), "4.2.1.meetings"),
        Consensus::Disputed(_)
    ));
    let mut set = Catalogue::bundled()
        .set("az-nap-2016-2018")
        .expect("bundled set")
        .clone();
    let criterion = set
        .criteria
        .iter_mut()
        .find(|c| c.id == "4.2.1.meetings")
        .expect("criterion");
    criterion.consensus = Some(Method::Mode);
    assert_eq!(
        consensus_of(&merged_in(&set, &answers), "4.2.1.meetings"),
        Consensus::Agreed(Answer::Level(0))
    );
}
