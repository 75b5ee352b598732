//! Notices in words, announced to screen readers: storage that is corrupted or full, answers another tab
//! changed differently (each with a choice of which to keep), a deleted
//! draft to bring back, an accepted import. The storage notices are drawn
//! by the first wasm (they must show even offline). The clashes are drawn
//! by code in a chunk of its own (the split point [`clashes_chunk`]), fetched the first time another tab's
//! change clashes with this one's; the page is drawn again once it is here,
//! and a chunk that could not be fetched is said with "Try again".

use super::chunk::{self, Slot};
use super::embed;
use super::node::{el, El};
use crate::i18n::{t, tf, Words};
use crate::merge::Clash;
use crate::state::{Action, ImportOutcome, State, StorageProblem};
use napcheck_core::Lang;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// What draws the clashes, once their chunk is here.
type Draw = fn(&State) -> El;

thread_local! {
    /// What draws the clashes, once their chunk is here.
    static CHUNK: Slot<Draw> = const { Slot::new() };
}

/// The notices.
pub(crate) fn notices(state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    let full = StorageProblem::is_full(&state.storage);
    let mut out = el("div")
        .attr("class", "notices")
        .attr("aria-live", "polite");
    if let Some(
        StorageProblem::Corrupted { backups } | StorageProblem::CorruptedAndFull { backups },
    ) = &state.storage
    {
        // Dismissing the unreadable entries leaves a full storage reported.
        out = out.child(
            el("div")
                .attr("class", "notice warn")
                .attr("role", "alert")
                .child(el("p").text(&tf(
                    words,
                    lang,
                    "storage.corrupted",
                    &[("keys", &backups.join(", "))],
                )))
                .child(El::button(t(words, lang, "notice.dismiss")).does(
                    "nstore",
                    "",
                    if full { "full" } else { "" },
                )),
        );
    }
    if full {
        let export = state
            .current_draft()
            .map(|_| El::button(t(words, lang, "report.download_json")).does("nexport", "", ""));
        out = out.child(
            el("div")
                .attr("class", "notice error")
                .attr("role", "alert")
                .child(el("p").text(t(words, lang, "storage.full")))
                .maybe(export),
        );
    }
    if !state.clashes.is_empty() {
        out = out.maybe(clashes_or_wait(state));
    }
    if let Some((_, draft)) = &state.deleted {
        let name = match draft.site.name.trim() {
            "" => t(words, lang, "draft.untitled"),
            name => name,
        };
        out = out.child(
            el("div")
                .attr("class", "notice")
                .child(el("p").text(&tf(words, lang, "home.deleted", &[("name", name)])))
                .child(El::button(t(words, lang, "home.undo")).does("nundo", "", ""))
                .child(El::button(t(words, lang, "notice.dismiss")).does("nundodis", "", "")),
        );
    }
    if let Some(ImportOutcome::Accepted { file, warnings }) = &state.import {
        out = out.child(
            el("div")
                .attr("class", "notice ok")
                .child(el("p").text(&tf(
                    words,
                    lang,
                    "import.accepted",
                    &[("file", file), ("warnings", &warnings.to_string())],
                )))
                .child(El::button(t(words, lang, "notice.dismiss")).does("nimport", "", "")),
        );
    }
    out
}

/// The clashes drawn by their chunk; nothing while it is fetched; the
/// "Try again" alert when it could not be.
fn clashes_or_wait(state: &State) -> Option<El> {
    if let Some(draw) = CHUNK.with(Slot::get) {
        return Some(draw(state));
    }
    if CHUNK.with(Slot::failed) {
        return Some(chunk::failed(state, "nretry"));
    }
    chunk::load(&CHUNK, embed::here(), clashes_chunk);
    None
}

/// What draws the clashes: the chunk's code.
#[wasm_split(clashes, fallible)]
fn clashes_chunk() -> Result<Draw, SplitLoaderError> {
    Ok(clashes)
}

/// The answers both tabs changed: each with both versions and a choice.
fn clashes(state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    let draft = state.current_draft();
    let set = draft.and_then(|d| d.criteria_set(&state.known, lang));
    let items = state.clashes.iter().map(|clash| {
        let (title, mine, theirs) = match clash {
            Clash::Details(theirs) => (
                t(words, lang, "conflict.details").to_owned(),
                draft
                    .map(|d| {
                        format!(
                            "{} {}",
                            d.site.name.trim(),
                            d.site.url.as_deref().unwrap_or("").trim()
                        )
                    })
                    .unwrap_or_default(),
                format!(
                    "{} {}",
                    theirs.site.name.trim(),
                    theirs.site.url.as_deref().unwrap_or("").trim()
                ),
            ),
            Clash::Answer { criterion, theirs } => {
                let title = set
                    .and_then(|s| s.criterion(criterion))
                    .map_or_else(|| criterion.clone(), |c| c.title.get(lang).to_owned());
                let mine = draft.and_then(|d| d.answer(criterion));
                (
                    title,
                    describe(mine, set, criterion, words, lang),
                    describe(theirs.as_ref(), set, criterion, words, lang),
                )
            }
        };
        // The criterion, or none for the details (`data-c` left out).
        let criterion = clash.criterion().unwrap_or("");
        el("li")
            .child(el("p").attr("class", "clash-title").text(&title))
            .child(
                el("p")
                    .text(t(words, lang, "conflict.mine"))
                    .text(": ")
                    .child(el("span").attr("class", "mine").text(&mine)),
            )
            .child(
                el("p")
                    .text(t(words, lang, "conflict.theirs"))
                    .text(": ")
                    .child(el("span").attr("class", "theirs").text(&theirs)),
            )
            .child(El::button(t(words, lang, "conflict.keep")).does("nmine", criterion, ""))
            .child(El::button(t(words, lang, "conflict.load")).does("ntheirs", criterion, ""))
    });
    el("div")
        .attr("class", "notice warn")
        .attr("role", "alert")
        .attr("id", "clashes")
        .child(el("p").text(t(words, lang, "conflict.text")))
        .child(el("ul").attr("class", "clashes").children(items))
}

/// An answer in a few words: its rating's words or value, and its note.
fn describe(
    answer: Option<&crate::draft::DraftAnswer>,
    set: Option<&napcheck_core::CriteriaSet>,
    criterion: &str,
    words: &Words,
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

/// The action of a click on a notice's button (`events.rs`); the export
/// offered when storage is full downloads the draft and dispatches nothing.
pub(crate) fn action(kind: &str, code: &str, element: &web_sys::Element) -> Option<Action> {
    if kind != "click" {
        return None;
    }
    let criterion = || element.get_attribute("data-c");
    Some(match code {
        "nstore" => Action::Storage(
            (element.get_attribute("data-v").as_deref() == Some("full"))
                .then_some(StorageProblem::Full),
        ),
        "nundo" => Action::UndoDelete,
        "nundodis" => Action::DismissUndo,
        "nimport" => Action::DismissImport,
        "nmine" => Action::Resolve {
            criterion: criterion(),
            theirs: false,
        },
        "ntheirs" => Action::Resolve {
            criterion: criterion(),
            theirs: true,
        },
        "nexport" => {
            export();
            return None;
        }
        "nretry" => {
            chunk::load(&CHUNK, embed::here(), clashes_chunk);
            return None;
        }
        _ => return None,
    })
}

/// Downloads the current draft's assessment as JSON (the summary's
/// `download_json`).
fn export() {
    super::APP.with(|a| {
        let guard = a.borrow();
        let Some(state) = guard.as_ref().map(|app| &app.state) else {
            return;
        };
        if let Some(draft) = state.current_draft() {
            crate::summary::download_json(draft, &state.known, state.lang);
        }
    });
}
