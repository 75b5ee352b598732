//! The widget's checker, a second wasm module without Yew that the widget
//! loads only when a citizen needs it (`crates/web/src/checker.rs` and
//! `checker.js`): importing a file, the summary's check of the export and
//! the words for a submission the server refused. It holds the core's
//! located JSON checks, pointer scanner and finding messages, which the
//! first checklist never uses, so they stay out of the first download.
//!
//! One function crosses the boundary: [`check`] takes the file's bytes, the
//! one-language set slices the widget has loaded (as fetched), the
//! interface language and today's date, and returns the JSON of the core's
//! [`napcheck_core::CitizenCheck`].

use napcheck_core::{check_for_citizen, criteria, Catalogue, CitizenCheck, Day, Lang};
use wasm_bindgen::prelude::wasm_bindgen;

/// Checks `bytes` against the sets in `slices` (one-language slices, as
/// `napcheck criteria export --lang` writes them, each in the language at
/// the same place of `slice_langs`) as of `today`
/// (`YYYY-MM-DD`), with the findings in `lang` (`az`, `en` or `ru`); the
/// result is the JSON of a `CitizenCheck`. A slice that does not read is
/// left out (the file is then refused as naming an unknown set).
#[wasm_bindgen]
pub fn check(
    bytes: &[u8],
    slices: Vec<String>,
    slice_langs: Vec<String>,
    lang: &str,
    today: &str,
) -> String {
    let lang: Lang = lang.parse().unwrap_or(Lang::Az);
    let mut catalogue = Catalogue::with_bundled_bodies();
    for (slice, slice_lang) in slices.iter().zip(&slice_langs) {
        let slice_lang = slice_lang.parse().unwrap_or(lang);
        let parsed = criteria::parse_set_slice(slice, catalogue.bodies(), slice_lang);
        if let Ok((set, _warnings)) = parsed {
            if catalogue.set(&set.id).is_none() {
                catalogue.add_set(set);
            }
        }
    }
    let checked = match today.parse::<Day>() {
        Ok(today) => check_for_citizen(bytes, &catalogue, today, lang),
        Err(_) => CitizenCheck::default(),
    };
    serde_json::to_string(&checked).unwrap_or_default()
}
