//! napcheck's widget: the citizen's guided self-assessment of a government
//! website against the commitments of a National Action Plan, in
//! Azerbaijani, English and Russian, that never loses work. It is built
//! like yew's `function_todomvc`, without a framework: a pure reducer that
//! holds all state (`state`), thin views drawn directly on the DOM from it
//! after every change (`ui`), local storage (`storage`) and translation
//! files (`i18n`). Every rule, rating, score and check comes from
//! `napcheck_core`. (Yew itself was measured as 73 KB gzip of a first
//! download that must stay under 200 KB: `bench/README.md`.)
//!
//! The page calls nothing: on start, the app mounts itself into the element
//! with id `napcheck` when the page has one. A host page can instead call
//! [`mount`] with any element, or embed `<napcheck-widget>` elements with
//! `embed.js`, which calls [`mount_embedded`] for each.

mod catalogue;
mod chart;
mod checker;
mod dom;
mod draft;
mod embed;
mod i18n;
mod json;
mod loader;
mod merge;
mod migration;
mod outbox;
mod plain;
mod report;
mod state;
mod storage;
mod submission;
mod summary;
mod ui;

use wasm_bindgen::prelude::wasm_bindgen;

/// The allocator: talc, smaller than Rust's default dlmalloc in the wasm
/// (the widget is single-threaded: no atomics).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The id of the element the app mounts into on start, when present.
#[cfg(not(test))]
const ROOT_ID: &str = "napcheck";

/// Renders the app into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    ui::mount(root);
}

/// Renders one widget into `root` (inside the shadow root of `host`), with
/// the element's attributes as an object of strings (`embed.js` builds it).
/// The embedding's own code is in a chunk, fetched by a page with a widget
/// (`ui::embed::mount`).
#[wasm_bindgen]
pub fn mount_embedded(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    attributes: &wasm_bindgen::JsValue,
) {
    ui::embed::mount(root, host, attributes.clone());
}

/// Mounts the app in the task after the module's start (compiling and
/// instantiating the wasm is one long task already; the first render is
/// another, so that neither blocks a phone's main thread for long).
#[cfg(not(test))]
#[wasm_bindgen(start)]
fn start() {
    wasm_bindgen_futures::spawn_local(async {
        loader::next_task().await;
        if let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) {
            mount(root);
        }
    });
}
