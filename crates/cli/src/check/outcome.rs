//! What checking one input yields: located diagnostics from every layer
//! (syntax, schema, semantics), or the reason the input could not be read.
//! Reporters consume these; nothing here formats output.

use napcheck_core::{Position, Severity};

/// The layer a diagnostic comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// JSON syntax.
    Syntax,
    /// The published JSON Schema.
    Schema,
    /// The core's typed parse and semantic checks.
    Semantic,
}

impl Layer {
    /// The name used in machine-readable output.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Syntax => "syntax",
            Layer::Schema => "schema",
            Layer::Semantic => "semantic",
        }
    }
}

/// One finding, placed in its file and rendered in the chosen language.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code, e.g. `schema-required` or `unknown-criterion`.
    pub code: String,
    /// Error or warning.
    pub severity: Severity,
    /// RFC 6901 pointer into the document (`""` is the whole document).
    pub pointer: String,
    /// Line and column in the file, from 1.
    pub position: Position,
    /// The message, in the chosen language.
    pub message: String,
    /// Which layer found it.
    pub layer: Layer,
}

/// The result of one input (a file, standard input, or a JSON Lines file).
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The name shown for the input (its path, or `<stdin>`).
    pub name: String,
    /// Every diagnostic, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// Why the input could not be read, when it could not.
    pub unreadable: Option<String>,
}

impl Outcome {
    /// Errors found.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Warnings found.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Whether the input is a valid assessment under the chosen strictness.
    pub fn is_valid(&self, deny_warnings: bool) -> bool {
        self.unreadable.is_none() && self.errors() == 0 && (!deny_warnings || self.warnings() == 0)
    }
}

/// Totals over all inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs checked (including unreadable ones).
    pub files: usize,
    /// Valid inputs.
    pub valid: usize,
    /// Invalid inputs (including unreadable ones).
    pub invalid: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
    /// Diagnostics over all inputs.
    pub findings: usize,
}

impl Summary {
    /// Counts one outcome in.
    pub fn add(&mut self, outcome: &Outcome, deny_warnings: bool) {
        self.files += 1;
        self.findings += outcome.diagnostics.len();
        if outcome.unreadable.is_some() {
            self.unreadable += 1;
        }
        if outcome.is_valid(deny_warnings) {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
    }
}
