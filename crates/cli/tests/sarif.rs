//! The SARIF output is a valid SARIF 2.1.0 log: it is checked against the
//! final OASIS JSON Schema (`tests/sarif/`), for a run with findings of every
//! layer, warnings and an unreadable input, and for a clean run; every
//! result has a region, a fingerprint and a location relative to
//! `%SRCROOT%`, and every rule the words GitHub code scanning requires.

// Test helpers may unwrap: a failure is the test failing.
#![allow(clippy::unwrap_used)]

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn sarif(args: &[&str]) -> Value {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/fixtures");
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .current_dir(fixtures)
        .args(["validate", "--format", "sarif", "--today", "2020-01-01"])
        .args(["--criteria", "criteria/test-set.json"])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

fn assert_valid_sarif(log: &Value) {
    let text = include_str!("sarif/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(text).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn findings_of_every_layer_make_a_valid_log() {
    let log = sarif(&["valid", "invalid", "missing.json"]);
    assert_valid_sarif(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    for code in [
        "json-syntax",
        "schema-format",
        "not-http-url",
        "unanswered-criteria",
        "unreadable-input",
    ] {
        assert!(results.iter().any(|r| r["ruleId"] == code), "{code}");
    }
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(result["partialFingerprints"]["napcheck/v1"].is_string());
    }
    let unanswered = results
        .iter()
        .find(|r| r["ruleId"] == "unanswered-criteria")
        .unwrap();
    assert!(!unanswered["properties"]["criteria"]
        .as_array()
        .unwrap()
        .is_empty());
    for rule in rules {
        assert_ne!(rule["name"], rule["id"]);
        for text in [
            &rule["shortDescription"]["text"],
            &rule["fullDescription"]["text"],
            &rule["help"]["text"],
            &rule["help"]["markdown"],
        ] {
            assert!(!text.as_str().unwrap().is_empty(), "{rule}");
        }
        let anchor = format!("docs/codes.md#{}", rule["id"].as_str().unwrap());
        assert!(rule["helpUri"].as_str().unwrap().ends_with(&anchor));
    }
}

#[test]
fn a_clean_run_is_a_valid_log() {
    let log = sarif(&["valid/good.json"]);
    assert_valid_sarif(&log);
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 0);
}
