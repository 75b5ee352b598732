//! The widget's checker, a second wasm module without Yew that the widget
//! loads only when a citizen needs it (`crates/web/src/checker.rs` and
//! `checker.js`): importing a file, the summary's check of the export, the
//! words for a submission the server refused, and the offer to carry a
//! draft to a newer criteria set. It holds the core's located JSON checks,
//! pointer scanner, finding messages and migration, which the first
//! checklist never uses, so they stay out of the first download.
//!
//! Two functions cross the boundary: [`check`] takes the file's bytes, the
//! one-language set slices the widget has loaded (as fetched), the
//! interface language and today's date, and returns the JSON of the core's
//! [`napcheck_core::CitizenCheck`]; [`offer`] takes a draft's assessment,
//! the same slices, the crosswalks from its set (as fetched) and the newest
//! version of each set, and returns the JSON of the core's
//! [`napcheck_core::crosswalk::offer`] (an `Offered`, or `null`).

use napcheck_core::crosswalk::{self, Crosswalk};
use napcheck_core::{
    check_for_citizen, criteria, Assessment, Catalogue, CitizenCheck, Day, Lang, SetRef,
};
use wasm_bindgen::prelude::wasm_bindgen;

/// A catalogue of the sets in `slices` (one-language slices, as `napcheck
/// criteria export --lang` writes them, each in the language at the same
/// place of `slice_langs`, `lang` when that does not read), each checked
/// when `checked` (else read as the widget reads them: the build checked
/// them); a slice that does not read or has an error is left out.
fn catalogue_of(slices: &[String], slice_langs: &[String], lang: Lang, checked: bool) -> Catalogue {
    let mut catalogue = Catalogue::with_bundled_bodies();
    for (slice, slice_lang) in slices.iter().zip(slice_langs) {
        let slice_lang = slice_lang.parse().unwrap_or(lang);
        let set = if checked {
            let parsed = criteria::parse_set_slice(slice, catalogue.bodies(), slice_lang);
            parsed.ok().map(|(set, _warnings)| set)
        } else {
            criteria::read_set_slice(slice)
        };
        if let Some(set) = set {
            if catalogue.set(&set.id).is_none() {
                catalogue.add_set(set);
            }
        }
    }
    catalogue
}

/// Checks `bytes` against the sets in `slices` as of `today`
/// (`YYYY-MM-DD`), with the findings in `lang` (`az`, `en` or `ru`); the
/// result is the JSON of a `CitizenCheck`. A file naming a set whose slice
/// is missing or does not read is refused as naming an unknown set.
#[wasm_bindgen]
pub fn check(
    bytes: &[u8],
    slices: Vec<String>,
    slice_langs: Vec<String>,
    lang: &str,
    today: &str,
) -> String {
    let lang: Lang = lang.parse().unwrap_or(Lang::Az);
    let catalogue = catalogue_of(&slices, &slice_langs, lang, true);
    let checked = match today.parse::<Day>() {
        Ok(today) => check_for_citizen(bytes, &catalogue, today, lang),
        Err(_) => CitizenCheck::default(),
    };
    serde_json::to_string(&checked).unwrap_or_default()
}

/// The move to a newer set to offer for `assessment` (the JSON of a
/// draft's assessment), given the sets in `slices`, the `crosswalks` from
/// its set (the text of `catalogue/crosswalks.<set>.json`, a list; the
/// core uses none with an error) and `newest`, the JSON of the
/// index's `[{"id", "version"}]`: the JSON of the core's `Offered`, or
/// `null` when nothing is offered or an argument does not read.
#[wasm_bindgen]
pub fn offer(
    assessment: &str,
    slices: Vec<String>,
    slice_langs: Vec<String>,
    crosswalks: &str,
    newest: &str,
) -> String {
    let Ok(assessment) = serde_json::from_str::<Assessment>(assessment) else {
        return "null".to_owned();
    };
    let newest: Vec<SetRef> = serde_json::from_str(newest).unwrap_or_default();
    // The offer runs while the citizen reads the first question: the
    // slices are read as the widget read them, without the set checks.
    let catalogue = catalogue_of(&slices, &slice_langs, assessment.language, false);
    let crosswalks: Vec<Crosswalk> = serde_json::from_str(crosswalks).unwrap_or_default();
    let offered = crosswalk::offer(&assessment, &catalogue, &crosswalks, &newest);
    serde_json::to_string(&offered).unwrap_or_else(|_| "null".to_owned())
}
