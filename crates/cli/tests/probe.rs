//! `napcheck probe` against fixture sites served on loopback by the test
//! itself (`tests/probe/sites/<name>/`, modelled on the 2018 monitors'
//! descriptions): each site's hints document, with times and the port
//! normalised, must equal `tests/probe/sites/<name>.hints.json`
//! (`NAPCHECK_BLESS=1` rewrites them). The draft a probe writes passes
//! `validate` and is not scored by `score`.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "probe/server.rs"]
#[allow(dead_code, unreachable_pub)]
mod server;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sites_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/probe/sites")
}

/// Runs the probe on `url` with the fixed day and the 2016-2018 set.
pub(crate) fn probe(url: &str, extra: &[&str]) -> (i32, Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .args(["probe", "--lang", "en", "--today", "2018-08-17"])
        .args(["--criteria", "az-nap-2016-2018"])
        .args(extra)
        .arg(url)
        .output()
        .expect("napcheck runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    let value = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (output.status.code().unwrap_or(-1), value, stderr)
}

/// Times and the loopback address replaced by placeholders.
fn normalise(value: &mut Value, addr: &str) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "fetched_at" {
                    *v = Value::String("<time>".into());
                } else {
                    normalise(v, addr);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| normalise(v, addr)),
        Value::String(s) => *s = s.replace(addr, "SITE"),
        _ => {}
    }
}

fn check_snapshot(name: &str, mut value: Value, addr: &str) {
    normalise(&mut value, addr);
    let text = serde_json::to_string_pretty(&value).unwrap() + "\n";
    let path = sites_dir().join(format!("{name}.hints.json"));
    if std::env::var_os("NAPCHECK_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        text,
        expected,
        "{name}: hints differ from {}",
        path.display()
    );
}

/// The published schema of a hints document.
fn hints_schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/hints.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn every_fixture_site_gives_its_hints() {
    let schema = hints_schema();
    let mut names: Vec<String> = std::fs::read_dir(sites_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        let site = server::serve(&sites_dir().join(&name));
        let (code, value, stderr) = probe(&site.url(), &["--allow-private"]);
        assert_eq!(code, 0, "{name}: {stderr}");
        let errors: Vec<String> = schema.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(
            errors.is_empty(),
            "{name}: not a valid hints document: {errors:?}"
        );
        check_snapshot(&name, value, &site.addr.to_string());
    }
}

#[test]
fn a_draft_is_valid_and_its_suggestions_are_not_scored() {
    let site = server::serve(&sites_dir().join("local-executive"));
    let drafts = tempfile::tempdir().unwrap();
    let dir = drafts.path().to_str().unwrap();
    let (code, _, stderr) = probe(&site.url(), &["--allow-private", "--draft", dir]);
    assert_eq!(code, 0, "{stderr}");
    let file = std::fs::read_dir(drafts.path())
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    let draft: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let answers = draft["answers"].as_array().unwrap();
    assert!(!answers.is_empty());
    assert!(answers.iter().all(|a| a["suggested_by"] == "probe"));
    // Each keeps the probe's observation, which stays once the citizen
    // confirms or changes it, for the report's agreement with the probe.
    assert!(answers
        .iter()
        .all(|a| a["suggestion"]["by"] == "probe"
            && a["suggestion"]["observation"] == a["observation"]));
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_napcheck"))
            .args(args)
            .args(["--lang", "en", "--today", "2018-08-17"])
            .arg(&file)
            .output()
            .unwrap()
    };
    let validated = run(&["validate", "--format", "json"]);
    assert!(
        validated.status.success(),
        "{}",
        String::from_utf8_lossy(&validated.stdout)
    );
    let scored = run(&["score", "--format", "json"]);
    let scored: Value = serde_json::from_slice(&scored.stdout).unwrap();
    assert_eq!(scored["overall"], Value::Null, "{scored}");
    let human = run(&["score"]);
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(
        human.contains("suggested by napcheck probe, not confirmed"),
        "{human}"
    );
}
