//! Unit tests of the offer to carry a draft to a newer set, as data: each
//! assessment under `tests/fixtures/migrations/` is opened as a draft in
//! the widget's state, the offer is declined (nothing changes) and, in a fresh
//! state, accepted; the accepted draft's export must carry exactly the
//! answers and the kept answers of the CLI's snapshot
//! (`tests/snapshots/migration-<name>.snap`, `napcheck migrate`'s output),
//! so the widget and the CLI migrate with one code.

use crate::draft::Draft;
use crate::migration;
use crate::state::{Action, Place, State, View};
use napcheck_core::{Day, Lang};
use serde_json::Value;

/// (fixture name, the assessment, the CLI's snapshot).
const FIXTURES: [(&str, &str, &str); 3] = [
    (
        "local-executive-every-relation",
        include_str!("../../../tests/fixtures/migrations/local-executive-every-relation.json"),
        include_str!("../../../tests/snapshots/migration-local-executive-every-relation.snap"),
    ),
    (
        "local-executive-answers-that-stay",
        include_str!("../../../tests/fixtures/migrations/local-executive-answers-that-stay.json"),
        include_str!("../../../tests/snapshots/migration-local-executive-answers-that-stay.snap"),
    ),
    (
        "chamber-of-accounts-narrower",
        include_str!("../../../tests/fixtures/migrations/chamber-of-accounts-narrower.json"),
        include_str!("../../../tests/snapshots/migration-chamber-of-accounts-narrower.snap"),
    ),
];

fn today() -> Day {
    Day::from_ymd(2026, 11, 30).expect("a real day")
}

/// A state with the assessment `text` as its one draft, open (as a draft
/// saved by an earlier visit: an import refuses an unfinished assessment),
/// before the checker has answered the offer due for it.
fn opened(text: &str) -> State {
    let assessment = napcheck_core::parse::from_str_unlocated(text).expect("an assessment");
    let draft = Draft::from_assessment("d1".into(), assessment);
    let place = Place {
        view: View::Checklist,
        draft: "d1".into(),
        question: None,
    };
    State::restored(vec![draft], Lang::En, Some(place), None)
}

/// [`opened`], with the offer made as the checker would make it.
fn imported(text: &str) -> State {
    let mut state = opened(text);
    state.make_due_offer();
    state
}

fn current(state: &State) -> &Draft {
    state.current_draft().expect("a current draft")
}

/// The JSON part of a snapshot (after the three summary lines).
fn snapshot_json(snapshot: &str) -> Value {
    let start = snapshot.find('{').expect("JSON in the snapshot");
    serde_json::from_str(&snapshot[start..]).expect("the snapshot's JSON")
}

/// A field of an assessment, its lists in criterion order (the draft keeps
/// answers by criterion; the CLI keeps the file's order).
fn field(assessment: &Value, name: &str) -> Value {
    let mut value = assessment.get(name).cloned().unwrap_or(Value::Null);
    let by_criterion = |list: &mut Value| {
        if let Value::Array(items) = list {
            items.sort_by_key(|item| {
                let answer = item.get("answer").unwrap_or(item);
                answer["criterion"].as_str().unwrap_or_default().to_owned()
            });
        }
    };
    by_criterion(&mut value);
    if let Some(kept) = value.get_mut("not_migrated") {
        by_criterion(kept);
    }
    value
}

#[test]
fn an_older_set_is_offered_and_declining_keeps_the_draft_and_is_remembered() {
    for (name, text, _) in FIXTURES {
        let mut state = imported(text);
        let before = current(&state).clone();
        let offer = migration::offer(&before, &state.known, Lang::En)
            .unwrap_or_else(|| panic!("{name}: no offer"));
        assert_eq!(offer.to.id, "az-nap-2020-2022", "{name}");
        assert!(
            state
                .needs()
                .contains(&crate::catalogue::Part::Crosswalks(before.set.id.clone())),
            "{name}: the crosswalks are fetched"
        );
        state.apply(Action::DeclineMigration);
        let after = current(&state);
        assert_eq!(
            (&after.set, &after.answers),
            (&before.set, &before.answers),
            "{name}"
        );
        assert_eq!(after.kept_on.as_ref(), Some(&before.set), "{name}");
        assert_eq!(
            migration::offer(after, &state.known, Lang::En),
            None,
            "{name}: offered again"
        );
        // Accepting a declined offer changes nothing.
        state.apply(Action::AcceptMigration);
        assert_eq!(current(&state).set, before.set, "{name}");
    }
}

#[test]
fn accepting_migrates_as_napcheck_migrate_does_and_loses_nothing() {
    for (name, text, snapshot) in FIXTURES {
        let mut state = imported(text);
        let original = current(&state).answers.len();
        let offer = migration::offer(current(&state), &state.known, Lang::En).expect("an offer");
        assert_eq!(
            offer.migrated.moved + offer.not_moved().len(),
            original,
            "{name}: every answer moves or is kept"
        );
        state.apply(Action::AcceptMigration);
        let draft = current(&state);
        let expected = snapshot_json(snapshot);
        let exported = serde_json::to_value(draft.export(&state.known, Lang::En)).expect("json");
        for key in ["criteria_set", "answers", "migration"] {
            assert_eq!(
                field(&exported, key),
                field(&expected, key),
                "{name}: {key}"
            );
        }
        assert_eq!(
            migration::offer(draft, &state.known, Lang::En),
            None,
            "{name}: offered again"
        );
    }
}

#[test]
fn an_older_version_of_the_same_set_is_offered_without_a_crosswalk() {
    // The CLI's migrated file, as if saved under an older minor version.
    let mut value = snapshot_json(FIXTURES[0].2);
    value["criteria_set"]["version"] = "1.0.0".into();
    value
        .as_object_mut()
        .expect("an object")
        .remove("migration");
    let mut state = imported(&value.to_string());
    let answers = current(&state).answers.clone();
    let offer = migration::offer(current(&state), &state.known, Lang::Az).expect("an offer");
    assert_eq!(offer.to.id, "az-nap-2020-2022");
    assert!(offer.to.version > "1.0.0".parse().expect("a version"));
    assert_eq!(
        (offer.migrated.moved, offer.not_moved().len()),
        (answers.len(), 0)
    );
    state.apply(Action::AcceptMigration);
    let draft = current(&state);
    assert_eq!(draft.set.stored(), offer.to);
    let kept: Vec<_> = draft
        .answers
        .iter()
        .map(|(k, a)| (k, &a.observation))
        .collect();
    let before: Vec<_> = answers.iter().map(|(k, a)| (k, &a.observation)).collect();
    assert_eq!(kept, before);
}

#[test]
fn a_draft_on_the_newest_set_gets_no_offer() {
    let mut state = State::default();
    state.apply(Action::New {
        id: "d1".into(),
        today: today(),
    });
    state.apply(Action::SetSet("az-nap-2020-2022".into()));
    assert_eq!(
        migration::offer(current(&state), &state.known, Lang::Ru),
        None
    );
}

#[test]
fn nothing_for_the_offer_is_fetched_or_asked_before_the_page_settles() {
    let (_, text, _) = FIXTURES[0];
    let mut state = opened(text);
    let offer_parts = migration::parts(current(&state), &state.known, Lang::En);
    assert!(
        !offer_parts.is_empty(),
        "the fixture's draft has a newer set"
    );
    // The first checklist needs its own set and the index, nothing more.
    let needs = state.needs();
    assert!(
        offer_parts.iter().all(|p| !needs.contains(p)),
        "{needs:?} before the page settled"
    );
    assert_eq!(state.offer_due(), None);
    assert_eq!(state.offer_request(), None);
    state.apply(Action::Settled("d1".into()));
    let needs = state.needs();
    assert!(offer_parts.iter().all(|p| needs.contains(p)), "{needs:?}");
    assert_eq!(
        state.offer_due(),
        Some(("d1".to_owned(), current(&state).revision))
    );
    // Opened again from the home page: it waits to settle again, and a
    // settling for another draft (a late idle moment) does not count.
    state.apply(Action::Show(View::Home));
    state.apply(Action::Open("d1".into()));
    assert_eq!(state.settling(), Some("d1"));
    assert_eq!(state.offer_due(), None);
    state.apply(Action::Settled("d2".into()));
    assert_eq!(state.offer_due(), None);
    state.apply(Action::Settled("d1".into()));
    assert_eq!(state.settling(), None);
    assert!(state.offer_due().is_some());
}

#[test]
fn nothing_is_accepted_before_the_checker_answers_for_this_revision() {
    let (_, text, _) = FIXTURES[0];
    let mut state = opened(text);
    let before = current(&state).clone();
    state.apply(Action::Settled("d1".into()));
    // Due, not answered yet: nothing shows and accepting changes nothing.
    assert_eq!(state.offer_due(), Some(("d1".to_owned(), before.revision)));
    assert!(state.offer_request().is_some());
    assert_eq!(state.current_offer(), None);
    state.apply(Action::AcceptMigration);
    assert_eq!(current(&state), &before);
    // An answer for an older revision is not kept; one for this one is.
    let offer = migration::offer(&before, &state.known, Lang::En).map(std::rc::Rc::new);
    let stale = crate::state::OfferFor {
        draft: "d1".into(),
        revision: before.revision + 1,
        offer: offer.clone(),
    };
    state.apply(Action::Offered(stale));
    assert_eq!(state.current_offer(), None);
    state.apply(Action::Offered(crate::state::OfferFor {
        draft: "d1".into(),
        revision: before.revision,
        offer,
    }));
    assert_eq!(state.offer_due(), None, "answered");
    assert!(state.current_offer().is_some());
    state.apply(Action::AcceptMigration);
    assert_eq!(current(&state).set.id, "az-nap-2020-2022");
}
