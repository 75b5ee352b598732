//! The views, drawn directly on the DOM from the state, without a virtual
//! DOM or a framework: the start page, the details form, the checklist
//! step, the summary, the notices, the update banner. Each dispatched
//! action is applied by the pure reducer (`State::apply`); then the drafts
//! are saved, missing catalogue parts and words fetched, and the whole page
//! drawn again (focus, caret and open `<details>` kept: [`draw`]). Events
//! are delegated: one listener per event type on the root reads the
//! `data-do` of the element acted on (`events.rs`); elements are made by a
//! small builder (`node.rs`).
//!
//! Beside the views, the effects that are not views: Back and Forward
//! (`history.rs`), queued submissions sent when the network returns
//! (`outbox.rs`), the embedded widget (`embed.rs`: several instances on one
//! host page, its change events) and what asks the on-demand checker
//! (`checks.rs`: an import's check, the page settled once idle, the offer
//! to carry a draft to a newer set). What a first checklist does not need
//! is code in chunks loaded on demand (split points cut by
//! `scripts/build-web`): the summary with its export check, HTML report and
//! submit (`summary.rs`, `submit.rs`), the offer's view (`migration.rs`),
//! sending the outbox, and the embed's change events.

mod checklist;
mod checks;
mod chunk;
mod criterion;
mod details;
pub(crate) mod embed;
mod events;
mod first;
mod header;
mod history;
mod home;
mod import;
mod migration;
mod node;
mod notices;
mod outbox;
mod press;
mod submit;
mod summary;
mod update;

use crate::catalogue::{self, Part};
use crate::i18n::{self, Words};
use crate::state::{Action, State, StorageProblem, View};
use crate::storage::{Keys, Saved, Saver};
use crate::{dom, loader};
use napcheck_core::Lang;
use node::el;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The running app.
struct App {
    root: web_sys::Element,
    state: State,
    /// What was saved; made with the state, so that what it knows of
    /// storage is what the drafts were read from (other tabs' changes are
    /// merged against it).
    saver: Saver,
    queue: Vec<Action>,
    busy: bool,
    drawn: Option<(View, Option<String>)>,
    wanted: Option<(Vec<Part>, Words, Lang, Vec<String>)>,
    /// The details form's "Continue" was pressed with something missing
    /// (the form's own state: forgotten when the form goes).
    tried: bool,
    /// What the checker's effects saw after the last change (`checks.rs`).
    checks: checks::Seen,
    /// What the first draw waits for (`first.rs`).
    first: first::FirstDraw,
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
}

/// Mounts the app into `root`: the drafts are read from storage, the app
/// made and its listeners started in this task, and the first draw made
/// in the next, so that the two are not one long task on a phone's main
/// thread (the first call of each of the wasm's functions also compiles
/// it: bench/README.md, "Blocking time on the checklist step"). No event
/// comes between reading the drafts and listening for other tabs' changes
/// to them; one that comes before the first draw is handled at once.
pub(crate) fn mount(root: web_sys::Element) {
    start(root, crate::embed::initial_state(&embed::current()));
    wasm_bindgen_futures::spawn_local(async {
        loader::next_task().await;
        settle();
    });
}

/// Mounts the app into `root`, from `state`, and draws it.
fn mount_with(root: web_sys::Element, state: State) {
    start(root, state);
    settle();
}

/// Makes the app of `state` in `root` and starts its listeners.
fn start(root: web_sys::Element, state: State) {
    let keys = crate::embed::keys(&embed::current());
    events::listen(&root);
    press::listen(&root);
    storage_listener(keys.clone());
    history::listen();
    outbox::start(&keys);
    let first = first::FirstDraw::new(&state);
    let saver = Saver::new(&state.drafts, None, keys);
    APP.with(|a| {
        *a.borrow_mut() = Some(App {
            root,
            state,
            saver,
            queue: Vec::new(),
            busy: false,
            drawn: None,
            wanted: None,
            tried: false,
            checks: checks::Seen::default(),
            first,
        })
    });
}

/// Applies `action`, then saves, fetches and draws once the queue is empty.
pub(crate) fn dispatch(action: Action) {
    let run = APP.with(|a| {
        let mut app = a.borrow_mut();
        let Some(app) = app.as_mut() else {
            return false;
        };
        app.queue.push(action);
        !app.busy
    });
    if run {
        settle();
    }
}

/// Draws the app of `here` again, if it is not drawing already (an
/// answer that arrived, a chunk loaded, a pointer released).
fn redraw(here: embed::Here) {
    here.activate();
    let free = APP.with(|a| {
        a.try_borrow()
            .is_ok_and(|app| app.as_ref().is_some_and(|app| !app.busy))
    });
    if free {
        settle();
    }
}

/// Applies queued actions and runs the effects until nothing is queued.
fn settle() {
    loop {
        let follow = APP.with(|a| {
            let mut guard = a.borrow_mut();
            let app = guard.as_mut()?;
            app.busy = true;
            for action in std::mem::take(&mut app.queue) {
                app.state.apply(action);
            }
            let mut follow = save(app);
            fetch_wanted(app, &mut follow);
            draw(app);
            summary::prefetch(&app.state);
            history::follow(&app.state);
            embed::changed(&app.state);
            checks::after(&app.state, &mut app.checks);
            app.busy = false;
            Some(follow)
        });
        match follow {
            Some(follow) if !follow.is_empty() => {
                APP.with(|a| {
                    if let Some(app) = a.borrow_mut().as_mut() {
                        app.queue.extend(follow)
                    }
                });
            }
            _ => break,
        }
    }
}

/// Saves the drafts; what saving found comes back as actions.
fn save(app: &mut App) -> Vec<Action> {
    let state = &app.state;
    let saver = &mut app.saver;
    for (id, revision) in &state.merged {
        saver.acknowledge(id, *revision);
    }
    match saver.save(&state.drafts, state.lang, state.place()) {
        Saved::Ok if StorageProblem::is_full(&state.storage) => vec![Action::Storage(
            StorageProblem::without_full(state.storage.clone()),
        )],
        Saved::Full if !StorageProblem::is_full(&state.storage) => vec![Action::Storage(Some(
            StorageProblem::with_full(state.storage.clone()),
        ))],
        Saved::Conflict(theirs) => {
            let base = saver.known(&theirs.id);
            vec![Action::External { theirs, base }]
        }
        _ => Vec::new(),
    }
}

/// Fetches the parts and words the views need, when what is needed changed.
fn fetch_wanted(app: &mut App, _follow: &mut [Action]) {
    let state = &app.state;
    let wanted = (
        state.missing(),
        state.words.clone(),
        state.lang,
        state.unavailable.clone(),
    );
    if app.wanted.as_ref() == Some(&wanted) {
        return;
    }
    if app.wanted.as_ref().map(|w| w.2) != Some(state.lang) {
        embed::set_lang(state.lang);
    }
    let (parts, words, lang, unavailable) = wanted.clone();
    app.wanted = Some(wanted);
    let here = embed::here();
    let report = |path: String| {
        move |ok: bool| {
            if !ok {
                here.dispatch(Action::Unavailable(path.clone()));
            }
        }
    };
    for part in parts {
        let path = part.path();
        if unavailable.contains(&path) {
            continue;
        }
        loader::ensure(
            path.clone(),
            move |text| {
                let arrival = catalogue::read(&part, text)?;
                Some(move || here.dispatch(Action::Arrived(arrival)))
            },
            report(path),
        );
    }
    let path = i18n::path(lang);
    if !words.has(lang) && !unavailable.contains(&path) {
        loader::ensure(
            path.clone(),
            move |text| {
                let table = words.read(text)?;
                Some(move || here.dispatch(Action::Words(lang, table)))
            },
            report(path),
        );
    }
}

/// Draws the page again, keeping focus, caret and open `<details>`; not
/// while a pointer is down on it (`press.rs`).
fn draw(app: &mut App) {
    if press::hold() || app.first.waits(&app.state) {
        return;
    }
    let document = embed::scope(&app.root);
    let active = document.active_element();
    let focused = active.as_ref().map(|a| a.id()).filter(|id| !id.is_empty());
    // An element without an id (a heading focused on a new view, a button)
    // is found again by its place under the root.
    let place = active
        .as_ref()
        .filter(|_| focused.is_none())
        .and_then(|a| place_of(&app.root, a));
    let caret = active.as_ref().and_then(|a| {
        if let Some(i) = a.dyn_ref::<web_sys::HtmlInputElement>() {
            Some((i.selection_start().ok()??, i.selection_end().ok()??))
        } else {
            let t = a.dyn_ref::<web_sys::HtmlTextAreaElement>()?;
            Some((t.selection_start().ok()??, t.selection_end().ok()??))
        }
    });
    let open: Vec<String> = match app.root.query_selector_all("details[open]") {
        Ok(list) => (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .map(|d| d.id())
            .filter(|id| !id.is_empty())
            .collect(),
        Err(_) => Vec::new(),
    };
    let state = &app.state;
    let view = match (state.view, state.current_draft().is_some()) {
        (View::Details, true) => details::details(state, app.tried),
        (View::Checklist, true) => vec![checklist::checklist(state)],
        (View::Report, true) => summary::view(state),
        _ => home::home(state),
    };
    if state.view != View::Details {
        app.tried = false;
    }
    let page = el("div")
        .attr("class", "app")
        .child(header::header(state))
        .maybe(update::update(state))
        .child(notices::notices(state))
        .child(
            el("main")
                .attr("id", "main")
                .attr("tabindex", "-1")
                .children(view),
        );
    // The focused field itself is kept (its value, caret and selection,
    // which an `<input type=url>` or `type=date` cannot be given back),
    // with the new one's attributes.
    let kept = active
        .as_ref()
        .filter(|a| {
            a.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some()
                || a.dyn_ref::<web_sys::HtmlInputElement>()
                    .is_some_and(|i| !matches!(i.type_().as_str(), "radio" | "checkbox"))
        })
        .zip(focused.as_deref())
        .and_then(|(old, id)| Some((old, new_twin(&page.0, id)?)));
    if let Some((old, new)) = &kept {
        keep(old, new);
    }
    app.root.replace_children_with_node_1(&page.0);
    for id in open {
        if let Some(d) = document.get_element_by_id(&id) {
            let _ = d.set_attribute("open", "");
        }
    }
    let now = (state.view, state.question.clone());
    let moved = app
        .drawn
        .as_ref()
        .filter(|d| **d != now)
        .map(|d| d.0 != now.0);
    let first = app.drawn.is_none();
    app.drawn = Some(now);
    match (moved, focused) {
        (Some(new_view), _) if !first => {
            if let Some(main) = document.get_element_by_id("main") {
                dom::focus_heading(&main, if new_view { "h1" } else { "article h2" });
            }
        }
        (_, Some(id)) => {
            document.focus_id(&id);
            if kept.is_some() {
                return;
            }
            if let (Some((start, end)), Some(e)) = (caret, document.get_element_by_id(&id)) {
                if let Some(i) = e.dyn_ref::<web_sys::HtmlInputElement>() {
                    let _ = i.set_selection_range(start, end);
                } else if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    let _ = t.set_selection_range(start, end);
                }
            }
        }
        (_, None) => {
            let again = place.and_then(|(path, tag)| {
                let mut node: web_sys::Element = app.root.clone();
                for i in path {
                    node = node.children().item(i)?;
                }
                (node.tag_name() == tag).then_some(node)
            });
            if let Some(e) = again.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = e.focus();
            }
        }
    }
}

/// Where `element` is under `root`: the index of each element on the way
/// down, and its tag.
fn place_of(root: &web_sys::Element, element: &web_sys::Element) -> Option<(Vec<u32>, String)> {
    let mut path = Vec::new();
    let mut node = element.clone();
    while node != *root {
        let parent = node.parent_element()?;
        let siblings = parent.children();
        path.push((0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&node))?);
        node = parent;
    }
    path.reverse();
    Some((path, element.tag_name()))
}

/// The element of `page` with this id.
fn new_twin(page: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    let list = page.query_selector_all("input[id], textarea[id]").ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.id() == id)
}

/// The value a draw gave a field: an input's `value` attribute, a
/// textarea's text.
fn drawn_value(field: &web_sys::Element) -> String {
    if field.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some() {
        field.text_content().unwrap_or_default()
    } else {
        field.get_attribute("value").unwrap_or_default()
    }
}

/// Puts `old` in the place of `new`, with `new`'s attributes. What the
/// citizen is typing stays as typed, unless the state's value for the
/// field changed since the last draw (another tab's edit, an undo): then
/// the field shows it, as a virtual DOM would.
fn keep(old: &web_sys::Element, new: &web_sys::Element) {
    let now = drawn_value(new);
    let changed = drawn_value(old) != now;
    if let Some(area) = old.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        // The text is the draw's (the value typed stays).
        let _ = area.set_default_value(&now);
        if changed {
            area.set_value(&now);
        }
    } else if let (Some(input), true) = (old.dyn_ref::<web_sys::HtmlInputElement>(), changed) {
        input.set_value(&now);
    }
    for name in old.get_attribute_names().iter() {
        if let Some(name) = name.as_string() {
            if !new.has_attribute(&name) {
                let _ = old.remove_attribute(&name);
            }
        }
    }
    for name in new.get_attribute_names().iter() {
        if let (Some(name), Some(value)) = (
            name.as_string(),
            name.as_string().and_then(|n| new.get_attribute(&n)),
        ) {
            let _ = old.set_attribute(&name, &value);
        }
    }
    let _ = new.replace_with_with_node_1(old);
}

/// "Continue" on the details form: the checklist, or the first field to
/// fix, with the errors said.
pub(crate) fn go_on() {
    let wrong = APP.with(|a| {
        let mut guard = a.borrow_mut();
        let app = guard.as_mut()?;
        let wrong = details::first_wrong(&app.state);
        if wrong.is_some() {
            app.tried = true;
        }
        Some(wrong)
    });
    match wrong {
        Some(None) => dispatch(Action::Show(View::Checklist)),
        Some(Some(id)) => {
            settle();
            embed::focus_id(id);
        }
        None => {}
    }
}

/// Follows other tabs' changes to the drafts (the `storage` event).
fn storage_listener(keys: Keys) {
    let here = embed::here();
    let listener = gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
        here.activate();
        let Some(event) = e.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let known = |id: &str| APP.with(|a| a.borrow().as_ref()?.saver.known(id));
        if let Some(action) = external(event, &keys, known) {
            dispatch(action);
        }
    });
    listener.forget();
}

/// The action for another tab's change to one of our keys (as `app.rs`).
fn external(
    event: &web_sys::StorageEvent,
    keys: &Keys,
    known: impl Fn(&str) -> Option<u64>,
) -> Option<Action> {
    let key = event.key()?;
    let id = key.strip_prefix(keys.draft.as_str())?;
    match event.new_value() {
        None => Some(Action::ExternalRemoved(id.to_owned())),
        Some(text) => crate::json::read::<crate::draft::Draft>(&text)
            .filter(|d| d.id == id)
            .map(|d| Action::External {
                base: known(&d.id),
                theirs: Box::new(d),
            }),
    }
}
