//! Unit tests of the reducer, run natively with `cargo test -p napcheck-web`.
//! They find their criteria in the bundled catalogue by observation type, so
//! that they keep working while the catalogues grow.

use super::*;
use crate::catalogue::{Arrival, Shared};
use napcheck_core::criteria::{Criterion, ObservationSpec};
use napcheck_core::Catalogue;

/// Applies an import and then, as `ui/checks.rs` does with the checker, each
/// check it comes due for: the checker's function, run natively on the
/// catalogue the checker would build from the loaded slices.
fn apply_import(state: &mut State, action: Action) {
    state.apply(action);
    while let Some(w) = state.waiting_import.clone().filter(|w| w.due().is_some()) {
        let catalogue = state.known.for_check(state.lang);
        let checked = napcheck_core::check_for_citizen(&w.bytes, &catalogue, w.today, state.lang);
        state.apply(Action::ImportChecked {
            id: w.id,
            checked: Some(Box::new(checked)),
        });
    }
}

fn today() -> Day {
    Day::from_ymd(2018, 8, 17).expect("a real day")
}

/// A set and one of its criteria of observation type `kind` that applies to
/// local executives.
fn find(kind: &str) -> (&'static str, &'static Criterion) {
    Catalogue::bundled()
        .sets()
        .iter()
        .find_map(|set| {
            set.criteria
                .iter()
                .find(|c| {
                    c.observation.type_name() == kind
                        && c.applies_to.includes(BodyKind::LocalExecutive, None)
                })
                .map(|c| (set.id.as_str(), c))
        })
        .unwrap_or_else(|| panic!("no bundled {kind} criterion for local executives"))
}

fn started(set: &str) -> State {
    let mut state = State::default();
    state.apply(Action::New {
        id: "d1".into(),
        today: today(),
    });
    state.apply(Action::SetSet(set.into()));
    state.apply(Action::SetKind(BodyKind::LocalExecutive));
    state.apply(Action::SetUrl("https://example.gov.az".into()));
    state.apply(Action::SetName("Example".into()));
    state
}

/// Another criterion of `set` for local executives than `not`.
fn find_other(set: &str, not: &str) -> String {
    let catalogue = Catalogue::bundled();
    let set = catalogue.set(set).expect("the set");
    set.criteria
        .iter()
        .find(|c| c.id != not && c.applies_to.includes(BodyKind::LocalExecutive, None))
        .map(|c| c.id.clone())
        .expect("a second criterion")
}

fn current(state: &State) -> &Draft {
    state.current_draft().expect("a current draft")
}

fn yes(criterion: &Criterion) -> Action {
    Action::Observe {
        criterion: criterion.id.clone(),
        observation: Some(Observation::YesNo(true)),
    }
}

#[test]
fn a_new_draft_is_current_and_shows_its_details() {
    let state = started(find("yes_no").0);
    assert_eq!(state.view, View::Details);
    assert_eq!(current(&state).site.name, "Example");
    assert_eq!(current(&state).checked_on, today());
}

#[test]
fn every_change_bumps_the_revision_and_a_no_op_does_not() {
    let mut state = started(find("yes_no").0);
    let before = current(&state).revision;
    state.apply(Action::SetName("Example".into()));
    assert_eq!(current(&state).revision, before);
    state.apply(Action::SetName("Other".into()));
    assert_eq!(current(&state).revision, before + 1);
}

#[test]
fn an_observation_is_rated_at_once() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    let evaluation = current(&state)
        .evaluation(&State::default().known, Lang::En)
        .expect("evaluates");
    assert_eq!(evaluation.answered, 0);
    state.apply(yes(criterion));
    let evaluation = current(&state)
        .evaluation(&State::default().known, Lang::En)
        .expect("evaluates");
    assert_eq!(evaluation.answered, 1);
    let result = evaluation.criterion(&criterion.id).expect("rated");
    assert!(matches!(
        result.outcome,
        napcheck_core::Outcome::Rated { .. }
    ));
    assert!(evaluation.overall.is_some());
}

#[test]
fn clearing_an_observation_keeps_evidence_and_note() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    state.apply(Action::Note {
        criterion: criterion.id.clone(),
        text: "seen on the home page".into(),
    });
    state.apply(Action::Observe {
        criterion: criterion.id.clone(),
        observation: None,
    });
    let answer = current(&state).answer(&criterion.id).expect("kept");
    assert_eq!(answer.observation, None);
    assert_eq!(answer.note, "seen on the home page");
    state.apply(Action::Note {
        criterion: criterion.id.clone(),
        text: String::new(),
    });
    assert!(current(&state).answer(&criterion.id).is_none());
}

#[test]
fn evidence_keeps_what_was_typed_and_exports_clean_links() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    let typed = " https://example.gov.az/news \n\nhttps://example.gov.az/a\n";
    state.apply(Action::Evidence {
        criterion: criterion.id.clone(),
        text: typed.into(),
    });
    let draft = current(&state);
    assert_eq!(draft.answer(&criterion.id).expect("answer").evidence, typed);
    let exported = draft.export(&State::default().known, Lang::En);
    assert_eq!(
        exported.answers[0].evidence,
        vec!["https://example.gov.az/news", "https://example.gov.az/a"]
    );
    assert!(exported.result.is_some());
}

#[test]
fn not_applicable_is_recorded_and_not_scored() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(Action::Observe {
        criterion: criterion.id.clone(),
        observation: Some(Observation::NotApplicable),
    });
    let evaluation = current(&state)
        .evaluation(&State::default().known, Lang::En)
        .expect("evaluates");
    assert_eq!(evaluation.answered, 1);
    // Left out of its commitment's score (the others count 0 until answered).
    let result = evaluation.criterion(&criterion.id).expect("result");
    assert_eq!(result.contribution, None);
    let commitment = evaluation
        .commitment(&result.commitment)
        .expect("commitment");
    assert_eq!(commitment.counted + 1, commitment.coverage.relevant);
}

#[test]
fn several_options_are_ticked_and_unticked() {
    let Some((set, criterion)) = Catalogue::bundled().sets().iter().find_map(|s| {
        s.criteria
            .iter()
            .find(|c| matches!(c.observation, ObservationSpec::Choices { .. }))
            .map(|c| (s.id.as_str(), c))
    }) else {
        return; // no bundled criterion of this type yet
    };
    let mut state = started(set);
    let option = criterion.observation.options()[0].id.clone();
    let toggle = |on| Action::Toggle {
        criterion: criterion.id.clone(),
        option: option.clone(),
        on,
    };
    state.apply(toggle(true));
    state.apply(toggle(true));
    let ticked = |s: &State| {
        current(s)
            .answer(&criterion.id)
            .and_then(|a| a.observation.clone())
    };
    assert_eq!(
        ticked(&state),
        Some(Observation::Choices(vec![option.clone()]))
    );
    state.apply(toggle(false));
    assert_eq!(ticked(&state), Some(Observation::Choices(vec![])));
}

#[test]
fn delete_and_undo_restore_the_draft_in_its_place() {
    let mut state = started(find("yes_no").0);
    state.apply(Action::New {
        id: "d2".into(),
        today: today(),
    });
    let before = state.drafts.clone();
    state.apply(Action::Delete("d1".into()));
    assert_eq!(state.drafts.len(), 1);
    assert!(state.deleted.is_some());
    state.apply(Action::UndoDelete);
    assert_eq!(state.drafts, before);
    assert!(state.deleted.is_none());
}

#[test]
fn deleting_the_current_draft_goes_home() {
    let mut state = started(find("yes_no").0);
    state.apply(Action::Delete("d1".into()));
    assert_eq!(state.current, None);
    assert_eq!(state.view, View::Home);
    state.apply(Action::Show(View::Checklist));
    assert_eq!(state.view, View::Home, "no checklist without a draft");
}

#[test]
fn duplicate_copies_the_answers_under_a_new_id() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    state.apply(Action::Duplicate {
        id: "d1".into(),
        new_id: "d9".into(),
    });
    assert_eq!(state.drafts.len(), 2);
    assert_eq!(state.drafts[1].id, "d9");
    assert_eq!(state.drafts[1].answers, state.drafts[0].answers);
}

#[test]
fn switching_language_loses_nothing() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    let drafts = state.drafts.clone();
    for lang in [Lang::Ru, Lang::En, Lang::Az] {
        state.apply(Action::SetLang(lang));
        assert_eq!(state.lang, lang);
        assert_eq!(state.drafts, drafts);
    }
}

#[test]
fn changing_the_kind_keeps_answers_but_exports_only_applicable_ones() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    let other = BodyKind::ALL
        .into_iter()
        .find(|k| !criterion.applies_to.includes(*k, None));
    let Some(other) = other else { return };
    state.apply(Action::SetKind(other));
    assert!(current(&state).answer(&criterion.id).is_some());
    assert!(current(&state)
        .export(&State::default().known, Lang::En)
        .answers
        .iter()
        .all(|a| a.criterion != criterion.id));
    state.apply(Action::SetKind(BodyKind::LocalExecutive));
    assert_eq!(
        current(&state)
            .export(&State::default().known, Lang::En)
            .answers
            .len(),
        1
    );
}

#[test]
fn a_listed_body_sets_kind_name_and_website() {
    let bodies = &Catalogue::bundled().bodies().bodies;
    let body = bodies.first().expect("the register lists bodies");
    let mut state = State::default();
    state.apply(Action::New {
        id: "d1".into(),
        today: today(),
    });
    state.apply(Action::SetBody(Some(body.id.clone())));
    let site = &current(&state).site;
    assert_eq!(site.body.as_deref(), Some(body.id.as_str()));
    assert_eq!(site.body_kind, body.kind);
    assert_eq!(site.name, body.name.get(Lang::Az));
    assert_eq!(
        site.url.as_ref(),
        body.website.as_ref().or(site.url.as_ref())
    );
    let other = BodyKind::ALL
        .into_iter()
        .find(|k| *k != body.kind)
        .expect("another kind");
    state.apply(Action::SetKind(other));
    assert_eq!(
        current(&state).site.body,
        None,
        "a listed body keeps its kind"
    );
    assert_eq!(
        current(&state).site.name,
        body.name.get(Lang::Az),
        "typed text stays"
    );
}

#[test]
fn an_exported_file_imports_back() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(yes(criterion));
    let text =
        serde_json::to_string_pretty(&current(&state).export(&State::default().known, Lang::En))
            .expect("json");
    apply_import(
        &mut state,
        Action::Import {
            file: "a.json".into(),
            bytes: text.into_bytes(),
            id: "d2".into(),
            today: today(),
        },
    );
    assert!(
        matches!(state.import, Some(ImportOutcome::Accepted { .. })),
        "{:?}",
        state.import
    );
    assert_eq!(state.current.as_deref(), Some("d2"));
    assert_eq!(state.view, View::Checklist);
    let imported = current(&state);
    assert_eq!(
        imported
            .answer(&criterion.id)
            .and_then(|a| a.observation.clone()),
        Some(Observation::YesNo(true))
    );
}

#[test]
fn bytes_that_are_not_utf8_are_refused_where_they_are() {
    let mut state = State::default();
    // Windows-1251 is not UTF-8: the byte 0xE8 at line 2, column 15.
    let mut bytes = b"{\n  \"name\": \"Bak".to_vec();
    bytes.extend([0xE8, b'"', b'}']);
    apply_import(
        &mut state,
        Action::Import {
            file: "cp1251.json".into(),
            bytes,
            id: "d2".into(),
            today: today(),
        },
    );
    let Some(ImportOutcome::Refused { findings, .. }) = &state.import else {
        panic!("not refused: {:?}", state.import);
    };
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].code, "json-syntax");
    assert_eq!((findings[0].line, findings[0].column), (2, 15));
    assert!(state.drafts.is_empty());
}

#[test]
fn a_file_not_read_is_reported_and_the_drafts_stay() {
    let (set, _) = find("yes_no");
    let mut state = started(set);
    let drafts = state.drafts.clone();
    let reason = NotRead::TooLarge(MAX_IMPORT_BYTES + 1);
    state.apply(Action::ImportNotRead {
        file: "huge.json".into(),
        reason,
    });
    let expected = ImportOutcome::NotRead {
        file: "huge.json".into(),
        reason,
    };
    assert_eq!(state.import, Some(expected));
    assert_eq!(state.drafts, drafts);
    state.apply(Action::DismissImport);
    assert_eq!(state.import, None);
}

#[test]
fn an_invalid_file_is_refused_with_located_findings() {
    let mut state = State::default();
    apply_import(
        &mut state,
        Action::Import {
            file: "bad.json".into(),
            bytes: b"{\n  \"criteria_set\": 3\n}".to_vec(),
            id: "d2".into(),
            today: today(),
        },
    );
    let Some(ImportOutcome::Refused { findings, .. }) = &state.import else {
        panic!("not refused: {:?}", state.import);
    };
    assert!(!findings.is_empty());
    assert_eq!(findings[0].line, 2);
    assert!(state.drafts.is_empty());
    state.apply(Action::DismissImport);
    assert_eq!(state.import, None);
}

#[test]
fn a_refused_import_is_worded_again_in_the_language_switched_to() {
    let mut state = State::default();
    let bad = b"{\n  \"criteria_set\": 3\n}".to_vec();
    apply_import(
        &mut state,
        Action::Import {
            file: "bad.json".into(),
            bytes: bad,
            id: "d2".into(),
            today: today(),
        },
    );
    let words = |state: &State| match &state.import {
        Some(ImportOutcome::Refused { findings, .. }) => findings
            .iter()
            .map(|f| f.message.clone())
            .collect::<Vec<_>>(),
        other => panic!("not refused: {other:?}"),
    };
    let az = words(&state);
    apply_import(&mut state, Action::SetLang(Lang::Ru));
    let ru = words(&state);
    assert_eq!(az.len(), ru.len());
    assert_ne!(az, ru, "worded again in Russian");
    assert!(ru[0].chars().any(|c| ('а'..='я').contains(&c)), "{ru:?}");
}

#[test]
fn another_tab_merges_separate_answers_and_asks_about_the_same_one() {
    let (set, criterion) = find("yes_no");
    let other = find_other(set, &criterion.id);
    let mut state = started(set);
    state.apply(Action::New {
        id: "d2".into(),
        today: today(),
    });
    // d2 is current; d1, unchanged here, changes elsewhere: taken as is.
    let base = state.drafts[0].revision;
    let mut theirs = state.drafts[0].clone();
    theirs.site.name = "Changed elsewhere".into();
    theirs.revision += 1;
    theirs.details_changed = theirs.revision;
    state.apply(Action::External {
        theirs: Box::new(theirs.clone()),
        base: Some(base),
    });
    assert_eq!(state.drafts[0], theirs);
    assert_eq!(state.clashes, []);

    // d2: both tabs answer, each its own question: both answers stay.
    state.apply(Action::SetSet(set.into()));
    let base = current(&state).revision;
    let mut theirs = current(&state).clone();
    state.apply(yes(criterion));
    theirs.revision += 1;
    theirs.answers.insert(
        other.clone(),
        DraftAnswer {
            observation: Some(Observation::NotAssessable),
            changed: theirs.revision,
            ..DraftAnswer::default()
        },
    );
    state.apply(Action::External {
        theirs: Box::new(theirs.clone()),
        base: Some(base),
    });
    assert_eq!(state.clashes, []);
    let draft = current(&state);
    assert!(draft.answers.contains_key(&criterion.id) && draft.answers.contains_key(&other));
    assert!(draft.revision > theirs.revision, "saved over theirs");
    assert_eq!(state.merged, [("d2".to_owned(), theirs.revision)]);

    // Both change the same answer differently: asked, this tab's stays.
    let base = current(&state).revision;
    let mut theirs = current(&state).clone();
    state.apply(Action::Observe {
        criterion: criterion.id.clone(),
        observation: Some(Observation::YesNo(false)),
    });
    theirs.revision += 1;
    let their_answer = DraftAnswer {
        observation: Some(Observation::NotApplicable),
        changed: theirs.revision,
        ..DraftAnswer::default()
    };
    theirs
        .answers
        .insert(criterion.id.clone(), their_answer.clone());
    state.apply(Action::External {
        theirs: Box::new(theirs),
        base: Some(base),
    });
    assert_eq!(state.clashes.len(), 1);
    assert_eq!(
        current(&state).answers[&criterion.id].observation,
        Some(Observation::YesNo(false)),
        "not overwritten silently"
    );
    state.apply(Action::Resolve {
        criterion: Some(criterion.id.clone()),
        theirs: true,
    });
    assert_eq!(state.clashes, []);
    assert_eq!(
        current(&state).answers[&criterion.id].observation,
        Some(Observation::NotApplicable)
    );
}

#[test]
fn storage_problems_are_kept_until_cleared() {
    let mut state = State::default();
    state.apply(Action::Storage(Some(StorageProblem::Full)));
    assert_eq!(state.storage, Some(StorageProblem::Full));
    state.apply(Action::Storage(None));
    assert_eq!(state.storage, None);
}

#[test]
fn the_views_need_the_index_and_the_current_set_in_the_interface_language() {
    let (set, _) = find("yes_no");
    let mut state = started(set);
    state.apply(Action::SetLang(Lang::Ru));
    // A new draft opens on its details, whose choice of body needs the
    // register; no crosswalks (an offer is made only on opening one).
    assert_eq!(state.view, View::Details);
    assert_eq!(
        state.needs(),
        [
            Part::Index(Lang::Ru),
            Part::Set(set.into(), Lang::Ru),
            Part::Bodies
        ]
    );
    // The checklist names no body: the register is not fetched for it.
    state.apply(Action::Show(View::Checklist));
    assert_eq!(
        state.needs(),
        [Part::Index(Lang::Ru), Part::Set(set.into(), Lang::Ru)]
    );
    assert_eq!(Part::Bodies.path(), "catalogue/bodies.json");
    assert_eq!(
        Part::Set(set.into(), Lang::Ru).path(),
        format!("catalogue/{set}.ru.json")
    );
}

#[test]
fn an_unavailable_file_is_reported_once_until_retried() {
    let mut state = State::default();
    state.apply(Action::Unavailable("catalogue/index.az.json".into()));
    state.apply(Action::Unavailable("catalogue/index.az.json".into()));
    assert_eq!(state.unavailable, ["catalogue/index.az.json"]);
    state.apply(Action::Retry);
    assert!(state.unavailable.is_empty());
    // Another language asks again too; the same one does not.
    state.apply(Action::Unavailable("catalogue/index.az.json".into()));
    state.apply(Action::SetLang(Lang::Az));
    assert_eq!(state.unavailable, ["catalogue/index.az.json"]);
    state.apply(Action::SetLang(Lang::En));
    assert!(state.unavailable.is_empty());
    let words = state.words.clone();
    let en = words.read(include_str!("i18n/en.json")).expect("complete");
    state.apply(Action::Words(Lang::En, en));
    assert!(state.words.has(Lang::En) && state.words != words);
}

#[test]
fn a_reload_returns_to_the_view_and_draft_the_citizen_was_on() {
    let mut state = started(find("yes_no").0);
    state.apply(Action::Show(View::Report));
    let place = state.place();
    assert_eq!(
        place,
        Some(Place {
            view: View::Report,
            draft: "d1".into(),
            question: None,
        })
    );
    let back = State::restored(state.drafts.clone(), Lang::En, place.clone(), None);
    assert_eq!(
        (back.view, back.current.as_deref()),
        (View::Report, Some("d1"))
    );
    let gone = State::restored(Vec::new(), Lang::En, place, None);
    assert_eq!((gone.view, gone.current), (View::Home, None));
}

#[test]
fn the_undo_notice_can_be_closed_and_the_deletion_stands() {
    let mut state = started(find("yes_no").0);
    state.apply(Action::Delete("d1".into()));
    state.apply(Action::DismissUndo);
    assert!(state.deleted.is_none());
    state.apply(Action::UndoDelete);
    assert!(state.drafts.is_empty());
}

#[test]
fn the_day_observed_the_assessor_and_the_region_are_exported_trimmed() {
    let (set, criterion) = find("yes_no");
    let mut state = started(set);
    state.apply(Action::Observe {
        criterion: criterion.id.clone(),
        observation: Some(Observation::YesNo(true)),
    });
    state.apply(Action::ObservedOn {
        criterion: criterion.id.clone(),
        text: "2018-08-01".into(),
    });
    state.apply(Action::SetAssessorName("  Aysel ".into()));
    state.apply(Action::SetAssessorOrganisation(" ".into()));
    state.apply(Action::SetRegion(" Ganja ".into()));
    let exported = state
        .current_draft()
        .expect("draft")
        .export(&State::default().known, Lang::En);
    let answer = exported
        .answers
        .iter()
        .find(|a| a.criterion == criterion.id);
    assert_eq!(
        answer.and_then(|a| a.observed_on),
        Day::from_ymd(2018, 8, 1)
    );
    let assessor = exported.assessor.expect("assessor");
    assert_eq!(assessor.name.as_deref(), Some("Aysel"));
    assert_eq!(assessor.organisation, None);
    assert_eq!(exported.site.region.as_deref(), Some("Ganja"));
    state.apply(Action::SetAssessorName(String::new()));
    let exported = state
        .current_draft()
        .expect("draft")
        .export(&State::default().known, Lang::En);
    assert_eq!(exported.assessor, None);
}

#[test]
fn a_set_chosen_before_the_index_arrives_is_resolved_when_it_does() {
    let full = State::default().known;
    let mut state = State {
        known: full.without_index(),
        ..State::default()
    };
    state.apply(Action::New {
        id: "d1".into(),
        today: today(),
    });
    state.apply(Action::SetSet("az-nap-2020-2022".into()));
    assert_eq!(current(&state).set.id, "az-nap-2020-2022");
    assert_eq!(current(&state).set.version, SetVersion::Pending);
    assert!(state.needs().contains(&crate::catalogue::Part::Set(
        "az-nap-2020-2022".into(),
        state.lang
    )));

    let index = full.index(Lang::Az).to_vec();
    state.apply(Action::Arrived(Arrival::Index(
        Lang::Az,
        Shared::new(index),
    )));
    let bundled = Catalogue::bundled()
        .set("az-nap-2020-2022")
        .expect("bundled");
    assert_eq!(
        current(&state).set.version,
        SetVersion::Known(bundled.version.clone())
    );
}

#[test]
fn an_unknown_set_chosen_before_the_index_arrives_becomes_the_first() {
    let full = State::default().known;
    let mut state = State {
        known: full.without_index(),
        ..State::default()
    };
    state.apply(Action::New {
        id: "d1".into(),
        today: today(),
    });
    state.apply(Action::SetSet("no-such-set".into()));
    let index = full.index(Lang::Az).to_vec();
    state.apply(Action::Arrived(Arrival::Index(
        Lang::Az,
        Shared::new(index),
    )));
    let first = &Catalogue::bundled().sets()[0];
    assert_eq!(current(&state).set.id, first.id);
    assert_eq!(
        current(&state).set.version,
        SetVersion::Known(first.version.clone())
    );
}

#[test]
fn an_import_asks_again_for_the_part_it_waits_for_that_failed_before() {
    let (set, _) = find("yes_no");
    let draft = current(&started(set)).clone();
    let text =
        serde_json::to_string(&draft.export(&State::default().known, Lang::Az)).expect("json");
    let mut state = State {
        known: State::default().known.without_sets(),
        ..State::default()
    };
    let part = Part::Set(set.to_owned(), Lang::Az);
    state.apply(Action::Unavailable(part.path()));
    apply_import(
        &mut state,
        Action::Import {
            file: "a.json".into(),
            bytes: text.into_bytes(),
            id: "d2".into(),
            today: today(),
        },
    );
    assert!(
        matches!(state.import, Some(ImportOutcome::Checking { .. })),
        "{:?}",
        state.import
    );
    // No longer skipped as failed: ui/mod.rs fetches it, and a new failure
    // refuses the file.
    assert!(state.unavailable.is_empty(), "{:?}", state.unavailable);
    assert!(state.missing().contains(&part));
    state.apply(Action::Unavailable(part.path()));
    assert!(
        matches!(state.import, Some(ImportOutcome::Refused { .. })),
        "{:?}",
        state.import
    );
}

#[test]
fn a_full_storage_does_not_hide_unreadable_entries() {
    let corrupted = || {
        Some(StorageProblem::Corrupted {
            backups: vec!["napcheck:v1:draft:x".into()],
        })
    };
    let both = StorageProblem::with_full(corrupted());
    assert_eq!(
        both,
        StorageProblem::CorruptedAndFull {
            backups: vec!["napcheck:v1:draft:x".into()]
        }
    );
    assert!(StorageProblem::is_full(&Some(both.clone())));
    assert_eq!(StorageProblem::without_full(Some(both)), corrupted());
    assert_eq!(StorageProblem::with_full(None), StorageProblem::Full);
    assert_eq!(
        StorageProblem::without_full(Some(StorageProblem::Full)),
        None
    );
    assert!(!StorageProblem::is_full(&corrupted()));
}

#[test]
fn one_question_at_a_time_with_previous_next_and_next_unanswered() {
    let (set, _) = find("yes_no");
    let mut state = started(set);
    state.apply(Action::Show(View::Checklist));
    let questions: Vec<String> = state.questions().iter().map(|c| c.id.clone()).collect();
    assert!(questions.len() > 3);
    assert_eq!(
        state.current_question().map(|c| c.id.clone()),
        Some(questions[0].clone())
    );
    state.apply(Action::Next);
    assert_eq!(state.question.as_deref(), Some(questions[1].as_str()));
    state.apply(Action::Previous);
    state.apply(Action::Previous);
    assert_eq!(state.view, View::Details, "before the first: the details");
    // Answer the first and third; next unanswered from the first is the second,
    // from the second the fourth.
    // (Yes to the first: its follow-ups stay relevant.)
    for (i, observation) in [
        (0, Observation::YesNo(true)),
        (2, Observation::NotAssessable),
    ] {
        state.apply(Action::Observe {
            criterion: questions[i].clone(),
            observation: Some(observation),
        });
    }
    let questions: Vec<String> = state.questions().iter().map(|c| c.id.clone()).collect();
    state.apply(Action::Ask(questions[0].clone()));
    state.apply(Action::NextUnanswered);
    assert_eq!(state.question.as_deref(), Some(questions[1].as_str()));
    state.apply(Action::NextUnanswered);
    assert_eq!(state.question.as_deref(), Some(questions[3].as_str()));
    // The place holds the question, and a reload comes back to it.
    let place = state.place().expect("a place");
    assert_eq!(place.question.as_deref(), Some(questions[3].as_str()));
    let back = State::restored(
        state.drafts.clone(),
        Lang::En,
        Place::from_code(&place.code()),
        None,
    );
    assert_eq!(
        back.current_question().map(|c| c.id.clone()),
        Some(questions[3].clone())
    );
    // Back (history) to an earlier place.
    state.apply(Action::Navigate(Place {
        view: View::Checklist,
        draft: "d1".into(),
        question: Some(questions[1].clone()),
    }));
    assert_eq!(state.question.as_deref(), Some(questions[1].as_str()));
    // All answered: next unanswered is the summary.
    for q in &questions {
        state.apply(Action::Observe {
            criterion: q.clone(),
            observation: Some(Observation::NotAssessable),
        });
    }
    state.apply(Action::NextUnanswered);
    assert_eq!(state.view, View::Report);
}

#[test]
fn a_count_field_scores_exactly_what_it_shows() {
    let (set, criterion) = find("count");
    let mut state = started(set);
    let typed = |state: &mut State, text: &str| {
        state.apply(Action::TypeCount {
            criterion: criterion.id.clone(),
            text: text.into(),
        });
        current(state)
            .answer(&criterion.id)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        typed(&mut state, "12").observation,
        Some(Observation::Count(12))
    );
    for bad in ["-5", "3.7", "1e3", "12abc"] {
        let answer = typed(&mut state, bad);
        assert_eq!(answer.observation, None, "{bad} is not scored");
        assert_eq!(answer.typed, bad, "{bad} stays as typed");
        let evaluation = current(&state)
            .evaluation(&State::default().known, Lang::En)
            .expect("evaluates");
        assert_eq!(evaluation.answered, 0, "{bad} is not an answer");
    }
    assert_eq!(
        typed(&mut state, " 7 ").observation,
        Some(Observation::Count(7))
    );
    assert_eq!(typed(&mut state, "").observation, None);
}

#[test]
fn a_place_stored_before_questions_were_kept_still_reads() {
    assert_eq!(
        Place::from_code("checklist d1"),
        Some(Place {
            view: View::Checklist,
            draft: "d1".into(),
            question: None
        })
    );
    assert_eq!(Place::from_code("nowhere d1"), None);
}

#[test]
fn picking_another_listed_body_replaces_the_previous_ones_website() {
    let known = State::default().known;
    let bodies = known.bodies();
    let with_site: Vec<_> = bodies
        .bodies
        .iter()
        .filter(|b| b.website.is_some())
        .collect();
    let without = bodies.bodies.iter().find(|b| b.website.is_none());
    let mut state = started(find("yes_no").0);
    state.apply(Action::SetUrl(String::new()));
    state.apply(Action::SetName(String::new()));
    state.apply(Action::SetBody(Some(with_site[0].id.clone())));
    assert_eq!(
        current(&state).site.url.clone(),
        with_site[0].website.clone()
    );
    state.apply(Action::SetBody(Some(with_site[1].id.clone())));
    assert_eq!(
        current(&state).site.url.clone(),
        with_site[1].website.clone()
    );
    if let Some(without) = without {
        state.apply(Action::SetBody(Some(without.id.clone())));
        assert_eq!(
            current(&state).site.url,
            None,
            "the previous body's address is cleared"
        );
    }
    state.apply(Action::SetBody(None));
    assert_eq!(current(&state).site.url, None);
    assert_eq!(current(&state).site.name, "");
}

/// A draft written by `napcheck probe --draft`: five suggested answers.
const PROBE_DRAFT: &[u8] = include_bytes!("../../../tests/fixtures/web/probe-draft.json");

fn imported_probe_draft() -> State {
    let mut state = State::default();
    apply_import(
        &mut state,
        Action::Import {
            file: "probe-draft.json".into(),
            bytes: PROBE_DRAFT.to_vec(),
            id: "p1".into(),
            today: today(),
        },
    );
    assert!(
        matches!(state.import, Some(ImportOutcome::Accepted { .. })),
        "{:?}",
        state.import
    );
    state
}

fn suggested(state: &State) -> Vec<String> {
    current(state)
        .assessment(&State::default().known, Lang::En)
        .answers
        .into_iter()
        .filter(|a| a.suggested_by.is_some())
        .map(|a| a.criterion)
        .collect()
}

#[test]
fn a_probe_draft_is_imported_with_its_suggestions_unrated() {
    let state = imported_probe_draft();
    let draft = current(&state);
    assert_eq!(suggested(&state).len(), 5);
    assert_eq!(
        draft.unconfirmed_suggestions(&State::default().known, Lang::En),
        5
    );
    let evaluation = draft
        .evaluation(&State::default().known, Lang::En)
        .expect("the set is bundled");
    assert_eq!(evaluation.answered, 0, "a suggestion is not an answer");
    assert_eq!(evaluation.overall, None);
    let eappeal = evaluation
        .criteria
        .iter()
        .find(|r| r.criterion == "1.1.eappeal")
        .expect("asked");
    assert_eq!(eappeal.outcome, napcheck_core::Outcome::Unanswered);
    assert_eq!(
        eappeal.explanation,
        napcheck_core::Explanation::Suggested {
            by: napcheck_core::SuggestedBy::Probe
        }
    );
    // The probe's evidence and note stay with the suggestion.
    let section = draft.answer("1.1.eservices.section").expect("kept");
    assert_eq!(section.evidence, "http://shirvan-ih.gov.az/page/29.html");
    assert!(section.note.contains("Elektron xidmətlər"));
}

#[test]
fn next_unanswered_stops_at_an_unconfirmed_suggestion() {
    let mut state = imported_probe_draft();
    assert_eq!(state.view, View::Checklist);
    assert_eq!(state.question.as_deref(), Some("1.1.eservices.section"));
    state.apply(Action::ConfirmSuggestion("1.1.eservices.section".into()));
    // Confirming does not move on: the citizen sees the rating.
    assert_eq!(
        state.current_question().map(|c| c.id.as_str()),
        Some("1.1.eservices.section")
    );
    // The count it makes relevant is unanswered; after it, the suggested
    // e-appeal answer is still waiting for the citizen.
    state.apply(Action::NextUnanswered);
    assert_eq!(state.question.as_deref(), Some("1.1.eservices.count"));
    state.apply(Action::NextUnanswered);
    assert_ne!(state.question.as_deref(), Some("1.1.eservices.section"));
    let questions: Vec<String> = state.questions().iter().map(|c| c.id.clone()).collect();
    let at = |id: &str| questions.iter().position(|q| q == id).expect("asked");
    let here = at(state.question.as_deref().expect("a question"));
    assert!(
        here <= at("1.1.eappeal"),
        "skipped the suggested 1.1.eappeal"
    );
}

#[test]
fn only_confirmed_or_changed_suggestions_are_scored_and_the_export_keeps_the_rest_marked() {
    let mut state = imported_probe_draft();
    state.apply(Action::ConfirmSuggestion("1.1.eservices.section".into()));
    state.apply(Action::Observe {
        criterion: "2.4.mobile".into(),
        observation: Some(Observation::YesNo(false)),
    });
    // A note added to a suggestion does not confirm it.
    state.apply(Action::Note {
        criterion: "1.1.eappeal".into(),
        text: "checked the menu too".into(),
    });
    // Confirming what has no observation confirms nothing.
    state.apply(Action::ConfirmSuggestion("2.4.search".into()));
    assert!(current(&state).answer("2.4.search").is_none());

    let draft = current(&state);
    assert_eq!(
        suggested(&state),
        ["1.1.eappeal", "2.4.site_reachable", "2.4.news.last_update"]
    );
    assert_eq!(
        draft.unconfirmed_suggestions(&State::default().known, Lang::En),
        3
    );
    let evaluation = draft
        .evaluation(&State::default().known, Lang::En)
        .expect("evaluated");
    assert_eq!(evaluation.answered, 2);
    // The same scores as an assessment holding only the two answers the
    // citizen made their own.
    let mut own = draft.assessment(&State::default().known, Lang::En);
    own.answers.retain(|a| a.suggested_by.is_none());
    assert_eq!(own.answers.len(), 2);
    let known = State::default().known;
    let set = draft.criteria_set(&known, Lang::En).expect("bundled");
    let expected = napcheck_core::evaluate(&own, set).expect("same set");
    assert_eq!(evaluation.overall, expected.overall);
    assert!(evaluation.overall.is_some());
    assert_eq!(evaluation.commitments, expected.commitments);

    // The export keeps the marker on the three unconfirmed, and imports back
    // with them.
    let exported = draft.export(&State::default().known, Lang::En);
    let marked: Vec<&str> = exported
        .answers
        .iter()
        .filter(|a| a.suggested_by.is_some())
        .map(|a| a.criterion.as_str())
        .collect();
    assert_eq!(
        marked,
        ["1.1.eappeal", "2.4.site_reachable", "2.4.news.last_update"]
    );
    // Each answer keeps what the probe suggested, confirmed or changed: the
    // report counts one confirmed, one changed, three still unconfirmed.
    let kept: Vec<(&str, bool)> = exported
        .answers
        .iter()
        .filter_map(|a| {
            let s = a.suggestion.as_ref()?;
            Some((a.criterion.as_str(), s.observation == a.observation))
        })
        .collect();
    assert!(kept.contains(&("1.1.eservices.section", true)), "{kept:?}");
    assert!(kept.contains(&("2.4.mobile", false)), "{kept:?}");
    let mut tally = napcheck_core::hints::ProbeAgreement::new(set);
    tally.add(&exported);
    let counts: Vec<(&str, usize, usize, usize)> = tally
        .suggested()
        .map(|t| (t.criterion.as_str(), t.confirmed, t.changed, t.unconfirmed))
        .collect();
    assert_eq!(
        counts,
        [
            ("1.1.eservices.section", 1, 0, 0),
            ("1.1.eappeal", 0, 0, 1),
            ("2.4.site_reachable", 0, 0, 1),
            ("2.4.mobile", 0, 1, 0),
            ("2.4.news.last_update", 0, 0, 1),
        ]
    );
    let text = serde_json::to_string_pretty(&exported).expect("json");
    apply_import(
        &mut state,
        Action::Import {
            file: "again.json".into(),
            bytes: text.into_bytes(),
            id: "p2".into(),
            today: today(),
        },
    );
    assert_eq!(state.current.as_deref(), Some("p2"));
    assert_eq!(
        current(&state).unconfirmed_suggestions(&State::default().known, Lang::En),
        3
    );
}

#[test]
fn a_place_that_names_the_question_left_open_is_not_a_move() {
    let open = Place::from_code("checklist d1").expect("a place");
    let held = Place::from_code("checklist d1 1.1.eservices.count").expect("a place");
    let other = Place::from_code("checklist d1 1.1.eservices.working").expect("a place");
    assert!(
        held.fills_in(&open),
        "the question held once the set arrived"
    );
    assert!(!other.fills_in(&held), "another question is a move");
    assert!(!open.fills_in(&held), "leaving a question open is a move");
    let report = Place::from_code("report d1").expect("a place");
    assert!(!held.fills_in(&report), "another view is a move");
    let elsewhere = Place::from_code("checklist d2 1.1.eservices.count").expect("a place");
    assert!(!elsewhere.fills_in(&open), "another draft is a move");
}
