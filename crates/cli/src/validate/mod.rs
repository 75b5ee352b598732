//! `napcheck validate`: expands the paths, checks the inputs in parallel in
//! bounded batches (so memory stays flat however many files there are),
//! and streams each outcome to the reporter in path order.

mod inputs;
mod read;
pub(crate) use napcheck_cli::check::outcome;
pub(crate) use read::DEFAULT_MAX_SIZE;

use crate::args::ValidateArgs;
use crate::failure::Failure;
use crate::report;
use inputs::Input;
use napcheck_cli::check::document::{self, Context};
use napcheck_core::Lang;
use outcome::{Outcome, Summary};
use rayon::prelude::*;
use std::process::ExitCode;

/// Inputs checked per parallel batch; outcomes are written between batches.
const BATCH: usize = 512;

/// Runs the command; the exit code follows the outcomes.
pub(crate) fn run(args: &ValidateArgs) -> Result<ExitCode, Failure> {
    let catalogue = crate::setup::catalogue(&args.check)?;
    let today = crate::setup::today(&args.check)?;
    let validator = napcheck_cli::check::validator().map_err(Failure)?;
    let cx = Context {
        validator: &validator,
        catalogue: &catalogue,
        today,
        lang: Lang::from(args.check.lang),
    };
    let inputs = inputs::expand(&args.paths, args.jsonl);
    let mut reporter = report::reporter(args.format, args.deny_warnings);
    let mut summary = Summary::default();
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
