//! `napcheck validate`: expands the paths, checks the inputs in parallel in
//! bounded batches (so memory stays flat however many files there are),
//! and streams each outcome to the reporter in path order. The check of one
//! in-memory document ([`Checker`]) is shared with `napcheck serve` and
//! `napcheck report`, so a submission meets exactly the layers a file does.
//! A `*.reply.json` input is a body's reply (`check::reply`), a
//! `round.json` a round's manifest (`check::round`).
//! Paths that hold no input at all are refused (exit 2) unless
//! `--allow-empty`.

pub(crate) mod format;
use napcheck_cli::check::{document, outcome};

use crate::args::ValidateArgs;
use crate::checker::Checker;
use crate::failure::Failure;
use crate::input::paths as inputs;
use crate::input::{read, words as io_words};
use document::Context;
use format::{self as report, rules};
use inputs::Input;
use napcheck_core::Lang;
use outcome::{Deny, Outcome, Summary};
use rayon::prelude::*;
use std::process::ExitCode;

/// Inputs checked per parallel batch; outcomes are written between batches.
const BATCH: usize = 512;

/// Runs the command; the exit code follows the outcomes.
pub(crate) fn run(args: &ValidateArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let deny = deny(args.deny_warnings.as_deref(), lang)?;
    let checker = Checker::new(&args.check)?;
    let cx = checker.context(lang)?;
    let mut reporter = report::reporter(args.format, &deny, lang, args.help_base.as_deref());
    let mut summary = Summary::default();
    for path in &args.crosswalk {
        let outcome = check_crosswalk(path, &cx);
        summary.add(&outcome, &deny);
        reporter.outcome(&outcome)?;
    }
    // With only crosswalks to check, the current directory is not searched.
    let only_crosswalks = args.paths.is_empty() && !args.crosswalk.is_empty();
    let expanded = if only_crosswalks {
        inputs::Expanded::default()
    } else {
        inputs::expand(&args.paths, args.jsonl)
    };
    if expanded.inputs.is_empty() && !only_crosswalks && !args.allow_empty {
        return Err(Failure(io_words::nothing_found(
            lang,
            &expanded.searched,
            args.jsonl,
        )));
    }
    for batch in expanded.inputs.chunks(BATCH) {
        let outcomes: Vec<Outcome> = batch
            .par_iter()
            .map(|input| check_input(input, args, &cx))
            .collect();
        for outcome in &outcomes {
            summary.add(outcome, &deny);
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
            walk_error: false,
        },
        Err(error) => Outcome {
            name,
            diagnostics: Vec::new(),
            unreadable: Some(error.to_string()),
            walk_error: false,
        },
    }
}

/// `--deny-warnings[=CODE,...]` as a [`Deny`]; a code that names no
/// warning is a usage error (a typo would otherwise deny nothing).
fn deny(option: Option<&[String]>, lang: Lang) -> Result<Deny, Failure> {
    let Some(codes) = option else {
        return Ok(Deny::Errors);
    };
    if codes.is_empty() {
        return Ok(Deny::AllWarnings);
    }
    let warnings: Vec<&str> = rules::RULES
        .iter()
        .filter(|rule| rule.level == rules::Level::Warning)
        .map(|rule| rule.code)
        .collect();
    for code in codes {
        if !warnings.contains(&code.as_str()) {
            return Err(Failure(report::words::not_a_warning_code(
                lang, code, &warnings,
            )));
        }
    }
    Ok(Deny::Codes(codes.to_vec()))
}

fn check_input(input: &Input, args: &ValidateArgs, cx: &Context<'_>) -> Outcome {
    let name = input.name();
    let walk_error = matches!(input, Input::Unwalkable { .. });
    let text = match read::read(input, args.max_size, cx.lang) {
        read::Read::Text(text) => text,
        read::Read::Refused(diagnostic) => {
            return Outcome {
                name,
                diagnostics: vec![diagnostic],
                unreadable: None,
                walk_error,
            }
        }
        read::Read::Unreadable(reason) => {
            return Outcome {
                name,
                diagnostics: Vec::new(),
                unreadable: Some(reason.text(cx.lang)),
                walk_error,
            }
        }
    };
    let is_lines = input.is_jsonl_by_name()
        || (args.jsonl && (matches!(input, Input::Stdin) || !name.ends_with(".json")));
    let diagnostics = if is_lines {
        check_lines(&text, cx)
    } else if napcheck_cli::check::reply::is_reply(&name) {
        napcheck_cli::check::reply::check(&text, cx).diagnostics
    } else if napcheck_cli::check::round::is_manifest(&name) {
        napcheck_cli::check::round::check(&text, cx.lang).diagnostics
    } else {
        document::check(&text, cx)
    };
    Outcome {
        name,
        diagnostics,
        unreadable: None,
        walk_error,
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
