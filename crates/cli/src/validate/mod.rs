//! `napcheck validate`: expands the paths, checks the inputs in parallel in
//! bounded batches (so memory stays flat however many files there are),
//! and streams each outcome to the reporter in path order. The check of one
//! in-memory document ([`Checker`]) is shared with `napcheck serve` and
//! `napcheck report`, so a submission meets exactly the layers a file does.

mod checker;
pub(crate) mod inputs;
pub(crate) mod read;
pub(crate) use napcheck_cli::check::{document, outcome};
pub(crate) use read::DEFAULT_MAX_SIZE;

use crate::args::ValidateArgs;
use crate::failure::Failure;
use crate::report;
pub(crate) use checker::Checker;
use document::Context;
use inputs::Input;
use napcheck_core::Lang;
use outcome::{Outcome, Summary};
use rayon::prelude::*;
use std::process::ExitCode;

/// Inputs checked per parallel batch; outcomes are written between batches.
const BATCH: usize = 512;

/// Runs the command; the exit code follows the outcomes.
pub(crate) fn run(args: &ValidateArgs) -> Result<ExitCode, Failure> {
    let checker = Checker::new(&args.check)?;
    let cx = checker.context(Lang::from(args.check.lang))?;
    let mut reporter = report::reporter(args.format, args.deny_warnings);
    let mut summary = Summary::default();
    for path in &args.crosswalk {
        let outcome = check_crosswalk(path, &cx);
        summary.add(&outcome, args.deny_warnings);
        reporter.outcome(&outcome)?;
    }
    // With only crosswalks to check, the current directory is not searched.
    let inputs = if args.paths.is_empty() && !args.crosswalk.is_empty() {
        Vec::new()
    } else {
        inputs::expand(&args.paths, args.jsonl)
    };
    for batch in inputs.chunks(BATCH) {
        let outcomes: Vec<Outcome> = batch
            .par_iter()
            .map(|input| check_input(input, args, &cx))
            .collect();
        for outcome in &outcomes {
            summary.add(outcome, args.deny_warnings);
            reporter.outcome(outcome)?;
        }
    }
    reporter.finish(&summary)?;
    Ok(if summary.unreadable > 0 {
        ExitCode::from(2)
    } else if summary.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A crosswalk file: its located findings, as an input's.
fn check_crosswalk(path: &std::path::Path, cx: &Context<'_>) -> Outcome {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => Outcome {
            name,
            diagnostics: napcheck_cli::check::crosswalk::check(&text, cx.catalogue, cx.lang).0,
            unreadable: None,
        },
        Err(error) => Outcome {
            name,
            diagnostics: Vec::new(),
            unreadable: Some(error.to_string()),
        },
    }
}

fn check_input(input: &Input, args: &ValidateArgs, cx: &Context<'_>) -> Outcome {
    let name = input.name();
    let text = match read::read(input, args.max_size, cx.lang) {
        read::Read::Text(text) => text,
        read::Read::Refused(diagnostic) => {
            return Outcome {
                name,
                diagnostics: vec![diagnostic],
                unreadable: None,
            }
        }
        read::Read::Unreadable(reason) => {
            return Outcome {
                name,
                diagnostics: Vec::new(),
                unreadable: Some(reason),
            }
        }
    };
    let is_lines = args.jsonl && (matches!(input, Input::Stdin) || !name.ends_with(".json"));
    let diagnostics = if is_lines {
        check_lines(&text, cx)
    } else {
        document::check(&text, cx)
    };
    Outcome {
        name,
        diagnostics,
        unreadable: None,
    }
}

/// JSON Lines: each non-blank line is one assessment; lines are counted in
/// the whole file.
fn check_lines(text: &str, cx: &Context<'_>) -> Vec<outcome::Diagnostic> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        for mut diagnostic in document::check(line, cx) {
            diagnostic.position.line += index;
            out.push(diagnostic);
        }
    }
    out
}
