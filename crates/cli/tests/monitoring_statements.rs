//! The 2018 monitoring report's statements hold for the bundled dataset, as
//! `napcheck report examples/monitoring-2018 --format json` computes them:
//! every statement of `tests/monitoring-2018-statements.json` (the seed
//! sentence, the report's figure, napcheck's figure and how to read it from
//! the report) is checked against the real binary's output. Where the two
//! figures differ the dataset's README says why; this test pins napcheck's.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn dataset() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/monitoring-2018")
}

fn report() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .args(["report", "--format", "json"])
        .arg(dataset())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "napcheck report failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let sets = value["sets"].as_array().unwrap();
    assert_eq!(sets.len(), 1, "one criteria set in the dataset");
    sets[0].clone()
}

/// The score of `body` for `commitment`, `None` when unscored.
fn score(set: &Value, body: &str, commitment: &str) -> Option<f64> {
    let index = set["commitment_ids"]
        .as_array()
        .unwrap()
        .iter()
        .position(|id| id == commitment)
        .unwrap_or_else(|| panic!("no commitment {commitment}"));
    let row = set["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["body"] == body)
        .unwrap_or_else(|| panic!("no body {body} in the report"));
    row["commitments"][index].as_f64()
}

/// What one statement's check finds: a figure, or whether an ordering holds.
fn evaluate(set: &Value, check: &Value) -> Result<Option<u64>, String> {
    if let Some(count) = check.get("count") {
        let criterion = count["criterion"].as_str().unwrap();
        let row = set["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["criterion"] == criterion)
            .unwrap_or_else(|| panic!("no criterion {criterion} in the report"));
        let levels = &row["by_kind"][count["kind"].as_str().unwrap()]["levels"];
        let total = count["levels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| levels[l.as_str().unwrap()].as_u64().unwrap_or(0))
            .sum();
        return Ok(Some(total));
    }
    if let Some(dated) = check.get("dated") {
        let criterion = dated["criterion"].as_str().unwrap();
        let row = set["freshness"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["criterion"] == criterion)
            .unwrap_or_else(|| panic!("no freshness of {criterion}"));
        return Ok(Some(row["dated"].as_u64().unwrap()));
    }
    if let Some(below) = check.get("below") {
        let commitment = below["commitment"].as_str().unwrap();
        let (low, high) = (
            below["body"].as_str().unwrap(),
            below["than"].as_str().unwrap(),
        );
        let (a, b) = (score(set, low, commitment), score(set, high, commitment));
        return match (a, b) {
            (Some(a), Some(b)) if a < b => Ok(None),
            _ => Err(format!(
                "{low} scores {a:?} on {commitment}, not below {high}'s {b:?}"
            )),
        };
    }
    if let Some(at_most) = check.get("at_most") {
        let commitment = at_most["commitment"].as_str().unwrap();
        let bound = at_most["score"].as_f64().unwrap();
        for body in at_most["bodies"].as_array().unwrap() {
            let body = body.as_str().unwrap();
            match score(set, body, commitment) {
                Some(s) if s <= bound => {}
                other => {
                    return Err(format!(
                        "{body} scores {other:?} on {commitment}, above {bound}"
                    ))
                }
            }
        }
        return Ok(None);
    }
    if let Some(full) = check.get("fully_implemented") {
        let commitment = full["commitment"].as_str().unwrap();
        let row = set["commitments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["commitment"] == commitment)
            .unwrap();
        return Ok(Some(row["fully_implemented"].as_u64().unwrap())).and_then(|n| match n {
            Some(n) if Some(n) == full["bodies"].as_u64() => Ok(None),
            _ => Err(format!("{n:?} bodies fully implement {commitment}")),
        });
    }
    panic!("unknown check {check}");
}

#[test]
fn the_reports_statements_hold_for_the_dataset() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/monitoring-2018-statements.json"),
    )
    .unwrap();
    let statements: Value = serde_json::from_str(&text).unwrap();
    let set = report();
    let mut failures = Vec::new();
    let statements = statements["statements"].as_array().unwrap();
    assert!(statements.len() >= 20, "the report's statements are listed");
    for statement in statements {
        let id = statement["id"].as_str().unwrap();
        assert!(
            statement["seed"].as_str().is_some_and(|s| !s.is_empty()),
            "{id}: every statement quotes its seed"
        );
        match evaluate(&set, &statement["check"]) {
            Ok(Some(found)) => {
                let expected = statement["napcheck"].as_u64().unwrap();
                if found != expected {
                    failures.push(format!(
                        "{id}: napcheck gives {found}, the file says {expected}"
                    ));
                }
                assert!(statement["report"].is_u64(), "{id}: the report's figure");
            }
            Ok(None) => {}
            Err(why) => failures.push(format!("{id}: {why}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
