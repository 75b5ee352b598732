//! What checking one input yields: located diagnostics from every layer
//! (syntax, schema, semantics), or the reason the input could not be read.
//! Reporters consume these; nothing here formats output.

pub use napcheck_core::pipeline::Layer;
use napcheck_core::{Position, Severity};

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
    /// The criteria the finding is about, when it lists several
    /// (`unanswered-criteria`); machine-readable outputs keep the list.
    pub criteria: Vec<String>,
}

/// Which findings make an input invalid: errors always; warnings as chosen
/// by `--deny-warnings` (all of them) or `--deny-warnings=CODE,...` (those codes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Deny {
    /// Warnings keep an input valid.
    #[default]
    Errors,
    /// Every warning makes an input invalid.
    AllWarnings,
    /// The warnings with these codes make an input invalid.
    Codes(Vec<String>),
}

impl Deny {
    /// Whether `diagnostic` makes its input invalid.
    pub fn denies(&self, diagnostic: &Diagnostic) -> bool {
        match (diagnostic.severity, self) {
            (Severity::Error, _) | (Severity::Warning, Deny::AllWarnings) => true,
            (Severity::Warning, Deny::Errors) => false,
            (Severity::Warning, Deny::Codes(codes)) => codes.contains(&diagnostic.code),
        }
    }

    /// What is denied besides errors, for a summary line: `None` when
    /// warnings are allowed.
    pub fn label(&self) -> Option<String> {
        match self {
            Deny::Errors => None,
            Deny::AllWarnings => Some("warnings denied".to_owned()),
            Deny::Codes(codes) => Some(format!("warnings denied: {}", codes.join(", "))),
        }
    }
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
    /// The outcome is a directory a walk could not read, not a file: it is
    /// reported like an unreadable input but not counted as a file.
    pub walk_error: bool,
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
    pub fn is_valid(&self, deny: &Deny) -> bool {
        self.unreadable.is_none() && !self.diagnostics.iter().any(|d| deny.denies(d))
    }
}

/// Totals over all inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs checked (including unreadable files, not walk errors).
    pub files: usize,
    /// Valid inputs.
    pub valid: usize,
    /// Invalid inputs (including unreadable ones).
    pub invalid: usize,
    /// Inputs that could not be read, walk errors included.
    pub unreadable: usize,
    /// Diagnostics over all inputs.
    pub findings: usize,
}

impl Summary {
    /// Counts one outcome in.
    pub fn add(&mut self, outcome: &Outcome, deny: &Deny) {
        if outcome.unreadable.is_some() {
            self.unreadable += 1;
        }
        if outcome.walk_error {
            return;
        }
        self.files += 1;
        self.findings += outcome.diagnostics.len();
        if outcome.is_valid(deny) {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
    }
}
