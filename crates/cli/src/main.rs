//! `napcheck`, the command line of napcheck: validate assessments of
//! government websites in CI, score one, explore the criteria sets, print
//! the schemas. This file only parses the arguments, dispatches, and turns
//! failures into exit code 2; each command lives in its own module.

mod args;
mod checker;
mod criteria;
mod crosswalk_files;
mod dataset_report;
mod failure;
mod input;
mod located;
mod meta;
mod migrate;
mod probe;
mod review;
mod score;
mod serve;
mod setup;
mod template;
mod terminal;
mod validate;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// mimalloc: `validate` parses many small documents and is allocation-bound.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let lang = cli.command.lang();
    failure::speak(lang);
    let result = match &cli.command {
        Command::Validate(args) => validate::run(args),
        Command::Score(args) => score::run(args),
        Command::Report(args) => dataset_report::run(args),
        Command::Migrate(args) => migrate::run(args),
        Command::Criteria(command) => criteria::run(command),
        Command::Schema { which } => meta::schema(*which),
        Command::Serve(args) => serve::run(args),
        Command::Review(command) => review::run(command),
        Command::Probe(args) => probe::run(args),
        Command::Completions { shell } => meta::completions(*shell),
        Command::Man(args) => meta::man(args),
    };
    match result {
        Ok(code) => code,
        Err(_) if failure::pipe_closed() => ExitCode::SUCCESS,
        Err(failure) => {
            // A failure may quote a path or text from an input: its lines
            // are escaped one by one (its own line breaks kept).
            eprintln!(
                "{}{}",
                failure::error_prefix(lang),
                terminal::escape_lines(&failure.to_string())
            );
            ExitCode::from(2)
        }
    }
}
