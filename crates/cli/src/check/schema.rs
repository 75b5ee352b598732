//! The schema layer: the published assessment schema (generated from the
//! core's types, so it is the committed `schemas/assessment.schema.json`),
//! compiled once with format assertions on, and its errors turned into
//! located diagnostics with `schema-<keyword>` codes.
//!
//! `oneOf`/`anyOf` failures are narrowed to the branch the value meant
//! (the one whose `type` or discriminator matched), so a volunteer reads
//! "`value` must be a boolean", not "matches none of eight schemas".

use super::outcome::{Diagnostic, Layer};
use super::schema_messages::{message, Said};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use napcheck_core::{pointer, Lang, Position, Severity};
use serde_json::Value;

/// Compiles the assessment schema. It is generated from the core's types
/// and tested, so failure is an internal error.
pub fn validator() -> Result<Validator, String> {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&napcheck_core::schema::assessment())
        .map_err(|e| format!("the assessment schema does not compile: {e}"))
}

/// A published schema other than the assessment's (a reply's, a round's, a
/// crosswalk's) in the pipeline's seam, compiled once by its checker. The
/// schemas are generated and tested; if one could not compile, the seam
/// says nothing and the typed parse still refuses every malformed file.
pub(crate) struct Seam {
    /// The compiled schema, when it compiled.
    pub(crate) validator: Option<&'static Validator>,
    /// The language of messages.
    pub(crate) lang: Lang,
}

impl napcheck_core::pipeline::Schema for Seam {
    type Finding = Diagnostic;

    fn check(&self, value: &Value, text: &str) -> Vec<Diagnostic> {
        match self.validator {
            Some(validator) if !validator.is_valid(value) => {
                diagnostics(validator, value, text, self.lang)
            }
            _ => Vec::new(),
        }
    }
}

/// `schema` compiled with format assertions on, once in `cell`; `None`
/// when it does not compile (see [`Seam`]).
pub(crate) fn compiled_once(
    cell: &'static std::sync::OnceLock<Option<Validator>>,
    schema: impl FnOnce() -> Value,
) -> Option<&'static Validator> {
    cell.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema())
            .ok()
    })
    .as_ref()
}

/// Every schema diagnostic of `value`; `text` places them.
pub(crate) fn diagnostics(
    validator: &Validator,
    value: &Value,
    text: &str,
    lang: Lang,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for error in validator.iter_errors(value) {
        explain(&error, lang, &mut out);
    }
    // Placed all at once: a file with 100,000 errors is scanned once.
    let pointers: Vec<&str> = out.iter().map(|d| d.pointer.as_str()).collect();
    let positions = pointer::locate_many(text, &pointers);
    for (diagnostic, position) in out.iter_mut().zip(positions) {
        diagnostic.position = position;
    }
    out
}

/// Appends the diagnostics of `error`, not yet placed (line 1, column 1).
fn explain(error: &ValidationError<'_>, lang: Lang, out: &mut Vec<Diagnostic>) {
    let at = error.instance_path().as_str().to_owned();
    let keyword = error.kind().keyword().to_owned();
    let mut push = |pointer: String, keyword: &str, said: Said<'_>| {
        let position = Position { line: 1, column: 1 };
        out.push(Diagnostic {
            code: code(keyword),
            severity: Severity::Error,
            message: message(lang, &said).unwrap_or_else(|| error.to_string()),
            pointer,
            position,
            layer: Layer::Schema,
            criteria: Vec::new(),
        });
    };
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for name in unexpected {
                push(
                    pointer::push(&at, name),
                    &keyword,
                    Said::Unexpected { name },
                );
            }
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            push(at, &keyword, Said::Required { name });
        }
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            match meant_branch(context, &at) {
                Some(branch) => {
                    for inner in branch {
                        explain(inner, lang, out);
                    }
                }
                None => {
                    let (path, allowed) = alternatives(context, &at);
                    push(path, &keyword, Said::NoAlternative { allowed: &allowed });
                }
            }
        }
        kind => {
            let said = said(kind, error.instance());
            push(at, &keyword, said);
        }
    }
}

fn said<'a>(kind: &'a ValidationErrorKind, instance: &'a Value) -> Said<'a> {
    match kind {
        ValidationErrorKind::Type { kind } => Said::Type {
            expected: match kind {
                TypeKind::Single(t) => vec![t.as_str()],
                TypeKind::Multiple(set) => set.iter().map(|t| t.as_str()).collect(),
            },
            found: json_type(instance),
        },
        ValidationErrorKind::Format { format } => Said::Format {
            format,
            value: instance.as_str().unwrap_or_default(),
        },
        ValidationErrorKind::MinLength { limit } => Said::MinLength { limit: *limit },
        ValidationErrorKind::MaxLength { limit } => Said::MaxLength { limit: *limit },
        ValidationErrorKind::Minimum { limit } => Said::Minimum { limit },
        ValidationErrorKind::Maximum { limit } => Said::Maximum { limit },
        ValidationErrorKind::Pattern { pattern } => Said::Pattern {
            value: instance.as_str().unwrap_or_default(),
            pattern,
        },
        ValidationErrorKind::Constant { expected_value } => Said::Const {
            expected: expected_value,
        },
        _ => Said::Other,
    }
}

/// The branch a `oneOf`/`anyOf` value meant: the only one that did not
/// fail on the value's own type, constant or `type` discriminator.
fn meant_branch<'a, 'b>(
    context: &'a [Vec<ValidationError<'b>>],
    at: &str,
) -> Option<&'a Vec<ValidationError<'b>>> {
    let type_at = format!("{at}/type");
    let rejects_kind = |branch: &Vec<ValidationError<'_>>| {
        branch.iter().any(|e| {
            let path = e.instance_path().as_str();
            let own = path == at
                && matches!(
                    e.kind(),
                    ValidationErrorKind::Type { .. } | ValidationErrorKind::Constant { .. }
                );
            let discriminator =
                path == type_at && matches!(e.kind(), ValidationErrorKind::Constant { .. });
            own || discriminator
        })
    };
    let mut candidates = context.iter().filter(|b| !b.is_empty() && !rejects_kind(b));
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

/// Where to report a value that fits no alternative, and the constants the
/// alternatives allow there (enumerations and `type` discriminators).
fn alternatives(context: &[Vec<ValidationError<'_>>], at: &str) -> (String, Vec<String>) {
    let type_at = format!("{at}/type");
    let consts = |path: &str| -> Vec<String> {
        context
            .iter()
            .flatten()
            .filter(|e| e.instance_path().as_str() == path)
            .filter_map(|e| match e.kind() {
                ValidationErrorKind::Constant { expected_value } => Some(
                    expected_value
                        .as_str()
                        .map_or_else(|| expected_value.to_string(), str::to_owned),
                ),
                _ => None,
            })
            .collect()
    };
    let own = consts(at);
    if !own.is_empty() {
        return (at.to_owned(), own);
    }
    let discriminators = consts(&type_at);
    if !discriminators.is_empty() {
        return (type_at, discriminators);
    }
    (at.to_owned(), Vec::new())
}

/// `schema-` and the keyword in kebab case: `schema-additional-properties`.
pub(crate) fn code(keyword: &str) -> String {
    let mut code = String::from("schema-");
    for c in keyword.chars() {
        if c.is_ascii_uppercase() {
            code.push('-');
            code.push(c.to_ascii_lowercase());
        } else {
            code.push(c);
        }
    }
    code
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
