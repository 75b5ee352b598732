//! The summary's data and its JSON export, without a view: the report of a
//! draft and the file names of its downloads, for the summary view
//! (`ui/summary.rs`, in a chunk loaded on demand).

use crate::catalogue::Known;
use crate::dom;
use crate::draft::Draft;
use crate::i18n::Words;
use crate::report::Report;
use napcheck_core::Lang;

/// The name of a download of `draft` (`json` or `html`).
pub(crate) fn file_name(draft: &Draft, extension: &str) -> String {
    format!("napcheck-{}-{}.{extension}", draft.checked_on, draft.id)
}

/// Downloads the draft's assessment as JSON.
pub(crate) fn download_json(draft: &Draft, known: &Known, lang: Lang) {
    if let Some(text) = crate::json::write(&draft.export(known, lang), true) {
        let _ = dom::download(&file_name(draft, "json"), "application/json", &text);
    }
}

/// The report of `draft` in `lang`: its assessment as exported, evaluated
/// by the core (`None` while its set is not here).
pub(crate) fn report_of(draft: &Draft, known: &Known, words: &Words, lang: Lang) -> Option<Report> {
    let set = draft.criteria_set(known, lang)?;
    let assessment = draft.assessment(known, lang);
    let evaluation = napcheck_core::evaluate(&assessment, set).ok()?;
    Some(Report::of(&assessment, set, &evaluation, words, lang))
}
