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
//! Each format lives in its own file.

mod badges;
mod csv;
mod html;
mod html_chart;
mod json;
mod markdown;
mod probe_agreement;
mod replies;
mod section_words;
mod words;

use crate::args::{ReportArgs, ReportFormat};
use crate::failure::Failure;
use crate::review::{self, HeldBack};
use crate::terminal::escape;
use crate::validate::document::{self, Context};
use crate::validate::inputs::{self, Input};
use crate::validate::io_words;
use crate::validate::outcome::Diagnostic;
use crate::validate::read;
use crate::validate::Checker;
use napcheck_core::aggregate::ByBody;
use napcheck_core::consensus::BodyResolver;
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
    /// The round's comment period (`--comment-period`), when set.
    pub(crate) comments: Option<napcheck_core::reply::CommentPeriod>,
    /// The day of the report (`--today`).
    pub(crate) today: napcheck_core::Day,
}

/// What one input turned into.
enum Read_ {
    Counted(Box<(Assessment, napcheck_core::Evaluation)>),
    LeftOut(Vec<Diagnostic>),
    Reply(Box<napcheck_core::reply::Reply>),
    Unreadable(crate::validate::io_words::Unreadable),
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
    // Only errors leave a file out; its warnings are not shown.
    let cx = Context {
        warnings: false,
        ..checker.context(lang)?
    };
    let catalogue = cx.catalogue;
    let comments = replies::period(args.comment_period.as_deref(), lang)?;
    let resolver = BodyResolver::new(catalogue.bodies());
    let mut by_set: BTreeMap<String, (&CriteriaSet, ByBody)> = BTreeMap::new();
    let (mut invalid, mut unreadable) = (0, 0);
    let mut replies = Vec::new();
    let stderr = std::io::stderr();
    let expanded = inputs::expand(&args.paths, false);
    if expanded.inputs.is_empty() && !args.allow_empty {
        return Err(Failure(io_words::nothing_found(
            lang,
            &expanded.searched,
            false,
        )));
    }
    let (inputs, held) =
        review::held_back(&args.paths, expanded.inputs, args.include_pending, lang)?;
    if held.pending + held.rejected > 0 {
        writeln!(
            stderr.lock(),
            "napcheck: the review log kept out {} pending and {} rejected submission(s)",
            held.pending,
            held.rejected
        )?;
    }
    for batch in inputs.chunks(BATCH) {
        let read: Vec<(String, Read_)> = batch
            .par_iter()
            .map(|input| (input.name(), read_one(input, &cx, catalogue)))
            .collect();
        for (name, outcome) in read {
            match outcome {
                Read_::Counted(pair) => {
                    let (assessment, evaluation) = *pair;
                    let set = catalogue
                        .resolve(&assessment.criteria_set)
                        .map_err(|_| Failure(format!("{name}: its criteria set vanished")))?;
                    by_set
                        .entry(set.id.clone())
                        .or_insert_with(|| (set, ByBody::new(resolver.clone())))
                        .1
                        .add(&assessment, &evaluation, set);
                }
                Read_::Reply(reply) => replies.push(*reply),
                Read_::LeftOut(diagnostics) => {
                    invalid += 1;
                    let (mut err, name) = (stderr.lock(), escape(&name));
                    for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
                        writeln!(
                            err,
                            "{name}:{}:{}: error: {} [{}]",
                            d.position.line,
                            d.position.column,
                            escape(&d.message),
                            escape(&d.code)
                        )?;
                    }
                }
                Read_::Unreadable(reason) => {
                    unreadable += 1;
                    let reason = reason.text(lang);
                    writeln!(
                        stderr.lock(),
                        "{}: error: {}",
                        escape(&name),
                        escape(&reason)
                    )?;
                }
            }
        }
    }
    invalid += replies::file(
        replies,
        &mut by_set,
        catalogue,
        &resolver,
        lang,
        &mut stderr.lock(),
    )?;
    let left_out = invalid + unreadable;
    if left_out > 0 {
        writeln!(
            stderr.lock(),
            "napcheck: {left_out} input(s) left out of the report"
        )?;
    }
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
    let meta = Meta {
        lang,
        left_out,
        held,
        comments,
        today: cx.today,
    };
    if let (ReportFormat::Badges, Some(dir)) = (args.format, &args.out) {
        let written = badges::write(dir, &sections, &meta)
            .map_err(|e| Failure(format!("{}: {e}", escape(&dir.display().to_string()))))?;
        writeln!(
            stderr.lock(),
            "napcheck: {} badge(s) written to {}",
            written.len(),
            escape(&dir.display().to_string())
        )?;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ReportFormat::Badges => {}
        ReportFormat::Md => markdown::write(&mut out, &sections, &meta)?,
        ReportFormat::Csv => csv::write(&mut out, &sections, &meta)?,
        ReportFormat::Json => json::write(&mut out, &sections, &meta)?,
        ReportFormat::Html => html::write(&mut out, &sections, &meta)?,
    }
    out.flush()?;
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
                Read_::Reply(Box::new(reply))
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
