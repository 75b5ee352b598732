//! Where the citizen stands: a progress bar by commitment (one segment per
//! commitment, as wide as its questions, filled as far as they are
//! answered; the current one marked), the count answered and the overall
//! score, marked provisional while questions remain.

use crate::i18n::{score, t, tf};
use napcheck_core::{Evaluation, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The progress panel's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The language.
    pub(crate) lang: Lang,
    /// The evaluation so far.
    pub(crate) evaluation: Rc<Evaluation>,
    /// The commitment of the question on screen.
    pub(crate) current: String,
    /// The interface's words (shared with the state: compared by
    /// identity, so a language's words arriving renders again).
    pub(crate) words: crate::i18n::Words,
}

/// The bar: an SVG (no inline styles, which a strict CSP refuses), one
/// segment per commitment.
fn segments(e: &Evaluation, current: &str) -> Html {
    // Whole SVG units: no float formatting code in the wasm.
    let total: usize = e
        .commitments
        .iter()
        .map(|c| c.coverage.relevant.max(1))
        .sum();
    let mut before: usize = 0;
    html! {
        <svg class="segments" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            { for e.commitments.iter().map(|c| {
                let size = c.coverage.relevant.max(1);
                let left = 1000 * before / total.max(1);
                before += size;
                let inner = (1000 * before / total.max(1)).saturating_sub(left + 6).max(1);
                let filled = inner * c.answered.min(size) / size;
                let class = classes!("segment", (c.commitment == current).then_some("current"));
                html! {
                    <g {class} key={c.commitment.clone()}>
                        <rect class="track" x={left.to_string()} y="2" width={inner.to_string()} height="12" rx="3" />
                        <rect class="fill" x={left.to_string()} y="2" width={filled.to_string()} height="12" rx="3" />
                    </g>
                }
            }) }
        </svg>
    }
}

/// The progress panel.
#[function_component(Progress)]
pub(crate) fn progress(props: &Props) -> Html {
    let lang = props.lang;
    let words = &props.words;
    let e = &props.evaluation;
    let text = tf(
        words,
        lang,
        "progress.answered",
        &[
            ("answered", &e.answered.to_string()),
            ("applicable", &e.coverage.relevant.to_string()),
        ],
    );
    let provisional = e.overall.is_some() && e.provisional;
    html! {
        <aside class="progress" aria-label={t(words, lang, "progress.title").to_owned()}>
            { segments(e, &props.current) }
            <p>
                <span id="progress-text">{ text }</span>{ " · " }
                { t(words, lang, "score.overall") }{ ": " }<strong id="overall-score">{ score(words, lang, e.overall) }</strong>
                if provisional { { " " }<span class="provisional">{ t(words, lang, "score.provisional") }</span> }
            </p>
        </aside>
    }
}
