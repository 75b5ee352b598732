//! The browser's Back and Forward buttons (and Android's Back) move within
//! the app: every new place (view, draft, question) is pushed onto the
//! session history, and a `popstate` goes back to the place it holds. The
//! reload path is local storage (`storage.rs`); the history only carries
//! the place's stored form. A place that only names the question its
//! predecessor left open (`Place::fills_in`) replaces it. An embedded widget leaves the host page's
//! history alone.

use crate::state::Place;
use wasm_bindgen::JsValue;

/// Pushes (or replaces) the history entry with `place`.
pub(crate) fn write(place: &Option<Place>, push: bool) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let data = JsValue::from_str(&place.as_ref().map(Place::code).unwrap_or_default());
    let _ = if push {
        history.push_state(&data, "")
    } else {
        history.replace_state(&data, "")
    };
}
