//! The first draw waits for what local storage already holds. A draft
//! reopened on its checklist needs its set's slice, which the loader reads
//! from its cached copy a task or two after the mount (`loader.rs`); drawn
//! before that, the page would show "loading" and be drawn and laid out a
//! second time a moment later. So, when every part and word file the first
//! view is missing has a cached copy, the first draw waits until they have
//! arrived, and at most [`MOST_MS`]: a cached copy that does not read
//! makes the loader go to the network, which may be slow. With nothing
//! cached (a first visit), the first draw is not held. On the checklist
//! step the checklist is then on screen sooner and drawn once; the main
//! thread's blocking time in all is unchanged (bench/README.md, "Blocking
//! time on the checklist step").

use super::embed;
use crate::i18n;
use crate::loader;
use crate::state::State;
use std::cell::Cell;
use std::rc::Rc;

/// How long the first draw waits for cached parts, at most: reading them
/// takes two or three tasks, some 100 ms on this machine at Lighthouse's
/// 4x slowdown; a phone slower than that still gets its checklist drawn
/// once, and a blank page never lasts longer than this.
const MOST_MS: i32 = 1000;

/// What the first draw still waits for.
#[derive(Default)]
pub(super) struct FirstDraw {
    waiting: Vec<String>,
    /// Set once [`MOST_MS`] have passed.
    late: Rc<Cell<bool>>,
}

impl FirstDraw {
    /// What the first draw of `state` waits for: the paths it lacks, when
    /// local storage holds a copy of each (otherwise nothing).
    pub(super) fn new(state: &State) -> Self {
        let waiting = lacking(state);
        if waiting.is_empty() || !waiting.iter().all(|p| loader::is_cached(p)) {
            return Self::default();
        }
        let late = Rc::new(Cell::new(false));
        let (here, wake) = (embed::here(), late.clone());
        wasm_bindgen_futures::spawn_local(async move {
            loader::after_ms(MOST_MS).await;
            wake.set(true);
            super::redraw(here);
        });
        Self { waiting, late }
    }

    /// Whether the draw of `state` is to wait: something still lacking
    /// that local storage had, and the time not up.
    pub(super) fn waits(&mut self, state: &State) -> bool {
        if self.waiting.is_empty() {
            return false;
        }
        let lacking = lacking(state);
        self.waiting.retain(|p| lacking.contains(p));
        if self.late.get() {
            self.waiting.clear();
        }
        !self.waiting.is_empty()
    }
}

/// The paths of the parts and the word file `state`'s views lack, other
/// than those known to be unavailable.
fn lacking(state: &State) -> Vec<String> {
    let mut paths: Vec<String> = state.missing().iter().map(|p| p.path()).collect();
    if !state.words.has(state.lang) {
        paths.push(i18n::path(state.lang));
    }
    paths.retain(|p| !state.unavailable.contains(p));
    paths
}
