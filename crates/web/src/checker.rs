//! The JS boundary to the widget's on-demand checker (`crates/web-checks`, a
//! second wasm module without Yew, loaded by `checker.js` at the first
//! check): an imported file, the summary's export and a refused submission
//! are checked there by the core ([`napcheck_core::check_for_citizen`]),
//! the offer to carry a draft to a newer set is made there
//! ([`napcheck_core::crosswalk::offer`]) and the standalone HTML report is
//! written there from the draft's export ([`report`]), so the located JSON
//! checks, the pointer scanner, the finding messages, the migration and the
//! report's string builder are not in the first download. The checker gets the set slices as they were fetched
//! ([`keep_slice`]) and returns a [`CitizenCheck`] or an `Offered` as JSON.
//! An offer is asked for only once the page is idle ([`page_idle`]). The
//! views call it (`ui/checks.rs`, `ui/summary.rs`).

use crate::catalogue::Known;
use crate::draft::Draft;
use crate::loader::Later;
use crate::migration::Request;
use napcheck_core::crosswalk::Offered;
use napcheck_core::{CitizenCheck, Day, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

#[wasm_bindgen(module = "/src/checker.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = check)]
    async fn check_in_module(
        base: &str,
        bytes: &[u8],
        slices: Vec<js_sys::Uint8Array>,
        slice_langs: Vec<String>,
        lang: &str,
        today: &str,
    ) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = offer)]
    async fn offer_in_module(
        base: &str,
        assessment: &str,
        slices: Vec<js_sys::Uint8Array>,
        slice_langs: Vec<String>,
        crosswalks: js_sys::Uint8Array,
        newest: &str,
    ) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = report)]
    async fn report_in_module(
        base: &str,
        assessment: &str,
        slices: Vec<js_sys::Uint8Array>,
        slice_langs: Vec<String>,
        lang: &str,
        words: Vec<String>,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = idle)]
    async fn idle_in_page(timeout_ms: u32);
}

/// How long after the page's load an idle moment is waited for, at most.
const IDLE_WAIT_MS: u32 = 2000;

/// Resolves once the page has loaded and its main thread is idle (at most
/// two seconds after the load): the offer waits for it (`ui/checks.rs`).
pub(crate) async fn page_idle() {
    idle_in_page(IDLE_WAIT_MS).await;
}

thread_local! {
    /// The text of each set slice read so far: (set id, language, text).
    static SLICES: RefCell<Vec<(String, Lang, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the text of the slice of set `id` in `lang`, for the checker.
pub(crate) fn keep_slice(id: &str, lang: Lang, text: &str) {
    SLICES.with(|s| {
        let mut slices = s.borrow_mut();
        slices.retain(|(i, l, _)| !(i == id && *l == lang));
        slices.push((id.to_owned(), lang, Rc::from(text)));
    });
}

/// One slice of each set read: in `lang` where there is one.
fn chosen_slices(lang: Lang) -> Vec<(Rc<str>, Lang)> {
    SLICES.with(|s| {
        let slices = s.borrow();
        let mut chosen: Vec<&(String, Lang, Rc<str>)> = Vec::new();
        for slice in slices.iter() {
            match chosen.iter().position(|c| c.0 == slice.0) {
                Some(i) if slice.1 == lang => chosen[i] = slice,
                Some(_) => {}
                None => chosen.push(slice),
            }
        }
        chosen
            .into_iter()
            .map(|(_, l, text)| (Rc::clone(text), *l))
            .collect()
    })
}

/// [`chosen_slices`]: their texts as bytes (copied, not decoded) and
/// languages. Every call hands the slices over this way, decoded in the
/// checker's worker: as strings, the page's main thread would decode them
/// from UTF-8 (about 100 KB a slice).
fn slice_bytes_for(lang: Lang) -> (Vec<js_sys::Uint8Array>, Vec<String>) {
    chosen_slices(lang)
        .into_iter()
        .map(|(text, l)| {
            let bytes = js_sys::Uint8Array::from(text.as_bytes());
            (bytes, l.code().to_owned())
        })
        .unzip()
}

/// Checks `bytes` as an assessment in the checker, with its words in
/// `lang`; `None` when the checker could not be loaded (offline before it
/// was ever fetched) or answered something else. Reading its answer into
/// the core's types is code of the chunk (a split point returning a
/// [`Later`]), fetched by the first import if not before.
pub(crate) async fn check(bytes: Vec<u8>, lang: Lang, today: Day) -> Option<CitizenCheck> {
    checking(bytes, lang, today).await.ok()?.await
}

#[wasm_split(import_check, fallible)]
fn checking(
    bytes: Vec<u8>,
    lang: Lang,
    today: Day,
) -> Result<Later<Option<CitizenCheck>>, SplitLoaderError> {
    Ok(Box::pin(
        async move { check_now(&bytes, lang, today).await },
    ))
}

async fn check_now(bytes: &[u8], lang: Lang, today: Day) -> Option<CitizenCheck> {
    let (slices, slice_langs) = slice_bytes_for(lang);
    let base = crate::loader::base();
    let answer = check_in_module(
        &base,
        bytes,
        slices,
        slice_langs,
        lang.code(),
        &today.to_string(),
    )
    .await
    .ok()?;
    crate::json::read(&answer.as_string()?)
}

/// The core's offer for `draft`, one is due for (`None`: nothing is
/// offered, or the checker could not be loaded). The crosswalks cross as
/// bytes too, like the slices ([`slice_bytes_for`]). Writing the request
/// ([`crate::migration::request`]: the draft's assessment as JSON) and
/// reading the offer into the core's types are code of the chunk (a split
/// point returning a [`Later`]), fetched by the first offer if not before.
pub(crate) async fn offer(draft: Draft, known: Known, lang: Lang) -> Option<Offered> {
    offering(draft, known, lang).await.ok()?.await
}

#[wasm_split(offer_make, fallible)]
fn offering(
    draft: Draft,
    known: Known,
    lang: Lang,
) -> Result<Later<Option<Offered>>, SplitLoaderError> {
    Ok(Box::pin(async move {
        let request = crate::migration::request(&draft, &known, lang)?;
        offer_now(&request, lang).await
    }))
}

async fn offer_now(request: &Request, lang: Lang) -> Option<Offered> {
    let (slices, slice_langs) = slice_bytes_for(lang);
    let base = crate::loader::base();
    let answer = offer_in_module(
        &base,
        &request.assessment,
        slices,
        slice_langs,
        js_sys::Uint8Array::from(request.crosswalks.as_bytes()),
        &request.newest,
    )
    .await
    .ok()?;
    crate::json::read::<Option<Offered>>(&answer.as_string()?)?
}

/// The standalone HTML report of `assessment` (the JSON of a draft's
/// export) in `lang`, written by the checker with the texts of
/// [`crate::report::HTML_WORDS`] in `words` (`None`: the checker could not
/// be loaded, or the draft's set slice is not here). The summary's
/// "Download HTML report" (`ui/summary.rs`).
pub(crate) async fn report(
    assessment: &str,
    words: &crate::i18n::Words,
    lang: Lang,
) -> Option<String> {
    let (slices, slice_langs) = slice_bytes_for(lang);
    let texts = crate::report::HTML_WORDS.iter();
    let texts = texts.map(|key| crate::i18n::t(words, lang, key).to_owned());
    let base = crate::loader::base();
    let answer = report_in_module(
        &base,
        assessment,
        slices,
        slice_langs,
        lang.code(),
        texts.collect(),
    )
    .await
    .ok()?;
    answer.as_string().filter(|html| !html.is_empty())
}

/// Where the check of a draft's export stands (`ui/summary.rs`: what
/// `napcheck validate` would say of the downloaded file).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExportCheck {
    /// The checker is loading or checking.
    Pending,
    /// Checked.
    Done(Rc<CitizenCheck>),
    /// The checker could not be loaded.
    Unavailable,
}
