//! One criterion: its title, the question and input that fit its
//! observation type, "how to check", the "not applicable" and "could not be
//! checked" outcomes, evidence links, a note, and its rating with the core's
//! explanation as soon as something is entered.

use super::observation::ObservationInput;
use super::value_of;
use crate::draft::{lines, DraftAnswer};
use crate::i18n::{t, tf};
use crate::report::rating;
use crate::state::Action;
use napcheck_core::{is_http_url, CriteriaSet, CriterionResult, Day, Lang, Observation, Outcome};
use yew::prelude::*;

/// A criterion's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The language.
    pub(crate) lang: Lang,
    /// The criterion.
    pub(crate) criterion: &'static napcheck_core::criteria::Criterion,
    /// Its set.
    pub(crate) set: &'static CriteriaSet,
    /// What was recorded.
    pub(crate) answer: Option<DraftAnswer>,
    /// Its evaluation.
    pub(crate) result: Option<CriterionResult>,
    /// The day of the check (the latest date an observation may have).
    pub(crate) checked_on: Day,
    /// Dispatches actions.
    pub(crate) dispatch: Callback<Action>,
}

/// A criterion card.
#[function_component(Criterion)]
pub(crate) fn criterion(props: &Props) -> Html {
    let Props {
        lang,
        criterion,
        set,
        answer,
        result,
        checked_on,
        dispatch,
    } = props;
    let lang = *lang;
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
    let bad_links: Vec<String> = lines(&answer.evidence)
        .into_iter()
        .filter(|l| !is_http_url(l))
        .collect();
    let (ev_id, ev_hint, ev_err, note_id) = (
        format!("ev-{id}"),
        format!("evh-{id}"),
        format!("eve-{id}"),
        format!("note-{id}"),
    );
    let (seen_id, seen_hint) = (format!("seen-{id}"), format!("seenh-{id}"));
    let described = if bad_links.is_empty() {
        ev_hint.clone()
    } else {
        format!("{ev_hint} {ev_err}")
    };
    let result_text = result.as_ref().map(|r| {
        (
            matches!(r.outcome, Outcome::Rated { .. }),
            rating(&r.outcome, set, lang),
            r.explanation.render(lang, criterion, set),
        )
    });
    html! {
        <article class="criterion" aria-labelledby={format!("t-{id}")}>
            <h3 id={format!("t-{id}")}>{ criterion.title.get(lang) }</h3>
            <ObservationInput {lang} {criterion} observation={observation.clone()}
                checked_on={*checked_on} dispatch={dispatch.clone()} />
            <details>
                <summary>{ t(lang, "criterion.how") }</summary>
                <p>{ criterion.guidance.get(lang) }</p>
            </details>
            <div class="outcomes" role="group" aria-label={t(lang, "criterion.other_outcomes")}>
                { outcome_button(Observation::NotApplicable, set.scale.not_applicable.get(lang)) }
                { outcome_button(Observation::NotAssessable, set.scale.not_assessable.get(lang)) }
                if observation.is_some() {
                    <button type="button" class="link" onclick={clear}>{ t(lang, "criterion.clear") }</button>
                }
            </div>
            <div class="field">
                <label for={ev_id.clone()}>{ t(lang, "criterion.evidence") }</label>
                <p class="hint" id={ev_hint}>{ t(lang, "criterion.evidence_hint") }</p>
                <textarea id={ev_id} rows="2" spellcheck="false" aria-describedby={described}
                    aria-invalid={(!bad_links.is_empty()).then_some("true")}
                    value={answer.evidence.clone()}
                    oninput={text_action(|criterion, text| Action::Evidence { criterion, text })} />
                if !bad_links.is_empty() {
                    <ul class="error-text" id={ev_err}>
                        { for bad_links.iter().map(|l| html! { <li>{ tf(lang, "criterion.not_link", &[("url", l)]) }</li> }) }
                    </ul>
                }
            </div>
            <div class="field">
                <label for={seen_id.clone()}>{ t(lang, "criterion.observed_on") }</label>
                <p class="hint" id={seen_hint.clone()}>{ t(lang, "criterion.observed_on_hint") }</p>
                <input id={seen_id} type="date" aria-describedby={seen_hint} value={answer.observed_on.clone()}
                    max={checked_on.to_string()}
                    oninput={text_action(|criterion, text| Action::ObservedOn { criterion, text })} />
            </div>
            <div class="field">
                <label for={note_id.clone()}>{ t(lang, "criterion.note") }</label>
                <textarea id={note_id} rows="2" maxlength="10000" value={answer.note.clone()}
                    oninput={text_action(|criterion, text| Action::Note { criterion, text })} />
            </div>
            <div class="result" role="status">
                if let Some((rated, label, explanation)) = result_text {
                    <p><span class={classes!("badge", rated.then_some("rated"))}>{ label }</span></p>
                    if observation.is_some() { <p class="explanation">{ explanation }</p> }
                }
            </div>
        </article>
    }
}
