//! The checklist: the criteria that apply, grouped by NAP commitment, each
//! commitment with its score, under the progress panel.

use super::criterion::Criterion;
use super::loading::Loading;
use super::progress::Progress;
use super::{on, use_app};
use crate::i18n::{score, t, tf};
use crate::state::{Action, View};
use yew::prelude::*;

/// The checklist view.
#[function_component(Checklist)]
pub(crate) fn checklist() -> Html {
    let state = use_app();
    let lang = state.lang;
    let (Some(draft), dispatch) = (state.current_draft(), state.dispatcher()) else {
        return html! {};
    };
    let (Some(set), Some(evaluation)) = (draft.criteria_set(lang), draft.evaluation(lang)) else {
        return html! { <Loading set={draft.set.id.clone()} /> };
    };
    let dispatch = Callback::from(move |a: Action| dispatch.dispatch(a));
    let applicable = draft.applicable(lang);
    let name = draft.site.name.trim();
    html! {
        <>
            <h1 tabindex="-1">{ t(lang, "checklist.title") }</h1>
            if !name.is_empty() { <p class="lead">{ name }</p> }
            <Progress {lang} answered={evaluation.answered} applicable={evaluation.applicable} overall={evaluation.overall} />
            { for evaluation.commitments.iter().map(|cs| {
                let commitment = set.commitment(&cs.commitment);
                let heading = format!("cm-{}", cs.commitment);
                html! {
                    <section class="commitment" aria-labelledby={heading.clone()} key={cs.commitment.clone()}>
                        <h2 id={heading}>
                            <span class="num">{ &cs.commitment }</span>{ " " }
                            { commitment.map(|c| c.title.get(lang)).unwrap_or_default() }
                        </h2>
                        <p class="cscore">
                            { t(lang, "report.score") }{ ": " }<strong>{ score(lang, cs.score) }</strong>
                            { " · " }
                            { tf(lang, "progress.answered", &[("answered", &cs.answered.to_string()), ("applicable", &cs.applicable.to_string())]) }
                        </p>
                        { for applicable.iter().filter(|c| c.commitment == cs.commitment).map(|c| html! {
                            <Criterion key={c.id.clone()} {lang} criterion={*c} {set}
                                answer={draft.answer(&c.id).cloned()}
                                result={evaluation.criterion(&c.id).cloned()}
                                checked_on={draft.checked_on}
                                dispatch={dispatch.clone()} />
                        }) }
                    </section>
                }
            }) }
            <button type="button" class="primary" onclick={on(&state, |_: MouseEvent| Action::Show(View::Report))}>
                { t(lang, "checklist.to_report") }
            </button>
        </>
    }
}
