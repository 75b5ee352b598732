//! The start page: begin a new assessment, resume, duplicate or delete a
//! saved one, import a file.

use super::node::{el, El};
use crate::draft::Draft;
use crate::i18n::{t, tf};
use crate::state::State;

/// The start page's nodes (they go straight into `<main>`).
pub(crate) fn home(state: &State) -> Vec<El> {
    let (lang, words) = (state.lang, &state.words);
    // A new draft starts on the first set of the index, fetched at start.
    let ready = !state.known.index(lang).is_empty();
    let section = el("section").attr("aria-labelledby", "drafts-h").child(
        el("h2")
            .attr("id", "drafts-h")
            .text(t(words, lang, "home.drafts")),
    );
    let section = if state.drafts.is_empty() {
        section.child(el("p").text(t(words, lang, "home.no_drafts")))
    } else {
        section.child(
            el("ul")
                .attr("class", "drafts")
                .children(state.drafts.iter().rev().map(|d| draft_card(state, d))),
        )
    };
    vec![
        el("h1")
            .attr("tabindex", "-1")
            .text(t(words, lang, "home.title")),
        el("p")
            .attr("class", "lead")
            .text(t(words, lang, "home.intro")),
        El::button(t(words, lang, "home.new"))
            .attr("class", "primary")
            .attr_if(!ready, "disabled", "disabled")
            .does("new", "", ""),
        section,
        super::import::import(state),
    ]
}

/// A saved draft's card.
fn draft_card(state: &State, draft: &Draft) -> El {
    let (lang, words) = (state.lang, &state.words);
    let name = draft.site.name.trim();
    let name = if name.is_empty() {
        t(words, lang, "draft.untitled")
    } else {
        name
    };
    let heading = format!("draft-{}", draft.id);
    let set = draft
        .criteria_set(&state.known, lang)
        .map(|s| s.title.get(lang).to_owned())
        .or_else(|| {
            let index = state.known.index(lang);
            index
                .iter()
                .find(|s| s.id == draft.set.id)
                .map(|s| s.title.clone())
        })
        .unwrap_or_else(|| draft.set.id.clone());
    let progress = draft.evaluation(&state.known, lang).map(|e| {
        el("p").text(&tf(
            words,
            lang,
            "progress.answered",
            &[
                ("answered", &e.answered.to_string()),
                ("applicable", &e.coverage.relevant.to_string()),
            ],
        ))
    });
    let action = |key: &'static str, code: &str| {
        El::button(t(words, lang, key))
            .attr("aria-describedby", &heading)
            .does(code, "", &draft.id)
    };
    el("li")
        .attr("class", "card")
        .child(el("h3").attr("id", &heading).text(name))
        .child(
            el("p")
                .attr("class", "url")
                .text(draft.site.url.as_deref().unwrap_or("").trim()),
        )
        .child(
            el("p")
                .text(&set)
                .text(" · ")
                .text(&draft.checked_on.to_string()),
        )
        .maybe(progress)
        .child(
            el("div")
                .attr("class", "actions")
                .child(action("home.resume", "open").attr("class", "primary"))
                .child(action("home.duplicate", "dup"))
                .child(action("home.delete", "del").attr("class", "danger")),
        )
}
