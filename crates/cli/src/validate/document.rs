//! One document through the three layers: JSON syntax, the schema, then the
//! core's typed parse and semantic checks. Every layer that can run does,
//! and all their findings are kept. The fast path (a valid document) parses
//! the text once, asks the schema `is_valid`, reads the typed assessment
//! from the parsed value and runs the semantic checks.

use super::outcome::{Diagnostic, Layer};
use super::schema;
use jsonschema::Validator;
use napcheck_core::pointer::Locator;
use napcheck_core::{parse, Assessment, Catalogue, Day, Finding, Lang, Position};
use serde_json::Value;

/// What a check needs besides the text.
pub(crate) struct Context<'a> {
    /// The compiled assessment schema.
    pub(crate) validator: &'a Validator,
    /// The bundled sets plus any `--criteria` sets.
    pub(crate) catalogue: &'a Catalogue,
    /// The latest plausible date.
    pub(crate) today: Day,
    /// The language of messages.
    pub(crate) lang: Lang,
}

/// Every diagnostic of one document, sorted by position then code.
pub(crate) fn check(text: &str, cx: &Context<'_>) -> Vec<Diagnostic> {
    let text = parse::strip_bom(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => return vec![syntax(text, cx.lang)],
    };
    let mut out = Vec::new();
    let schema_ok = cx.validator.is_valid(&value);
    if !schema_ok {
        out = schema::diagnostics(cx.validator, &value, text, cx.lang);
    }
    match parse::from_value::<Assessment>(&value) {
        Ok(assessment) => {
            let findings = napcheck_core::check(&assessment, cx.catalogue, cx.today);
            let mut locator = Locator::new(text);
            out.extend(findings.into_iter().map(|finding| {
                let position = locator.locate(&finding.pointer);
                located(finding, position, cx.lang, Layer::Semantic)
            }));
        }
        // The schema already said what is wrong with the shape; the typed
        // parse only speaks when the schema missed it.
        Err(finding) if schema_ok => out.push(semantic(text, finding, cx.lang, Layer::Semantic)),
        Err(_) => {}
    }
    out.sort_by(|a, b| (a.position, &a.code).cmp(&(b.position, &b.code)));
    out
}

/// The syntax error, located by the core's parser (only on this path).
fn syntax(text: &str, lang: Lang) -> Diagnostic {
    match parse::from_str::<serde::de::IgnoredAny>(text) {
        Err(error) => {
            let position = error
                .position
                .unwrap_or_else(|| napcheck_core::pointer::locate(text, &error.finding.pointer));
            located(error.finding, position, lang, Layer::Syntax)
        }
        // serde_json refused the text as a value but not as "anything":
        // only possible for values nested beyond its recursion limit.
        Ok(_) => Diagnostic {
            code: "json-syntax".into(),
            severity: napcheck_core::Severity::Error,
            pointer: String::new(),
            position: Position { line: 1, column: 1 },
            message: "the JSON is nested too deeply".into(),
            layer: Layer::Syntax,
        },
    }
}

fn semantic(text: &str, finding: Finding, lang: Lang, layer: Layer) -> Diagnostic {
    let position = napcheck_core::pointer::locate(text, &finding.pointer);
    located(finding, position, lang, layer)
}

fn located(finding: Finding, position: Position, lang: Lang, layer: Layer) -> Diagnostic {
    Diagnostic {
        code: finding.code().to_owned(),
        severity: finding.severity(),
        message: finding.problem.message(lang),
        pointer: finding.pointer,
        position,
        layer,
    }
}
