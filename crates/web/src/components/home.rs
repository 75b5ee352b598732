//! The start page: begin a new assessment, resume, duplicate or delete a
//! saved one, or import a file.

use super::import::Import;
use super::{on, use_app};
use crate::dom;
use crate::draft::Draft;
use crate::i18n::{t, tf};
use crate::state::Action;
use napcheck_core::Lang;
use yew::prelude::*;

/// The start page.
#[function_component(Home)]
pub(crate) fn home() -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    // A new draft starts on the first set of the index, fetched at start.
    let ready = !state.known.index(lang).is_empty();
    let new = on(&state, |_: MouseEvent| Action::New {
        id: dom::new_id(),
        today: dom::today(),
    });
    html! {
        <>
            <h1 tabindex="-1">{ t(words, lang, "home.title") }</h1>
            <p class="lead">{ t(words, lang, "home.intro") }</p>
            <button type="button" class="primary" onclick={new} disabled={!ready}>{ t(words, lang, "home.new") }</button>
            <section aria-labelledby="drafts-h">
                <h2 id="drafts-h">{ t(words, lang, "home.drafts") }</h2>
                if state.drafts.is_empty() {
                    <p>{ t(words, lang, "home.no_drafts") }</p>
                } else {
                    <ul class="drafts">
                        { for state.drafts.iter().rev().map(|d| draft_card(&state, d, lang)) }
                    </ul>
                }
            </section>
            <Import />
        </>
    }
}

fn draft_card(state: &UseReducerHandle<crate::state::State>, draft: &Draft, lang: Lang) -> Html {
    let words = &state.words;
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
        tf(
            words,
            lang,
            "progress.answered",
            &[
                ("answered", &e.answered.to_string()),
                ("applicable", &e.coverage.relevant.to_string()),
            ],
        )
    });
    let (open, copy, delete) = (draft.id.clone(), draft.id.clone(), draft.id.clone());
    html! {
        <li class="card" key={draft.id.clone()}>
            <h3 id={heading.clone()}>{ name }</h3>
            <p class="url">{ draft.site.url.as_deref().unwrap_or("").trim() }</p>
            <p>{ set }{ " · " }{ draft.checked_on.to_string() }</p>
            if let Some(progress) = progress { <p>{ progress }</p> }
            <div class="actions">
                <button type="button" class="primary" aria-describedby={heading.clone()}
                    onclick={on(state, move |_: MouseEvent| Action::Open(open.clone()))}>{ t(words, lang, "home.resume") }</button>
                <button type="button" aria-describedby={heading.clone()}
                    onclick={on(state, move |_: MouseEvent| Action::Duplicate { id: copy.clone(), new_id: dom::new_id() })}>{ t(words, lang, "home.duplicate") }</button>
                <button type="button" class="danger" aria-describedby={heading}
                    onclick={on(state, move |_: MouseEvent| Action::Delete(delete.clone()))}>{ t(words, lang, "home.delete") }</button>
            </div>
        </li>
    }
}
