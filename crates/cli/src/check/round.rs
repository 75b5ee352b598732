//! A round's manifest (`round.json`, `schemas/round.schema.json`) through
//! the same layers as an assessment: JSON syntax, duplicate keys, the round
//! schema (compiled once), then the core's typed parse and
//! [`napcheck_core::round::check_round`], each finding located in the text
//! and worded in az/en/ru. A file is a manifest by its name, `round.json`,
//! as a reply is by `*.reply.json`: it sits at the root of the round's
//! folder, where `napcheck report` looks for it.

use super::document::worded;
use super::outcome::Diagnostic;
use super::schema::{compiled_once, Seam};
use jsonschema::Validator;
use napcheck_core::pipeline;
use napcheck_core::round::{check_round, RoundManifest, MANIFEST_NAME};
use napcheck_core::Lang;
use std::sync::OnceLock;

/// Whether the input called `name` is a round's manifest: its file name is
/// `round.json`.
pub fn is_manifest(name: &str) -> bool {
    std::path::Path::new(name)
        .file_name()
        .is_some_and(|n| n == MANIFEST_NAME)
}

/// A manifest checked: its diagnostics, and the manifest when it parsed.
pub struct CheckedRound {
    /// Every diagnostic, sorted by position then code.
    pub diagnostics: Vec<Diagnostic>,
    /// The manifest, when the typed parse succeeded.
    pub manifest: Option<RoundManifest>,
}

/// Every diagnostic of one manifest text, and the manifest: the core's
/// pipeline with the round schema in its seam and [`check_round`] as its
/// semantics.
pub fn check(text: &str, lang: Lang) -> CheckedRound {
    static VALIDATOR: OnceLock<Option<Validator>> = OnceLock::new();
    let seam = Seam {
        validator: compiled_once(&VALIDATOR, napcheck_core::schema::round),
        lang,
    };
    let checked = pipeline::run(text, &seam, check_round);
    let (diagnostics, manifest) = worded(checked, lang);
    CheckedRound {
        diagnostics,
        manifest,
    }
}
