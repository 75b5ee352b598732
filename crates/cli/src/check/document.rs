//! One document through the core's pipeline (`napcheck_core::pipeline`):
//! JSON syntax, duplicate keys, the schema, then the core's typed parse and
//! semantic checks. Every layer that can run does, and all their findings
//! are kept. This module fills the pipeline's schema seam with the
//! jsonschema crate ([`JsonSchema`]) and words the core's findings as
//! diagnostics. The fast path (a conforming assessment) reads the text once
//! straight into the typed assessment, which `check::vouch` vouches for
//! without a JSON value or the schema, and runs the semantic checks; any
//! other document goes through every layer.

use super::outcome::Diagnostic;
use super::schema;
use super::vouch;
use jsonschema::Validator;
use napcheck_core::pipeline::{self, Layer};
use napcheck_core::{Assessment, Catalogue, Day, Lang, LocatedFinding, Problem, Severity};
use serde_json::Value;

/// What a check needs besides the text.
pub struct Context<'a> {
    /// The compiled assessment schema.
    pub validator: &'a Validator,
    /// The bundled sets plus any `--criteria` sets.
    pub catalogue: &'a Catalogue,
    /// The latest plausible date.
    pub today: Day,
    /// The language of messages.
    pub lang: Lang,
    /// Whether semantic warnings are reported. `report` only needs to know
    /// whether a document has errors, and skips placing and wording the
    /// warnings.
    pub warnings: bool,
}

/// Every diagnostic of one document, sorted by position then code.
pub fn check(text: &str, cx: &Context<'_>) -> Vec<Diagnostic> {
    check_document(text, cx).diagnostics
}

/// A document checked: its diagnostics, and the typed assessment when it
/// could be read (whatever the semantic findings), so that a caller that
/// goes on to score it (`napcheck report`) does not parse it again.
pub struct Checked {
    /// Every diagnostic, sorted by position then code.
    pub diagnostics: Vec<Diagnostic>,
    /// The assessment, when the typed parse succeeded.
    pub assessment: Option<Assessment>,
}

/// [`check`], keeping the typed assessment.
pub fn check_document(text: &str, cx: &Context<'_>) -> Checked {
    let schema = JsonSchema {
        validator: cx.validator,
        lang: cx.lang,
    };
    let checked =
        pipeline::run_vouched(text, &schema, vouch::vouches, |assessment: &Assessment| {
            let mut findings = napcheck_core::check(assessment, cx.catalogue, cx.today);
            if !cx.warnings {
                findings.retain(|f| f.severity() == Severity::Error);
            }
            findings
        });
    let (diagnostics, assessment) = worded(checked, cx.lang);
    Checked {
        diagnostics,
        assessment,
    }
}

/// A pipeline's outcome worded in `lang`: the core's findings and the
/// schema's, sorted by position then code, and the typed document.
pub fn worded<T>(
    checked: pipeline::Checked<T, Diagnostic>,
    lang: Lang,
) -> (Vec<Diagnostic>, Option<T>) {
    let mut out: Vec<Diagnostic> = checked
        .findings
        .into_iter()
        .map(|f| diagnostic(f, lang))
        .collect();
    out.extend(checked.schema);
    out.sort_by(|a, b| (a.position, &a.code).cmp(&(b.position, &b.code)));
    (out, checked.document)
}

/// The pipeline's schema seam filled with the jsonschema crate: the
/// published assessment schema, its errors worded in `lang`.
pub struct JsonSchema<'a> {
    /// The compiled assessment schema.
    pub validator: &'a Validator,
    /// The language of messages.
    pub lang: Lang,
}

impl pipeline::Schema for JsonSchema<'_> {
    type Finding = Diagnostic;

    fn check(&self, value: &Value, text: &str) -> Vec<Diagnostic> {
        if self.validator.is_valid(value) {
            return Vec::new();
        }
        schema::diagnostics(self.validator, value, text, self.lang)
    }
}

/// A core finding as a diagnostic in `lang`, with its layer.
pub fn diagnostic(located: LocatedFinding, lang: Lang) -> Diagnostic {
    let LocatedFinding { finding, position } = located;
    let code = finding.code().to_owned();
    let severity = finding.severity();
    let message = finding.problem.message(lang);
    let layer = Layer::of(&finding.problem);
    let criteria = match finding.problem {
        Problem::UnansweredCriteria { ids } => ids,
        _ => Vec::new(),
    };
    Diagnostic {
        code,
        severity,
        message,
        pointer: finding.pointer,
        position,
        layer,
        criteria,
    }
}
