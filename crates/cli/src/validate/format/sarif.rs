//! The sarif format: one SARIF 2.1.0 log for code scanning. Its run's tool
//! lists every code as a rule in the finding's own words (summary, full
//! description, help in text and Markdown, a `helpUri` to the code's page in
//! `docs/codes.md`); each finding is a result with a region, a
//! `partialFingerprints` entry that survives moved lines, and a location
//! relative to `%SRCROOT%` as a percent-encoded URI reference. The results
//! array is written as outcomes arrive, so the log is streamed, not held;
//! the tool and its rules follow the results (member order does not matter
//! in JSON).

use super::rules::{self, Rule, RULES};
use super::{flush, Reporter};
use napcheck_cli::check::outcome::{Outcome, Summary};
use napcheck_core::Severity;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::{self, Write};

/// The final OASIS schema of SARIF 2.1.0 (with errata 01).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The base that relative locations are resolved against: the checkout.
const SRCROOT: &str = "%SRCROOT%";

/// Everything but RFC 3986 unreserved characters and `/` is encoded, so a
/// colon in the first segment (`a:b.json`), `%`, `#`, `?`, spaces, CR and
/// LF, `<stdin>` and non-ASCII names all make valid URI references.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The sarif reporter.
pub(crate) struct Sarif<W: Write> {
    out: W,
    started: bool,
    results: usize,
    /// Codes met that the table does not know (a newer core), in order.
    extra: Vec<String>,
    /// What `docs/codes.md` is under in every `helpUri` (`--help-base`).
    help_base: String,
}

impl<W: Write> Sarif<W> {
    /// Writes to `out`; each rule's `helpUri` is
    /// `HELP_BASE/docs/codes.md#code` (default [`DEFAULT_HELP_BASE`]).
    pub(crate) fn new(out: W, help_base: Option<&str>) -> Self {
        Sarif {
            out,
            started: false,
            results: 0,
            extra: Vec::new(),
            help_base: help_base
                .unwrap_or(DEFAULT_HELP_BASE)
                .trim_end_matches('/')
                .to_owned(),
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            write!(
                self.out,
                "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"results\":["
            )?;
        }
        Ok(())
    }

    /// The index of `code` in the rules, adding an unknown code at the end.
    fn rule_index(&mut self, code: &str) -> usize {
        if let Some((i, _)) = rules::rule(code) {
            return i;
        }
        let i = match self.extra.iter().position(|c| c == code) {
            Some(i) => i,
            None => {
                self.extra.push(code.to_owned());
                self.extra.len() - 1
            }
        };
        RULES.len() + i
    }

    fn driver(&self) -> Value {
        let base = &self.help_base;
        let mut rules: Vec<Value> = RULES.iter().map(|r| rule(r, base)).collect();
        rules.extend(self.extra.iter().map(|code| {
            let text = "A finding of a newer napcheck; see the message of each result.";
            json!({
                "id": code,
                "name": rules::name(code),
                "shortDescription": { "text": text },
                "fullDescription": { "text": text },
                "help": { "text": text, "markdown": text },
                "helpUri": help_uri(base, "the-codes-of-napcheck-validate"),
            })
        }));
        json!({
            "name": "napcheck",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": env!("CARGO_PKG_REPOSITORY"),
            "rules": rules,
        })
    }

    fn result(&mut self, value: &Value) -> io::Result<()> {
        if self.results > 0 {
            self.out.write_all(b",")?;
        }
        self.results += 1;
        self.out.write_all(b"\n")?;
        serde_json::to_writer(&mut self.out, value)?;
        Ok(())
    }
}

/// Where `docs/codes.md` is without `--help-base`: the main branch of the
/// repository named by Cargo.toml's `repository`.
pub(crate) const DEFAULT_HELP_BASE: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main");

/// The page of a code: its anchor in `docs/codes.md` under `base`.
fn help_uri(base: &str, anchor: &str) -> String {
    format!("{base}/docs/codes.md#{anchor}")
}

fn rule(rule: &Rule, base: &str) -> Value {
    let text = format!(
        "{}\n\nExample: {}\n\nHow to fix it: {}",
        rule.full, rule.example, rule.fix
    );
    let markdown = format!(
        "{}\n\nExample:\n\n```\n{}\n```\n\n**How to fix it:** {}",
        rule.full, rule.example, rule.fix
    );
    json!({
        "id": rule.code,
        "name": rules::name(rule.code),
        "shortDescription": { "text": rule.short },
        "fullDescription": { "text": rule.full },
        "help": { "text": text, "markdown": markdown },
        "helpUri": help_uri(base, rule.code),
        "defaultConfiguration": { "level": rule.level.sarif() },
    })
}

/// The artifact location of an input: relative to `%SRCROOT%` and
/// percent-encoded, or a `file:` URI for an absolute path.
fn artifact_location(name: &str) -> Value {
    let encoded = utf8_percent_encode(name, PATH_SEGMENT).to_string();
    if name.starts_with('/') {
        json!({ "uri": format!("file://{encoded}") })
    } else if name.as_bytes().get(1) == Some(&b':') && name.as_bytes().get(2) == Some(&b'/') {
        // A Windows drive path, `C:/data/a.json`.
        json!({ "uri": format!("file:///{encoded}") })
    } else {
        json!({ "uri": encoded, "uriBaseId": SRCROOT })
    }
}

/// A fingerprint that stays when lines move: the code, the file, the
/// pointer and the criteria concerned.
fn fingerprint(code: &str, name: &str, pointer: &str, criteria: &[String]) -> String {
    let mut hash = Sha256::new();
    for part in [code, name, pointer]
        .into_iter()
        .chain(criteria.iter().map(String::as_str))
    {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl<W: Write> Reporter for Sarif<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.start()?;
        let location = |line: usize, column: usize| {
            json!([{ "physicalLocation": {
                "artifactLocation": artifact_location(&outcome.name),
                "region": { "startLine": line, "startColumn": column },
            } }])
        };
        if let Some(reason) = &outcome.unreadable {
            let code = "unreadable-input";
            let result = json!({
                "ruleId": code,
                "ruleIndex": self.rule_index(code),
                "level": "error",
                "message": { "text": format!("{}: {reason}", outcome.name) },
                "locations": location(1, 1),
                "partialFingerprints": { "napcheck/v1": fingerprint(code, &outcome.name, "", &[]) },
            });
            self.result(&result)?;
        }
        for d in &outcome.diagnostics {
            let mut properties = json!({ "pointer": d.pointer, "layer": d.layer.name() });
            if !d.criteria.is_empty() {
                properties["criteria"] = json!(d.criteria);
            }
            let result = json!({
                "ruleId": d.code,
                "ruleIndex": self.rule_index(&d.code),
                "level": match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                "message": { "text": d.message },
                "locations": location(d.position.line, d.position.column),
                "partialFingerprints": {
                    "napcheck/v1": fingerprint(&d.code, &outcome.name, &d.pointer, &d.criteria),
                },
                "properties": properties,
            });
            self.result(&result)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.start()?;
        let invocation = json!([{
            "executionSuccessful": summary.unreadable == 0,
            "properties": {
                "files": summary.files,
                "valid": summary.valid,
                "invalid": summary.invalid,
                "unreadable": summary.unreadable,
                "findings": summary.findings,
            },
        }]);
        let driver = self.driver();
        write!(
            self.out,
            "\n],\"tool\":{{\"driver\":{driver}}},\"invocations\":{invocation}}}]}}\n"
        )?;
        flush(&mut self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_valid_uri_references() {
        let uri = |name: &str| artifact_location(name)["uri"].as_str().unwrap().to_owned();
        assert_eq!(uri("data/a b.json"), "data/a%20b.json");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("a:b/c.json"), "a%3Ab/c.json");
        assert_eq!(uri("x\r\ny.json"), "x%0D%0Ay.json");
        assert_eq!(uri("50%#?.json"), "50%25%23%3F.json");
        assert_eq!(uri("qəbul.json"), "q%C9%99bul.json");
        assert_eq!(uri("/abs/a.json"), "file:///abs/a.json");
        assert_eq!(artifact_location("a.json")["uriBaseId"], SRCROOT);
        assert!(artifact_location("/abs/a.json").get("uriBaseId").is_none());
    }
}
