//! `napcheck score FILE`: the core's evaluation of one assessment, each
//! rating with its explanation, per commitment and overall, with the counts
//! of commitments fully implemented and under half. An assessment that does
//! not parse or names an unknown set is reported with its location (exit 1).

use crate::args::{ScoreArgs, SimpleFormat};
use crate::failure::Failure;
use napcheck_core::{
    evaluate, parse, pointer, Assessment, CriteriaSet, Evaluation, Lang, Outcome, Severity,
};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Runs the command.
pub(crate) fn run(args: &ScoreArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let catalogue = crate::setup::catalogue(&args.check)?;
    let today = crate::setup::today(&args.check)?;
    let text = read(&args.file)?;
    let assessment: Assessment = match parse::from_str(&text) {
        Ok(a) => a,
        Err(error) => {
            let at = error
                .position
                .unwrap_or_else(|| pointer::locate(&text, &error.finding.pointer));
            eprintln!(
                "{}:{}:{}: error: {} [{}]",
                args.file,
                at.line,
                at.column,
                error.finding.problem.message(lang),
                error.finding.code()
            );
            return Ok(ExitCode::from(1));
        }
    };
    let set = match catalogue.resolve(&assessment.criteria_set) {
        Ok(set) => set,
        Err(problem) => {
            let at = pointer::locate(&text, "/criteria_set");
            eprintln!(
                "{}:{}:{}: error: {} [{}]",
                args.file,
                at.line,
                at.column,
                problem.message(lang),
                problem.code()
            );
            return Ok(ExitCode::from(1));
        }
    };
    let evaluation = evaluate(&assessment, set).map_err(|e| Failure(e.to_string()))?;
    let errors = napcheck_core::check(&assessment, &catalogue, today)
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    let mut out = std::io::stdout().lock();
    match args.format {
        SimpleFormat::Json => {
            let value = to_json(&evaluation, set, lang, errors)?;
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        SimpleFormat::Human => human(&mut out, &assessment, &evaluation, set, lang, errors)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn read(file: &str) -> Result<String, Failure> {
    let mut text = String::new();
    if file == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure(format!("cannot read standard input: {e}")))?;
    } else {
        text = std::fs::read_to_string(file)
            .map_err(|e| Failure(format!("cannot read {file}: {e}")))?;
    }
    Ok(text)
}

fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_owned(), |s| format!("{s:.1}%"))
}

fn explanation(evaluation: &Evaluation, index: usize, set: &CriteriaSet, lang: Lang) -> String {
    let result = &evaluation.criteria[index];
    match set.criteria.iter().find(|c| c.id == result.criterion) {
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
    writeln!(
        out,
        "{} ({}), checked on {}\n{} {}: {}",
        assessment.site.name,
        assessment.site.url,
        assessment.checked_on,
        set.id,
        set.version,
        set.title.get(lang)
    )?;
    for commitment in &evaluation.commitments {
        let title = set
            .commitments
            .iter()
            .find(|c| c.id == commitment.commitment)
            .map_or("", |c| c.title.get(lang));
        writeln!(
            out,
            "\n{}  {}\n  score {} (rated {}, answered {} of {})",
            commitment.commitment,
            title,
            percent(commitment.score),
            commitment.rated,
            commitment.answered,
            commitment.applicable
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
                result.outcome.label(set, lang),
                explanation(evaluation, i, set, lang)
            )?;
        }
    }
    writeln!(
        out,
        "\noverall {}; {} of {} commitments fully implemented, {} under 50%; {} of {} criteria answered",
        percent(evaluation.overall),
        evaluation.fully_implemented,
        evaluation.commitments.len(),
        evaluation.under_half,
        evaluation.answered,
        evaluation.applicable
    )?;
    if errors > 0 {
        writeln!(
            out,
            "note: the assessment has {errors} error(s); run `napcheck validate` for details"
        )?;
    }
    Ok(())
}
