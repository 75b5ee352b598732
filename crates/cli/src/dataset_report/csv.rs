//! `--format csv`: one tidy table in long form, one header, every row
//! labelled by its `table` column — `rating` (one row per body and relevant
//! criterion: its consensus observation, rating and points), `score` (per
//! body: each commitment's score and coverage, then overall, assessments,
//! agreement and alpha, one figure a row) and `count` (per criterion, kind
//! of body and rating: how many bodies). Columns are documented in
//! docs/cli.md; a field is quoted when it needs to be (RFC 4180).
//!
//! Commitment ids such as `1.1` or `4.2.1` are written `c1.1`, `c4.2.1`, so
//! that no spreadsheet or data frame turns them into numbers or dates (see
//! [`spreadsheet_safe`]).

use super::{Meta, Section};
use napcheck_core::{CriteriaSet, Lang, Observation, Outcome};
use std::io::{self, Write};

/// The columns, in order.
const HEADER: &str = "table,set,version,body,name,kind,checked_on,checked_until,commitment,\
criterion,title,observation_type,observation,rating,points,coverage,measure,value";

/// One row; empty fields stay empty.
#[derive(Default, Clone)]
pub(super) struct Row<'a> {
    pub(super) table: &'a str,
    pub(super) body: String,
    pub(super) name: &'a str,
    pub(super) kind: &'a str,
    pub(super) checked_on: String,
    pub(super) checked_until: String,
    pub(super) commitment: &'a str,
    pub(super) criterion: &'a str,
    pub(super) title: &'a str,
    pub(super) observation_type: &'a str,
    pub(super) observation: String,
    pub(super) rating: &'a str,
    pub(super) points: String,
    pub(super) coverage: String,
    pub(super) measure: &'a str,
    pub(super) value: String,
}

/// Writes the table.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    writeln!(out, "{HEADER}")?;
    if let Some(period) = &meta.comments {
        write_row(
            out,
            ",",
            &Row {
                table: "period",
                checked_on: period.from.to_string(),
                checked_until: period.until.to_string(),
                measure: "provisional",
                value: period.is_provisional_on(meta.today).to_string(),
                ..Row::default()
            },
        )?;
    }
    for section in sections {
        let set = section.set;
        let prefix = format!("{},{}", field(&set.id), field(&set.version.to_string()));
        let contested = super::replies::csv_list(section);
        let extra = super::replies::csv_rows(section, &contested, meta.lang)
            .into_iter()
            .chain(super::probe_agreement::csv_rows(section, meta.lang));
        for row in extra {
            write_row(out, &prefix, &row)?;
        }
        let mut line = |row: &Row<'_>| write_row(out, &prefix, row);
        for (body, evaluation) in section.bodies.consensuses(set) {
            let assessment = &body.assessment;
            let base = Row {
                body: body.id.to_string(),
                name: &assessment.site.name,
                kind: assessment.site.body_kind.id(),
                checked_on: assessment.checked_on.to_string(),
                checked_until: assessment
                    .checked_until
                    .map_or_else(String::new, |d| d.to_string()),
                ..Row::default()
            };
            for result in &evaluation.criteria {
                let observation = assessment
                    .answers
                    .iter()
                    .find(|a| a.criterion == result.criterion)
                    .map(|a| &a.observation);
                let (rating, points) = rating(&result.outcome);
                line(&Row {
                    table: "rating",
                    commitment: &result.commitment,
                    criterion: &result.criterion,
                    title: criterion_title(set, &result.criterion, meta.lang),
                    observation_type: observation.map_or("", Observation::type_name),
                    observation: observation.map_or_else(String::new, observation_text),
                    rating,
                    points: points.map_or_else(String::new, |p| p.to_string()),
                    measure: "contribution",
                    value: number(result.contribution, 2),
                    ..base.clone()
                })?;
            }
            for score in &evaluation.commitments {
                line(&Row {
                    table: "score",
                    commitment: &score.commitment,
                    title: commitment_title(set, &score.commitment, meta.lang),
                    coverage: coverage(score.coverage),
                    measure: "score",
                    value: number(score.score, 1),
                    ..base.clone()
                })?;
            }
            let figures = [
                ("overall", number(evaluation.overall, 1)),
                ("assessments", body.assessments.to_string()),
                ("agreement", number(body.agreement.percent(), 1)),
                ("alpha", number(body.agreement.alpha(), 3)),
                ("disputed", body.disputed().len().to_string()),
            ];
            for (measure, value) in figures {
                line(&Row {
                    table: "score",
                    coverage: if measure == "overall" {
                        coverage(evaluation.coverage)
                    } else {
                        String::new()
                    },
                    measure,
                    value,
                    ..base.clone()
                })?;
            }
        }
        let levels: Vec<&str> = set.scale.levels.iter().map(|l| l.id.as_str()).collect();
        for tally in &section.aggregate.criteria {
            for (kind, counts) in &tally.by_kind {
                let by_rating = levels.iter().map(|&l| (l, counts.level(l))).chain([
                    ("not_applicable", counts.not_applicable),
                    ("not_assessable", counts.not_assessable),
                    ("unanswered", counts.unanswered),
                    ("invalid", counts.invalid),
                ]);
                for (rating, bodies) in by_rating {
                    line(&Row {
                        table: "count",
                        kind: kind.id(),
                        commitment: &tally.commitment,
                        criterion: &tally.criterion,
                        title: criterion_title(set, &tally.criterion, meta.lang),
                        rating,
                        measure: "bodies",
                        value: bodies.to_string(),
                        ..Row::default()
                    })?;
                }
            }
        }
    }
    Ok(())
}

fn write_row(out: &mut impl Write, prefix: &str, row: &Row<'_>) -> io::Result<()> {
    writeln!(
        out,
        "{},{prefix},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
        row.table,
        text(&row.body),
        text(row.name),
        row.kind,
        row.checked_on,
        row.checked_until,
        field(&spreadsheet_safe(row.commitment)),
        field(row.criterion),
        text(row.title),
        row.observation_type,
        text(&row.observation),
        field(row.rating),
        row.points,
        row.coverage,
        row.measure,
        row.value
    )
}

/// The rating's id (a level of the scale, `not_applicable`,
/// `not_assessable`, `unanswered` or `invalid`) and the level's points.
fn rating(outcome: &Outcome) -> (&str, Option<u8>) {
    match outcome {
        Outcome::Rated { level, points } => (level, Some(*points)),
        Outcome::NotApplicable => ("not_applicable", None),
        Outcome::NotAssessable => ("not_assessable", None),
        Outcome::Unanswered => ("unanswered", None),
        Outcome::NeedsCorrection { .. } => ("invalid", None),
    }
}

/// An observation's value as plain text: `true`/`false`, a number, a day
/// or month, option ids, links or `network` / `network url`, several
/// separated by ` ; `.
pub(super) fn observation_text(observation: &Observation) -> String {
    match observation {
        Observation::YesNo(yes) => yes.to_string(),
        Observation::Choice(id) => id.clone(),
        Observation::Choices(ids) => ids.join(" ; "),
        Observation::Count(n) => n.to_string(),
        Observation::Date(day) => day.to_string(),
        Observation::Month(month) => month.to_string(),
        Observation::Urls(urls) => urls.join(" ; "),
        Observation::Accounts(accounts) => accounts
            .iter()
            .map(|a| {
                let network = serde_json::to_value(a.network)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                match &a.url {
                    Some(url) => format!("{network} {url}"),
                    None => network,
                }
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        Observation::NotApplicable | Observation::NotAssessable => String::new(),
    }
}

fn criterion_title<'s>(set: &'s CriteriaSet, id: &str, lang: Lang) -> &'s str {
    set.criteria
        .iter()
        .find(|c| c.id == id)
        .map_or("", |c| c.title.get(lang))
}

fn commitment_title<'s>(set: &'s CriteriaSet, id: &str, lang: Lang) -> &'s str {
    set.commitments
        .iter()
        .find(|c| c.id == id)
        .map_or("", |c| c.title.get(lang))
}

/// Rated criteria in percent of the relevant ones, one decimal.
fn coverage(coverage: napcheck_core::Coverage) -> String {
    if coverage.relevant == 0 {
        return String::new();
    }
    format!(
        "{:.1}",
        coverage.rated as f64 * 100.0 / coverage.relevant as f64
    )
}

/// A number with `decimals` decimals, empty when there is none.
fn number(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(String::new, |v| format!("{v:.decimals$}"))
}

/// A commitment id as the CSV writes it: `c` and the id (`c1.1`,
/// `c4.2.1`, `c2.10`), empty when there is none. Written bare, LibreOffice
/// reads `1.1` as a number in en-US and `4.2.1` as a date in ru-RU, and
/// quoting does not stop it; pandas and DuckDB read a column of `2.1` and
/// `2.10` as the same number. Only a leading letter kept every id intact in
/// all of them (`scripts/test-csv-readers` checks it); the id is the text
/// after the `c`.
fn spreadsheet_safe(id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        format!("c{id}")
    }
}

/// A text from the data (a name, title, observation, body id) that a
/// spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return (LibreOffice evaluates `=HYPERLINK(…)` from a
/// CSV by default) — is written after an apostrophe, as OWASP advises
/// against CSV injection; any other text as it is. Then quoted as needed.
fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        field(&format!("'{value}"))
    } else {
        field(value)
    }
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
