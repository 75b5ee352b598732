//! The root component: it owns the reducer, saves every change to local
//! storage at once, follows other tabs through the `storage` event, keeps
//! `<html lang>` in step, moves focus to each new view's heading, and lays
//! out the header, the notices and the current view.

use crate::components::{
    checklist::Checklist, details::Details, header::Header, home::Home, notices::Notices,
    summary::Summary,
};
use crate::state::{Action, State, StorageProblem, View};
use crate::storage::{self, Saved, Saver};
use crate::{dom, draft::Draft};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn initial_state() -> State {
    let loaded = storage::load();
    State {
        lang: loaded.lang.unwrap_or_default(),
        drafts: loaded.drafts,
        storage: loaded.problem,
        ..State::default()
    }
}

/// The app.
#[function_component(App)]
pub(crate) fn app() -> Html {
    let state = use_reducer(initial_state);
    let saver = use_mut_ref(|| None::<Saver>);
    let main_ref = use_node_ref();

    {
        let saver = saver.clone();
        use_effect_with(state.clone(), move |state| {
            let mut saver = saver.borrow_mut();
            let saver = saver.get_or_insert_with(|| Saver::new(&state.drafts, None));
            match saver.save(&state.drafts, state.lang) {
                Saved::Ok if StorageProblem::is_full(&state.storage) => state.dispatch(
                    Action::Storage(StorageProblem::without_full(state.storage.clone())),
                ),
                Saved::Full if !StorageProblem::is_full(&state.storage) => state.dispatch(
                    Action::Storage(Some(StorageProblem::with_full(state.storage.clone()))),
                ),
                Saved::Conflict(theirs) if state.conflict.as_ref() != Some(&*theirs) => {
                    state.dispatch(Action::External(*theirs))
                }
                _ => {}
            }
        });
    }
    use_effect_with(state.lang, |lang| dom::set_page_lang(*lang));
    {
        let main_ref = main_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(main) = main_ref.cast::<web_sys::Element>() {
                    dom::focus_heading(&main);
                }
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                if let Some(action) = event.dyn_ref::<web_sys::StorageEvent>().and_then(external) {
                    dispatcher.dispatch(action);
                }
            });
            move || drop(listener)
        });
    }
    let on_keep_mine = {
        let state = state.clone();
        let saver = saver.clone();
        Callback::from(move |()| {
            if let (Some(theirs), Some(saver)) = (&state.conflict, saver.borrow_mut().as_mut()) {
                saver.acknowledge(&theirs.id, theirs.revision);
            }
            state.dispatch(Action::KeepMine);
        })
    };

    let view = match (state.view, state.current_draft().is_some()) {
        (View::Details, true) => html! { <Details /> },
        (View::Checklist, true) => html! { <Checklist /> },
        (View::Report, true) => html! { <Summary /> },
        _ => html! { <Home /> },
    };
    html! {
        <ContextProvider<UseReducerHandle<State>> context={state.clone()}>
            <div class="app">
                <Header />
                <Notices {on_keep_mine} />
                <main id="main" ref={main_ref} tabindex="-1">{ view }</main>
            </div>
        </ContextProvider<UseReducerHandle<State>>>
    }
}

/// The action for another tab's change to one of our keys.
fn external(event: &web_sys::StorageEvent) -> Option<Action> {
    let key = event.key()?;
    let id = key.strip_prefix(storage::DRAFT_PREFIX)?;
    match event.new_value() {
        None => Some(Action::ExternalRemoved(id.to_owned())),
        Some(text) => napcheck_core::parse::from_str::<Draft>(&text)
            .ok()
            .filter(|d| d.id == id)
            .map(Action::External),
    }
}
