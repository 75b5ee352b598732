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

/// What the exit codes of `validate` mean; shown under `validate --help`.
const VALIDATE_EXIT_CODES: &str = "\
Exit codes:
  0  every assessment is valid (warnings allowed unless --deny-warnings)
  1  at least one assessment is invalid
  2  usage error, unreadable input, no assessment found (without --allow-empty)
     or internal failure";

/// What the exit codes of `report` mean; shown under `report --help`.
const REPORT_EXIT_CODES: &str = "\
Exit codes:
  0  the report covers every input
  1  the report was made, but invalid inputs were left out (listed on stderr)
  2  usage error, unreadable input, no assessment found (without --allow-empty)
     or internal failure";

/// What the exit codes of `migrate` mean; shown under `migrate --help`.
const MIGRATE_EXIT_CODES: &str = "\
Exit codes:
  0  every assessment was migrated
  1  at least one assessment could not be migrated (invalid, or no crosswalk)
  2  usage error, unreadable input, an invalid crosswalk or internal failure";

/// What the exit codes of `probe` mean; shown under `probe --help`.
const PROBE_EXIT_CODES: &str = "\
Exit codes:
  0  the hints document was written (a site that could not be checked says why in it)
  2  usage error, unreadable input or internal failure";

/// Check Azerbaijani government websites against Open Government National
/// Action Plan commitments: validate, score and explore assessments.
#[derive(Debug, Parser)]
#[command(name = "napcheck", version, after_help = EXIT_CODES)]
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
    #[command(after_help = VALIDATE_EXIT_CODES)]
    Validate(ValidateArgs),
    /// Evaluate one assessment: each rating with its explanation, per
    /// commitment and overall.
    #[command(after_help = EXIT_CODES)]
    Score(ScoreArgs),
    /// Aggregate a dataset of assessments into a monitoring report: bodies
    /// at each rating per criterion and kind of body, per-body and
    /// per-commitment scores, freshness of dates. Invalid inputs are
    /// reported on standard error and left out of the figures.
    #[command(after_help = REPORT_EXIT_CODES)]
    Report(ReportArgs),
    /// Move assessments to a newer criteria set: through a crosswalk between
    /// NAP editions, or to a newer minor or patch version of the same set.
    /// Answers that cannot move are kept in `migration.not_migrated` with
    /// the reason; a summary goes to standard error.
    #[command(after_help = MIGRATE_EXIT_CODES)]
    Migrate(MigrateArgs),
    /// The bundled criteria sets.
    #[command(subcommand)]
    Criteria(CriteriaCommand),
    /// Print a published JSON Schema.
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: SchemaName,
    },
    /// Serve the widget, the embed script and a demo host page; with
    /// --collect, also accept submissions at POST /api/assessments.
    Serve(ServeArgs),
    /// Review the submissions collected in a directory: list them, show
    /// one, accept or reject it with a reason (kept in DIR/.reviews/).
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Draft hints from the websites themselves: reachable, HTTPS, mobile
    /// layout, social links, search, council, procurement and e-services
    /// sections, newest news date, feedback form. Hints are not answers.
    #[command(after_help = PROBE_EXIT_CODES)]
    Probe(ProbeArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff), generated from these definitions: the
    /// top-level page, or a command's (`napcheck man validate`); with
    /// --out-dir, write every page (napcheck.1, napcheck-validate.1, ...).
    Man(ManArgs),
}

impl Command {
    /// The language the command speaks in (its `--lang`); English for the
    /// commands without one (schema, completions, man), whose output is
    /// for tools.
    pub(crate) fn lang(&self) -> Lang {
        let lang = match self {
            Command::Validate(args) => args.check.lang,
            Command::Score(args) => args.check.lang,
            Command::Report(args) => args.check.lang,
            Command::Migrate(args) => args.check.lang,
            Command::Serve(args) => args.check.lang,
            Command::Probe(args) => args.lang,
            Command::Criteria(
                CriteriaCommand::List { lang, .. } | CriteriaCommand::Show { lang, .. },
            ) => *lang,
            Command::Criteria(CriteriaCommand::Export { lang, .. }) => lang.unwrap_or(LangArg::En),
            Command::Review(ReviewCommand::List(args)) => args.check.lang,
            Command::Review(ReviewCommand::Show(args)) => args.check.lang,
            Command::Review(ReviewCommand::Accept(args) | ReviewCommand::Reject(args)) => args.lang,
            Command::Review(ReviewCommand::AddReviewer(args)) => args.lang,
            Command::Schema { .. } | Command::Completions { .. } | Command::Man(_) => LangArg::En,
        };
        lang.into()
    }
}

/// `napcheck man`.
#[derive(Debug, Args)]
pub(crate) struct ManArgs {
    /// The command whose page to print, e.g. `validate` or `criteria list`.
    #[arg(value_name = "COMMAND")]
    pub(crate) command: Vec<String>,
    /// Write the pages of napcheck and of every command into this directory.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub(crate) out_dir: Option<PathBuf>,
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
    /// Read standard input and files of any name as JSON Lines (one
    /// assessment per line), and walk directories for *.jsonl too. A file
    /// named *.jsonl is always read as JSON Lines.
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Treat warnings as errors: alone, every warning makes a file invalid;
    /// with codes (`--deny-warnings=date-after-check,...`), only those.
    #[arg(
        long,
        value_name = "CODE",
        num_args = 0..,
        value_delimiter = ',',
        require_equals = true
    )]
    pub(crate) deny_warnings: Option<Vec<String>>,
    /// Exit 0 when the paths hold no assessment at all (by default that is
    /// exit 2: a renamed or mistyped folder must not pass).
    #[arg(long)]
    pub(crate) allow_empty: bool,
    /// A crosswalk between two criteria sets (JSON) to check instead of
    /// assessments (with PATHs, both are checked). May be repeated.
    #[arg(long, value_name = "FILE")]
    pub(crate) crosswalk: Vec<PathBuf>,
    /// Refuse any input larger than this many bytes (a whole JSON Lines
    /// file included) as invalid (`too-large`), without reading it into
    /// memory. Default: 32 MiB.
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_SIZE, hide_default_value = true)]
    pub(crate) max_size: u64,
    /// With `--format sarif`: the http(s) URL under which `docs/codes.md`
    /// is published, so each rule's `helpUri` is
    /// `URL/docs/codes.md#CODE` (e.g.
    /// https://github.com/OWNER/REPO/blob/v1; the Action passes its own
    /// repository and ref). Default: Cargo.toml's repository, `/blob/main`.
    #[arg(long, value_name = "URL", value_parser = help_base)]
    pub(crate) help_base: Option<String>,
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

/// `napcheck report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Files, directories (searched for *.json, honouring .gitignore),
    /// globs, or `-` for standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub(crate) format: ReportFormat,
    /// In a directory with a review log (DIR/.reviews, written by `napcheck
    /// review`), also count the submissions not reviewed yet; rejected ones
    /// never count. A directory without a review log counts everything.
    #[arg(long)]
    pub(crate) include_pending: bool,
    /// Make the report when the paths hold no assessment at all (by default
    /// that is exit 2).
    #[arg(long)]
    pub(crate) allow_empty: bool,
    /// The directory `--format badges` writes to (DIR/<set>/<body>.svg).
    #[arg(long, value_name = "DIR")]
    pub(crate) out: Option<PathBuf>,
    /// Compare rounds: each PATH is one round of monitoring, in the order
    /// given (at least two), named by its last component (or by as many
    /// last components as tell two rounds apart). The report says
    /// per body, criterion and commitment what improved, stayed, worsened,
    /// is new, is no longer assessed or cannot be compared; rounds on an
    /// older NAP edition are carried to the newest through the crosswalk.
    #[arg(long, conflicts_with = "rounds_by")]
    pub(crate) rounds: bool,
    /// Compare rounds within the inputs: split them by the year or the
    /// month of each assessment's check (`checked_on`), in time order.
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub(crate) rounds_by: Option<RoundsBy>,
    /// The round's comment period, FROM..UNTIL (e.g.
    /// 2026-12-01..2026-12-31): until its last day the report says it is
    /// provisional and comments are open; bodies' replies
    /// (`*.reply.json` among the paths) are shown with their ratings.
    /// Without it, the period is read from the round's manifest
    /// (`round.json` at the root of its folder); given, it overrides the
    /// manifest's (with --rounds, the newest round's; older rounds keep
    /// their own).
    #[arg(long, value_name = "FROM..UNTIL")]
    pub(crate) comment_period: Option<String>,
    /// With rounds on different NAP editions: a crosswalk (JSON) to compare
    /// them through, before the bundled ones (it replaces a bundled one
    /// between the same sets); checked as `validate --crosswalk` checks it.
    /// May be repeated.
    #[arg(long, value_name = "FILE")]
    pub(crate) crosswalk: Vec<std::path::PathBuf>,
    /// Shared options (`--lang` also sets the report's labels).
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck migrate`.
#[derive(Debug, Args)]
pub(crate) struct MigrateArgs {
    /// The assessments to migrate, or `-` for standard input.
    #[arg(value_name = "FILE", required = true)]
    pub(crate) files: Vec<String>,
    /// The set to migrate to, e.g. `az-nap-2020-2022` or
    /// `az-nap-2020-2022@1.0.0` (default: the catalogue's version).
    #[arg(long, value_name = "SET[@VERSION]")]
    pub(crate) to: String,
    /// Write each migrated assessment to DIR under its file name (required
    /// for more than one file); otherwise to standard output. An input is
    /// never overwritten.
    #[arg(long, value_name = "DIR")]
    pub(crate) out: Option<PathBuf>,
    /// A crosswalk (JSON) to use besides the bundled ones. May be repeated.
    #[arg(long, value_name = "FILE")]
    pub(crate) crosswalk: Vec<PathBuf>,
    /// Shared options (`--lang` is the language of the summary).
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck serve`.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The address to listen on (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub(crate) addr: std::net::SocketAddr,
    /// The built widget (scripts/build-web writes it to dist/).
    #[arg(long, value_name = "DIR", default_value = "dist")]
    pub(crate) dist: PathBuf,
    /// Accept submissions at POST /api/assessments and store the valid ones
    /// in DIR, one file per assessment named by its content.
    #[arg(long, value_name = "DIR")]
    pub(crate) collect: Option<PathBuf>,
    /// An origin (scheme://host[:port]) whose pages may submit; may be
    /// repeated. The server's own origin is always allowed.
    #[arg(long = "allow-origin", value_name = "ORIGIN", value_parser = parse_origin)]
    pub(crate) allow_origin: Vec<String>,
    /// The largest accepted submission, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 1_048_576)]
    pub(crate) max_body: usize,
    /// The most JSON values (objects, arrays, strings, numbers, booleans,
    /// nulls) a submission may hold; a larger one is refused (413) before it
    /// is checked.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub(crate) max_values: usize,
    /// Submissions accepted per client per minute (a client is an IPv4
    /// address or an IPv6 /64).
    #[arg(long, value_name = "N/min", default_value = "30/min", value_parser = parse_rate)]
    pub(crate) rate_limit: u32,
    /// Submissions accepted per minute from all clients together (503 beyond).
    #[arg(long, value_name = "N/min", default_value = "600/min", value_parser = parse_rate)]
    pub(crate) global_rate: u32,
    /// The most bytes the --collect directory may hold; a valid submission
    /// that would pass it is refused (507). Default: 1 GiB.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 30, hide_default_value = true)]
    pub(crate) collect_quota: u64,
    /// A reverse proxy (address or network, e.g. 127.0.0.1 or 10.0.0.0/8)
    /// whose X-Forwarded-For / Forwarded name the client and whose
    /// X-Forwarded-Proto names the scheme; may be repeated. From any other
    /// peer these headers are ignored.
    #[arg(long = "trusted-proxy", value_name = "ADDR/CIDR", value_parser = parse_net)]
    pub(crate) trusted_proxy: Vec<ipnet::IpNet>,
    /// The URL the public reaches this server at (e.g.
    /// https://napcheck.ngo.example); its origin may submit.
    #[arg(long, value_name = "URL", value_parser = parse_public_url)]
    pub(crate) public_url: Option<String>,
    /// Seconds a client has to send its request headers, then its body, and
    /// to take each part of the answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub(crate) timeout: u64,
    /// Refuse submissions with warnings too (as `validate --deny-warnings`).
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// Serve the reviewer page at /review/ (needs --collect): who may sign
    /// in, as written by `napcheck review add-reviewer FILE NAME`. Without
    /// it the page is off (404).
    #[arg(long, value_name = "FILE", requires = "collect")]
    pub(crate) reviewers: Option<PathBuf>,
    /// Shared options: --lang is the default language of refusals (a
    /// request's Accept-Language overrides it).
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck review …`.
#[derive(Debug, Subcommand)]
pub(crate) enum ReviewCommand {
    /// List the submissions with their review status.
    List(ReviewListArgs),
    /// Show one submission: its decisions and its disagreements with the
    /// body's accepted assessments.
    Show(ReviewShowArgs),
    /// Accept a submission: it counts in `report`.
    Accept(ReviewDecideArgs),
    /// Reject a submission: it does not count in `report`.
    Reject(ReviewDecideArgs),
    /// Add a reviewer to the file of `serve --reviewers FILE`: prints a new
    /// token once and stores only its SHA-256.
    AddReviewer(ReviewAddArgs),
}

/// `napcheck review add-reviewer`.
#[derive(Debug, Args)]
pub(crate) struct ReviewAddArgs {
    /// The reviewers file (created if absent, mode 600).
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// The reviewer's name, as the review log will show it.
    #[arg(value_name = "NAME")]
    pub(crate) name: String,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::Az)]
    pub(crate) lang: LangArg,
}

/// `napcheck review list`.
#[derive(Debug, Args)]
pub(crate) struct ReviewListArgs {
    /// The collect directory (`serve --collect DIR`).
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,
    /// Only submissions with this status.
    #[arg(long, value_enum)]
    pub(crate) status: Option<StatusArg>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SimpleFormat::Human)]
    pub(crate) format: SimpleFormat,
    /// Shared options.
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck review show`.
#[derive(Debug, Args)]
pub(crate) struct ReviewShowArgs {
    /// The collect directory.
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,
    /// The submission's id (its file name without .json; a unique prefix
    /// is enough).
    #[arg(value_name = "ID")]
    pub(crate) id: String,
    /// Shared options.
    #[command(flatten)]
    pub(crate) check: CheckOptions,
}

/// `napcheck review accept|reject`.
#[derive(Debug, Args)]
pub(crate) struct ReviewDecideArgs {
    /// The collect directory.
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,
    /// The submission's id (a unique prefix is enough).
    #[arg(value_name = "ID")]
    pub(crate) id: String,
    /// Who decides (a name or pseudonym, kept in the log).
    #[arg(long, value_name = "NAME")]
    pub(crate) reviewer: String,
    /// Why (kept in the log).
    #[arg(long, value_name = "TEXT")]
    pub(crate) reason: String,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::Az)]
    pub(crate) lang: LangArg,
}

/// A review status, as an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusArg {
    /// Not reviewed yet.
    Pending,
    /// Accepted.
    Accepted,
    /// Rejected.
    Rejected,
}

/// `napcheck probe`.
#[derive(Debug, Args)]
pub(crate) struct ProbeArgs {
    /// Home pages to probe (http or https).
    #[arg(value_name = "URL")]
    pub(crate) urls: Vec<String>,
    /// Also probe the URLs in FILE, one per line (`#` starts a comment;
    /// `-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub(crate) urls_from: Option<PathBuf>,
    /// Also probe every body of the register with a known website.
    #[arg(long)]
    pub(crate) register: bool,
    /// The criteria set the hints refer to (default: the newest bundled).
    #[arg(long, value_name = "SET")]
    pub(crate) criteria: Option<String>,
    /// The kind of body of a URL that is not in the register.
    #[arg(long, value_name = "KIND", default_value = "local_executive", value_parser = parse_body_kind)]
    pub(crate) body_kind: napcheck_core::BodyKind,
    /// Output format: the hints document (json), or text for people.
    #[arg(long, value_enum, default_value_t = SimpleFormat::Json)]
    pub(crate) format: SimpleFormat,
    /// Write the hints document to FILE (default: standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Also write one assessment draft per site into DIR, every answer
    /// marked `suggested_by: probe` (never scored until confirmed).
    #[arg(long, value_name = "DIR")]
    pub(crate) draft: Option<PathBuf>,
    /// Allow the private or loopback addresses that the given sites
    /// themselves resolve to (an intranet site); any other non-public
    /// address stays refused, also after redirects and in links.
    #[arg(long)]
    pub(crate) allow_private: bool,
    /// Requests in flight at once, over all sites.
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub(crate) concurrency: usize,
    /// Requests in flight at once to one host.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub(crate) per_host: usize,
    /// Pages fetched per site besides robots.txt (the home page included).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub(crate) max_pages: usize,
    /// Seconds to connect.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub(crate) connect_timeout: u64,
    /// Seconds from the request to the end of the response headers.
    #[arg(long, value_name = "SECONDS", default_value_t = 15)]
    pub(crate) header_timeout: u64,
    /// Seconds to read a whole page.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub(crate) body_timeout: u64,
    /// The largest page, declared or decompressed, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 4_194_304)]
    pub(crate) max_page_bytes: u64,
    /// Redirects followed per page.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub(crate) max_redirects: u8,
    /// Language of the notes and messages.
    #[arg(long, value_enum, default_value_t = LangArg::Az)]
    pub(crate) lang: LangArg,
    /// The day of the check, YYYY-MM-DD (default: today, UTC); dates after
    /// it are not news.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub(crate) today: Option<Day>,
}

/// A kind of body, as the schema writes it.
fn parse_body_kind(text: &str) -> Result<napcheck_core::BodyKind, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        format!("`{text}` is not a kind of body: local_executive, central_executive, municipality or other_state_body")
    })
}

/// The output formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Markdown tables.
    Md,
    /// One tidy long table: ratings per body and criterion, scores per body, counts.
    Csv,
    /// The aggregate as one JSON document.
    Json,
    /// One self-contained HTML page with SVG charts and sortable tables.
    Html,
    /// One SVG badge per body (score, coverage, round) in the --out directory.
    Badges,
    /// The tidy table of `csv` as one Parquet file with typed columns, on
    /// standard output.
    Parquet,
}

/// How `report --rounds-by` splits the inputs into rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RoundsBy {
    /// By the year of the check (`2018`).
    Year,
    /// By the month of the check (`2018-08`).
    Month,
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
        /// Only the texts in this language: the one-language slice the
        /// widget fetches (not a complete set).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
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
    /// A crosswalk between two criteria sets.
    Crosswalk,
    /// A hints document of `napcheck probe`.
    Hints,
    /// A body's reply to a rating.
    Reply,
    /// A round's manifest (`round.json`: its name and comment period).
    Round,
}

fn parse_day(text: &str) -> Result<Day, String> {
    text.parse()
        .map_err(|e: napcheck_core::InvalidDay| e.to_string())
}

/// An origin as browsers send it: `scheme://host[:port]`, no path.
fn parse_origin(text: &str) -> Result<String, String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .ok_or_else(|| {
            format!("`{text}` is not an origin: it must start with http:// or https://")
        })?;
    if rest.is_empty() || rest.contains(['/', '?', '#', '@', ' ']) {
        return Err(format!(
            "`{text}` is not an origin: write scheme://host[:port], without a path"
        ));
    }
    Ok(text.to_ascii_lowercase())
}

/// A public URL's origin: `https://host[:port]`, a trailing `/` allowed.
fn parse_public_url(text: &str) -> Result<String, String> {
    parse_origin(text.strip_suffix('/').unwrap_or(text))
}

/// An address (a /32 or /128) or a network in CIDR notation.
fn parse_net(text: &str) -> Result<ipnet::IpNet, String> {
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| {
            format!("`{text}` is not an address or network: write e.g. 127.0.0.1 or 10.0.0.0/8")
        })
}

/// `N/min`, N from 1.
fn parse_rate(text: &str) -> Result<u32, String> {
    let n = text.strip_suffix("/min").unwrap_or(text);
    match n.parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "`{text}` is not a rate: write N/min with N from 1, e.g. 30/min"
        )),
    }
}

/// `--help-base`: an absolute http(s) URL without spaces, query or fragment.
fn help_base(text: &str) -> Result<String, String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && !rest.starts_with('/')
                && !rest.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>')) =>
        {
            Ok(text.trim_end_matches('/').to_owned())
        }
        _ => Err(format!(
            "`{text}` is not an http(s) URL without spaces, query or fragment, e.g. https://github.com/OWNER/REPO/blob/v1"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_and_rates_are_checked_when_parsed() {
        assert_eq!(
            parse_origin("https://NGO.example:8443"),
            Ok("https://ngo.example:8443".into())
        );
        assert!(parse_origin("ngo.example").is_err());
        assert!(parse_origin("https://ngo.example/page").is_err());
        assert!(parse_origin("https://").is_err());
        assert_eq!(parse_rate("30/min"), Ok(30));
        assert_eq!(parse_rate("5"), Ok(5));
        assert!(parse_rate("0/min").is_err());
        assert!(parse_rate("many").is_err());
    }

    /// clap's own consistency checks of the definitions (conflicting
    /// names, bad defaults, required arguments in groups), which it
    /// otherwise runs only for the arguments a user happens to give.
    #[test]
    fn the_command_line_definitions_are_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
