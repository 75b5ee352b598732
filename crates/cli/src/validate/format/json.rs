//! The json format: one JSON record per line (`finding`, `file`, then one
//! `summary`), so a consumer can stream it and the output always parses,
//! unreadable inputs included.

use super::{flush, Reporter};
use napcheck_cli::check::outcome::{Deny, Diagnostic, Outcome, Summary};
use serde_json::json;
use std::io::{self, Write};

/// The record of one finding, as `validate --format json` writes it and as
/// `serve` answers a refused submission.
pub(crate) fn finding_record(file: &str, d: &Diagnostic) -> serde_json::Value {
    let mut record = json!({
        "type": "finding",
        "file": file,
        "line": d.position.line,
        "column": d.position.column,
        "pointer": d.pointer,
        "code": d.code,
        "severity": d.severity,
        "layer": d.layer.name(),
        "message": d.message,
    });
    if !d.criteria.is_empty() {
        record["criteria"] = json!(d.criteria);
    }
    record
}

/// The json reporter.
pub(crate) struct Json<W: Write> {
    out: W,
    deny: Deny,
}

impl<W: Write> Json<W> {
    /// Writes to `out`.
    pub(crate) fn new(out: W, deny: Deny) -> Self {
        Json { out, deny }
    }

    fn record(&mut self, value: &serde_json::Value) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, value)?;
        self.out.write_all(b"\n")
    }
}

impl<W: Write> Reporter for Json<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        for d in &outcome.diagnostics {
            self.record(&finding_record(&outcome.name, d))?;
        }
        // A directory a walk could not enter is not a file.
        let kind = if outcome.walk_error {
            "directory"
        } else {
            "file"
        };
        let mut file = json!({
            "type": kind,
            "file": outcome.name,
            "valid": outcome.is_valid(&self.deny),
            "errors": outcome.errors(),
            "warnings": outcome.warnings(),
        });
        if let Some(reason) = &outcome.unreadable {
            file["unreadable"] = json!(reason);
        }
        self.record(&file)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        self.record(&json!({
            "type": "summary",
            "files": summary.files,
            "valid": summary.valid,
            "invalid": summary.invalid,
            "unreadable": summary.unreadable,
            "findings": summary.findings,
        }))?;
        flush(&mut self.out)
    }
}
