//! The browser's Back and Forward buttons (and Android's Back) move within
//! the app; the history only carries the place's stored form, the reload
//! path being local storage (`storage.rs`). After each redraw [`follow`] pushes a new
//! place (view, draft, question) onto the session history, or replaces the
//! entry when the place only fills in the question its predecessor left
//! open; a `popstate` ([`listen`], once on start) goes back to the place it
//! holds. An embedded widget leaves the host page's history alone.

use super::dispatch;
use crate::state::{Action, Place, State, View};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The place last written to (or read from) the history; `None` before
    /// the first redraw.
    static LAST: RefCell<Option<Option<Place>>> = const { RefCell::new(None) };
}

/// Keeps the session history in step with the citizen's place.
pub(super) fn follow(state: &State) {
    if super::embed::embedded() {
        return;
    }
    let place = state.place();
    LAST.with(|l| {
        let mut last = l.borrow_mut();
        match &*last {
            None => write(&place, false),
            // The question held once its set arrived: the same place.
            Some(Some(previous)) if place.as_ref().is_some_and(|p| p.fills_in(previous)) => {
                write(&place, false)
            }
            Some(previous) if *previous != place => write(&place, true),
            Some(_) => return,
        }
        *last = Some(place);
    });
}

/// Goes to the place a `popstate` holds.
pub(super) fn listen() {
    if super::embed::embedded() {
        return;
    }
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", |event| {
        let code = event
            .dyn_ref::<web_sys::PopStateEvent>()
            .and_then(|e| e.state().as_string())
            .unwrap_or_default();
        let place = Place::from_code(&code);
        LAST.with(|l| *l.borrow_mut() = Some(place.clone()));
        dispatch(match place {
            Some(place) => Action::Navigate(place),
            None => Action::Show(View::Home),
        });
    })
    .forget();
}

/// Pushes (or replaces) the history entry with `place`.
fn write(place: &Option<Place>, push: bool) {
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
