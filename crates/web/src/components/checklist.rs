//! The checklist, one question at a time (phone first): where the citizen
//! is (a progress bar by commitment, the commitment's short name), the
//! question with its answer, rating and explanation, and the ways on:
//! previous, next, next unanswered, the summary.

use super::criterion::Criterion;
use super::lazy::{Chunk, Lazy};
use super::loading::Loading;
use super::progress::Progress;
use super::{on, use_app};
use crate::i18n::{t, tf};
use crate::state::{Action, View};
use yew::prelude::*;

/// The checklist view.
#[function_component(Checklist)]
pub(crate) fn checklist() -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    let (Some(draft), dispatch) = (state.current_draft(), state.dispatcher()) else {
        return html! {};
    };
    let (Some(set), Some(evaluation)) = (
        draft.shared_set(&state.known, lang).cloned(),
        draft.evaluation(&state.known, lang),
    ) else {
        return html! { <Loading set={draft.set.id.clone()} /> };
    };
    // Shared with the progress panel, not copied for it.
    let evaluation = std::rc::Rc::new(evaluation);
    let dispatch = Callback::from(move |a: Action| dispatch.dispatch(a));
    let questions = state.questions();
    let to_report = html! {
        <button type="button" class="link" onclick={on(&state, |_: MouseEvent| Action::Show(View::Report))}>
            { t(words, lang, "checklist.to_report") }
        </button>
    };
    let Some(criterion) = state.current_question() else {
        return html! {
            <>
                <h1 tabindex="-1">{ t(words, lang, "checklist.title") }</h1>
                <p>{ t(words, lang, "checklist.no_questions") }</p>
                { to_report }
            </>
        };
    };
    let number = questions
        .iter()
        .position(|c| c.id == criterion.id)
        .unwrap_or(0)
        + 1;
    let commitment = set
        .commitments
        .iter()
        .find(|c| c.id == criterion.commitment);
    let result = evaluation.criterion(&criterion.id).cloned();
    let contribution = result.as_ref().and_then(|r| {
        let commitment = evaluation.commitment(&r.commitment)?;
        Some(r.render_contribution(lang, commitment))
    });
    let all_answered = evaluation.answered >= evaluation.coverage.relevant;
    html! {
        <>
            <div class="step-head">
                <h1 tabindex="-1">{ t(words, lang, "checklist.title") }</h1>
                <p class="step-count" id="step-count">
                    { tf(words, lang, "checklist.question_of", &[("number", &number.to_string()), ("total", &questions.len().to_string())]) }
                </p>
            </div>
            <Progress {lang} evaluation={evaluation.clone()} current={criterion.commitment.clone()} words={state.words.clone()} />
            if let Some(c) = commitment {
                <p class="commitment-line"><span class="num">{ &c.id }</span>{ " " }{ c.title.get(lang) }</p>
            }
            <Criterion key={criterion.id.clone()} {lang} criterion={AttrValue::from(criterion.id.clone())} set={set.clone()}
                answer={draft.answer(&criterion.id).cloned()}
                {result}
                {contribution}
                checked_on={draft.checked_on}
                words={state.words.clone()}
                dispatch={dispatch.clone()} />
            <nav class="step-nav" aria-label={t(words, lang, "checklist.nav").to_owned()}>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::Previous)}>{ t(words, lang, "checklist.previous") }</button>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::Next)}>{ t(words, lang, "checklist.next") }</button>
                if all_answered {
                    <button type="button" class="primary wide" onclick={on(&state, |_: MouseEvent| Action::Show(View::Report))}>
                        { t(words, lang, "checklist.to_report") }
                    </button>
                } else {
                    <button type="button" class="primary wide" onclick={on(&state, |_: MouseEvent| Action::NextUnanswered)}>
                        { t(words, lang, "checklist.next_unanswered") }
                    </button>
                }
            </nav>
            if !all_answered { <p class="to-report">{ to_report }</p> }
            // Below the question: the offer appears once the newer set and
            // the crosswalks arrive, and must not push the question down
            // (Lighthouse measured a layout shift of 0.47 when it sat above).
            if state.current_offer().is_some() { <Lazy part={Chunk::Offer} status={false} /> }
        </>
    }
}
