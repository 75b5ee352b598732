//! The published schemas are the Rust types: `schemas/*.schema.json` must
//! equal what the types generate, and every bundled catalogue and fixture
//! must pass both the schema and the typed parse.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::{schema, Assessment, BodyRegister, CriteriaSet};
use napcheck_tests::{assert_file, json_files, pretty, root};
use serde_json::Value;

#[test]
fn committed_schemas_match_the_types() {
    for (name, value) in schema::all() {
        assert_file(&format!("schemas/{name}"), &pretty(&value));
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schemas").join(name)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn schema_errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn bundled_catalogues_pass_schema_and_typed_parse() {
    let sets = validator("criteria-set.schema.json");
    for path in json_files("crates/core/criteria") {
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let is_crosswalk = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("crosswalk-"));
        if is_crosswalk {
            let errors = schema_errors(&validator("crosswalk.schema.json"), &value);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            napcheck_core::parse::from_str::<napcheck_core::crosswalk::Crosswalk>(&text).unwrap();
        } else if path.ends_with("bodies.json") {
            let errors = schema_errors(&validator("bodies.schema.json"), &value);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            napcheck_core::parse::from_str::<BodyRegister>(&text).unwrap();
        } else {
            let errors = schema_errors(&sets, &value);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            napcheck_core::parse::from_str::<CriteriaSet>(&text).unwrap();
        }
    }
}

/// The typed parse and the schema agree on every fixture: valid fixtures
/// pass both; invalid ones have the shape of an assessment (the typed parse
/// succeeds, so the semantic checks run; the schema may also object, e.g. to
/// a `data:` URL that the semantic `not-http-url` check refuses too); shape
/// fixtures (`tests/fixtures/assessments/shape/`) must fail both.
#[test]
fn fixtures_agree_between_schema_and_types() {
    let validator = validator("assessment.schema.json");
    for path in json_files("tests/fixtures/assessments/valid") {
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let errors = schema_errors(&validator, &value);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        napcheck_core::parse::from_str::<Assessment>(&text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    }
    for path in json_files("tests/fixtures/assessments/invalid") {
        let text = std::fs::read_to_string(&path).unwrap();
        napcheck_core::parse::from_str::<Assessment>(&text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    }
    for path in json_files("tests/fixtures/assessments/shape") {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        assert!(
            !schema_errors(&validator, &value).is_empty(),
            "{}: the schema accepts what the types refuse",
            path.display()
        );
        assert!(
            napcheck_core::parse::from_str::<Assessment>(&text).is_err(),
            "{}: the types accept what the schema refuses",
            path.display()
        );
    }
}

#[test]
fn reply_fixtures_pass_the_reply_schema_and_typed_parse() {
    let replies = validator("reply.schema.json");
    let fixtures = root().join("crates/cli/tests/cmd/fixtures");
    let mut valid = 0;
    for dir in [
        "reply/replies",
        "reply-not-rated",
        "reply-other-rating",
        "reply-round/current/replies",
        "review",
    ] {
        for path in json_files(&format!("crates/cli/tests/cmd/fixtures/{dir}")) {
            if !path.to_string_lossy().ends_with(".reply.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            let errors = schema_errors(&replies, &value);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            napcheck_core::parse::from_str::<napcheck_core::reply::Reply>(&text).unwrap();
            valid += 1;
        }
    }
    assert!(valid >= 6, "only {valid} reply fixtures found");
    // The malformed one is refused by the schema, as by the typed parse.
    let shape = fixtures.join("reply-invalid/shape.reply.json");
    let text = std::fs::read_to_string(&shape).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert!(!schema_errors(&replies, &value).is_empty());
    assert!(napcheck_core::parse::from_str::<napcheck_core::reply::Reply>(&text).is_err());
}

/// Round manifests: the valid and invalid fixtures (`tests/fixtures/rounds`)
/// and the CLI's pass both the round schema and the typed parse; the
/// shape fixtures fail both.
#[test]
fn round_manifests_agree_between_schema_and_types() {
    use napcheck_core::round::RoundManifest;
    let rounds = validator("round.schema.json");
    let mut files = json_files("tests/fixtures/rounds/valid");
    files.extend(json_files("tests/fixtures/rounds/invalid"));
    for manifest in [
        "crates/cli/tests/cmd/fixtures/round/current/round.json",
        "crates/cli/tests/cmd/fixtures/round/earlier/round.json",
        "crates/cli/tests/cmd/fixtures/round-invalid/reversed/round.json",
    ] {
        files.push(root().join(manifest));
    }
    let mut valid = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        // A repeated key is the syntax layer's, before either.
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let errors = schema_errors(&rounds, &value);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        napcheck_core::parse::from_str::<RoundManifest>(&text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        valid += 1;
    }
    assert!(valid >= 6, "only {valid} round manifests found");
    for path in json_files("tests/fixtures/rounds/shape") {
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(
            !schema_errors(&rounds, &value).is_empty(),
            "{}: the schema accepts what the types refuse",
            path.display()
        );
        assert!(
            napcheck_core::parse::from_str::<RoundManifest>(&text).is_err(),
            "{}: the types accept what the schema refuses",
            path.display()
        );
    }
}
