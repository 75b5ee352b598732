//! The browser's Back and Forward buttons (and Android's Back) move within
//! the app: every new place (view, draft, question) is pushed onto the
//! session history, and a `popstate` goes back to the place it holds. The
//! reload path is local storage (`storage.rs`); the history only carries
//! the place's stored form. A place that only names the question its
//! predecessor left open (`Place::fills_in`) replaces it. An embedded widget leaves the host page's
//! history alone.

use crate::state::{Action, Place, State, View};
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

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

/// Keeps the session history in step with the citizen's place.
#[hook]
pub(crate) fn use_history(state: &UseReducerHandle<State>, embedded: bool) {
    let last = use_mut_ref(|| None::<Option<Place>>);
    {
        let last = last.clone();
        use_effect_with(state.place(), move |place| {
            if !embedded {
                let mut last = last.borrow_mut();
                match &*last {
                    None => write(place, false),
                    // The question held once its set arrived: the same place.
                    Some(Some(previous))
                        if place.as_ref().is_some_and(|p| p.fills_in(previous)) =>
                    {
                        write(place, false)
                    }
                    Some(previous) if previous != place => write(place, true),
                    Some(_) => {}
                }
                *last = Some(place.clone());
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = (!embedded).then(|| {
            EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                let code = event
                    .dyn_ref::<web_sys::PopStateEvent>()
                    .and_then(|e| e.state().as_string())
                    .unwrap_or_default();
                let place = Place::from_code(&code);
                *last.borrow_mut() = Some(place.clone());
                dispatcher.dispatch(match place {
                    Some(place) => Action::Navigate(place),
                    None => Action::Show(View::Home),
                });
            })
        });
        move || drop(listener)
    });
}
