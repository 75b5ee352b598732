//! The commands about napcheck itself: the published schemas, shell
//! completions and the man page, all generated (the schemas from the core's
//! types, the rest from the clap definitions in `args`).

use crate::args::{Cli, SchemaName};
use crate::failure::Failure;
use clap::CommandFactory;
use std::io::Write;
use std::process::ExitCode;

/// `napcheck schema NAME`: the schema, exactly as committed under `schemas/`.
pub(crate) fn schema(which: SchemaName) -> Result<ExitCode, Failure> {
    let value = match which {
        SchemaName::Assessment => napcheck_core::schema::assessment(),
        SchemaName::CriteriaSet => napcheck_core::schema::criteria_set(),
        SchemaName::Bodies => napcheck_core::schema::bodies(),
        SchemaName::Crosswalk => napcheck_core::schema::crosswalk(),
        SchemaName::Hints => napcheck_core::schema::hints(),
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &value)?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// `napcheck completions SHELL`.
pub(crate) fn completions(shell: clap_complete::Shell) -> Result<ExitCode, Failure> {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "napcheck", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}

/// `napcheck man`: the roff page, e.g. `napcheck man > napcheck.1`.
pub(crate) fn man() -> Result<ExitCode, Failure> {
    let mut out = std::io::stdout().lock();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(ExitCode::SUCCESS)
}
