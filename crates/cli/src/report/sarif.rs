//! The sarif format: one SARIF 2.1.0 log with a run whose tool lists every
//! code as a rule, and a result per finding. The results array is written
//! as outcomes arrive, so the log is streamed, not held; the tool and its
//! rules follow the results (member order does not matter in JSON).

use super::rules::Rules;
use super::{flush, Out, Reporter};
use crate::validate::outcome::{Outcome, Summary};
use napcheck_core::Severity;
use serde_json::{json, Value};
use std::io::{self, Write};

/// The sarif reporter.
pub(crate) struct Sarif {
    out: Out,
    started: bool,
    results: usize,
    rules: Rules,
}

impl Sarif {
    /// Writes to `out`.
    pub(crate) fn new(out: Out) -> Self {
        Sarif {
            out,
            started: false,
            results: 0,
            rules: Rules::default(),
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            self.out.write_all(
                b"{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"results\":[",
            )?;
        }
        Ok(())
    }

    fn driver(&self) -> Value {
        let rules: Vec<Value> = self
            .rules
            .all()
            .map(|(code, description)| {
                json!({
                    "id": code,
                    "name": code,
                    "shortDescription": { "text": description },
                    "helpUri": "https://example.invalid/napcheck/napcheck/blob/main/docs/cli.md",
                })
            })
            .collect();
        json!({
            "name": "napcheck",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://example.invalid/napcheck/napcheck",
            "rules": rules,
        })
    }

    fn rule(&mut self, code: &str) -> Value {
        json!({ "ruleId": code, "ruleIndex": self.rules.index(code) })
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

/// A path as a URI reference (relative paths stay relative).
fn uri(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

impl Reporter for Sarif {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.start()?;
        let location = |region: Option<Value>| {
            let mut physical = json!({ "artifactLocation": { "uri": uri(&outcome.name) } });
            if let Some(region) = region {
                physical["region"] = region;
            }
            json!([{ "physicalLocation": physical }])
        };
        if let Some(reason) = &outcome.unreadable {
            let mut result = self.rule("unreadable-input");
            result["level"] = json!("error");
            result["message"] = json!({ "text": format!("cannot read: {reason}") });
            result["locations"] = location(None);
            self.result(&result)?;
        }
        for d in &outcome.diagnostics {
            let mut result = self.rule(&d.code);
            result["level"] = json!(match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            });
            result["message"] = json!({ "text": d.message });
            result["locations"] = location(Some(json!({
                "startLine": d.position.line,
                "startColumn": d.position.column,
            })));
            result["properties"] = json!({ "pointer": d.pointer, "layer": d.layer.name() });
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
