//! `napcheck review`: the reviewer's side of a collect directory. A
//! submission stored by `serve --collect DIR` is pending until a reviewer
//! accepts or rejects it, with a reason; decisions go to the append-only
//! log in `DIR/.reviews/` ([`log`]). `list` shows each submission with its
//! status, `show` one submission with its decisions and the disagreements
//! it has with the body's accepted assessments (the core's
//! `consensus::disagreements`), `accept` and `reject` record a decision.
//! [`held_back`] is what `report` asks: which inputs a review log keeps out.

pub(crate) mod log;
pub(crate) mod reviewers;
pub(crate) mod words;

use crate::args::{
    ReviewAddArgs, ReviewCommand, ReviewDecideArgs, ReviewListArgs, ReviewShowArgs, SimpleFormat,
    StatusArg,
};
use crate::checker::Checker;
use crate::failure::Failure;
use crate::input::paths::Input;
use crate::terminal::escape;
use log::{Decision, LogError, Status, Verdict};
use napcheck_cli::check::document;
use napcheck_core::consensus::{disagreements, BodyResolver, BodyVotes, Consensus};
use napcheck_core::{evaluate, Assessment, Evaluation, Lang, Severity};
use serde_json::json;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use words::{fill, msg, Msg};

/// The status `review list --status` asks for (here, not in `args`, so that
/// `args` imports no command module).
impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Self {
        match status {
            StatusArg::Pending => Self::Pending,
            StatusArg::Accepted => Self::Accepted,
            StatusArg::Rejected => Self::Rejected,
        }
    }
}

/// Runs a `review` command: 0 done, 2 a usage error or an unreadable log.
pub(crate) fn run(command: &ReviewCommand) -> Result<ExitCode, Failure> {
    match command {
        ReviewCommand::List(args) => list(args),
        ReviewCommand::Show(args) => show(args),
        ReviewCommand::Accept(args) => decide(args, Verdict::Accepted),
        ReviewCommand::Reject(args) => decide(args, Verdict::Rejected),
        ReviewCommand::AddReviewer(args) => add_reviewer(args),
    }
}

/// One stored submission.
pub(crate) struct Submission {
    /// Its file name without `.json`.
    pub(crate) id: String,
    path: PathBuf,
}

/// The submissions of `dir`: its `*.json` files (not hidden), by name.
pub(crate) fn submissions(dir: &Path, lang: Lang) -> Result<Vec<Submission>, Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Failure(fill(
            msg(lang, Msg::Unreadable),
            &[&dir.display().to_string(), &e.to_string()],
        ))
    })?;
    let mut out: Vec<Submission> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .filter_map(|path| {
            let id = path.file_stem()?.to_str()?.to_owned();
            let name = path.to_string_lossy();
            // Neither a body's reply nor the round's manifest is a submission.
            let filed = napcheck_cli::check::reply::is_reply(&name)
                || napcheck_cli::check::round::is_manifest(&name);
            (!id.starts_with('.') && !filed).then_some(Submission { id, path })
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// The submission `id` names (a unique prefix is enough).
pub(crate) fn find(dir: &Path, id: &str, lang: Lang) -> Result<Submission, Failure> {
    let mut matching: Vec<Submission> = submissions(dir, lang)?
        .into_iter()
        .filter(|s| !id.is_empty() && s.id.starts_with(id))
        .collect();
    if let Some(at) = matching.iter().position(|s| s.id == id) {
        return Ok(matching.swap_remove(at));
    }
    match matching.len() {
        1 => Ok(matching.remove(0)),
        0 => Err(Failure(fill(
            msg(lang, Msg::NoSubmission),
            &[&dir.display().to_string(), id],
        ))),
        _ => Err(Failure(fill(msg(lang, Msg::Ambiguous), &[id]))),
    }
}

/// The log of `dir`, or a failure in `lang`.
pub(crate) fn read_log(dir: &Path, lang: Lang) -> Result<Vec<Decision>, Failure> {
    log::read(dir).map_err(|error| match error {
        LogError::Io(path, e) => Failure(fill(
            msg(lang, Msg::Unreadable),
            &[&path.display().to_string(), &e.to_string()],
        )),
        LogError::Malformed(path, e) => Failure(fill(
            msg(lang, Msg::Malformed),
            &[&path.display().to_string(), &e.to_string()],
        )),
    })
}

/// A submission read and evaluated; `None` when it is not a valid assessment.
pub(crate) fn load(
    submission: &Submission,
    cx: &document::Context<'_>,
) -> Option<(Assessment, Evaluation)> {
    let text = std::fs::read_to_string(&submission.path).ok()?;
    let checked = document::check_document(&text, cx);
    if checked
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        return None;
    }
    let assessment = checked.assessment?;
    let set = cx.catalogue.resolve(&assessment.criteria_set).ok()?;
    let evaluation = evaluate(&assessment, set).ok()?;
    Some((assessment, evaluation))
}

fn list(args: &ReviewListArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let checker = Checker::new(&args.check)?;
    let cx = document::Context {
        warnings: false,
        ..checker.context(lang)?
    };
    let statuses = log::statuses(&read_log(&args.dir, lang)?);
    let resolver = BodyResolver::new(cx.catalogue.bodies());
    let mut rows = Vec::new();
    for submission in submissions(&args.dir, lang)? {
        let status = statuses
            .get(&submission.id)
            .copied()
            .unwrap_or(Status::Pending);
        if args
            .status
            .is_some_and(|wanted| Status::from(wanted) != status)
        {
            continue;
        }
        let assessment = load(&submission, &cx).map(|(a, _)| a);
        rows.push((submission, status, assessment));
    }
    let mut out = std::io::stdout().lock();
    if args.format == SimpleFormat::Json {
        let records: Vec<serde_json::Value> = rows
            .iter()
            .map(|(s, status, a)| {
                json!({
                    "id": s.id,
                    "status": status,
                    "body": a.as_ref().map(|a| resolver.resolve(&a.site).to_string()),
                    "name": a.as_ref().map(|a| a.site.name.clone()),
                    "checked_on": a.as_ref().map(|a| a.checked_on.to_string()),
                    "assessor": a.as_ref().and_then(|a| a.assessor.as_ref()).and_then(|x| x.name.clone()),
                    "organisation": a.as_ref().and_then(|a| a.assessor.as_ref()).and_then(|x| x.organisation.clone()),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &records)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        writeln!(out, "{}", msg(lang, Msg::NoSubmissions))?;
    }
    for (s, status, a) in &rows {
        let short: String = s.id.chars().take(12).collect();
        let about = match a {
            Some(a) => format!(
                "{} ({})  {}  {}",
                a.site.name,
                resolver.resolve(&a.site),
                a.checked_on,
                assessor_name(a, lang)
            ),
            None => fill(
                msg(lang, Msg::NotAssessment),
                &[&s.path.display().to_string()],
            ),
        };
        // Names come from citizens' submissions: never escape sequences.
        writeln!(
            out,
            "{:<12}  {short}  {}",
            words::status(lang, *status),
            escape(&about)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Who assessed, or "anonymous" in `lang`.
pub(crate) fn assessor_name(assessment: &Assessment, lang: Lang) -> String {
    let assessor = assessment.assessor.as_ref();
    let parts: Vec<&str> = [
        assessor.and_then(|a| a.name.as_deref()),
        assessor.and_then(|a| a.organisation.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        msg(lang, Msg::Anonymous).to_owned()
    } else {
        parts.join(", ")
    }
}

/// What the consensus of a criterion is, as a reviewer reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Agreed {
    /// One answer (its scale id).
    On(String),
    /// No single answer.
    Disputed,
    /// Nobody answered.
    Unanswered,
}

/// One assessor's answer to a disputed criterion.
pub(crate) struct Witnessed {
    /// The submission (12 characters of its id) or "this submission".
    pub(crate) source: String,
    /// The answer's scale id, or `invalid`.
    pub(crate) answer: String,
    /// The observation, as JSON.
    pub(crate) observation: String,
    /// The evidence links.
    pub(crate) evidence: Vec<String>,
}

/// A criterion on which a submission would disagree with the body.
pub(crate) struct Disputed {
    /// The criterion's id.
    pub(crate) criterion: String,
    /// The consensus with this submission counted.
    pub(crate) consensus: Agreed,
    /// The body's current consensus: its accepted assessments only
    /// (`Unanswered` when there are none).
    pub(crate) current: Agreed,
    /// Every answer to it.
    pub(crate) witnesses: Vec<Witnessed>,
}

/// A submission as a reviewer examines it: what `review show` prints and
/// the reviewer page shows.
pub(crate) struct Examined {
    /// Its id.
    pub(crate) id: String,
    /// Its status.
    pub(crate) status: Status,
    /// The assessment.
    pub(crate) assessment: Assessment,
    /// The body it is about, as the consensus identifies it.
    pub(crate) body: String,
    /// Its decisions, oldest first.
    pub(crate) decisions: Vec<Decision>,
    /// Where it disagrees with the body's accepted assessments (the core's
    /// `consensus::disagreements`, this submission counted).
    pub(crate) disputed: Vec<Disputed>,
}

/// Examines the submission `id` of `dir`.
pub(crate) fn examine(
    dir: &Path,
    id: &str,
    cx: &document::Context<'_>,
    lang: Lang,
) -> Result<Examined, Failure> {
    let submission = find(dir, id, lang)?;
    let decisions = read_log(dir, lang)?;
    let statuses = log::statuses(&decisions);
    let status = |id: &str| statuses.get(id).copied().unwrap_or(Status::Pending);
    let Some((assessment, evaluation)) = load(&submission, cx) else {
        return Err(Failure(fill(
            msg(lang, Msg::NotAssessment),
            &[&submission.path.display().to_string()],
        )));
    };
    let resolver = BodyResolver::new(cx.catalogue.bodies());
    let body = resolver.resolve(&assessment.site);
    // The body's accepted assessments, then this one.
    let mut group: Vec<(String, Assessment, Evaluation)> = Vec::new();
    for other in submissions(dir, lang)? {
        if other.id == submission.id || status(&other.id) != Status::Accepted {
            continue;
        }
        if let Some((a, e)) = load(&other, cx) {
            if resolver.resolve(&a.site) == body && a.criteria_set.id == assessment.criteria_set.id
            {
                group.push((other.id.chars().take(12).collect(), a, e));
            }
        }
    }
    group.push((
        msg(lang, Msg::ThisSubmission).to_owned(),
        assessment.clone(),
        evaluation,
    ));
    let mut disputed = Vec::new();
    if let Ok(set) = cx.catalogue.resolve(&assessment.criteria_set) {
        let agreed = |consensus: &Consensus| match consensus {
            Consensus::Agreed(answer) => Agreed::On(answer.id(&set.scale).to_owned()),
            Consensus::Disputed(_) => Agreed::Disputed,
            Consensus::Unanswered => Agreed::Unanswered,
        };
        // The core's merge over the accepted ones alone: today's consensus.
        let mut votes = BodyVotes::new(body.clone(), set);
        for (_, a, e) in &group[..group.len() - 1] {
            votes.add(a, e, set);
        }
        let current: HashMap<String, Agreed> = votes
            .finish(set)
            .filter(|_| group.len() > 1)
            .map(|merged| {
                merged
                    .criteria
                    .iter()
                    .map(|c| (c.criterion.clone(), agreed(&c.consensus)))
                    .collect()
            })
            .unwrap_or_default();
        let refs: Vec<(String, &Assessment, &Evaluation)> =
            group.iter().map(|(n, a, e)| (n.clone(), a, e)).collect();
        for d in disagreements(set, &refs) {
            disputed.push(Disputed {
                criterion: d.criterion.clone(),
                consensus: agreed(&d.consensus),
                current: current
                    .get(&d.criterion)
                    .cloned()
                    .unwrap_or(Agreed::Unanswered),
                witnesses: d
                    .witnesses
                    .iter()
                    .map(|w| Witnessed {
                        source: w.source.clone(),
                        answer: w.answer.map_or("invalid", |a| a.id(&set.scale)).to_owned(),
                        observation: serde_json::to_string(&w.observation).unwrap_or_default(),
                        evidence: w.evidence.clone(),
                    })
                    .collect(),
            });
        }
    }
    Ok(Examined {
        status: status(&submission.id),
        decisions: decisions
            .into_iter()
            .filter(|d| d.submission == submission.id)
            .collect(),
        id: submission.id,
        body: body.to_string(),
        assessment,
        disputed,
    })
}

fn show(args: &ReviewShowArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let checker = Checker::new(&args.check)?;
    let cx = document::Context {
        warnings: false,
        ..checker.context(lang)?
    };
    let found = examine(&args.dir, &args.id, &cx, lang);
    let mut out = std::io::stdout().lock();
    if let Err(Failure(text)) = &found {
        // The id and status first when the file is there but not an assessment.
        if let Ok(submission) = find(&args.dir, &args.id, lang) {
            let statuses = log::statuses(&read_log(&args.dir, lang)?);
            let status = statuses
                .get(&submission.id)
                .copied()
                .unwrap_or(Status::Pending);
            writeln!(out, "{}  {}", submission.id, words::status(lang, status))?;
        }
        return Err(Failure(text.clone()));
    }
    let examined = found?;
    let assessment = &examined.assessment;
    writeln!(
        out,
        "{}  {}",
        examined.id,
        words::status(lang, examined.status)
    )?;
    writeln!(
        out,
        "{}: {} ({})\n{}: {}\n{}: {}",
        msg(lang, Msg::Body),
        escape(&assessment.site.name),
        escape(&examined.body.to_string()),
        msg(lang, Msg::Assessor),
        escape(&assessor_name(assessment, lang)),
        msg(lang, Msg::Checked),
        assessment.checked_on
    )?;
    writeln!(out, "\n{}:", msg(lang, Msg::Decisions))?;
    if examined.decisions.is_empty() {
        writeln!(out, "  {}", msg(lang, Msg::NoDecisions))?;
    }
    for d in &examined.decisions {
        let verdict = match d.decision {
            Verdict::Accepted => msg(lang, Msg::Accepted),
            Verdict::Rejected => msg(lang, Msg::Rejected),
        };
        writeln!(
            out,
            "  {}  {}  {verdict}: {}",
            d.at,
            escape(&d.reviewer),
            escape(&d.reason)
        )?;
    }
    writeln!(out, "\n{}:", msg(lang, Msg::Disagreements))?;
    if examined.disputed.is_empty() {
        writeln!(out, "  {}", msg(lang, Msg::NoDisagreements))?;
    }
    for d in &examined.disputed {
        writeln!(
            out,
            "  {}  {}: {}",
            d.criterion,
            msg(lang, Msg::Consensus),
            agreed_text(&d.consensus, lang)
        )?;
        for w in &d.witnesses {
            let evidence = if w.evidence.is_empty() {
                String::new()
            } else {
                format!("  {}", w.evidence.join(" "))
            };
            writeln!(
                out,
                "    {}: {} ({}){}",
                escape(&w.source),
                escape(&w.answer),
                escape(&w.observation),
                escape(&evidence)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A consensus as words in `lang`.
pub(crate) fn agreed_text(agreed: &Agreed, lang: Lang) -> String {
    match agreed {
        Agreed::On(answer) => answer.clone(),
        Agreed::Disputed => msg(lang, Msg::Disputed).to_owned(),
        Agreed::Unanswered => "–".to_owned(),
    }
}

/// Records a decision by `reviewer` on the submission `id` of `dir`;
/// returns the submission's full id. Blank names and reasons are refused.
pub(crate) fn record(
    dir: &Path,
    id: &str,
    verdict: Verdict,
    reviewer: &str,
    reason: &str,
    lang: Lang,
) -> Result<String, Failure> {
    if reviewer.trim().is_empty() {
        return Err(Failure(msg(lang, Msg::BlankReviewer).to_owned()));
    }
    if reason.trim().is_empty() {
        return Err(Failure(msg(lang, Msg::BlankReason).to_owned()));
    }
    let submission = find(dir, id, lang)?;
    let decision = Decision {
        submission: submission.id.clone(),
        decision: verdict,
        reviewer: reviewer.trim().to_owned(),
        reason: reason.trim().to_owned(),
        at: log::now(),
    };
    log::append(dir, &decision).map_err(|e| {
        Failure(fill(
            msg(lang, Msg::CannotWrite),
            &[&dir.display().to_string(), &e.to_string()],
        ))
    })?;
    Ok(submission.id)
}

fn add_reviewer(args: &ReviewAddArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let file = args.file.display().to_string();
    let name = args.name.trim();
    let token = reviewers::add(&args.file, &args.name, lang).map_err(|error| {
        Failure(match error {
            reviewers::AddError::BadName => {
                fill(msg(lang, Msg::BadReviewerName), &[&format!("{name:?}")])
            }
            reviewers::AddError::Duplicate => {
                fill(msg(lang, Msg::DuplicateReviewer), &[&file, name])
            }
            reviewers::AddError::Io(e) => fill(msg(lang, Msg::CannotAddReviewer), &[&file, &e]),
        })
    })?;
    // The token goes to stdout alone, so a script can capture it.
    println!("{token}");
    eprintln!(
        "napcheck: {}",
        fill(msg(lang, Msg::ReviewerAdded), &[name, &file])
    );
    Ok(ExitCode::SUCCESS)
}

fn decide(args: &ReviewDecideArgs, verdict: Verdict) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let id = record(
        &args.dir,
        &args.id,
        verdict,
        &args.reviewer,
        &args.reason,
        lang,
    )?;
    let word = match verdict {
        Verdict::Accepted => msg(lang, Msg::Accepted),
        Verdict::Rejected => msg(lang, Msg::Rejected),
    };
    writeln!(std::io::stdout().lock(), "{id}: {word}")?;
    Ok(ExitCode::SUCCESS)
}

/// What a review log kept out of a report.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HeldBack {
    /// Submissions without a decision.
    pub(crate) pending: usize,
    /// Submissions whose latest decision is a rejection.
    pub(crate) rejected: usize,
}

/// Keeps, of `inputs`, what counts in a report: of the submissions in a
/// directory with a review log (`DIR/.reviews`), only accepted ones (and
/// pending ones with `include_pending`); everything else as it is. The log
/// beside a file applies however the file was reached (the directory named,
/// the current directory by default, a parent directory, a glob or the
/// file itself), so a rejected submission never counts.
pub(crate) fn held_back(
    inputs: Vec<Input>,
    include_pending: bool,
    lang: Lang,
) -> Result<(Vec<Input>, HeldBack), Failure> {
    let mut logs: HashMap<PathBuf, Option<HashMap<String, Status>>> = HashMap::new();
    let mut held = HeldBack::default();
    let mut kept = Vec::with_capacity(inputs.len());
    for input in inputs {
        let Input::File(path) = &input else {
            kept.push(input);
            continue;
        };
        // A body's reply and the round's manifest are not submissions:
        // the NGO files them.
        let name = path.to_string_lossy();
        if napcheck_cli::check::reply::is_reply(&name)
            || napcheck_cli::check::round::is_manifest(&name)
        {
            kept.push(input);
            continue;
        }
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
            _ => PathBuf::from("."),
        };
        let statuses = match logs.get(&dir) {
            Some(statuses) => statuses,
            None => {
                let statuses = if log::exists(&dir) {
                    Some(log::statuses(&read_log(&dir, lang)?))
                } else {
                    None
                };
                logs.entry(dir).or_insert(statuses)
            }
        };
        let Some(statuses) = statuses else {
            kept.push(input);
            continue;
        };
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        match statuses.get(id).copied().unwrap_or(Status::Pending) {
            Status::Accepted => kept.push(input),
            Status::Pending if include_pending => kept.push(input),
            Status::Pending => held.pending += 1,
            Status::Rejected => held.rejected += 1,
        }
    }
    Ok((kept, held))
}
