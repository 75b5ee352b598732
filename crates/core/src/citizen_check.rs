//! An imported or exported file checked for a citizen, as data that can
//! cross from one wasm module to another: the widget's on-demand checker
//! (`crates/web-checks`) runs [`check_for_citizen`] and hands the widget the
//! JSON of a [`CitizenCheck`], so that the first download of the widget
//! carries neither the located JSON checks nor the pointer scanner. It is
//! [`crate::check_text`] (after refusing text that is not UTF-8, located)
//! with each finding already in the citizen's words
//! ([`Finding::citizen_message`]) and kept with its code, place and severity.

use crate::catalogue::Catalogue;
use crate::finding::{Finding, Problem, Severity};
use crate::text::Lang;
use crate::{check_text, parse, Assessment, Day};
use serde::{Deserialize, Serialize};

/// One finding, said to a citizen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenFinding {
    /// The finding's stable code (`json-syntax`, `unknown-criterion`, ...).
    pub code: String,
    /// Whether it refuses the file (an error) rather than warns.
    pub error: bool,
    /// Where: the JSON pointer the finding names.
    pub pointer: String,
    /// Its line in the text, from 1.
    pub line: usize,
    /// Its column in the text, in characters, from 1.
    pub column: usize,
    /// The words a citizen reads: the question it concerns, never a pointer.
    pub message: String,
}

/// What a citizen's file is: the assessment when it is valid, and every
/// finding in document order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CitizenCheck {
    /// The assessment, when the file is valid (warnings allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// The criteria set the file names when the catalogue does not have it
    /// (the widget may still have to fetch it, then checks again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown_set: Option<String>,
    /// Every finding, errors and warnings.
    #[serde(default)]
    pub findings: Vec<CitizenFinding>,
}

impl CitizenCheck {
    /// The findings that refuse the file.
    pub fn errors(&self) -> impl Iterator<Item = &CitizenFinding> {
        self.findings.iter().filter(|f| f.error)
    }
}

/// Checks `bytes` as an assessment against `catalogue` as of `today`, and
/// words each finding for a citizen in `lang`, naming the question from the
/// set that has it.
pub fn check_for_citizen(
    bytes: &[u8],
    catalogue: &Catalogue,
    today: Day,
    lang: Lang,
) -> CitizenCheck {
    let checked = match std::str::from_utf8(bytes) {
        Ok(text) => check_text(text, catalogue, today),
        Err(error) => crate::Checked {
            assessment: None,
            findings: vec![parse::not_utf8(bytes, error)],
        },
    };
    let valid = checked.is_valid();
    let unknown_set = checked
        .findings
        .iter()
        .find_map(|f| match &f.finding.problem {
            Problem::UnknownCriteriaSet { id, .. } => Some(id.clone()),
            _ => None,
        });
    let set_of = |f: &Finding| {
        let id = f.criterion.as_deref()?;
        catalogue
            .sets()
            .iter()
            .find(|s| s.criteria.iter().any(|c| c.id == id))
    };
    let findings = checked
        .findings
        .iter()
        .map(|f| CitizenFinding {
            code: f.finding.code().to_owned(),
            error: f.finding.severity() == Severity::Error,
            pointer: f.finding.pointer.clone(),
            line: f.position.line,
            column: f.position.column,
            message: f.finding.citizen_message(set_of(&f.finding), lang),
        })
        .collect();
    CitizenCheck {
        assessment: checked.assessment.filter(|_| valid),
        unknown_set,
        findings,
    }
}

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use super::*;

    fn today() -> Day {
        "2026-11-30".parse().expect("day")
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_where_it_is() {
        let mut bytes = b"{\n  \"name\": \"Bak".to_vec();
        bytes.extend([0xE8, b'"', b'}']);
        let checked = check_for_citizen(&bytes, Catalogue::bundled(), today(), Lang::Az);
        assert_eq!(checked.findings.len(), 1);
        let f = &checked.findings[0];
        assert_eq!((f.code.as_str(), f.line, f.column), ("json-syntax", 2, 15));
        assert!(f.error && checked.assessment.is_none());
    }

    const EXAMPLE: &str =
        include_str!("../../../examples/monitoring-2018/local/73-pirallahi-lec.json");

    #[test]
    fn a_valid_file_keeps_its_assessment_and_the_result_round_trips() {
        let checked =
            check_for_citizen(EXAMPLE.as_bytes(), Catalogue::bundled(), today(), Lang::Az);
        assert_eq!(checked.errors().count(), 0, "{:?}", checked.findings);
        assert!(checked.assessment.is_some());
        let json = serde_json::to_string(&checked).expect("json");
        let back: CitizenCheck = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, checked);
    }

    #[test]
    fn an_unknown_set_is_named_and_refused_in_the_citizens_words() {
        let text = EXAMPLE.replace("az-nap-2016-2018", "az-nap-2099");
        let checked = check_for_citizen(text.as_bytes(), Catalogue::bundled(), today(), Lang::Ru);
        assert_eq!(checked.unknown_set.as_deref(), Some("az-nap-2099"));
        assert!(checked.assessment.is_none());
        let error = checked.errors().next().expect("an error");
        assert_eq!(error.code, "unknown-criteria-set");
        assert!(!error.message.contains('/'), "{}", error.message);
    }
}
