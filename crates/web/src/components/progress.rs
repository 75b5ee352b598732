//! Progress and the overall score, kept in view while the checklist scrolls.

use crate::i18n::{score, t, tf};
use napcheck_core::Lang;
use yew::prelude::*;

/// The progress panel's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The language.
    pub(crate) lang: Lang,
    /// Criteria answered.
    pub(crate) answered: usize,
    /// Criteria that apply.
    pub(crate) applicable: usize,
    /// The overall score.
    pub(crate) overall: Option<f64>,
}

/// The progress panel.
#[function_component(Progress)]
pub(crate) fn progress(props: &Props) -> Html {
    let lang = props.lang;
    let text = tf(
        lang,
        "progress.answered",
        &[
            ("answered", &props.answered.to_string()),
            ("applicable", &props.applicable.to_string()),
        ],
    );
    html! {
        <aside class="progress" aria-label={t(lang, "progress.title")}>
            <p id="progress-text">{ text }</p>
            <progress max={props.applicable.max(1).to_string()} value={props.answered.to_string()}
                aria-labelledby="progress-text"></progress>
            <p>{ t(lang, "score.overall") }{ ": " }<strong id="overall-score">{ score(lang, props.overall) }</strong></p>
        </aside>
    }
}
