//! `napcheck score FILE`: the core's evaluation of one assessment, each
//! rating with its explanation, per commitment and overall, with the counts
//! of commitments fully implemented and under half. It is read and checked
//! as `validate` reads and checks (32 MiB at most, UTF-8, no FIFO opened;
//! the same `Checker`, so the same layers, the schema's included). An
//! assessment that is too large, does not parse (a repeated key among them)
//! or names an unknown set is reported with its location (exit 1); other
//! errors are counted in a note under the scores.

use crate::args::{ScoreArgs, SimpleFormat};
use crate::checker::Checker;
use crate::failure::Failure;
use crate::input::paths::Input;
use crate::input::read;
use crate::terminal::escape;
use crate::validate::format::words::severity;
use napcheck_cli::check::document;
use napcheck_cli::check::outcome::Layer;
use napcheck_core::{
    evaluate, Assessment, CriteriaSet, Evaluation, Lang, Outcome, Position, Severity,
};
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;
use words::Overall;

mod words;

/// Runs the command.
pub(crate) fn run(args: &ScoreArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let checker = Checker::new(&args.check)?;
    let cx = checker.context(lang)?;
    let input = match args.file.as_str() {
        "-" => Input::Stdin,
        file => Input::File(file.into()),
    };
    // validate's reader: the 32 MiB limit, UTF-8 located, no FIFO opened.
    let text = match read::read(&input, read::DEFAULT_MAX_SIZE, lang) {
        read::Read::Text(text) => text,
        read::Read::Refused(refusal) => {
            error_at(
                lang,
                &args.file,
                refusal.position,
                &refusal.message,
                &refusal.code,
            );
            return Ok(ExitCode::from(1));
        }
        read::Read::Unreadable(reason) => {
            return Err(Failure(format!(
                "{} {}: {}",
                crate::input::words::cannot_read(lang),
                args.file,
                reason.text(lang)
            )))
        }
    };
    // validate's whole check: syntax, repeated keys, schema, shape, semantics.
    let checked = document::check_document(&text, &cx);
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let set = checked
        .assessment
        .as_ref()
        .and_then(|a| cx.catalogue.resolve(&a.criteria_set).ok());
    // A repeated key leaves which value counts to the reader: not scored.
    let unread = errors.iter().any(|d| d.layer == Layer::Syntax);
    let (Some(assessment), Some(set), false) = (checked.assessment.as_ref(), set, unread) else {
        // Unparsable, or its set is unknown: nothing to score.
        for error in errors {
            error_at(
                lang,
                &args.file,
                error.position,
                &error.message,
                &error.code,
            );
        }
        return Ok(ExitCode::from(1));
    };
    let errors = errors.len();
    let evaluation = evaluate(assessment, set).map_err(|e| Failure(e.to_string()))?;
    let mut out = std::io::stdout().lock();
    match args.format {
        SimpleFormat::Json => {
            let value = to_json(&evaluation, set, lang, errors)?;
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        SimpleFormat::Human => human(&mut out, assessment, &evaluation, set, lang, errors)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// One refusal on stderr, as `FILE:LINE:COLUMN: error: MESSAGE [CODE]`
/// ("error" in `lang`).
fn error_at(lang: Lang, file: &str, at: Position, message: &str, code: &str) {
    eprintln!(
        "{}:{}:{}: {}: {} [{code}]",
        escape(file),
        at.line,
        at.column,
        severity(lang, Severity::Error),
        escape(message)
    );
}

fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_owned(), |s| format!("{s:.1}%"))
}

fn explanation(evaluation: &Evaluation, index: usize, set: &CriteriaSet, lang: Lang) -> String {
    let result = &evaluation.criteria[index];
    match set.criterion(&result.criterion) {
        Some(criterion) => result.explanation.render(lang, criterion, set),
        None => result.criterion.clone(),
    }
}

fn to_json(
    evaluation: &Evaluation,
    set: &CriteriaSet,
    lang: Lang,
    errors: usize,
) -> Result<Value, Failure> {
    let mut value = serde_json::to_value(evaluation)?;
    if let Some(Value::Array(criteria)) = value.get_mut("criteria") {
        for (i, entry) in criteria.iter_mut().enumerate() {
            entry["explanation"] = json!(explanation(evaluation, i, set, lang));
        }
    }
    value["criteria_set"] = json!({ "id": set.id, "version": set.version.to_string() });
    value["errors"] = json!(errors);
    Ok(value)
}

fn human(
    out: &mut impl Write,
    assessment: &Assessment,
    evaluation: &Evaluation,
    set: &CriteriaSet,
    lang: Lang,
    errors: usize,
) -> std::io::Result<()> {
    let site = format!(
        "{}{}",
        escape(&assessment.site.name),
        assessment
            .site
            .url
            .as_ref()
            .map_or(String::new(), |url| format!(" ({})", escape(url))),
    );
    let day = match assessment.checked_until {
        Some(until) if until != assessment.checked_on => {
            format!("{}..{until}", assessment.checked_on)
        }
        _ => assessment.checked_on.to_string(),
    };
    writeln!(
        out,
        "{}\n{} {}: {}",
        words::heading(lang, &site, &day),
        escape(&set.id),
        set.version,
        escape(set.title.get(lang))
    )?;
    for commitment in &evaluation.commitments {
        let title = set
            .commitment(&commitment.commitment)
            .map_or("", |c| c.title.get(lang));
        writeln!(
            out,
            "\n{}  {}\n  {}",
            escape(&commitment.commitment),
            escape(title),
            words::commitment_line(
                lang,
                &percent(commitment.score),
                commitment.coverage.rated,
                commitment.answered,
                commitment.coverage.relevant
            )
        )?;
        for (i, result) in evaluation.criteria.iter().enumerate() {
            if result.commitment != commitment.commitment {
                continue;
            }
            let mark = match result.outcome {
                Outcome::Rated { points, .. } => format!("{points:>3}"),
                _ => "  -".to_owned(),
            };
            writeln!(
                out,
                "  {mark}  {}: {}",
                escape(&result.outcome.label(set, lang)),
                escape(&explanation(evaluation, i, set, lang))
            )?;
        }
    }
    let overall = Overall {
        score: &percent(evaluation.overall),
        fully: evaluation.fully_implemented,
        commitments: evaluation.commitments.len(),
        under_half: evaluation.under_half,
        answered: evaluation.answered,
        relevant: evaluation.coverage.relevant,
    };
    writeln!(out, "\n{}", words::overall(lang, &overall))?;
    if errors > 0 {
        writeln!(out, "{}", words::has_errors(lang, errors))?;
    }
    Ok(())
}
