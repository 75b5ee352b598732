//! The check of a crosswalk file (`napcheck validate --crosswalk`, and every
//! crosswalk `napcheck migrate` is given): the core's typed parse and
//! [`napcheck_core::crosswalk::check_crosswalk_text`], each finding located
//! and worded like an assessment's.

use super::outcome::Diagnostic;
use napcheck_core::crosswalk::{check_crosswalk_text, Crosswalk};
use napcheck_core::{Catalogue, Lang};

/// Every diagnostic of a crosswalk text, and the crosswalk when it has no
/// error.
pub fn check(
    text: &str,
    catalogue: &Catalogue,
    lang: Lang,
) -> (Vec<Diagnostic>, Option<Crosswalk>) {
    let checked = check_crosswalk_text(text, catalogue);
    let usable = checked.usable().cloned();
    let diagnostics = checked
        .findings
        .into_iter()
        .map(|f| super::document::diagnostic(f, lang))
        .collect();
    (diagnostics, usable)
}
