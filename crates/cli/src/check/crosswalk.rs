//! The check of a crosswalk file (`napcheck validate --crosswalk`, and every
//! crosswalk `napcheck migrate` is given) through the same layers as an
//! assessment: JSON syntax, duplicate keys, the published crosswalk schema
//! (`schemas/crosswalk.schema.json`, compiled once), then the core's typed
//! parse and [`napcheck_core::crosswalk::validate_crosswalk`], each finding
//! located in the text and worded in az/en/ru.

use super::document::worded;
use super::outcome::Diagnostic;
use super::schema::{compiled_once, Seam};
use jsonschema::Validator;
use napcheck_core::crosswalk::{validate_crosswalk, Crosswalk};
use napcheck_core::{pipeline, Catalogue, Lang, Severity};
use std::sync::OnceLock;

/// Every diagnostic of a crosswalk text, and the crosswalk when it has no
/// error (neither the schema's nor the core's).
pub fn check(
    text: &str,
    catalogue: &Catalogue,
    lang: Lang,
) -> (Vec<Diagnostic>, Option<Crosswalk>) {
    static VALIDATOR: OnceLock<Option<Validator>> = OnceLock::new();
    let seam = Seam {
        validator: compiled_once(&VALIDATOR, napcheck_core::schema::crosswalk),
        lang,
    };
    let checked = pipeline::run(text, &seam, |crosswalk: &Crosswalk| {
        validate_crosswalk(crosswalk, catalogue)
    });
    let (diagnostics, crosswalk) = worded(checked, lang);
    let usable = crosswalk.filter(|_| !diagnostics.iter().any(|d| d.severity == Severity::Error));
    (diagnostics, usable)
}
