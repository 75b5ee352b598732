//! Fetching what the wasm does not embed: the catalogue's parts (index and
//! one-language set slices, `catalogue.rs`) and the translation files of
//! the languages other than Azerbaijani (`i18n`).
//!
//! Each file is cached in local storage under `napcheck:v1:cache:<path>`:
//! a cached copy is used at once, so a reload on a poor connection or
//! offline still shows the checklist, and the network copy replaces it when
//! it differs (a new release). A file that does not read as what it should
//! be is neither used nor cached. A file is fetched at most once per page
//! unless it failed; what failed is reported and can be retried.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A future made by code in a chunk: what a split point that does work,
/// not drawing, returns (`checker.rs`, `outbox.rs`), so that the work's
/// code is the chunk's, fetched and linked the first time it runs.
pub(crate) type Later<T> = Pin<Box<dyn Future<Output = T>>>;

/// The prefix of the cached files' keys.
pub(crate) const CACHE_PREFIX: &str = "napcheck:v1:cache:";

thread_local! {
    /// Paths fetched or being fetched in this page.
    static STARTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// What paths are relative to: empty (the page) on the standalone page;
    /// the directory of `embed.js` for a widget on another site's page.
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Fetches paths relative to `base` (a URL ending in `/`) from now on.
pub(crate) fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_owned());
}

/// What paths are relative to (empty: the page's directory).
pub(crate) fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// Makes sure `path` is read: from the cache at once when it holds a copy
/// `read` takes, then from the network. `read` reads a text and gives what
/// hands it over (`None`: not taken); the hand-over runs in the next task,
/// so that reading and what the hand-over draws are two tasks, not one long
/// one (the browser's `JSON.parse` and serde-wasm-bindgen take a few ms on
/// a slice; bench/README.md). `done(true)` follows each copy handed over;
/// `done(false)` means neither the cache nor the network gave one. Does
/// nothing when `path` was already started in this page.
pub(crate) fn ensure<H: FnOnce() + 'static>(
    path: String,
    read: impl Fn(&str) -> Option<H> + 'static,
    done: impl Fn(bool) + 'static,
) {
    let fresh = STARTED.with(|s| {
        let mut started = s.borrow_mut();
        let fresh = !started.contains(&path);
        if fresh {
            started.push(path.clone());
        }
        fresh
    });
    if !fresh {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Each file is read in a task of its own, after the screen that
        // asked for it is drawn: no long task blocks a phone's main thread
        // (Lighthouse's Total Blocking Time).
        next_task().await;
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let key = format!("{CACHE_PREFIX}{path}");
        let cached = storage
            .as_ref()
            .and_then(|s| s.get_item(&key).ok().flatten());
        let cached_ok = match cached.as_deref().and_then(&read) {
            Some(hand_over) => {
                // Read in this task, handed over and drawn in the next.
                next_task().await;
                hand_over();
                done(true);
                true
            }
            None => false,
        };
        match fetch_text(&path).await {
            Some(text) if cached.as_deref() == Some(text.as_str()) => {}
            Some(text) => match read(&text) {
                Some(hand_over) => {
                    if let Some(storage) = &storage {
                        // A full storage only loses the offline copy.
                        let _ = storage.set_item(&key, &text);
                    }
                    next_task().await;
                    hand_over();
                    done(true);
                }
                None if cached_ok => {}
                None => {
                    STARTED.with(|s| s.borrow_mut().retain(|p| *p != path));
                    done(false);
                }
            },
            _ if cached_ok => {}
            _ => {
                STARTED.with(|s| s.borrow_mut().retain(|p| *p != path));
                done(false);
            }
        }
    });
}

/// Whether local storage holds a copy of `path` (read or not).
pub(crate) fn is_cached(path: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&format!("{CACHE_PREFIX}{path}")).ok().flatten())
        .is_some()
}

/// Resolves in a later task of the event loop (`setTimeout(0)`), so that
/// the browser can draw and handle input in between.
pub(crate) async fn next_task() {
    after_ms(0).await;
}

/// Resolves in a task of the event loop at least `ms` milliseconds later.
pub(crate) async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The text at `path` (relative to the base, see [`set_base`]), when the
/// server gives it.
pub(crate) async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let url = BASE.with(|b| format!("{}{path}", b.borrow()));
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}
