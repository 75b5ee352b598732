//! Notices in words, announced to screen readers: storage that is corrupted
//! or full, a newer version from another tab, a deleted draft to bring back,
//! an accepted import.

use super::{on, use_app};
use crate::i18n::{t, tf};
use crate::state::{Action, ImportOutcome, StorageProblem};
use yew::prelude::*;

/// The notices' props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// Keep this tab's version over another tab's.
    pub(crate) on_keep_mine: Callback<()>,
}

/// The notices.
#[function_component(Notices)]
pub(crate) fn notices(props: &Props) -> Html {
    let state = use_app();
    let lang = state.lang;
    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(draft) = state.current_draft() {
                crate::components::summary::download_json(draft, state.lang);
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
                    <p>{ tf(lang, "storage.corrupted", &[("keys", &backups.join(", "))]) }</p>
                    <button type="button" onclick={on(&state, move |_: MouseEvent| Action::Storage(after.clone()))}>{ t(lang, "notice.dismiss") }</button>
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
                    <p>{ t(lang, "storage.full") }</p>
                    if state.current_draft().is_some() {
                        <button type="button" onclick={export}>{ t(lang, "report.download_json") }</button>
                    }
                </div>
            }
        </>
    };
    let conflict = state.conflict.as_ref().map(|_| {
        let keep = props.on_keep_mine.reform(|_: MouseEvent| ());
        html! {
            <div class="notice warn" role="alert">
                <p>{ t(lang, "conflict.text") }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::LoadTheirs)}>{ t(lang, "conflict.load") }</button>
                <button type="button" onclick={keep}>{ t(lang, "conflict.keep") }</button>
            </div>
        }
    });
    let deleted = state.deleted.as_ref().map(|(_, draft)| {
        let name = if draft.site.name.trim().is_empty() { t(lang, "draft.untitled") } else { draft.site.name.trim() };
        html! {
            <div class="notice">
                <p>{ tf(lang, "home.deleted", &[("name", name)]) }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::UndoDelete)}>{ t(lang, "home.undo") }</button>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::DismissUndo)}>{ t(lang, "notice.dismiss") }</button>
            </div>
        }
    });
    let imported = match &state.import {
        Some(ImportOutcome::Accepted { file, warnings }) => html! {
            <div class="notice ok">
                <p>{ tf(lang, "import.accepted", &[("file", file), ("warnings", &warnings.to_string())]) }</p>
                <button type="button" onclick={on(&state, |_: MouseEvent| Action::DismissImport)}>{ t(lang, "notice.dismiss") }</button>
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
