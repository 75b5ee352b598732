//! The effects that use the on-demand checker (`checker.rs`), called after
//! each change (`super::settle`):
//! an import due for a check is sent to the checker
//! ([`Action::ImportChecked`]); the first screen of a draft just opened
//! complete, the page is "settled" once idle ([`Action::Settled`]), and
//! only then are the offer's parts fetched; an offer due is asked of the
//! checker ([`Action::Offered`]). Each runs when what it depends on changed since the last change of its app (each embedded
//! widget has its own [`Seen`]), and its answer goes back to that app.

use super::embed::{self, Here};
use crate::checker;
use crate::migration;
use crate::state::{Action, OfferFor, State};
use std::rc::Rc;

/// What each effect saw after the last change.
#[derive(Debug, Default)]
pub(super) struct Seen {
    /// The id of the import due for a check.
    import: Option<String>,
    /// The draft just opened whose first screen is complete.
    settling: Option<String>,
    /// The draft and revision an offer is due for.
    offer: Option<(String, u64)>,
}

/// Runs the effects whose dependencies changed.
pub(super) fn after(state: &State, seen: &mut Seen) {
    let here = embed::here();
    let import = state
        .waiting_import
        .as_ref()
        .and_then(|w| w.due())
        .map(str::to_owned);
    if changed(&mut seen.import, import) {
        check_import(state, here);
    }
    let settling = state.settling().map(str::to_owned);
    if changed(&mut seen.settling, settling.clone()) {
        if let Some(id) = settling {
            wasm_bindgen_futures::spawn_local(async move {
                checker::page_idle().await;
                here.dispatch(Action::Settled(id));
            });
        }
    }
    if changed(&mut seen.offer, state.offer_due()) {
        offer(state, here);
    }
}

/// Whether `now` differs from what was `seen` (then kept).
fn changed<T: PartialEq>(seen: &mut Option<T>, now: Option<T>) -> bool {
    if *seen == now {
        return false;
    }
    *seen = now;
    true
}

/// The import due for a check, checked by the checker (loaded on demand).
fn check_import(state: &State, here: Here) {
    let Some(w) = state.waiting_import.clone().filter(|w| w.due().is_some()) else {
        return;
    };
    let lang = state.lang;
    wasm_bindgen_futures::spawn_local(async move {
        let checked = checker::check(w.bytes, lang, w.today).await;
        here.dispatch(Action::ImportChecked {
            id: w.id,
            checked: checked.map(Box::new),
        });
    });
}

/// The offer to carry the draft just opened to a newer set, made by the
/// checker once the page is idle.
fn offer(state: &State, here: Here) {
    let (Some((draft, revision)), Some(from)) = (state.offer_due(), state.current_draft()) else {
        return;
    };
    let (from, known, lang) = (from.clone(), state.known.clone(), state.lang);
    wasm_bindgen_futures::spawn_local(async move {
        checker::page_idle().await;
        let offered = checker::offer(from.clone(), known, lang).await;
        let offer = offered.map(|offered| Rc::new(migration::offer_of(&from, offered)));
        here.dispatch(Action::Offered(OfferFor {
            draft,
            revision,
            offer,
        }));
    });
}
