//! napcheck's core: the criteria catalogues of Azerbaijan's Open Government
//! National Action Plans as versioned data, the evaluation rules that turn a
//! citizen's observations of a government website into ratings and scores,
//! and the semantic checks of an assessment.
//!
//! It does no IO and knows nothing of yew or clap: the widget (`napcheck-web`)
//! and the CLI (`napcheck-cli`) present and check what is defined here, and
//! never re-implement a rule or a score. It builds for `wasm32-unknown-unknown`.
//!
//! The usual path is [`check_text`]: JSON text in, the typed [`Assessment`]
//! (when it parses) and every [`Finding`] out; then [`evaluate`] for scores.
//! Every document is checked through the one [`pipeline`] (syntax,
//! duplicate keys, the schema seam, shape, semantics).

pub mod aggregate;
mod assessment;
mod body;
mod catalogue;
mod check;
mod citizen;
mod citizen_check;
pub mod consensus;
pub mod criteria;
pub mod crosswalk;
mod day;
mod duplicates;
mod error_path;
mod evaluate;
mod field;
mod finding;
pub mod hints;
pub mod html;
mod messages;
mod month;
mod ordered;
pub mod parse;
pub mod pipeline;
pub mod pointer;
mod problem;
pub mod relevance;
pub mod reply;
pub mod round;
mod scan;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(test)]
mod test_support;
mod text;
pub mod trend;
mod url;
mod value_parse;
mod version;

pub use aggregate::Aggregate;
pub use assessment::{
    Account, Answer, Assessment, Assessor, DeclaredResult, Migration, Network, NotMigrated,
    NotMigratedReason, Observation, SetRef, Site, SuggestedBy, Suggestion,
};
pub use body::{Body, BodyKind, BodyRegister};
#[cfg(feature = "bundled")]
pub use catalogue::BUNDLED_SETS;
pub use catalogue::{Catalogue, BUNDLED_BODIES};
pub use check::{applicable_criteria, check};
pub use citizen_check::{check_for_citizen, CitizenCheck, CitizenFinding};
pub use criteria::CriteriaSet;
pub use day::{Day, InvalidDay};
pub use duplicates::duplicate_keys;
pub use evaluate::{
    evaluate, scoring_formula, CommitmentScore, Coverage, CriterionResult, EvaluateError,
    Evaluation, Explanation, Outcome,
};
pub use field::{
    check_link, check_note, check_observation, read_count, LINK_MAX_CHARS, NOTE_MAX_CHARS,
};
pub use finding::{Finding, Problem, Severity};
pub use month::{DayOrMonth, InvalidMonth, Month};
pub use pipeline::locate_all;
pub use pointer::Position;
pub use text::{Lang, Text, UnknownLang};
pub use url::is_http_url;
pub use value_parse::parse_with_duplicates;
pub use version::Version;

/// A finding placed in the text it was found in.
#[derive(Debug, Clone, PartialEq)]
pub struct LocatedFinding {
    /// The finding.
    pub finding: Finding,
    /// Its line and column in the text.
    pub position: Position,
}

/// The outcome of checking one assessment text.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The assessment, when the text has its shape.
    pub assessment: Option<Assessment>,
    /// Every finding, in document order.
    pub findings: Vec<LocatedFinding>,
}

impl Checked {
    /// Whether the text is a valid assessment (no errors; warnings allowed).
    pub fn is_valid(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.finding.severity() == Severity::Error)
    }
}

/// Parses and checks an assessment text through the [`pipeline`] without a
/// schema layer: syntax, duplicate keys, shape (the typed parse that the
/// published schema mirrors) and semantics, each finding with its line and
/// column. This is the widget's import path, `score`'s and `migrate`'s.
pub fn check_text(text: &str, catalogue: &Catalogue, today: Day) -> Checked {
    let checked = pipeline::run(text, &pipeline::NoSchema, |assessment| {
        check(assessment, catalogue, today)
    });
    Checked {
        assessment: checked.document,
        findings: checked.findings,
    }
}
