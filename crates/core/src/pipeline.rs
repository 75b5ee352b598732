//! The one check pipeline of a JSON document (an assessment, a criteria set,
//! a crosswalk): JSON syntax → duplicate keys → the schema layer → the typed
//! parse (shape) → the document's semantic checks, every finding located in
//! the text and in document order. The widget, `validate`, `score`,
//! `report`, `serve`, `migrate` and the set and crosswalk loaders all go
//! through [`run`], so they run the same layers in the same order.
//!
//! The schema layer is a seam ([`Schema`]), as typst's `World` is: the core
//! knows no JSON Schema validator (it would cost the widget's wasm), so the
//! CLI fills the seam with the jsonschema crate and the widget with
//! [`NoSchema`]. With a schema the text is read once into a JSON value that
//! both the schema and the typed parse read; without one the typed parse
//! reads the text itself (no value tree: less wasm, less memory) and its
//! shape error speaks for the shape. With a schema, the typed parse's shape
//! error speaks only when the schema said nothing, as the schema already
//! named what is wrong with the shape. [`run_vouched`] lets the filler skip
//! the value, the duplicate-key pass and the schema for a typed document
//! it can vouch for, with the same outcome.

use crate::finding::{Finding, Problem};
use crate::pointer;
use crate::{duplicate_keys, parse, LocatedFinding};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The layer a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// JSON syntax (and what the reader refuses before it: too large, not
    /// UTF-8), duplicate keys.
    Syntax,
    /// The published JSON Schema (the [`Schema`] seam).
    Schema,
    /// The typed parse and the semantic checks.
    Semantic,
}

impl Layer {
    /// The layer of a core finding: the syntax layer's problems, else the
    /// typed parse's or the semantic checks'.
    pub fn of(problem: &Problem) -> Layer {
        match problem {
            Problem::JsonSyntax { .. }
            | Problem::DuplicateKey { .. }
            | Problem::TooLarge { .. } => Layer::Syntax,
            _ => Layer::Semantic,
        }
    }

    /// The name used in machine-readable output.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Syntax => "syntax",
            Layer::Schema => "schema",
            Layer::Semantic => "semantic",
        }
    }
}

/// The schema layer's seam: what checks a document's JSON value against a
/// published schema. The CLI fills it with the jsonschema crate; the widget
/// with [`NoSchema`].
pub trait Schema {
    /// What the layer reports, already located and worded by its filler
    /// (the core has no words for a schema validator's keywords).
    type Finding;
    /// Whether the layer exists. Without it the pipeline reads the text
    /// straight into the typed document and builds no JSON value.
    const PRESENT: bool = true;
    /// Every finding of `value`, placed in `text` (the text it was read
    /// from, without its byte order mark); empty when it conforms.
    fn check(&self, value: &Value, text: &str) -> Vec<Self::Finding>;
}

/// No schema layer: the typed parse alone checks the shape (the widget).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSchema;

impl Schema for NoSchema {
    type Finding = std::convert::Infallible;
    const PRESENT: bool = false;
    fn check(&self, _: &Value, _: &str) -> Vec<Self::Finding> {
        Vec::new()
    }
}

/// A document through the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<T, S> {
    /// The typed document, when the text has its shape (whatever the
    /// semantic findings).
    pub document: Option<T>,
    /// The core's findings (syntax, duplicate keys, shape, semantics), in
    /// document order: by position, then code.
    pub findings: Vec<LocatedFinding>,
    /// The schema layer's findings, in the order it gave them.
    pub schema: Vec<S>,
}

/// Runs the layers over `text` (a leading byte order mark is ignored):
/// syntax, duplicate keys (only in text that is JSON), `schema`, the typed
/// parse into `T`, then `semantics` on the typed document.
pub fn run<T, S>(
    text: &str,
    schema: &S,
    semantics: impl FnOnce(&T) -> Vec<Finding>,
) -> Checked<T, S::Finding>
where
    T: DeserializeOwned,
    S: Schema,
{
    run_vouched(text, schema, |_: &T, _: &str| false, semantics)
}

/// [`run`], with a shortcut for documents the schema's filler can vouch
/// for: the text is first read straight into `T` (no JSON value), and when
/// that succeeds and `vouch` holds for the typed document and its text,
/// the duplicate-key and schema layers are skipped and the semantic checks
/// run at once. Otherwise, or when the typed read fails, the full pipeline
/// runs as in [`run`], so every finding is what it would have been.
///
/// The outcome is the same as [`run`]'s exactly when `vouch` holds only for
/// texts that (a) repeat no key, (b) the schema accepts, and (c) whose
/// typed read from their JSON value gives the same document; `vouch` is
/// where the filler argues these (the CLI: `check::vouch`).
pub fn run_vouched<T, S>(
    text: &str,
    schema: &S,
    vouch: impl FnOnce(&T, &str) -> bool,
    semantics: impl FnOnce(&T) -> Vec<Finding>,
) -> Checked<T, S::Finding>
where
    T: DeserializeOwned,
    S: Schema,
{
    let text = parse::strip_bom(text);
    if S::PRESENT {
        if let Ok(document) = serde_json::from_str::<T>(text) {
            if vouch(&document, text) {
                let findings = locate_all(text, semantics(&document));
                return finish(Some(document), findings, Vec::new());
            }
        }
    }
    if !S::PRESENT {
        return match parse::from_str::<T>(text) {
            Err(error) => {
                // Keys can only be compared in text that is JSON.
                let mut findings = match error.finding.problem {
                    Problem::JsonSyntax { .. } => Vec::new(),
                    _ => duplicate_keys(text),
                };
                findings.push(error);
                finish(None, findings, Vec::new())
            }
            Ok(document) => {
                let mut findings = duplicate_keys(text);
                findings.extend(locate_all(text, semantics(&document)));
                finish(Some(document), findings, Vec::new())
            }
        };
    }
    // One read gives the value and any repeated key (serde_json keeps the
    // last of them; they are reported at the repeat), so the duplicate-key
    // walk runs only when a key repeats.
    let (value, mut findings): (Value, _) = match crate::parse_with_duplicates(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let error = parse::syntax_error(text, &error);
            return finish(None, vec![error], Vec::new());
        }
    };
    let schema = schema.check(&value, text);
    let document = match parse::from_value::<T>(&value, text) {
        Ok(document) => {
            findings.extend(locate_all(text, semantics(&document)));
            Some(document)
        }
        Err(shape) => {
            // The schema already said what is wrong with the shape.
            if schema.is_empty() {
                findings.push(locate(text, shape));
            }
            None
        }
    };
    finish(document, findings, schema)
}

fn finish<T, S>(
    document: Option<T>,
    mut findings: Vec<LocatedFinding>,
    schema: Vec<S>,
) -> Checked<T, S> {
    sort(&mut findings);
    Checked {
        document,
        findings,
        schema,
    }
}

/// `finding` placed at its pointer in `text`.
pub fn locate(text: &str, finding: Finding) -> LocatedFinding {
    let position = pointer::locate(text, &finding.pointer);
    LocatedFinding { finding, position }
}

/// Places findings in `text`, sorted by position then code.
pub fn locate_all(text: &str, findings: Vec<Finding>) -> Vec<LocatedFinding> {
    let pointers: Vec<&str> = findings.iter().map(|f| f.pointer.as_str()).collect();
    let positions = pointer::locate_many(text, &pointers);
    let mut located: Vec<LocatedFinding> = findings
        .into_iter()
        .zip(positions)
        .map(|(finding, position)| LocatedFinding { finding, position })
        .collect();
    sort(&mut located);
    located
}

/// Document order: by position, then code.
pub fn sort(findings: &mut [LocatedFinding]) {
    findings.sort_by(|a, b| (a.position, a.finding.code()).cmp(&(b.position, b.finding.code())));
}
