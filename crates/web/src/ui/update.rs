//! "A new version is ready", with a reload button: shown when the service worker has installed a new build
//! beside the running one (`static/offline.js` sets `<html
//! data-napcheck-update>` and dispatches `napcheck:update`). The button
//! dispatches `napcheck:reload`; offline.js lets the new build take over and
//! reloads. Drafts are saved at every change, so the reload loses nothing.

use super::node::{el, El};
use crate::i18n::t;
use crate::state::{Action, State};
use std::cell::Cell;

thread_local! {
    /// Whether `napcheck:update` has come since the app started.
    static READY: Cell<bool> = const { Cell::new(false) };
}

/// Whether offline.js has announced a waiting build.
fn announced() -> bool {
    READY.get()
        || gloo::utils::document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-napcheck-update"))
}

/// Listens for offline.js's announcement, and draws the page again then.
pub(crate) fn listen() {
    gloo::events::EventListener::new(&gloo::utils::window(), "napcheck:update", |_| {
        if !READY.replace(true) {
            super::settle();
        }
    })
    .forget();
}

/// The announcement, when a new version is ready.
pub(crate) fn update(state: &State) -> Option<El> {
    let (lang, words) = (state.lang, &state.words);
    announced().then(|| {
        el("div")
            .attr("class", "notice ok")
            .attr("role", "status")
            .attr("id", "update-ready")
            .child(el("p").text(t(words, lang, "update.ready")))
            .child(El::button(t(words, lang, "update.reload")).does("ureload", "", ""))
    })
}

/// A click on "Reload" (`events.rs`): tells offline.js; no action.
pub(crate) fn action(kind: &str, code: &str, _element: &web_sys::Element) -> Option<Action> {
    if (kind, code) == ("click", "ureload") {
        if let Ok(event) = web_sys::Event::new("napcheck:reload") {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
    None
}
