//! The output formats of `validate`. A reporter receives each outcome in
//! path order as soon as its batch is checked, and the summary at the end;
//! it writes as it goes and keeps nothing but counts.

mod github;
mod human;
pub(crate) mod json;
pub(crate) mod rules;
mod sarif;
pub(crate) mod words;

use crate::args::Format;
use napcheck_cli::check::outcome::{Deny, Outcome, Summary};
use napcheck_core::Lang;
use std::io::{self, BufWriter, Write};

/// Writes outcomes in one format.
pub(crate) trait Reporter {
    /// One input's outcome.
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// The totals; flushes the output.
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

/// The reporter for `format`, writing to standard output; `deny` decides
/// which files are valid, `lang` the words of the text formats, `help_base`
/// where SARIF's rules find `docs/codes.md`.
pub(crate) fn reporter(
    format: Format,
    deny: &Deny,
    lang: Lang,
    help_base: Option<&str>,
) -> Box<dyn Reporter> {
    let out = BufWriter::new(io::stdout().lock());
    match format {
        Format::Human => Box::new(human::Human::new(out, words::denied(lang, deny), lang)),
        Format::Json => Box::new(json::Json::new(out, deny.clone())),
        Format::Github => Box::new(github::Github::new(out, lang)),
        Format::Sarif => Box::new(sarif::Sarif::new(out, help_base)),
    }
}

/// Flushes, treating a closed pipe (`napcheck … | head`) as success.
pub(crate) fn flush(out: &mut impl Write) -> io::Result<()> {
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use napcheck_cli::check::outcome::{Diagnostic, Layer};
    use napcheck_core::{Position, Severity};

    /// One invalid file with one located finding, in every format, written
    /// to memory.
    fn written(format: Format) -> String {
        let outcome = Outcome {
            name: "a.json".into(),
            diagnostics: vec![Diagnostic {
                code: "json-syntax".into(),
                severity: Severity::Error,
                pointer: String::new(),
                position: Position { line: 2, column: 3 },
                message: "The file is not valid JSON: x.".into(),
                layer: Layer::Syntax,
                criteria: Vec::new(),
            }],
            unreadable: None,
            walk_error: false,
        };
        let deny = Deny::default();
        let mut summary = Summary::default();
        summary.add(&outcome, &deny);
        let mut out = Vec::new();
        {
            let lang = Lang::En;
            let mut reporter: Box<dyn Reporter + '_> = match format {
                Format::Human => Box::new(human::Human::new(&mut out, None, lang)),
                Format::Json => Box::new(json::Json::new(&mut out, deny)),
                Format::Github => Box::new(github::Github::new(&mut out, lang)),
                Format::Sarif => Box::new(sarif::Sarif::new(&mut out, None)),
            };
            reporter.outcome(&outcome).unwrap();
            reporter.finish(&summary).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_format_writes_to_any_writer() {
        let human = written(Format::Human);
        assert!(human.contains("a.json"), "{human}");
        assert!(human.contains("2:3"), "{human}");
        assert!(human.contains("1 file checked: 0 valid, 1 invalid, 1 finding"));
        let json = written(Format::Json);
        let records: Vec<serde_json::Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(records[0]["code"], "json-syntax");
        assert_eq!(
            (records[0]["line"].as_u64(), records[0]["column"].as_u64()),
            (Some(2), Some(3))
        );
        assert_eq!(records.last().unwrap()["type"], "summary");
        let github = written(Format::Github);
        assert!(
            github.contains("a.json") && github.contains("json-syntax"),
            "{github}"
        );
        let sarif: serde_json::Value = serde_json::from_str(&written(Format::Sarif)).unwrap();
        let result = &sarif["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "json-syntax");
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (region["startLine"].as_u64(), region["startColumn"].as_u64()),
            (Some(2), Some(3))
        );
    }
}
