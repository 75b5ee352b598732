//! A round's manifest: the file `round.json` at the root of a round's
//! folder in a dataset repository, which says what the round is called and
//! its comment period, so that everyone who runs `napcheck report` on the
//! published folder gets the same provisional or final standing
//! (published as `schemas/round.schema.json`). `check_round` says what is
//! wrong with one manifest beyond its shape; `check_round_text` runs the
//! whole [`crate::pipeline`] without a schema layer. Pure: no IO.

use crate::finding::{Finding, Problem};
use crate::reply::CommentPeriod;
use crate::LocatedFinding;
use serde::{Deserialize, Serialize};

/// The file name of a round's manifest.
pub const MANIFEST_NAME: &str = "round.json";

/// What a dataset says about one of its rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoundManifest {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The round's name, as reports show it (e.g. `2026`); `napcheck report
    /// --rounds` names the round with it instead of its folder's name.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 100)))]
    pub round: String,
    /// The days bodies may reply to their ratings, both included: until
    /// `until` the report is provisional, after it final. Left out while
    /// no provisional report is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_period: Option<CommentPeriod>,
}

/// Every finding of `manifest` beyond its shape: a comment period that
/// ends before it begins.
pub fn check_round(manifest: &RoundManifest) -> Vec<Finding> {
    match manifest.comment_period {
        Some(period) if period.is_reversed() => vec![Finding::new(
            "/comment_period/until",
            Problem::RoundPeriodReversed {
                from: period.from,
                until: period.until,
            },
        )],
        _ => Vec::new(),
    }
}

/// A manifest text checked: the manifest, when it has the shape, and
/// every finding in document order.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedRound {
    /// The manifest, when the text has its shape.
    pub manifest: Option<RoundManifest>,
    /// Every finding (syntax, duplicate keys, shape, semantics), located.
    pub findings: Vec<LocatedFinding>,
}

/// Parses and checks a manifest text through the [`crate::pipeline`]
/// without a schema layer: syntax, duplicate keys, shape, then
/// [`check_round`], each finding with its JSON pointer, line and column.
pub fn check_round_text(text: &str) -> CheckedRound {
    let checked = crate::pipeline::run(text, &crate::pipeline::NoSchema, check_round);
    CheckedRound {
        manifest: checked.document,
        findings: checked.findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reversed_period_is_found_at_its_last_day() {
        let text = "{\n  \"round\": \"2026\",\n  \"comment_period\": { \"from\": \"2026-12-31\", \"until\": \"2026-12-01\" }\n}\n";
        let checked = check_round_text(text);
        assert!(checked.manifest.is_some());
        let codes: Vec<(&str, &str, usize)> = checked
            .findings
            .iter()
            .map(|f| {
                (
                    f.finding.code(),
                    f.finding.pointer.as_str(),
                    f.position.line,
                )
            })
            .collect();
        assert_eq!(
            codes,
            [("round-period-reversed", "/comment_period/until", 3)]
        );
    }

    #[test]
    fn a_period_of_one_day_and_a_round_without_period_are_valid() {
        for text in [
            r#"{"round": "2026", "comment_period": {"from": "2026-12-01", "until": "2026-12-01"}}"#,
            r#"{"round": "2026"}"#,
        ] {
            let checked = check_round_text(text);
            assert!(
                checked.findings.is_empty(),
                "{text}: {:?}",
                checked.findings
            );
        }
    }

    #[test]
    fn a_shape_error_is_located() {
        let checked = check_round_text(
            "{\"round\": \"2026\", \"comment_period\": {\"from\": \"2026-12-01\"}}",
        );
        assert!(checked.manifest.is_none());
        assert_eq!(checked.findings.len(), 1);
        assert_eq!(checked.findings[0].finding.code(), "json-shape");
    }
}
