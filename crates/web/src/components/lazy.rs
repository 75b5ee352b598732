//! The views a first checklist does not need, loaded when first shown:
//! the summary (with its chart, exports and submit form), the offer to
//! carry a draft to a newer set and the answers two tabs changed
//! differently. (The import section stays in the first wasm: the start
//! page shows it, and it must say "could not be checked" even to a page
//! that went offline before anything else was fetched.) Each is a split
//! point (`wasm_split_helpers`), as are reading the checker's answers
//! (`checker.rs`) and sending a queued submission (`outbox.rs`), which
//! return a `loader::Later`:
//! `scripts/build-web` cuts the code only each reaches out of the first
//! wasm into a chunk of its own (`split_<name>.wasm`; code two of them
//! share goes to a `chunk_<n>.wasm` both load), fetched and linked into the
//! running module the first time it runs, and kept by the service worker
//! for offline use. The same Rust, state and reducer serve both: nothing is
//! rendered twice or by a second copy of Yew. Until its chunk is here a
//! view shows "Loading…"; a chunk that could not be fetched is said in
//! words with "Try again", the answers being safe in local storage.

use super::{migration::MigrationOffer, notices::Clashes, summary::Summary, use_app};
use crate::i18n::t;
use std::cell::Cell;
use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

/// What draws a loaded view.
type Draw = fn() -> Html;

/// A view loaded on first use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chunk {
    /// The summary of the current draft (`View::Report`).
    Summary,
    /// The offer below the question (`MigrationOffer`).
    Offer,
    /// The answers another tab changed differently.
    Clashes,
}

impl Chunk {
    /// Its place in [`LOADED`].
    fn slot(self) -> usize {
        self as usize
    }

    /// Fetches the part's chunk (once) and gives what draws it.
    async fn load(self) -> Result<Draw, SplitLoaderError> {
        match self {
            Chunk::Summary => summary().await,
            Chunk::Offer => offer().await,
            Chunk::Clashes => clashes().await,
        }
    }

    /// Fetches and links the part's chunk without showing it: the
    /// summary's, once a checklist's questions are on screen and the page
    /// is idle (`app.rs`), so that it is shown at once when the citizen
    /// goes on.
    pub(crate) fn prefetch(self) {
        if drawn(self).is_none() {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(draw) = self.load().await {
                    LOADED.with(|l| l[self.slot()].set(Some(draw)));
                }
            });
        }
    }
}

thread_local! {
    /// The parts loaded in this page: shown at once from then on.
    static LOADED: [Cell<Option<Draw>>; 3] = const { [const { Cell::new(None) }; 3] };
}

fn drawn(part: Chunk) -> Option<Draw> {
    LOADED.with(|l| l[part.slot()].get())
}

#[wasm_split(summary, fallible)]
fn summary() -> Result<Draw, SplitLoaderError> {
    Ok(|| html! { <Summary /> })
}

#[wasm_split(offer, fallible)]
fn offer() -> Result<Draw, SplitLoaderError> {
    Ok(|| html! { <MigrationOffer /> })
}

#[wasm_split(clashes, fallible)]
fn clashes() -> Result<Draw, SplitLoaderError> {
    Ok(|| html! { <Clashes /> })
}

/// The lazy view's props.
#[derive(Properties, PartialEq)]
pub(crate) struct LazyProps {
    /// Which view.
    pub(crate) part: Chunk,
    /// Shown while its chunk loads, if not the "Loading…" status (the
    /// offer and the notices show nothing meanwhile: they come below or
    /// beside what the citizen is doing).
    #[prop_or(true)]
    pub(crate) status: bool,
}

/// A view loaded on first use.
#[function_component(Lazy)]
pub(crate) fn lazy(props: &LazyProps) -> Html {
    let state = use_app();
    let (lang, words) = (state.lang, &state.words);
    let part = props.part;
    // Whether the last load failed; what draws the view is in `LOADED`
    // (setting this draws again either way).
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    let status_ref = use_node_ref();
    {
        let (failed, status_ref) = (failed.clone(), status_ref.clone());
        use_effect_with((part, *attempt), move |_| {
            if drawn(part).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    // The view's place, when the citizen moved to it (not
                    // on a reload, where the app leaves the focus alone):
                    // its heading takes the focus once it is drawn.
                    let moved = gloo::utils::document()
                        .active_element()
                        .is_some_and(|e| e.tag_name() != "BODY");
                    let main = status_ref
                        .cast::<web_sys::Element>()
                        .and_then(|p| p.parent_element())
                        .filter(|_| moved);
                    let loaded = part.load().await.ok();
                    if let Some(draw) = loaded {
                        LOADED.with(|l| l[part.slot()].set(Some(draw)));
                    }
                    failed.set(loaded.is_none());
                    if let (Some(main), true) = (main, loaded.is_some()) {
                        crate::loader::next_task().await;
                        crate::dom::focus_heading(&main, "h1");
                    }
                });
            }
        });
    }
    if let Some(draw) = drawn(part) {
        return draw();
    }
    if *failed {
        let retry = {
            let (failed, attempt) = (failed.clone(), attempt.clone());
            Callback::from(move |_: MouseEvent| {
                failed.set(false);
                attempt.set(*attempt + 1);
            })
        };
        return html! {
            <div role="alert" class="notice error lazy-failed">
                <p>{ t(words, lang, "loading.part_failed") }</p>
                <button type="button" onclick={retry}>{ t(words, lang, "loading.retry") }</button>
            </div>
        };
    }
    if props.status {
        html! { <p role="status" aria-busy="true" ref={status_ref}>{ t(words, lang, "loading.part") }</p> }
    } else {
        html! {}
    }
}
