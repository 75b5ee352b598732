//! A round's manifest (`round.json`, `schemas/round.schema.json`) through
//! the same layers as an assessment: JSON syntax, duplicate keys, the round
//! schema (compiled once), then the core's typed parse and
//! [`napcheck_core::round::check_round`], each finding located in the text
//! and worded in az/en/ru. A file is a manifest by its name, `round.json`,
//! as a reply is by `*.reply.json`: it sits at the root of the round's
//! folder, where `napcheck report` looks for it.

use super::document::worded;
use super::outcome::Diagnostic;
use super::schema;
use jsonschema::Validator;
use napcheck_core::pipeline;
use napcheck_core::round::{check_round, RoundManifest, MANIFEST_NAME};
use napcheck_core::Lang;
use serde_json::Value;
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

fn validator() -> Result<&'static Validator, String> {
    static VALIDATOR: OnceLock<Result<Validator, String>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            jsonschema::options()
                .should_validate_formats(true)
                .build(&napcheck_core::schema::round())
                .map_err(|e| format!("the round schema does not compile: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The round schema in the pipeline's seam. The schema is generated and
/// tested; if it could not compile, the seam says nothing and the typed
/// parse still refuses every malformed manifest.
struct RoundSchema {
    validator: Option<&'static Validator>,
    lang: Lang,
}

impl pipeline::Schema for RoundSchema {
    type Finding = Diagnostic;

    fn check(&self, value: &Value, text: &str) -> Vec<Diagnostic> {
        match self.validator {
            Some(validator) if !validator.is_valid(value) => {
                schema::diagnostics(validator, value, text, self.lang)
            }
            _ => Vec::new(),
        }
    }
}

/// Every diagnostic of one manifest text, and the manifest: the core's
/// pipeline with the round schema in its seam and [`check_round`] as its
/// semantics.
pub fn check(text: &str, lang: Lang) -> CheckedRound {
    let seam = RoundSchema {
        validator: validator().ok(),
        lang,
    };
    let checked = pipeline::run(text, &seam, check_round);
    let (diagnostics, manifest) = worded(checked, lang);
    CheckedRound {
        diagnostics,
        manifest,
    }
}
