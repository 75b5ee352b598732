//! The commands about napcheck itself: the published schemas, shell
//! completions and the man page, all generated (the schemas from the core's
//! types, the rest from the clap definitions in `args`).

use crate::args::{Cli, ManArgs, SchemaName};
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
        SchemaName::Reply => napcheck_core::schema::reply(),
        SchemaName::Round => napcheck_core::schema::round(),
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

/// The date on the man pages (`.TH`): the day this version's pages were
/// last revised; change it with the version.
const MAN_DATE: &str = "2026-11-30";

/// `napcheck man [COMMAND...] [--out-dir DIR]`: one roff page to standard
/// output (`napcheck man validate > napcheck-validate.1`), or every page,
/// each command's with its own options, written to DIR.
pub(crate) fn man(args: &ManArgs) -> Result<ExitCode, Failure> {
    let mut root = Cli::command().disable_help_subcommand(true);
    // Building names the subcommands `napcheck-validate`, ... as man expects.
    root.build();
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display())))?;
        let mut pending = vec![root];
        while let Some(command) = pending.pop() {
            pending.extend(
                command
                    .get_subcommands()
                    .filter(|c| !c.is_hide_set())
                    .cloned(),
            );
            let page = page(command);
            let path = dir.join(page.get_filename());
            let mut file = std::fs::File::create(&path)
                .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
            page.render(&mut file)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut command = root;
    for name in &args.command {
        command = command.find_subcommand(name).cloned().ok_or_else(|| {
            Failure(format!(
                "`{name}` is not a command of `{}`; `napcheck --help` lists them",
                command.get_display_name().unwrap_or("napcheck")
            ))
        })?;
    }
    page(command).render(&mut std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}

/// The page of one (built) command, dated, from napcheck of this version.
fn page(command: clap::Command) -> clap_mangen::Man {
    clap_mangen::Man::new(command)
        .date(MAN_DATE)
        .source(concat!("napcheck ", env!("CARGO_PKG_VERSION")))
        .manual("napcheck manual")
}
