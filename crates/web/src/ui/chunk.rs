//! A view whose code is in a chunk loaded on first use (the split points of
//! `migration.rs` and `notices.rs`; the summary has its own, which also
//! prefetches and moves the focus): a [`Slot`] holds what draws it once
//! the chunk is here, fetches it once at a time ([`load`]) and draws again
//! every widget that waited for it; a chunk that could not be fetched is
//! said with "Try again" ([`failed`], the summary's too), the answers being
//! safe in storage.

use super::embed::Here;
use super::node::{el, El};
use crate::i18n::t;
use crate::state::State;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::thread::LocalKey;
use wasm_split_helpers::SplitLoaderError;

/// Where one chunk's code stands in this page.
pub(super) struct Slot<T: Copy + 'static> {
    /// What the chunk gives, once it is here.
    loaded: Cell<Option<T>>,
    /// The chunk is being fetched.
    loading: Cell<bool>,
    /// The last fetch failed.
    failed: Cell<bool>,
    /// The widgets to draw again when the chunk is here (or failed).
    waiting: RefCell<Vec<Here>>,
}

impl<T: Copy + 'static> Slot<T> {
    /// Nothing fetched yet.
    pub(super) const fn new() -> Slot<T> {
        Slot {
            loaded: Cell::new(None),
            loading: Cell::new(false),
            failed: Cell::new(false),
            waiting: RefCell::new(Vec::new()),
        }
    }

    /// What the chunk gives, when it is here.
    pub(super) fn get(&self) -> Option<T> {
        self.loaded.get()
    }

    /// Whether the last fetch failed (and "Try again" was not pressed since).
    pub(super) fn failed(&self) -> bool {
        self.failed.get()
    }
}

/// Fetches `slot`'s chunk with `fetch` (the split point), unless it is on
/// its way already; then the widget `here`, and every other that waited,
/// is drawn again. "Try again" calls it too.
pub(super) fn load<T, F>(
    slot: &'static LocalKey<Slot<T>>,
    here: Here,
    fetch: impl FnOnce() -> F + 'static,
) where
    T: Copy + 'static,
    F: Future<Output = Result<T, SplitLoaderError>> + 'static,
{
    let start = slot.with(|s| {
        s.failed.set(false);
        let mut waiting = s.waiting.borrow_mut();
        if !waiting.contains(&here) {
            waiting.push(here);
        }
        !s.loading.replace(true)
    });
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = fetch().await.ok();
        let waiting = slot.with(|s| {
            s.loading.set(false);
            s.loaded.set(loaded);
            s.failed.set(loaded.is_none());
            s.waiting.take()
        });
        for here in waiting {
            here.activate();
            super::settle();
        }
    });
}

/// The alert for a chunk that could not be fetched, with "Try again"
/// (whose `data-do` is `retry`).
pub(super) fn failed(state: &State, retry: &str) -> El {
    let (lang, words) = (state.lang, &state.words);
    el("div")
        .attr("role", "alert")
        .attr("class", "notice error lazy-failed")
        .child(el("p").text(t(words, lang, "loading.part_failed")))
        .child(El::button(t(words, lang, "loading.retry")).does(retry, "", ""))
}
