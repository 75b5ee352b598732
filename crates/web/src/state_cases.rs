//! The reducer's behaviour as data: each file under
//! `tests/fixtures/web/reducer/` is a list of steps, actions and
//! expectations, run by one function from a fresh state that holds every
//! bundled set (as the catalogue's parts arrive on a page). A step is a JSON
//! array: its first item names the action or `expect`, the rest are its
//! arguments; a failing expectation names the file and the step.

use crate::catalogue::{Arrival, Shared};
use crate::draft::SetVersion;
use crate::migration;
use crate::state::{Action, Place, State, View};
use napcheck_core::{Catalogue, Day, Lang, Observation, Outcome};
use serde_json::Value;
use std::path::Path;

fn text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}

fn day(value: &Value) -> Day {
    text(value).parse().expect("a day YYYY-MM-DD")
}

fn lang(value: &Value) -> Lang {
    text(value).parse().expect("az, en or ru")
}

/// The action a step names, or `None` for an expectation or a set-up step.
fn action(step: &[Value]) -> Option<Action> {
    let arg = |i: usize| text(&step[i]);
    Some(match text(&step[0]).as_str() {
        "new" => Action::New {
            id: arg(1),
            today: day(&step[2]),
        },
        "open" => Action::Open(arg(1)),
        "duplicate" => Action::Duplicate {
            id: arg(1),
            new_id: arg(2),
        },
        "delete" => Action::Delete(arg(1)),
        "undo-delete" => Action::UndoDelete,
        "set-set" => Action::SetSet(arg(1)),
        "set-url" => Action::SetUrl(arg(1)),
        "set-name" => Action::SetName(arg(1)),
        "set-lang" => Action::SetLang(lang(&step[1])),
        "observe" => Action::Observe {
            criterion: arg(1),
            observation: Some(
                serde_json::from_value::<Observation>(step[2].clone()).expect("an observation"),
            ),
        },
        "type-count" => Action::TypeCount {
            criterion: arg(1),
            text: arg(2),
        },
        "show" => Action::Show(View::from_code(&arg(1)).expect("a view")),
        "ask" => Action::Ask(arg(1)),
        "next" => Action::Next,
        "previous" => Action::Previous,
        "next-unanswered" => Action::NextUnanswered,
        "accept-migration" => Action::AcceptMigration,
        "decline-migration" => Action::DeclineMigration,
        _ => return None,
    })
}

/// Applies a set-up step that is not an action; `false` when `step` is none.
fn set_up(state: &mut State, full: &State, step: &[Value]) -> bool {
    match text(&step[0]).as_str() {
        "without-index" => state.known = full.known.without_index(),
        "arrive-index" => {
            let lang = lang(&step[1]);
            let index = full.known.index(lang).to_vec();
            state.apply(Action::Arrived(Arrival::Index(lang, Shared::new(index))));
        }
        // A page load: the drafts and the place stored (`["reload"]`), or
        // the place in its stored form (`["reload", "checklist d1"]`).
        "reload" => {
            let place = match step.get(1) {
                Some(code) => Some(Place::from_code(&text(code)).expect("a stored place")),
                None => state.place(),
            };
            *state = State::restored(state.drafts.clone(), state.lang, place, None);
        }
        _ => return false,
    }
    true
}

/// Checks an expectation; the message says what differs.
fn expect(state: &State, step: &[Value]) -> Result<(), String> {
    let arg = |i: usize| text(&step[i]);
    let draft = state.current_draft();
    let questions: Vec<String> = state.questions().iter().map(|c| c.id.clone()).collect();
    let check = |ok: bool, what: String| if ok { Ok(()) } else { Err(what) };
    match arg(1).as_str() {
        "view" => check(
            state.view.code() == arg(2),
            format!("view is {}", state.view.code()),
        ),
        "question" => {
            let shown = state.current_question().map(|c| c.id.clone());
            let wanted = match arg(2).as_str() {
                "first" => questions.first().cloned(),
                id => Some(id.to_owned()),
            };
            check(shown == wanted, format!("question is {shown:?}"))
        }
        "asked" => check(questions.contains(&arg(2)), "not asked".into()),
        "not-asked" => check(!questions.contains(&arg(2)), "asked".into()),
        "kept" => check(
            draft.is_some_and(|d| d.answers.contains_key(&arg(2))),
            "no such answer in the draft".into(),
        ),
        "not-exported" => {
            let exported = draft.map(|d| d.export(&state.known, state.lang));
            let answers = exported.map(|a| a.answers).unwrap_or_default();
            check(
                !answers.iter().any(|a| a.criterion == arg(2)),
                "exported".into(),
            )
        }
        "not-migrated" => {
            let kept = draft.and_then(|d| d.migration.as_ref());
            let kept = kept.map(|m| &m.not_migrated[..]).unwrap_or_default();
            let ids: Vec<&str> = kept.iter().map(|n| n.answer.criterion.as_str()).collect();
            check(
                ids.contains(&arg(2).as_str()),
                format!("not migrated: {ids:?}"),
            )
        }
        "outcome" => {
            let evaluation = draft.and_then(|d| d.evaluation(&state.known, state.lang));
            let outcome = evaluation
                .as_ref()
                .and_then(|e| e.criterion(&arg(2)))
                .map(|r| match r.outcome {
                    Outcome::Rated { .. } => "rated",
                    Outcome::NotApplicable => "not_applicable",
                    Outcome::NotAssessable => "not_assessable",
                    Outcome::Unanswered => "unanswered",
                    Outcome::NeedsCorrection { .. } => "needs_correction",
                });
            check(
                outcome == Some(arg(3).as_str()),
                format!("outcome is {outcome:?}"),
            )
        }
        "typed" => {
            let typed = draft
                .and_then(|d| d.answer(&arg(2)))
                .map(|a| a.typed.clone());
            check(typed.unwrap_or_default() == arg(3), "typed differs".into())
        }
        "set" => {
            let (id, version) = arg(2)
                .split_once('@')
                .map(|(i, v)| (i.to_owned(), v.to_owned()))
                .expect("id@version");
            let version = match version.as_str() {
                "bundled" => Catalogue::bundled()
                    .set(&id)
                    .expect("bundled")
                    .version
                    .to_string(),
                v => v.to_owned(),
            };
            let set = draft.map(|d| match &d.set.version {
                SetVersion::Known(version) => format!("{}@{version}", d.set.id),
                SetVersion::Pending => format!("{}@pending", d.set.id),
            });
            check(
                set == Some(format!("{id}@{version}")),
                format!("set is {set:?}"),
            )
        }
        "needs" | "not-needs" => {
            let paths: Vec<String> = state.needs().iter().map(|p| p.path()).collect();
            let wanted = arg(1) == "needs";
            check(
                paths.contains(&arg(2)) == wanted,
                format!("needs {paths:?}"),
            )
        }
        "offer" => {
            let offer = draft.and_then(|d| migration::offer(d, &state.known, state.lang));
            let to = offer.map_or_else(|| "none".to_owned(), |o| o.to.id);
            check(to == arg(2), format!("offer is {to}"))
        }
        "offered" => {
            let shown = state.current_offer().is_some();
            check(shown == (arg(2) == "yes"), format!("offer shown: {shown}"))
        }
        "drafts" => check(
            state.drafts.len().to_string() == arg(2),
            format!("{} drafts", state.drafts.len()),
        ),
        other => Err(format!("unknown expectation {other}")),
    }
}

/// Runs one case file; every failing step is reported.
fn run(path: &Path) -> Vec<String> {
    let case: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("readable"))
        .expect("a JSON case");
    let steps = case["steps"].as_array().expect("steps");
    let full = State::default();
    let mut state = State::default();
    let mut failures = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let step = step.as_array().expect("a step is an array");
        if text(&step[0]) == "expect" {
            if let Err(why) = expect(&state, step) {
                failures.push(format!("{}: step {i} {step:?}: {why}", path.display()));
            }
        } else if let Some(action) = action(step) {
            state.apply(action);
        } else {
            assert!(
                set_up(&mut state, &full, step),
                "{}: unknown step {step:?}",
                path.display()
            );
        }
        // The checker answers an offer that became due, as on a page.
        state.make_due_offer();
    }
    failures
}

#[test]
fn every_reducer_case_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/web/reducer");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the cases")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "cases in {}", dir.display());
    let failures: Vec<String> = files.iter().flat_map(|f| run(f)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
