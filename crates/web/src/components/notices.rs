//! Notices in words, announced to screen readers: storage that is corrupted
//! or full, answers another tab changed differently (each with a choice of
//! which to keep), a deleted draft to bring back, an accepted import.

use super::lazy::{Chunk, Lazy};
use super::{on, use_app};
use crate::i18n::{t, tf};
use crate::merge::Clash;
use crate::state::{Action, ImportOutcome, StorageProblem};
use napcheck_core::Lang;
use yew::prelude::*;

/// The notices.
#[function_component(Notices)]
pub(crate) fn notices() -> Html {
    let state = use_app();
    let lang = state.lang;
    let words = &state.words;
    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(draft) = state.current_draft() {
                crate::summary::download_json(draft, &state.known, state.lang);
            }
        })
    };
    let full = StorageProblem::is_full(&state.storage);
    let corrupted = match &state.storage {
        Some(
            StorageProblem::Corrupted { backups } | StorageProblem::CorruptedAndFull { backups },
        ) => {
            // Dismissing the unreadable entries leaves a full storage reported.
            let after = full.then_some(StorageProblem::Full);
            html! {
                <div class="notice warn" role="alert">
                    <p>{ tf(words, lang, "storage.corrupted", &[("keys", &backups.join(", "))]) }</p>
                    <button type="button" onclick={on(&state, move |_: MouseEvent| Action::Storage(after.clone()))}>{ t(words, lang, "notice.dismiss") }</button>
                </div>
            }
        }
        _ => html! {},
    };
    let storage = html! {
        <>
            { corrupted }
            if full {
                <div class="notice error" role="alert">
                    <p>{ t(words, lang, "storage.full") }</p>
                    if state.current_draft().is_some() {
                        <button type="button" onclick={export}>{ t(words, lang, "report.download_json") }</button>
                    }
                </div>
            }
        </>
    };
    // The answers two tabs changed differently are rare: drawn by a
    // view loaded when first needed (`lazy.rs`).
    let conflict = (!state.clashes.is_empty())
        .then(|| html! { <Lazy part={Chunk::Clashes} status={false} /> });
    let deleted = state.deleted.as_ref().map(|(_, draft)| {
        let name = if draft.site.name.trim().is_empty() { t(words, lang, "draft.untitled") } else { draft.site.name.trim() };
        html! {
            <div class="notice">
                <p>{ tf(words, lang, "home.deleted", &[("name", name)]) }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::UndoDelete)}>{ t(words, lang, "home.undo") }</button>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::DismissUndo)}>{ t(words, lang, "notice.dismiss") }</button>
            </div>
        }
    });
    let imported = match &state.import {
        Some(ImportOutcome::Accepted { file, warnings }) => html! {
            <div class="notice ok">
                <p>{ tf(words, lang, "import.accepted", &[("file", file), ("warnings", &warnings.to_string())]) }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::DismissImport)}>{ t(words, lang, "notice.dismiss") }</button>
            </div>
        },
        _ => html! {},
    };
    html! {
        <div class="notices" aria-live="polite">
            { storage }
            { for conflict }
            { for deleted }
            { imported }
        </div>
    }
}

/// The answers both tabs changed: each with both versions and a choice.
#[function_component(Clashes)]
pub(crate) fn clashes() -> Html {
    let state = &use_app();
    let lang = state.lang;
    let words = &state.words;
    let draft = state.current_draft();
    let set = draft.and_then(|d| d.criteria_set(&state.known, lang));
    html! {
        <div class="notice warn" role="alert" id="clashes">
            <p>{ t(words, lang, "conflict.text") }</p>
            <ul class="clashes">
                { for state.clashes.iter().map(|clash| {
                    let criterion = clash.criterion().map(str::to_owned);
                    let (title, mine, theirs) = match clash {
                        Clash::Details(theirs) => (
                            t(words, lang, "conflict.details").to_owned(),
                            draft.map(|d| format!("{} {}", d.site.name.trim(), d.site.url.as_deref().unwrap_or("").trim())).unwrap_or_default(),
                            format!("{} {}", theirs.site.name.trim(), theirs.site.url.as_deref().unwrap_or("").trim()),
                        ),
                        Clash::Answer { criterion, theirs } => {
                            let title = set
                                .and_then(|s| s.criterion(criterion))
                                .map_or_else(|| criterion.clone(), |c| c.title.get(lang).to_owned());
                            let mine = draft.and_then(|d| d.answer(criterion));
                            (title, describe(mine, set, criterion, words, lang), describe(theirs.as_ref(), set, criterion, words, lang))
                        }
                    };
                    let (keep_mine, keep_theirs) = (criterion.clone(), criterion);
                    html! {
                        <li>
                            <p class="clash-title">{ title }</p>
                            <p>{ t(words, lang, "conflict.mine") }{ ": " }<span class="mine">{ mine }</span></p>
                            <p>{ t(words, lang, "conflict.theirs") }{ ": " }<span class="theirs">{ theirs }</span></p>
                            <button type="button" onclick={on(state, move |_: MouseEvent| Action::Resolve { criterion: keep_mine.clone(), theirs: false })}>{ t(words, lang, "conflict.keep") }</button>
                            <button type="button" onclick={on(state, move |_: MouseEvent| Action::Resolve { criterion: keep_theirs.clone(), theirs: true })}>{ t(words, lang, "conflict.load") }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// An answer in a few words: its rating's words or value, and its note.
fn describe(
    answer: Option<&crate::draft::DraftAnswer>,
    set: Option<&napcheck_core::CriteriaSet>,
    criterion: &str,
    words: &crate::i18n::Words,
    lang: Lang,
) -> String {
    let Some(answer) = answer else {
        return t(words, lang, "conflict.nothing").to_owned();
    };
    let criterion = set.and_then(|s| s.criterion(criterion));
    let value = match (&answer.observation, criterion) {
        (Some(observation), Some(c)) => {
            crate::report::observation_text(observation, c, set, words, lang)
        }
        (None, _) if !answer.typed.is_empty() => answer.typed.clone(),
        _ => t(words, lang, "conflict.nothing").to_owned(),
    };
    let note = answer.note.trim();
    if note.is_empty() {
        value
    } else {
        format!("{value} — {note}")
    }
}
