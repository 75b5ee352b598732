//! Findings: what a check says about a document, as data. A finding has a
//! stable code, a severity, a JSON pointer into the document, a problem
//! with its parameters and, when it concerns an answer, that answer's
//! criterion; its message is rendered in az, en or ru on demand, located
//! (declared with the problem in `problem.rs`) or in a citizen's words
//! (`citizen`). Checks return findings and never panic.

pub use crate::problem::Problem;
use serde::{Serialize, Serializer};
use std::fmt;

/// How serious a finding is. Errors make a document invalid; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is invalid.
    Error,
    /// Worth a look; the document stays valid.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A problem at a place in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Where: an RFC 6901 JSON pointer (`""` is the whole document).
    pub pointer: String,
    /// What.
    pub problem: Problem,
    /// The criterion whose answer it concerns, when it concerns one: the
    /// question a citizen's message names ([`Finding::citizen_message`]).
    /// (Boxed: a finding stays small enough to be an `Err`.)
    pub criterion: Option<Box<str>>,
}

impl Finding {
    /// A finding at `pointer`.
    pub fn new(pointer: impl Into<String>, problem: Problem) -> Self {
        Finding {
            pointer: pointer.into(),
            problem,
            criterion: None,
        }
    }

    /// The same finding, about the answer to `criterion`.
    pub fn about(mut self, criterion: impl Into<String>) -> Self {
        self.criterion = Some(criterion.into().into_boxed_str());
        self
    }

    /// The same finding with `prefix` before its pointer (a finding of one
    /// observation placed in its document).
    pub fn under(mut self, prefix: &str) -> Self {
        self.pointer = format!("{prefix}{}", self.pointer);
        self
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The severity.
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Finding", 4)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("pointer", &self.pointer)?;
        s.serialize_field("message", &self.problem.message(crate::Lang::En))?;
        s.end()
    }
}
