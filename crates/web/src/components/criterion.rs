//! One question: its title, the input that fits its observation type with
//! the core's findings on it (in the citizen's language, as they type), the
//! rating and the core's explanation right beside the answer, "how to
//! check" behind a tap, the "not applicable" and "could not be checked"
//! outcomes, and evidence links, the day observed and a note behind "add
//! evidence or a note". An answer `napcheck probe` suggested is shown as
//! such, with what the probe found, and a "Confirm" button: until the
//! citizen confirms or changes it, it is not rated (the core says so).

use super::observation::ObservationInput;
use super::value_of;
use crate::catalogue::Shared;
use crate::draft::{lines, DraftAnswer};
use crate::i18n::{t, tf};
use crate::report::rating;
use crate::state::Action;
use napcheck_core::{CriteriaSet, CriterionResult, Day, Lang, Observation, Outcome};
use yew::prelude::*;

/// A criterion's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The language.
    pub(crate) lang: Lang,
    /// The criterion's id.
    pub(crate) criterion: AttrValue,
    /// Its set (shared with the state: compared by identity).
    pub(crate) set: Shared<CriteriaSet>,
    /// What was recorded.
    pub(crate) answer: Option<DraftAnswer>,
    /// Its evaluation.
    pub(crate) result: Option<CriterionResult>,
    /// The day of the check (the latest date an observation may have).
    pub(crate) checked_on: Day,
    /// What it adds to its commitment's score, in words.
    pub(crate) contribution: Option<String>,
    /// Dispatches actions.
    pub(crate) dispatch: Callback<Action>,
    /// The interface's words (shared with the state: compared by
    /// identity, so a language's words arriving renders again).
    pub(crate) words: crate::i18n::Words,
}

/// A question card.
#[function_component(Criterion)]
pub(crate) fn criterion(props: &Props) -> Html {
    let Props {
        lang,
        criterion,
        set,
        answer,
        result,
        checked_on,
        contribution,
        dispatch,
        words,
    } = props;
    let lang = *lang;
    let set: &CriteriaSet = set;
    let Some(criterion) = set.criterion(criterion) else {
        return html! {};
    };
    // What to correct, in the core's words for citizens: a count that is
    // not a whole number, or an observation the core will not rate.
    let typed_error = answer
        .as_ref()
        .filter(|a| !a.typed.is_empty())
        .and_then(|a| napcheck_core::read_count(&a.typed).err());
    let findings: Vec<String> = match result.as_ref().map(|r| &r.outcome) {
        Some(Outcome::NeedsCorrection { findings }) => findings.iter().collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .chain(typed_error.as_ref())
    .map(|f| f.field_message(Some(set), lang))
    .collect();
    let id = &criterion.id;
    let answer = answer.clone().unwrap_or_default();
    let observation = answer.observation.clone();
    let outcome_button = |value: Observation, label: &str| {
        let pressed = observation.as_ref() == Some(&value);
        let (dispatch, id) = (dispatch.clone(), id.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Observe {
                criterion: id.clone(),
                observation: (!pressed).then(|| value.clone()),
            })
        });
        html! {
            <button type="button" class="toggle" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                { label.to_owned() }
            </button>
        }
    };
    let clear = {
        let (dispatch, id) = (dispatch.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Observe {
                criterion: id.clone(),
                observation: None,
            })
        })
    };
    let text_action = |make: fn(String, String) -> Action| {
        let (dispatch, id) = (dispatch.clone(), id.clone());
        Callback::from(move |e: InputEvent| dispatch.emit(make(id.clone(), value_of(&e))))
    };
    // Each link checked by the core, said in its words for citizens.
    let bad_links: Vec<String> = lines(&answer.evidence)
        .iter()
        .flat_map(|l| napcheck_core::check_link(l))
        .map(|f| f.field_message(Some(set), lang))
        .collect();
    let (ev_id, ev_hint, ev_err, note_id, note_count) = (
        format!("ev-{id}"),
        format!("evh-{id}"),
        format!("eve-{id}"),
        format!("note-{id}"),
        format!("notec-{id}"),
    );
    let (seen_id, seen_hint) = (format!("seen-{id}"), format!("seenh-{id}"));
    let described = if bad_links.is_empty() {
        ev_hint.clone()
    } else {
        format!("{ev_hint} {ev_err}")
    };
    let note_length = answer.note.chars().count();
    let note_over = !napcheck_core::check_note(&answer.note).is_empty();
    let extra =
        !answer.evidence.is_empty() || !answer.note.is_empty() || !answer.observed_on.is_empty();
    let result_text = result.as_ref().map(|r| {
        (
            matches!(r.outcome, Outcome::Rated { .. }),
            rating(&r.outcome, set, lang),
            r.explanation.render(lang, criterion, set),
        )
    });
    let error_id = format!("err-{id}");
    let suggestion = answer.suggested_by.is_some().then(|| {
        let confirm = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::ConfirmSuggestion(id.clone())))
        };
        let found = lines(&answer.evidence);
        let note = answer.note.trim().to_owned();
        html! {
            <section class="notice warn suggestion" aria-labelledby={format!("sg-{id}")}>
                <h3 id={format!("sg-{id}")}>{ t(words, lang, "suggestion.title") }</h3>
                <p>{ t(words, lang, "suggestion.why") }</p>
                if !note.is_empty() || !found.is_empty() {
                    <p class="label">{ t(words, lang, "suggestion.found") }</p>
                    if !note.is_empty() { <p class="note">{ note }</p> }
                    if !found.is_empty() {
                        <ul class="links">{ for found.iter().map(|u| html! {
                            <li>if napcheck_core::is_http_url(u) {
                                <a href={u.clone()} rel="noopener noreferrer">{ u }</a>
                            } else { <span>{ u }</span> }</li>
                        }) }</ul>
                    }
                }
                <button type="button" class="primary confirm" onclick={confirm}>{ t(words, lang, "suggestion.confirm") }</button>
            </section>
        }
    });
    html! {
        <article class="criterion" aria-labelledby={format!("t-{id}")}>
            <h2 id={format!("t-{id}")} tabindex="-1">{ criterion.title.get(lang) }</h2>
            <ObservationInput {lang} set={props.set.clone()} criterion={props.criterion.clone()} observation={observation.clone()} typed={answer.typed.clone()}
                checked_on={*checked_on} words={words.clone()} error={(!findings.is_empty()).then(|| AttrValue::from(error_id.clone()))}
                dispatch={dispatch.clone()} />
            { suggestion.unwrap_or_default() }
            if !findings.is_empty() {
                <ul class="error-text field-errors" id={error_id}>
                    { for findings.iter().map(|f| html! { <li>{ f }</li> }) }
                </ul>
            }
            <div class="result" role="status">
                if let Some((rated, label, explanation)) = result_text {
                    if observation.is_some() {
                        <p><span class={classes!("badge", rated.then_some("rated"))}>{ label }</span></p>
                        <p class="explanation">{ explanation }</p>
                        if let Some(contribution) = contribution { <p class="contribution">{ contribution }</p> }
                    }
                }
            </div>
            <details>
                <summary>{ t(words, lang, "criterion.how") }</summary>
                <p>{ criterion.guidance.get(lang) }</p>
            </details>
            <div class="outcomes" role="group" aria-label={t(words, lang, "criterion.other_outcomes").to_owned()}>
                { outcome_button(Observation::NotApplicable, set.scale.not_applicable.get(lang)) }
                { outcome_button(Observation::NotAssessable, set.scale.not_assessable.get(lang)) }
                if observation.is_some() || !answer.typed.is_empty() {
                    <button type="button" class="link" onclick={clear}>{ t(words, lang, "criterion.clear") }</button>
                }
            </div>
            <details class="extra" open={extra}>
                <summary>{ t(words, lang, "criterion.add_extra") }</summary>
                <div class="field">
                    <label for={ev_id.clone()}>{ t(words, lang, "criterion.evidence") }</label>
                    <p class="hint" id={ev_hint}>{ t(words, lang, "criterion.evidence_hint") }</p>
                    <textarea id={ev_id} rows="2" spellcheck="false" aria-describedby={described}
                        aria-invalid={(!bad_links.is_empty()).then_some("true")}
                        value={answer.evidence.clone()}
                        oninput={text_action(|criterion, text| Action::Evidence { criterion, text })} />
                    if !bad_links.is_empty() {
                        <ul class="error-text" id={ev_err}>
                            { for bad_links.iter().map(|l| html! { <li>{ l }</li> }) }
                        </ul>
                    }
                </div>
                <div class="field">
                    <label for={seen_id.clone()}>{ t(words, lang, "criterion.observed_on") }</label>
                    <p class="hint" id={seen_hint.clone()}>{ t(words, lang, "criterion.observed_on_hint") }</p>
                    <input id={seen_id} type="date" aria-describedby={seen_hint} value={answer.observed_on.clone()}
                        max={checked_on.to_string()}
                        oninput={text_action(|criterion, text| Action::ObservedOn { criterion, text })} />
                </div>
                <div class="field">
                    <label for={note_id.clone()}>{ t(words, lang, "criterion.note") }</label>
                    <textarea id={note_id} rows="2" value={answer.note.clone()} aria-describedby={note_count.clone()}
                        aria-invalid={note_over.then_some("true")}
                        oninput={text_action(|criterion, text| Action::Note { criterion, text })} />
                    <p id={note_count} class={classes!("counter", note_over.then_some("error-text"))}>
                        { tf(words, lang, if note_over { "criterion.note_over" } else { "criterion.note_count" },
                            &[("count", &note_length.to_string()), ("max", &napcheck_core::NOTE_MAX_CHARS.to_string())]) }
                    </p>
                </div>
            </details>
        </article>
    }
}
