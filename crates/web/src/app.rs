//! The root component: it owns the reducer, saves every change to local
//! storage at once, follows other tabs through the `storage` event, keeps
//! `<html lang>` in step, moves focus to each new view's heading, and lays
//! out the header, the notices (and "a new version is ready") and the
//! current view; it sends queued submissions when the network returns, and
//! an import due for a check and an offer due for a draft just opened to
//! the checker (`checker.rs`), the offer once the first screen is complete
//! and the page idle. Embedded on a host
//! page (`embed.rs`), it gets its configuration as a property.

use crate::catalogue::{self, Part};
use crate::components::{
    checklist::Checklist,
    details::Details,
    header::Header,
    home::Home,
    lazy::{Chunk, Lazy},
    notices::Notices,
    update::Update,
};
use crate::embed::{self, EmbedContext};
use crate::i18n::{self, Words};
use crate::state::{Action, OfferFor, State, StorageProblem, View};
use crate::storage::{self, Saved, Saver};
use crate::{checker, dom, draft::Draft, history, loader, migration, outbox};
use gloo::events::EventListener;
use napcheck_core::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The app's properties: none on the standalone page.
#[derive(Debug, Default, PartialEq, Properties)]
pub(crate) struct AppProps {
    /// The embedded widget's configuration.
    #[prop_or_default]
    pub(crate) embed: EmbedContext,
}

/// The app.
#[function_component(App)]
pub(crate) fn app(props: &AppProps) -> Html {
    let state = {
        let embed = props.embed.clone();
        use_reducer(move || embed::initial_state(&embed))
    };
    let keys = embed::keys(&props.embed);
    let saver = use_mut_ref(|| None::<Saver>);
    let main_ref = use_node_ref();

    {
        let saver = saver.clone();
        let keys = keys.clone();
        use_effect_with(state.clone(), move |state| {
            let mut saver = saver.borrow_mut();
            let saver = saver.get_or_insert_with(|| Saver::new(&state.drafts, None, keys));
            for (id, revision) in &state.merged {
                saver.acknowledge(id, *revision);
            }
            match saver.save(&state.drafts, state.lang, state.place()) {
                Saved::Ok if StorageProblem::is_full(&state.storage) => state.dispatch(
                    Action::Storage(StorageProblem::without_full(state.storage.clone())),
                ),
                Saved::Full if !StorageProblem::is_full(&state.storage) => state.dispatch(
                    Action::Storage(Some(StorageProblem::with_full(state.storage.clone()))),
                ),
                Saved::Conflict(theirs) => {
                    let base = saver.known(&theirs.id);
                    state.dispatch(Action::External { theirs, base })
                }
                _ => {}
            }
        });
    }
    {
        let embed = props.embed.clone();
        use_effect_with(state.lang, move |lang| embed::set_lang(&embed, *lang));
    }
    embed::use_change_events(&state, &props.embed);
    {
        let dispatcher = state.dispatcher();
        let wanted = (
            state.missing(),
            state.words.clone(),
            state.lang,
            state.unavailable.clone(),
        );
        use_effect_with(wanted, move |(parts, words, lang, unavailable)| {
            fetch(parts, words, *lang, unavailable, &dispatcher)
        });
    }
    {
        // An import due for a check goes to the checker (loaded on demand).
        let dispatcher = state.dispatcher();
        let due = state.waiting_import.clone().filter(|w| w.due().is_some());
        let lang = state.lang;
        use_effect_with(due.as_ref().map(|w| w.id.clone()), move |_| {
            if let Some(w) = due {
                wasm_bindgen_futures::spawn_local(async move {
                    let checked = checker::check(w.bytes, lang, w.today).await;
                    dispatcher.dispatch(Action::ImportChecked {
                        id: w.id,
                        checked: checked.map(Box::new),
                    });
                });
            }
        });
    }
    {
        // The first screen of a draft just opened complete (every part it
        // needs here, or some found unavailable), the page is settled once
        // idle: only then are an offer's parts fetched and the offer asked
        // for, so that they do not compete with the first question for the
        // network or the main thread.
        let dispatcher = state.dispatcher();
        let settling = state.settling().map(str::to_owned);
        use_effect_with(settling, move |settling| {
            if let Some(id) = settling.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    checker::page_idle().await;
                    dispatcher.dispatch(Action::Settled(id));
                });
            }
        });
    }
    {
        // An offer to carry the draft just opened to a newer set is made by
        // the checker (loaded on demand) once the parts it needs are here.
        let dispatcher = state.dispatcher();
        let state = state.clone();
        use_effect_with(state.offer_due(), move |due| {
            let (Some((draft, revision)), Some(from)) = (due.clone(), state.current_draft()) else {
                return;
            };
            let (from, known, lang) = (from.clone(), state.known.clone(), state.lang);
            wasm_bindgen_futures::spawn_local(async move {
                // In its own task, not in the render the last part caused.
                checker::page_idle().await;
                let offered = checker::offer(from.clone(), known, lang).await;
                let offer = offered.map(|offered| Rc::new(migration::offer_of(&from, offered)));
                dispatcher.dispatch(Action::Offered(OfferFor {
                    draft,
                    revision,
                    offer,
                }));
            });
        });
    }
    {
        let main_ref = main_ref.clone();
        let first = use_mut_ref(|| true);
        // A new view: its heading; a new question: the question's title.
        let last_view = use_mut_ref(|| state.view);
        use_effect_with((state.view, state.question.clone()), move |(view, _)| {
            let new_view = std::mem::replace(&mut *last_view.borrow_mut(), *view) != *view;
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(main) = main_ref.cast::<web_sys::Element>() {
                    dom::focus_heading(&main, if new_view { "h1" } else { "article h2" });
                }
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let keys = keys.clone();
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let event = event.dyn_ref::<web_sys::StorageEvent>();
                let known = |id: &str| saver.borrow().as_ref().and_then(|s| s.known(id));
                if let Some(action) = event.and_then(|e| external(e, &keys, known)) {
                    dispatcher.dispatch(action);
                }
            });
            move || drop(listener)
        });
    }
    {
        // The chunk (the summary's view among others), fetched once a
        // checklist's questions are on screen and the page is idle: there
        // when the citizen goes on, offline too, and never competing with
        // the set's slice (a checklist still loading it does not count).
        let on_checklist = state.view == View::Checklist
            && state
                .current_draft()
                .is_some_and(|d| d.shared_set(&state.known, state.lang).is_some());
        use_effect_with(on_checklist, move |on| {
            if *on {
                wasm_bindgen_futures::spawn_local(async {
                    checker::page_idle().await;
                    Chunk::Summary.prefetch();
                });
            }
        });
    }
    history::use_history(&state, props.embed.is_some());
    {
        // Waiting submissions, sent on start and whenever the network returns.
        let keys = keys.clone();
        use_effect_with((), move |_| {
            outbox::flush(&keys);
            let listener = EventListener::new(&gloo::utils::window(), "online", move |_| {
                outbox::flush(&keys)
            });
            move || drop(listener)
        });
    }

    let view = match (state.view, state.current_draft().is_some()) {
        (View::Details, true) => html! { <Details /> },
        (View::Checklist, true) => html! { <Checklist /> },
        (View::Report, true) => html! { <Lazy part={Chunk::Summary} /> },
        _ => html! { <Home /> },
    };
    html! {
        <ContextProvider<EmbedContext> context={props.embed.clone()}>
        <ContextProvider<UseReducerHandle<State>> context={state.clone()}>
            <div class="app">
                <Header />
                <Update />
                <Notices />
                <main id="main" ref={main_ref} tabindex="-1">{ view }</main>
            </div>
        </ContextProvider<UseReducerHandle<State>>>
        </ContextProvider<EmbedContext>>
    }
}

/// Fetches the catalogue parts and the translation file the views need and
/// do not have; each arrival (read and checked) or failure is dispatched.
/// A file reported `unavailable` is not asked for again until the citizen
/// retries ("Try again", or another language): asking again whenever
/// anything else changed (another part failing, the words arriving) fetched
/// every failed part once more per change, and loaded the checklist behind
/// the alert that says it could not be loaded.
fn fetch(
    parts: &[Part],
    words: &Words,
    lang: Lang,
    unavailable: &[String],
    dispatcher: &UseReducerDispatcher<State>,
) {
    let report = |path: String| {
        let dispatcher = dispatcher.clone();
        move |ok: bool| {
            if !ok {
                dispatcher.dispatch(Action::Unavailable(path.clone()));
            }
        }
    };
    for part in parts {
        let path = part.path();
        if unavailable.contains(&path) {
            continue;
        }
        let accepted = part.clone();
        let arrive = dispatcher.clone();
        // A catalogue part is read here and arrives in the reducer as data.
        loader::ensure(
            path.clone(),
            move |text| {
                let arrival = catalogue::read(&accepted, text)?;
                let arrive = arrive.clone();
                Some(move || arrive.dispatch(Action::Arrived(arrival)))
            },
            report(path),
        );
    }
    let path = i18n::path(lang);
    if !words.has(lang) && !unavailable.contains(&path) {
        let (words, arrive) = (words.clone(), dispatcher.clone());
        // The words are read here and arrive in the reducer as data.
        loader::ensure(
            path.clone(),
            move |text| {
                let table = words.read(text)?;
                let arrive = arrive.clone();
                Some(move || arrive.dispatch(Action::Words(lang, table)))
            },
            report(path),
        );
    }
}

/// The action for another tab's change to one of our keys; `known` gives
/// the revision of a draft this tab last saw in storage.
fn external(
    event: &web_sys::StorageEvent,
    keys: &storage::Keys,
    known: impl Fn(&str) -> Option<u64>,
) -> Option<Action> {
    let key = event.key()?;
    let id = key.strip_prefix(keys.draft.as_str())?;
    match event.new_value() {
        None => Some(Action::ExternalRemoved(id.to_owned())),
        Some(text) => crate::json::read::<Draft>(&text)
            .filter(|d| d.id == id)
            .map(|d| Action::External {
                base: known(&d.id),
                theirs: Box::new(d),
            }),
    }
}
