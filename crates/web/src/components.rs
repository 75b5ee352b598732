//! The components, one per file; each reads the state through the context
//! the root provides and changes it only by dispatching actions. Every word
//! comes from `i18n` or from the core's catalogue.

pub(crate) mod chart;
pub(crate) mod checklist;
pub(crate) mod criterion;
pub(crate) mod details;
pub(crate) mod header;
pub(crate) mod home;
pub(crate) mod import;
pub(crate) mod lazy;
pub(crate) mod loading;
pub(crate) mod migration;
pub(crate) mod notices;
pub(crate) mod observation;
pub(crate) mod progress;
pub(crate) mod submit;
pub(crate) mod summary;
pub(crate) mod update;

use crate::state::{Action, State};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The app's state and dispatcher.
#[hook]
pub(crate) fn use_app() -> UseReducerHandle<State> {
    use_context::<UseReducerHandle<State>>()
        .unwrap_or_else(|| unreachable!("the root provides the state"))
}

/// A callback that dispatches the action `make` builds from the event.
pub(crate) fn on<E: 'static>(
    state: &UseReducerHandle<State>,
    make: impl Fn(E) -> Action + 'static,
) -> Callback<E> {
    let dispatcher = state.dispatcher();
    Callback::from(move |e: E| dispatcher.dispatch(make(e)))
}

/// The value of the input, textarea or select an event came from.
pub(crate) fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}
