//! The checklist, one question at a time: the progress bar, the
//! commitment, the question and the ways on;
//! below them the offer to carry the draft to a newer set (`migration.rs`).

use super::criterion::criterion;
use super::node::{el, svg, El};
use crate::catalogue::Part;
use crate::i18n::{score, t, tf};
use crate::state::{State, View};
use napcheck_core::Evaluation;

/// The checklist view.
pub(crate) fn checklist(state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    let frag = el("div").attr("class", "view");
    let Some(draft) = state.current_draft() else {
        return frag;
    };
    let (Some(set), Some(evaluation)) = (
        draft.shared_set(&state.known, lang).cloned(),
        draft.evaluation(&state.known, lang),
    ) else {
        return frag.child(loading(state, &draft.set.id));
    };
    let questions = state.questions();
    let to_report = || {
        El::button(t(words, lang, "checklist.to_report"))
            .attr("class", "link")
            .does("show", "", View::Report.code())
    };
    let title = || {
        el("h1")
            .attr("tabindex", "-1")
            .text(t(words, lang, "checklist.title"))
    };
    let Some(question) = state.current_question() else {
        return frag
            .child(title())
            .child(el("p").text(t(words, lang, "checklist.no_questions")))
            .child(to_report());
    };
    let number = questions
        .iter()
        .position(|c| c.id == question.id)
        .unwrap_or(0)
        + 1;
    let commitment = set.commitments.iter().find(|c| c.id == question.commitment);
    let result = evaluation.criterion(&question.id);
    let contribution = result.and_then(|r| {
        let commitment = evaluation.commitment(&r.commitment)?;
        Some(r.render_contribution(lang, commitment))
    });
    let all_answered = evaluation.answered >= evaluation.coverage.relevant;
    let on = if all_answered {
        El::button(t(words, lang, "checklist.to_report"))
            .attr("class", "primary wide")
            .does("show", "", View::Report.code())
    } else {
        El::button(t(words, lang, "checklist.next_unanswered"))
            .attr("class", "primary wide")
            .does("nextu", "", "")
    };
    let count = tf(
        words,
        lang,
        "checklist.question_of",
        &[
            ("number", &number.to_string()),
            ("total", &questions.len().to_string()),
        ],
    );
    frag.child(
        el("div").attr("class", "step-head").child(title()).child(
            el("p")
                .attr("class", "step-count")
                .attr("id", "step-count")
                .text(&count),
        ),
    )
    .child(progress(state, &evaluation, &question.commitment))
    .maybe(commitment.map(|c| {
        el("p")
            .attr("class", "commitment-line")
            .child(el("span").attr("class", "num").text(&c.id))
            .text(" ")
            .text(c.title.get(lang))
    }))
    .child(criterion(
        state,
        &set,
        question,
        draft,
        result,
        contribution,
    ))
    .child(
        el("nav")
            .attr("class", "step-nav")
            .attr("aria-label", t(words, lang, "checklist.nav"))
            .child(El::button(t(words, lang, "checklist.previous")).does("prev", "", ""))
            .child(El::button(t(words, lang, "checklist.next")).does("next", "", ""))
            .child(on),
    )
    .maybe((!all_answered).then(|| el("p").attr("class", "to-report").child(to_report())))
    // Below the question, which it must not push down.
    .maybe(super::migration::offer(state))
}

/// Where the citizen stands: a bar by commitment, the count and the score.
fn progress(state: &State, e: &Evaluation, current: &str) -> El {
    let (lang, words) = (state.lang, &state.words);
    let total: usize = e
        .commitments
        .iter()
        .map(|c| c.coverage.relevant.max(1))
        .sum();
    let mut before: usize = 0;
    let bar = svg("svg")
        .attr("class", "segments")
        .attr("viewBox", "0 0 1000 16")
        .attr("preserveAspectRatio", "none")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .children(e.commitments.iter().map(|c| {
            let size = c.coverage.relevant.max(1);
            let left = 1000 * before / total.max(1);
            before += size;
            let inner = (1000 * before / total.max(1))
                .saturating_sub(left + 6)
                .max(1);
            let filled = inner * c.answered.min(size) / size;
            let rect = |class: &str, width: usize| {
                svg("rect")
                    .attr("class", class)
                    .attr("x", &left.to_string())
                    .attr("y", "2")
                    .attr("width", &width.to_string())
                    .attr("height", "12")
                    .attr("rx", "3")
            };
            let class = if c.commitment == current {
                "segment current"
            } else {
                "segment"
            };
            svg("g")
                .attr("class", class)
                .child(rect("track", inner))
                .child(rect("fill", filled))
        }));
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
    let line = el("p")
        .child(el("span").attr("id", "progress-text").text(&text))
        .text(" · ")
        .text(t(words, lang, "score.overall"))
        .text(": ")
        .child(
            el("strong")
                .attr("id", "overall-score")
                .text(&score(words, lang, e.overall)),
        );
    let line = if provisional {
        line.text(" ")
            .child(el("span").attr("class", "provisional").text(t(
                words,
                lang,
                "score.provisional",
            )))
    } else {
        line
    };
    el("aside")
        .attr("class", "progress")
        .attr("aria-label", t(words, lang, "progress.title"))
        .child(bar)
        .child(line)
}

/// Until the set is here: loading, a retry, or why it cannot be shown.
fn loading(state: &State, set: &str) -> El {
    let (lang, words) = (state.lang, &state.words);
    let part = Part::Set(set.to_owned(), lang);
    let index = state.known.index(lang);
    let listed = index.iter().any(|s| s.id == set);
    if state.known.set(set, lang).is_some() || (!index.is_empty() && !listed) {
        return el("p").text(t(words, lang, "checklist.unknown_set"));
    }
    if state.unavailable.contains(&part.path())
        || state.unavailable.contains(&Part::Index(lang).path())
    {
        return el("div")
            .attr("role", "alert")
            .attr("class", "notice error")
            .child(el("p").text(t(words, lang, "loading.failed")))
            .child(El::button(t(words, lang, "loading.retry")).does("retry", "", ""));
    }
    el("p")
        .attr("role", "status")
        .attr("aria-busy", "true")
        .text(t(words, lang, "loading.criteria"))
}
