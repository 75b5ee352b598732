//! One document through the layers: JSON syntax, duplicate keys, the
//! schema, then the core's typed parse and semantic checks. Every layer
//! that can run does, and all their findings are kept. The fast path (a valid document) parses
//! the text once, asks the schema `is_valid`, reads the typed assessment
//! from the parsed value and runs the semantic checks.

use super::outcome::{Diagnostic, Layer};
use super::schema;
use jsonschema::Validator;
use napcheck_core::{
    parse, Assessment, Catalogue, Day, Finding, Lang, Position, Problem, Severity,
};
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
    let text = parse::strip_bom(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let error = parse::syntax_error(text, &error);
            let position = error.position.unwrap_or(Position { line: 1, column: 1 });
            return Checked {
                diagnostics: vec![located(error.finding, position, cx.lang, Layer::Syntax)],
                assessment: None,
            };
        }
    };
    // serde_json kept the last of any repeated key; say so, at the repeat.
    let mut out: Vec<Diagnostic> = napcheck_core::duplicate_keys(text)
        .into_iter()
        .map(|d| located(d.finding, d.position, cx.lang, Layer::Syntax))
        .collect();
    let schema_ok = cx.validator.is_valid(&value);
    if !schema_ok {
        out.extend(schema::diagnostics(cx.validator, &value, text, cx.lang));
    }
    let assessment = match parse::from_value::<Assessment>(&value) {
        Ok(assessment) => {
            let mut findings = napcheck_core::check(&assessment, cx.catalogue, cx.today);
            if !cx.warnings {
                findings.retain(|f| f.severity() == Severity::Error);
            }
            out.extend(
                napcheck_core::locate_all(text, findings)
                    .into_iter()
                    .map(|f| located(f.finding, f.position, cx.lang, Layer::Semantic)),
            );
            Some(assessment)
        }
        // The schema already said what is wrong with the shape; the typed
        // parse only speaks when the schema missed it.
        Err(finding) => {
            if schema_ok {
                out.push(semantic(text, finding, cx.lang, Layer::Semantic));
            }
            None
        }
    };
    out.sort_by(|a, b| (a.position, &a.code).cmp(&(b.position, &b.code)));
    Checked {
        diagnostics: out,
        assessment,
    }
}

fn semantic(text: &str, finding: Finding, lang: Lang, layer: Layer) -> Diagnostic {
    let position = napcheck_core::pointer::locate(text, &finding.pointer);
    located(finding, position, lang, layer)
}

pub(crate) fn located(
    finding: Finding,
    position: Position,
    lang: Lang,
    layer: Layer,
) -> Diagnostic {
    let code = finding.code().to_owned();
    let severity = finding.severity();
    let message = finding.problem.message(lang);
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
