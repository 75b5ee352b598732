//! The command line as clap definitions: every command, option and help
//! text lives here, and nothing else does. Completions and the man page are
//! generated from these same definitions.

use clap::{Args, Parser, Subcommand, ValueEnum};
use napcheck_core::{Day, Lang};
use std::path::PathBuf;

/// What the exit codes mean; shown under `--help`.
const EXIT_CODES: &str = "\
Exit codes:
  0  every assessment is valid (warnings allowed unless --deny-warnings)
  1  at least one assessment is invalid
  2  usage error, unreadable input or internal failure";

/// Check Azerbaijani government websites against Open Government National
/// Action Plan commitments: validate, score and explore assessments.
#[derive(Debug, Parser)]
#[command(name = "napcheck", version, about, after_help = EXIT_CODES)]
pub(crate) struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Validate assessments: JSON syntax, the published schema and the
    /// semantic checks, every finding with its line and column.
    #[command(after_help = EXIT_CODES)]
    Validate(ValidateArgs),
    /// Evaluate one assessment: each rating with its explanation, per
    /// commitment and overall.
    #[command(after_help = EXIT_CODES)]
    Score(ScoreArgs),
    /// The bundled criteria sets.
    #[command(subcommand)]
    Criteria(CriteriaCommand),
    /// Print a published JSON Schema.
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: SchemaName,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from these definitions.
    Man,
}

/// Options shared by the commands that read assessments.
#[derive(Debug, Args)]
pub(crate) struct CheckOptions {
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::Az)]
    pub(crate) lang: LangArg,
    /// A custom criteria set (JSON) to resolve assessments against, in
    /// addition to the bundled ones. May be repeated.
    #[arg(long, value_name = "FILE")]
    pub(crate) criteria: Vec<PathBuf>,
    /// The latest plausible date, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub(crate) today: Option<Day>,
}

/// `napcheck validate`.
#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Files, directories (searched for *.json, honouring .gitignore),
    /// globs, or `-` for standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<String>,
    /// Read one assessment per line (JSON Lines).
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Treat warnings as errors: a file with warnings is invalid.
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// Refuse any input larger than this many bytes (a whole JSON Lines
    /// file included) as invalid (`too-large`), without reading it into
    /// memory. Default: 32 MiB.
    #[arg(long, value_name = "BYTES", default_value_t = crate::validate::DEFAULT_MAX_SIZE, hide_default_value = true)]
    pub(crate) max_size: u64,
    /// Shared options.
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck score`.
#[derive(Debug, Args)]
pub(crate) struct ScoreArgs {
    /// The assessment, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub(crate) file: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SimpleFormat::Human)]
    pub(crate) format: SimpleFormat,
    /// Shared options.
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck criteria …`.
#[derive(Debug, Subcommand)]
pub(crate) enum CriteriaCommand {
    /// List the criteria sets.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = SimpleFormat::Human)]
        format: SimpleFormat,
        /// Language of titles.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
    },
    /// Show one set: its commitments and criteria.
    Show {
        /// The set's id, e.g. `az-nap-2016-2018`.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = SimpleFormat::Human)]
        format: SimpleFormat,
        /// Language of titles and questions.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
    },
    /// Print one set as JSON (a starting point for a custom set).
    Export {
        /// The set's id.
        id: String,
    },
}

/// The output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Grouped by file, colored on a terminal, with a summary line.
    Human,
    /// One JSON record per line.
    Json,
    /// GitHub Actions workflow commands (pull-request annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
}

/// The output formats of the other commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SimpleFormat {
    /// Text for people.
    Human,
    /// JSON.
    Json,
}

/// A message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    /// Azerbaijani.
    Az,
    /// English.
    En,
    /// Russian.
    Ru,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Az => Lang::Az,
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
        }
    }
}

/// The published schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SchemaName {
    /// An assessment.
    Assessment,
    /// A criteria set.
    CriteriaSet,
    /// The body register.
    Bodies,
}

fn parse_day(text: &str) -> Result<Day, String> {
    text.parse()
        .map_err(|e: napcheck_core::InvalidDay| e.to_string())
}
