//! The embedded widgets (`lib.rs`'s `mount_embedded`). Each
//! `<napcheck-widget>` is an instance with its own configuration
//! (`crate::embed::Embed`: preset, language, namespaced storage keys) and
//! its own `App`. The runtime runs one `App` at a time (`super::APP`): the
//! others are parked here, and the one an event, an arrival or another
//! tab's change is for is swapped in first ([`activate`], [`Here`]); a
//! catalogue part or translation file that arrives goes to every instance. After
//! each change the host is told (`napcheck:change` on the element, and a
//! `postMessage` inside an iframe: [`changed`], by code in a chunk). Mounting
//! a widget (its attributes read, its configuration made, its preset
//! assessment started) is code in a chunk too ([`mount`]), fetched only by a
//! page with a widget; one that could not be fetched is said with "Try
//! again". The widget's lang is set on
//! the element, never on the host page; its focus and ids are looked up in
//! its shadow root ([`Scope`]).

use super::node::{el, El};
use super::{App, APP};
use crate::catalogue::Known;
use crate::draft::Draft;
use crate::embed::{Attributes, Embed, EmbedContext};
use crate::i18n::t;
use crate::state::{Action, State};
use napcheck_core::Lang;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// One embedded widget.
struct Instance {
    embed: Rc<Embed>,
    /// Its app while another one runs.
    parked: Option<App>,
    /// The draft and revision the host was last told of (`None`: not yet).
    told: Option<Option<(String, u64)>>,
}

thread_local! {
    /// The embedded widgets of this page (none on the standalone page).
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
    /// The instance whose app is in `APP`.
    static ACTIVE: Cell<usize> = const { Cell::new(0) };
}

/// Mounts a widget into `root` (in the shadow root of `host`), once the
/// embedding's chunk is here; a chunk that could not be fetched is said in
/// words (the compiled-in Azerbaijani ones: the others are fetched by the
/// app it would mount) with "Try again".
pub(crate) fn mount(root: web_sys::Element, host: web_sys::HtmlElement, attributes: JsValue) {
    wasm_bindgen_futures::spawn_local(async move {
        if mount_in_chunk(root.clone(), host.clone(), attributes.clone())
            .await
            .is_ok()
        {
            return;
        }
        let words = crate::i18n::Words::default();
        let lang = Lang::default();
        let retry = El::button(t(&words, lang, "loading.retry"));
        let failed = el("div")
            .attr("role", "alert")
            .attr("class", "notice error lazy-failed")
            .child(el("p").text(t(&words, lang, "loading.part_failed")))
            .child(retry);
        if let Some(button) = failed.0.last_element_child() {
            let again = root.clone();
            gloo::events::EventListener::once(&button, "click", move |_| {
                mount(again, host, attributes);
            })
            .forget();
        }
        root.replace_children_with_node_1(&failed.0);
    });
}

/// The embedding's code: the element's attributes read, its configuration
/// made, the app mounted and its preset assessment started.
#[wasm_split(embed_mount, fallible)]
fn mount_in_chunk(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    attributes: JsValue,
) -> Result<(), SplitLoaderError> {
    let attributes = Attributes::read(&attributes);
    if let Some(assets) = &attributes.assets {
        crate::loader::set_base(assets);
    }
    mount_instance(root, Embed::new(host, attributes));
    Ok(())
}

/// Mounts the widget of `embed` into `root`.
fn mount_instance(root: web_sys::Element, embed: Embed) {
    let id = INSTANCES.with(|i| {
        let mut list = i.borrow_mut();
        if let Some(running) = list.get_mut(ACTIVE.get()) {
            running.parked = APP.with(|a| a.borrow_mut().take());
        }
        list.push(Instance {
            embed: Rc::new(embed),
            parked: None,
            told: None,
        });
        list.len() - 1
    });
    ACTIVE.set(id);
    // Before the delegated listeners (`events.rs`) run, this widget's app.
    for kind in ["click", "change", "input"] {
        gloo::events::EventListener::new_with_options(
            &root,
            kind,
            gloo::events::EventListenerOptions::run_in_capture_phase(),
            move |_| activate(id),
        )
        .forget();
    }
    let mut state = crate::embed::initial_state(&current());
    if let Some(embed) = current() {
        embed
            .preset
            .start(&mut state, crate::dom::new_id(), crate::dom::today());
    }
    super::mount_with(root, state);
}

/// Whether this page's app is an embedded widget.
pub(super) fn embedded() -> bool {
    INSTANCES.with(|i| !i.borrow().is_empty())
}

/// The running instance's configuration (`None` on the standalone page).
pub(super) fn current() -> EmbedContext {
    INSTANCES.with(|i| i.borrow().get(ACTIVE.get()).map(|w| w.embed.clone()))
}

/// Swaps in the app of instance `id`.
fn activate(id: usize) {
    if ACTIVE.get() == id {
        return;
    }
    APP.with(|a| {
        // Busy (drawing): the running app is the one acted on.
        let Ok(mut app) = a.try_borrow_mut() else {
            return;
        };
        INSTANCES.with(|i| {
            let mut list = i.borrow_mut();
            let Some(next) = list.get_mut(id).and_then(|w| w.parked.take()) else {
                return;
            };
            let previous = app.replace(next);
            if let Some(running) = list.get_mut(ACTIVE.get()) {
                running.parked = previous;
            }
            ACTIVE.set(id);
        });
    });
}

/// The instance running now, to come back to later (an arrival, another
/// tab's change).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Here(Option<usize>);

/// The instance running now.
pub(super) fn here() -> Here {
    Here(embedded().then(|| ACTIVE.get()))
}

impl Here {
    /// Swaps its app in.
    pub(super) fn activate(self) {
        if let Some(id) = self.0 {
            activate(id);
        }
    }

    /// Dispatches `action` to its app. A catalogue part or a translation
    /// file is the page's, not the instance's: it goes to every instance
    /// (`loader::ensure` fetches a path once a page, for the first
    /// instance to ask, so another widget on the same language or set would
    /// never receive it).
    pub(super) fn dispatch(self, action: Action) {
        let count = INSTANCES.with(|i| i.borrow().len());
        if count > 1 && matches!(action, Action::Arrived(_) | Action::Words(..)) {
            for id in 0..count {
                activate(id);
                super::dispatch(action.clone());
            }
            return;
        }
        self.activate();
        super::dispatch(action);
    }
}

/// Sets the language on the page (standalone) or on the widget's element.
pub(super) fn set_lang(lang: Lang) {
    crate::embed::set_lang(&current(), lang);
}

/// Tells the host of a change to the current assessment (a new draft or
/// revision), as `use_change_events` did.
pub(super) fn changed(state: &State) {
    let draft = state.current_draft();
    let revision = draft.map(|d| (d.id.clone(), d.revision));
    let embed = INSTANCES.with(|i| {
        let mut list = i.borrow_mut();
        let running = list.get_mut(ACTIVE.get())?;
        if running.told.as_ref() == Some(&revision) {
            return None;
        }
        running.told = Some(revision);
        Some(running.embed.clone())
    });
    if let (Some(embed), Some(draft)) = (embed, draft) {
        let (draft, known, lang) = (draft.clone(), state.known.clone(), state.lang);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = tell(embed, draft, known, lang).await;
        });
    }
}

/// Dispatches the change event: code in a chunk of its own (the export and
/// the assessment's serialiser), fetched only by a page with a widget; the
/// events keep their order (each waits for the same chunk).
#[wasm_split(embed_change, fallible)]
fn tell(embed: Rc<Embed>, draft: Draft, known: Known, lang: Lang) -> Result<(), SplitLoaderError> {
    embed.emit("change", &draft.export(&known, lang));
    Ok(())
}

/// Where the widget's elements are looked up: its shadow root, or the
/// document on the standalone page.
pub(super) enum Scope {
    Document(web_sys::Document),
    Shadow(web_sys::ShadowRoot),
}

/// The scope of `root`.
pub(super) fn scope(root: &web_sys::Element) -> Scope {
    match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => Scope::Shadow(shadow),
        Err(_) => Scope::Document(gloo::utils::document()),
    }
}

impl Scope {
    /// The focused element.
    pub(super) fn active_element(&self) -> Option<web_sys::Element> {
        match self {
            Scope::Document(d) => d.active_element(),
            Scope::Shadow(s) => s.active_element(),
        }
    }

    /// The element with this id.
    pub(super) fn get_element_by_id(&self, id: &str) -> Option<web_sys::Element> {
        match self {
            Scope::Document(d) => d.get_element_by_id(id),
            Scope::Shadow(s) => s.get_element_by_id(id),
        }
    }

    /// Moves focus to the element with this id, if there is one.
    pub(super) fn focus_id(&self, id: &str) {
        match self {
            Scope::Document(_) => crate::dom::focus_id(id),
            Scope::Shadow(s) => {
                if let Some(e) = s
                    .get_element_by_id(id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = e.focus();
                }
            }
        }
    }
}

/// Moves focus to the element with this id in the running app.
pub(super) fn focus_id(id: &str) {
    let scope = APP.with(|a| a.borrow().as_ref().map(|app| scope(&app.root)));
    if let Some(scope) = scope {
        scope.focus_id(id);
    }
}
