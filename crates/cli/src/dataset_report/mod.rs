//! `napcheck report`: the figures of a dataset of assessments, as a
//! monitoring report states them, body by body (never file by file).
//! Inputs are collected and checked exactly as `validate` does (syntax,
//! schema, semantics); an invalid or unreadable input is reported on
//! standard error with its located findings (names and messages escaped for
//! the terminal) and left out of the figures.
//! In a directory with a review log only accepted submissions count (see
//! `review::held_back`). Valid ones are evaluated and their votes grouped,
//! batch by batch, by body in the core's [`ByBody`] (one per criteria set);
//! each body's consensus then becomes one row of the [`Aggregate`]. Memory
//! grows with the votes (a few bytes per answer), never with the files.
//! Each format lives in its own file; their rows come from one model
//! (`rows.rs`). With `--rounds` (each path a round) or `--rounds-by`
//! (inputs split by the period of their check) the rounds are compared by
//! the core's `trend` and rendered by `trend/`. A round's manifest
//! (`round.json`, `round_manifest.rs`) gives its name and comment period;
//! `--comment-period` overrides the period of the round bodies reply to.

mod badges;
mod csv;
mod html;
mod html_chart;
mod json;
mod markdown;
mod parquet;
mod probe_agreement;
mod replies;
mod round_manifest;
mod rows;
mod section_words;
mod trend;
mod words;

use crate::args::{ReportArgs, ReportFormat, RoundsBy};
use crate::checker::Checker;
use crate::failure::Failure;
use crate::input::paths::{self as inputs, Input};
use crate::input::read;
use crate::input::words as io_words;
use crate::located::diagnostic_line;
use crate::review::{self, HeldBack};
use crate::terminal::escape;
use crate::validate::format::words::severity;
use napcheck_cli::check::document::{self, Context};
use napcheck_cli::check::outcome::Diagnostic;
use napcheck_core::aggregate::ByBody;
use napcheck_core::consensus::BodyResolver;
use napcheck_core::reply::CommentPeriod;
use napcheck_core::trend::{Round, RoundPart};
use napcheck_core::{evaluate, Aggregate, Assessment, Catalogue, CriteriaSet, Lang, Severity};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

/// Inputs read and checked per parallel batch.
const BATCH: usize = 1024;

/// One dataset's figures against one set, ready to render.
pub(crate) struct Section<'a> {
    /// The criteria set.
    pub(crate) set: &'a CriteriaSet,
    /// Its figures.
    pub(crate) aggregate: &'a Aggregate,
    /// Its assessments grouped by body (for per-body, per-criterion rows).
    pub(crate) bodies: &'a ByBody,
}

impl<'a> Section<'a> {
    /// The criteria whose agreement the report shows (some answers could be
    /// paired, or some body is disputed), each with its title in `lang`:
    /// the rows of the agreement table of every format.
    pub(crate) fn agreement_rows(
        &self,
        lang: Lang,
    ) -> impl Iterator<Item = (&'a napcheck_core::aggregate::CriterionAgreement, &'a str)> + '_
    {
        self.aggregate
            .agreement
            .iter()
            .filter(|c| c.agreement.pairable_units > 0 || c.disputed > 0)
            .map(move |c| {
                let title = self
                    .set
                    .criterion(&c.criterion)
                    .map_or("", |x| x.title.get(lang));
                (c, title)
            })
    }
}

/// What the renderers need besides the figures.
pub(crate) struct Meta {
    /// The language of labels.
    pub(crate) lang: Lang,
    /// Inputs left out (invalid or unreadable).
    pub(crate) left_out: usize,
    /// Submissions a review log kept out.
    pub(crate) held: HeldBack,
    /// The round's comment period (`--comment-period`, else its
    /// manifest's), when set.
    pub(crate) comments: Option<CommentPeriod>,
    /// With rounds compared: each round's comment period by its label, in
    /// the rounds' order (a round without one is not listed).
    pub(crate) periods: Vec<(String, CommentPeriod)>,
    /// The day of the report (`--today`).
    pub(crate) today: napcheck_core::Day,
}

/// What one input turned into.
enum Read_ {
    Counted(Box<(Assessment, napcheck_core::Evaluation)>),
    LeftOut(Vec<Diagnostic>),
    Reply(Box<replies::FiledReply>),
    Unreadable(crate::input::words::Unreadable),
}

/// One round's datasets: per criteria set, its assessments grouped by body.
type BySet<'c> = BTreeMap<String, (&'c CriteriaSet, ByBody)>;

/// Inputs left out while reading.
#[derive(Default)]
struct LeftOut {
    invalid: usize,
    unreadable: usize,
}

/// Runs the command: 0 the report covers every input, 1 some inputs were
/// invalid and left out, 2 an input could not be read (or a usage error).
pub(crate) fn run(args: &ReportArgs) -> Result<ExitCode, Failure> {
    // The same checker as `validate`: what it refuses is left out.
    let checker = Checker::new(&args.check)?;
    let lang = Lang::from(args.check.lang);
    if (args.format == ReportFormat::Badges) != args.out.is_some() {
        return Err(Failure(words::out_mismatch(lang).to_owned()));
    }
    let trend = args.rounds || args.rounds_by.is_some();
    if trend && args.format == ReportFormat::Badges {
        return Err(Failure(words::badges_of_rounds(lang).to_owned()));
    }
    // Only errors leave a file out; its warnings are not shown.
    let cx = Context {
        warnings: false,
        ..checker.context(lang)?
    };
    let catalogue = cx.catalogue;
    if !trend && !args.crosswalk.is_empty() {
        return Err(Failure(words::crosswalk_without_rounds(lang).to_owned()));
    }
    // Checked before any input is read: an invalid crosswalk stops here.
    let crosswalks = crate::crosswalk_files::load(&args.crosswalk, catalogue, lang)?;
    // `--comment-period` overrides the manifest of the round bodies reply
    // to (the newest).
    let flag = replies::period(args.comment_period.as_deref(), lang)?;
    // Each round's comment period, in the order the rounds are read.
    let mut periods: Vec<(String, Option<CommentPeriod>)> = Vec::new();
    let resolver = BodyResolver::new(catalogue.bodies());
    let stderr = std::io::stderr();
    let mut left_out = LeftOut::default();
    let mut replies = Vec::new();
    let mut held = HeldBack::default();
    // Each round's label and datasets, in order; one round without --rounds.
    let mut rounds: Vec<(String, BySet<'_>)> = Vec::new();
    let groups: Vec<Vec<String>> = if args.rounds {
        if args.paths.len() < 2 {
            return Err(Failure(
                napcheck_core::trend::TrendError::TooFewRounds(args.paths.len()).message(lang),
            ));
        }
        args.paths.iter().map(|p| vec![p.clone()]).collect()
    } else {
        vec![args.paths.clone()]
    };
    let labels = if args.rounds {
        round_labels(&args.paths, lang)?
    } else {
        Vec::new()
    };
    // The newest round's manifest name, which a reply's `round` must match.
    let mut manifest_round = None;
    for (at, paths) in groups.iter().enumerate() {
        let expanded = inputs::expand(paths, false);
        let (found, manifests) = round_manifest::take(expanded.inputs, lang, &mut stderr.lock())?;
        let newest = at + 1 == groups.len();
        let overridden = newest && flag.is_some();
        let manifest = round_manifest::of_round(&manifests, overridden, lang)?;
        manifest_round = manifest.map(|m| m.round.clone());
        let period = match (overridden, manifest) {
            (true, _) => flag,
            (false, manifest) => manifest.and_then(|m| m.comment_period),
        };
        if found.is_empty() && !args.allow_empty {
            return Err(Failure(io_words::nothing_found(
                lang,
                &expanded.searched,
                false,
            )));
        }
        let (inputs, kept) = review::held_back(found, args.include_pending, lang)?;
        if kept.pending + kept.rejected > 0 {
            writeln!(
                stderr.lock(),
                "{}",
                words::review_kept_out_line(lang, kept.pending, kept.rejected)
            )?;
        }
        held.pending += kept.pending;
        held.rejected += kept.rejected;
        // A round compared is named by its manifest, else by its folder.
        let label = match (args.rounds, args.rounds_by) {
            (true, _) => manifest
                .map(|m| m.round.clone())
                .or_else(|| labels.get(at).cloned()),
            _ => None,
        };
        if let Some(label) = &label {
            if rounds.iter().any(|(l, _)| l == label) {
                return Err(Failure(section_words::round_named_twice(
                    lang,
                    &escape(label),
                )));
            }
        }
        periods.push((label.clone().unwrap_or_default(), period));
        let round_of = |assessment: &Assessment| match (&label, args.rounds_by) {
            (Some(label), _) => label.clone(),
            (None, Some(RoundsBy::Year)) => assessment.checked_on.year().to_string(),
            (None, Some(RoundsBy::Month)) => assessment.checked_on.to_string()[..7].to_owned(),
            (None, None) => String::new(),
        };
        if let Some(label) = &label {
            rounds.push((label.clone(), BTreeMap::new()));
        }
        gather(
            &inputs,
            &cx,
            &resolver,
            &round_of,
            &mut rounds,
            &mut replies,
            &mut left_out,
        )?;
    }
    if args.rounds_by.is_some() {
        rounds.sort_by(|a, b| a.0.cmp(&b.0));
        // The folder's period is that of its newest round, which bodies
        // reply to.
        if let (Some((label, _)), Some(period)) = (rounds.last(), periods.first_mut()) {
            period.0 = label.clone();
        }
    }
    // A reply answers the round its `round` names (rounds compared: by
    // their labels; one round: by its manifest, any name without one),
    // else the newest round.
    if rounds.is_empty() && !trend {
        rounds.push((String::new(), BTreeMap::new()));
    }
    let names = if trend {
        replies::RoundNames {
            names: rounds
                .iter()
                .map(|(label, _)| Some(label.clone()))
                .collect(),
            // Rounds by date: the folder's manifest names the newest.
            newest_also: manifest_round.filter(|_| args.rounds_by.is_some()),
        }
    } else {
        replies::RoundNames {
            names: vec![manifest_round],
            newest_also: None,
        }
    };
    left_out.invalid += replies::file(
        replies,
        &mut rounds,
        &names,
        catalogue,
        &resolver,
        lang,
        &mut stderr.lock(),
    )?;
    let left = left_out.invalid + left_out.unreadable;
    if left > 0 {
        writeln!(stderr.lock(), "{}", words::left_out_line(lang, left))?;
    }
    let comments = periods.last().and_then(|(_, period)| *period);
    let meta = Meta {
        lang,
        left_out: left,
        held,
        comments,
        periods: periods
            .into_iter()
            .filter_map(|(label, period)| Some((label, period?)))
            .collect(),
        today: cx.today,
    };
    if trend {
        write_trend(args, &rounds, catalogue, &crosswalks, &meta)?;
    } else {
        let by_set = rounds.pop().map(|(_, by_set)| by_set).unwrap_or_default();
        write_report(args, &by_set, &meta)?;
    }
    Ok(if left_out.unreadable > 0 {
        ExitCode::from(2)
    } else if left_out.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A round's label from its path: the last component (`data/2018/` is
/// `2018`), or the path as given.
/// Each round's label: the last component of its path (`data/2018` is
/// `2018`), or, when two rounds would share it, as many of the last
/// components as tell them apart (`ngo/2018/submissions` and
/// `ngo/2022/submissions` are `2018/submissions` and `2022/submissions`):
/// rounds are told apart by their labels, so two alike would be read as
/// one. The same path twice is a usage error.
fn round_labels(paths: &[String], lang: Lang) -> Result<Vec<String>, Failure> {
    let parts: Vec<Vec<String>> = paths
        .iter()
        .map(|path| {
            std::path::Path::new(path)
                .components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
                    std::path::Component::ParentDir => Some("..".to_owned()),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let longest = parts.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut labels = Vec::new();
    for depth in 1..=longest {
        labels = paths
            .iter()
            .zip(&parts)
            .map(|(path, parts)| {
                if parts.is_empty() {
                    path.clone()
                } else {
                    parts[parts.len().saturating_sub(depth)..].join("/")
                }
            })
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        if labels.iter().all(|label| seen.insert(label.as_str())) {
            return Ok(labels);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let twice = labels
        .iter()
        .find(|label| !seen.insert(label.as_str()))
        .cloned()
        .unwrap_or_default();
    Err(Failure(words::same_round_twice(lang, &escape(&twice))))
}

/// Reads and checks `inputs` in parallel batches, each valid assessment
/// into its round (`round_of`, a round created when first named) and set;
/// invalid and unreadable inputs are reported on standard error.
///
/// Filing a batch (grouping its votes by body, dropping its assessments)
/// runs on one thread while the pool reads the next batch: filed one after
/// the other, the second core sat idle for about a tenth of the run
/// (callgrind). Batches are still filed, and reported, in input order.
fn gather<'c>(
    inputs: &[Input],
    cx: &Context<'c>,
    resolver: &BodyResolver,
    round_of: &(dyn Fn(&Assessment) -> String + Sync),
    rounds: &mut Vec<(String, BySet<'c>)>,
    replies: &mut Vec<replies::FiledReply>,
    left_out: &mut LeftOut,
) -> Result<(), Failure> {
    let mut filer = Filer {
        cx,
        resolver,
        round_of,
        rounds,
        replies,
        left_out,
    };
    let mut pending: Vec<(String, Read_)> = Vec::new();
    for batch in inputs.chunks(BATCH) {
        let (read, filed) = rayon::join(
            || {
                batch
                    .par_iter()
                    .map(|input| (input.name(), read_one(input, cx, cx.catalogue)))
                    .collect::<Vec<_>>()
            },
            || filer.file(std::mem::take(&mut pending)),
        );
        filed?;
        pending = read;
    }
    filer.file(pending)
}

/// Where [`gather`] files what it read.
struct Filer<'a, 'c> {
    cx: &'a Context<'c>,
    resolver: &'a BodyResolver,
    round_of: &'a (dyn Fn(&Assessment) -> String + Sync),
    rounds: &'a mut Vec<(String, BySet<'c>)>,
    replies: &'a mut Vec<replies::FiledReply>,
    left_out: &'a mut LeftOut,
}

impl Filer<'_, '_> {
    /// Files one batch's outcomes, in order.
    fn file(&mut self, read: Vec<(String, Read_)>) -> Result<(), Failure> {
        let catalogue = self.cx.catalogue;
        let stderr = std::io::stderr();
        for (name, outcome) in read {
            match outcome {
                Read_::Counted(pair) => {
                    let (assessment, evaluation) = *pair;
                    let set = catalogue
                        .resolve(&assessment.criteria_set)
                        .map_err(|_| Failure(format!("{name}: its criteria set vanished")))?;
                    let label = (self.round_of)(&assessment);
                    let rounds = &mut *self.rounds;
                    let at = match rounds.iter().position(|(l, _)| *l == label) {
                        Some(at) => at,
                        None => {
                            rounds.push((label, BTreeMap::new()));
                            rounds.len() - 1
                        }
                    };
                    rounds[at]
                        .1
                        .entry(set.id.clone())
                        .or_insert_with(|| (set, ByBody::new(self.resolver.clone())))
                        .1
                        .add(&assessment, &evaluation, set);
                }
                Read_::Reply(reply) => self.replies.push(*reply),
                Read_::LeftOut(diagnostics) => {
                    self.left_out.invalid += 1;
                    let (mut err, name) = (stderr.lock(), escape(&name));
                    for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
                        writeln!(err, "{}", diagnostic_line(&name, d, self.cx.lang))?;
                    }
                }
                Read_::Unreadable(reason) => {
                    self.left_out.unreadable += 1;
                    let reason = reason.text(self.cx.lang);
                    writeln!(
                        stderr.lock(),
                        "{}: {}: {}",
                        escape(&name),
                        severity(self.cx.lang, Severity::Error),
                        escape(&reason)
                    )?;
                }
            }
        }
        Ok(())
    }
}

/// The report of one dataset, in the chosen format.
fn write_report(args: &ReportArgs, by_set: &BySet<'_>, meta: &Meta) -> Result<(), Failure> {
    let aggregates: Vec<(&CriteriaSet, Aggregate, &ByBody)> = by_set
        .values()
        .map(|(set, bodies)| (*set, bodies.finish(set), bodies))
        .collect();
    let sections: Vec<Section<'_>> = aggregates
        .iter()
        .map(|(set, aggregate, bodies)| Section {
            set,
            aggregate,
            bodies,
        })
        .collect();
    if let (ReportFormat::Badges, Some(dir)) = (args.format, &args.out) {
        let written = badges::write(dir, &sections, meta)
            .map_err(|e| Failure(format!("{}: {e}", escape(&dir.display().to_string()))))?;
        writeln!(
            std::io::stderr().lock(),
            "{}",
            words::badges_written(
                meta.lang,
                written.len(),
                &escape(&dir.display().to_string())
            )
        )?;
    }
    if args.format == ReportFormat::Parquet {
        // The writer must be `Send`; the file goes out in one piece.
        let mut file = Vec::new();
        parquet::write(&mut file, &sections, meta)?;
        return write_stdout(&file);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ReportFormat::Badges | ReportFormat::Parquet => {}
        ReportFormat::Md => markdown::write(&mut out, &sections, meta)?,
        ReportFormat::Csv => csv::write(&mut out, &sections, meta)?,
        ReportFormat::Json => json::write(&mut out, &sections, meta)?,
        ReportFormat::Html => html::write(&mut out, &sections, meta)?,
    }
    out.flush()?;
    Ok(())
}

/// The rounds compared (`napcheck_core::trend`), in the chosen format.
fn write_trend(
    args: &ReportArgs,
    rounds: &[(String, BySet<'_>)],
    catalogue: &Catalogue,
    crosswalks: &[napcheck_core::crosswalk::Crosswalk],
    meta: &Meta,
) -> Result<(), Failure> {
    let rounds: Vec<Round<'_>> = rounds
        .iter()
        .map(|(label, by_set)| Round {
            label: label.clone(),
            parts: by_set
                .values()
                .map(|(set, bodies)| RoundPart { set, bodies })
                .collect(),
        })
        .collect();
    let trend = napcheck_core::trend::compare(&rounds, crosswalks)
        .map_err(|e| Failure(e.message(meta.lang)))?;
    if args.format == ReportFormat::Parquet {
        let mut file = Vec::new();
        parquet::write_trend(&mut file, &trend, catalogue, meta)?;
        return write_stdout(&file);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ReportFormat::Badges | ReportFormat::Parquet => {}
        ReportFormat::Md => trend::markdown::write(&mut out, &trend, catalogue, meta)?,
        ReportFormat::Csv => csv::write_trend(&mut out, &trend, catalogue, meta)?,
        ReportFormat::Json => trend::json::write(&mut out, &trend, catalogue, meta)?,
        ReportFormat::Html => trend::html::write(&mut out, &trend, catalogue, meta)?,
    }
    out.flush()?;
    Ok(())
}

fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

fn read_one(input: &Input, cx: &Context<'_>, catalogue: &Catalogue) -> Read_ {
    // Read as `validate` reads: within its default size limit, never
    // blocking on a FIFO; a refused input is left out with its finding.
    let text = match read::read(input, read::DEFAULT_MAX_SIZE, cx.lang) {
        read::Read::Text(text) => text,
        read::Read::Refused(diagnostic) => return Read_::LeftOut(vec![diagnostic]),
        read::Read::Unreadable(reason) => return Read_::Unreadable(reason),
    };
    if napcheck_cli::check::reply::is_reply(&input.name()) {
        let checked = napcheck_cli::check::reply::check(&text, cx);
        return match checked.reply {
            Some(reply)
                if !checked
                    .diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error) =>
            {
                Read_::Reply(Box::new(replies::FiledReply::new(
                    input.name(),
                    reply,
                    &text,
                )))
            }
            _ => Read_::LeftOut(checked.diagnostics),
        };
    }
    let checked = document::check_document(&text, cx);
    let diagnostics = checked.diagnostics;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Read_::LeftOut(diagnostics);
    }
    let pair = checked.assessment.and_then(|assessment| {
        let set = catalogue.resolve(&assessment.criteria_set).ok()?;
        let evaluation = evaluate(&assessment, set).ok()?;
        Some((assessment, evaluation))
    });
    match pair {
        Some(pair) => Read_::Counted(Box::new(pair)),
        // `check` found no error, so this cannot happen; never count it silently.
        None => Read_::LeftOut(diagnostics),
    }
}

/// An agreement or alpha as text: `87.5%` / `0.812`, or `–` when undefined.
pub(crate) fn agreement(percent: Option<f64>) -> String {
    percent.map_or_else(|| "–".to_owned(), |p| format!("{p:.1}%"))
}

/// Krippendorff's alpha as text, three decimals, or `–` when undefined.
pub(crate) fn alpha(alpha: Option<f64>) -> String {
    alpha.map_or_else(|| "–".to_owned(), |a| format!("{a:.3}"))
}

/// A score as text: `62.5%`, or `–` when there is none.
pub(crate) fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}%"))
}
