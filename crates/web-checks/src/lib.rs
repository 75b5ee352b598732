//! The widget's checker, a second wasm module that the widget
//! loads only when a citizen needs it (`crates/web/src/checker.rs` and
//! `checker.js`): importing a file, the summary's check of the export, the
//! words for a submission the server refused, and the offer to carry a
//! draft to a newer criteria set, and the standalone HTML report a citizen
//! downloads from the summary. It holds the core's located JSON checks,
//! pointer scanner, finding messages and migration, and the report's
//! string builder, which the first checklist never uses, so they stay out
//! of the first download.
//!
//! Three functions cross the boundary: [`check`] takes the file's bytes, the
//! one-language set slices the widget has loaded (as fetched; the widget
//! hands them over as UTF-8 bytes, which `checker.js` or the worker decode), the
//! interface language and today's date, and returns the JSON of the core's
//! [`napcheck_core::CitizenCheck`]; [`offer`] takes a draft's assessment,
//! the same slices, the crosswalks from its set (as fetched) and the newest
//! version of each set, and returns the JSON of the core's
//! [`napcheck_core::crosswalk::offer`] (an `Offered`, or `null`);
//! [`report`] takes a draft's export, the same slices, the report's
//! language and the widget's words it reads, and returns the HTML report. The report's data
//! (`report.rs`), the chart's geometry (`chart.rs`) and the words' lookup
//! (`i18n/text.rs`) are the widget's own files, included by path: one
//! source for the summary view and the file.

use napcheck_core::crosswalk::{self, Crosswalk};
use napcheck_core::{
    check_for_citizen, criteria, evaluate, Assessment, Catalogue, CitizenCheck, Day, Lang, SetRef,
};
use wasm_bindgen::prelude::wasm_bindgen;

#[path = "../../web/src/chart.rs"]
mod chart;
mod i18n;
#[path = "../../web/src/i18n/text.rs"]
mod i18n_text;
// The widget's file, whole: what only the widget's views use of it
// (`observation_text`, `rating`'s other callers, the rows' ids) is unused here.
#[allow(dead_code)]
#[path = "../../web/src/report.rs"]
mod report;
mod report_html;

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

/// The standalone HTML report of `assessment` (the JSON of a draft's
/// export) in `lang`, given the sets in `slices` (read as the widget read
/// them); empty when the assessment does not read or its set is not among
/// the slices.
#[wasm_bindgen]
pub fn report(
    assessment: &str,
    slices: Vec<String>,
    slice_langs: Vec<String>,
    lang: &str,
    words: Vec<String>,
) -> String {
    let lang: Lang = lang.parse().unwrap_or(Lang::Az);
    let Ok(assessment) = serde_json::from_str::<Assessment>(assessment) else {
        return String::new();
    };
    let catalogue = catalogue_of(&slices, &slice_langs, lang, false);
    let words = i18n::Words::new(words);
    report_html_of(&assessment, &catalogue, &words, lang).unwrap_or_default()
}

/// [`report`] once its arguments are read.
fn report_html_of(
    assessment: &Assessment,
    catalogue: &Catalogue,
    words: &i18n::Words,
    lang: Lang,
) -> Option<String> {
    let set = catalogue.set(&assessment.criteria_set.id)?;
    let evaluation = evaluate(assessment, set).ok()?;
    let report = report::Report::of(assessment, set, &evaluation, words, lang);
    Some(report_html::render(&report, words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::path::{Path, PathBuf};

    fn fixtures() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/web/report")
    }

    /// The report of `lang`'s export of the fixture draft, through the
    /// checker's boundary: the bundled sets as one-language slices and the
    /// report's words from the widget's words file.
    fn report_of_fixture(lang: Lang) -> String {
        let export = std::fs::read_to_string(fixtures().join(format!("export.{lang}.json")))
            .expect("export fixture");
        let slices: Vec<String> = Catalogue::bundled()
            .sets()
            .iter()
            .map(|s| criteria::language_slice(s, lang).to_string())
            .collect();
        let slice_langs = vec![lang.code().to_owned(); slices.len()];
        let words_file =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../web/src/i18n/{lang}.json"));
        let text = std::fs::read_to_string(words_file).expect("words");
        let table: HashMap<String, String> = serde_json::from_str(&text).expect("a table");
        let words = report::HTML_WORDS
            .iter()
            .map(|k| table[*k].clone())
            .collect();
        report(&export, slices, slice_langs, lang.code(), words)
    }

    /// The files were written by the widget before the report moved here
    /// (its test `the_fixture_draft_export_matches_its_file` keeps the
    /// exports): the checker writes the same bytes.
    #[test]
    fn the_report_is_the_one_the_widget_wrote() {
        for lang in Lang::ALL {
            let want = std::fs::read_to_string(fixtures().join(format!("report.{lang}.html")))
                .expect("report fixture");
            let got = report_of_fixture(lang);
            assert!(got + "\n" == want, "report.{lang}.html differs");
        }
    }

    #[test]
    fn escapes_everything_typed_and_links_only_http() {
        let html = report_of_fixture(Lang::En);
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;") && html.contains("&lt;b&gt;"));
        assert!(!html.contains("href=\"javascript"));
        assert!(html.contains("<li>javascript:alert(1)</li>"));
        assert!(html.contains("<a href=\"https://shirvan-ih.gov.az/m/\">"));
        assert!(html.contains("default-src 'none'"));
        assert!(!html.contains("src=\"http"), "no external resource");
    }

    #[test]
    fn an_assessment_that_does_not_read_or_has_no_set_gives_nothing() {
        let none = |text: &str| report(text, Vec::new(), Vec::new(), "en", Vec::new());
        assert_eq!(none("{"), "");
        let export = std::fs::read_to_string(fixtures().join("export.en.json")).expect("export");
        assert_eq!(none(&export), "", "its set is not among the slices");
    }
}
