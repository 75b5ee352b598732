//! The one row model of the report formats. Markdown and HTML take their
//! tables' rows and skip rules from [`Section`] (commitments scored, the
//! criterion rows by kind of body that have an answer, the dated
//! freshness); CSV and Parquet write the same tidy long rows
//! ([`TidyRow`], typed), made here once: `tidy_rows` for one dataset,
//! `trend_rows` for rounds compared. A format only renders rows; a new
//! section adds its rows here.

use super::Meta;
use super::Section;
use napcheck_core::aggregate::{CommitmentTally, CriterionTally, Freshness, OutcomeCounts};
use napcheck_core::criteria::Commitment;
use napcheck_core::reply::CommentPeriod;
use napcheck_core::trend::{Cell, Change, Trend};
use napcheck_core::{BodyKind, Catalogue, CriteriaSet, Day, Lang, Observation, Outcome};
use std::io;

impl<'a> Section<'a> {
    /// The commitments some body was scored on, with their place in the
    /// set: the rows of the commitments table and the columns of the
    /// bodies table.
    pub(crate) fn commitment_rows(
        &self,
    ) -> impl Iterator<Item = (usize, &'a CommitmentTally, &'a Commitment)> + 'a {
        self.aggregate
            .commitments
            .iter()
            .zip(&self.set.commitments)
            .enumerate()
            .filter(|(_, (c, _))| c.scored > 0)
            .map(|(i, (c, m))| (i, c, m))
    }

    /// The criteria by kind of body that some body answered, with the
    /// criterion's title in `lang`: the rows of the criteria table.
    pub(crate) fn criterion_rows(
        &self,
        lang: Lang,
    ) -> impl Iterator<Item = (&'a CriterionTally, &'a str, BodyKind, &'a OutcomeCounts)> + 'a {
        let set = self.set;
        self.aggregate.criteria.iter().flat_map(move |tally| {
            let criterion = set.criterion(&tally.criterion);
            tally
                .by_kind
                .iter()
                .filter(move |_| criterion.is_some())
                .filter(|(_, counts)| counts.unanswered != counts.total())
                .map(move |(kind, counts)| {
                    let title = criterion.map_or("", |c| c.title.get(lang));
                    (tally, title, *kind, counts)
                })
        })
    }

    /// The date criteria with some date, with their titles in `lang`.
    pub(crate) fn freshness_rows(
        &self,
        lang: Lang,
    ) -> impl Iterator<Item = (&'a Freshness, &'a str)> + 'a {
        let set = self.set;
        self.aggregate
            .freshness
            .iter()
            .filter(|f| f.dated() > 0)
            .map(move |f| {
                let title = set
                    .criterion(&f.criterion)
                    .map_or("", |c| c.title.get(lang));
                (f, title)
            })
    }
}

/// A figure of a tidy row.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) enum Value {
    /// None.
    #[default]
    Empty,
    /// A measure, written with this many decimals.
    Decimal(f64, usize),
    /// A count.
    Count(usize),
    /// A word (a reply's status, whether a report is provisional): text in
    /// CSV's `value`, in Parquet's `value_text` (its `DOUBLE` `value` null).
    Text(&'static str),
}

impl Value {
    fn decimal(value: Option<f64>, decimals: usize) -> Value {
        value.map_or(Value::Empty, |v| Value::Decimal(v, decimals))
    }

    /// The number, for typed formats.
    pub(crate) fn number(self) -> Option<f64> {
        match self {
            Value::Empty => None,
            Value::Decimal(v, _) => Some(v),
            Value::Count(n) => Some(n as f64),
            Value::Text(_) => None,
        }
    }

    /// The word, for typed formats' text column.
    pub(crate) fn word(self) -> Option<&'static str> {
        match self {
            Value::Text(word) => Some(word),
            _ => None,
        }
    }
}

/// The `period` row of a round's comment period: its days, and whether
/// the report is provisional on `today`; `round` names it when rounds are
/// compared.
pub(crate) fn period_row<'a>(round: &'a str, period: &CommentPeriod, today: Day) -> TidyRow<'a> {
    TidyRow {
        table: "period",
        checked_on: Some(period.from),
        checked_until: Some(period.until),
        measure: "provisional",
        value: Value::Text(if period.is_provisional_on(today) {
            "true"
        } else {
            "false"
        }),
        round,
        ..TidyRow::default()
    }
}

/// With rounds compared: the `period` row of each round that has one.
pub(crate) fn round_period_rows(
    meta: &Meta,
    emit: &mut impl FnMut(&TidyRow<'_>) -> io::Result<()>,
) -> io::Result<()> {
    for (label, period) in &meta.periods {
        emit(&period_row(label, period, meta.today))?;
    }
    Ok(())
}

/// One row of the tidy long table (docs/cli.md documents each column);
/// empty fields stay empty. `round` and `change` are the trend's.
#[derive(Debug, Clone, Default)]
pub(crate) struct TidyRow<'a> {
    pub(crate) table: &'static str,
    pub(crate) set: &'a str,
    pub(crate) version: &'a str,
    pub(crate) body: String,
    pub(crate) name: &'a str,
    pub(crate) kind: &'a str,
    pub(crate) checked_on: Option<Day>,
    pub(crate) checked_until: Option<Day>,
    pub(crate) commitment: &'a str,
    pub(crate) criterion: &'a str,
    pub(crate) title: &'a str,
    pub(crate) observation_type: &'a str,
    pub(crate) observation: String,
    pub(crate) rating: &'a str,
    pub(crate) points: Option<u8>,
    /// Rated criteria in percent of the relevant ones.
    pub(crate) coverage: Option<f64>,
    pub(crate) measure: &'a str,
    pub(crate) value: Value,
    pub(crate) round: &'a str,
    pub(crate) change: Option<Change>,
}

/// The rows of one dataset: `rating` (per body and relevant criterion),
/// `score` (per body: commitments, then overall, assessments, agreement,
/// alpha, disputed) and `count` (per criterion, kind of body and rating).
/// Per-body rows come from the same consensus and evaluation the
/// aggregate folds (`ByBody::consensuses`), so they never re-score.
pub(crate) fn tidy_rows(
    sections: &[Section<'_>],
    meta: &Meta,
    emit: &mut impl FnMut(&TidyRow<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let lang = meta.lang;
    if let Some(period) = &meta.comments {
        emit(&period_row("", period, meta.today))?;
    }
    for section in sections {
        let set = section.set;
        let version = set.version.to_string();
        let contested = super::replies::contested_list(section);
        let extra = super::replies::tidy_rows(section, &contested, lang)
            .into_iter()
            .chain(super::probe_agreement::tidy_rows(section, lang));
        for row in extra {
            emit(&TidyRow {
                set: &set.id,
                version: &version,
                ..row
            })?;
        }
        for (body, evaluation) in section.bodies.consensuses(set) {
            let assessment = &body.assessment;
            let base = TidyRow {
                set: &set.id,
                version: &version,
                body: body.id.to_string(),
                name: &assessment.site.name,
                kind: assessment.site.body_kind.id(),
                checked_on: Some(assessment.checked_on),
                checked_until: assessment.checked_until,
                ..TidyRow::default()
            };
            let mut next = 0;
            let disputed = body.disputed();
            for result in &evaluation.criteria {
                let mut observation =
                    answer_from(&assessment.answers, &mut next, &result.criterion);
                let (mut rating, mut points) = rating(&result.outcome);
                // A tie among assessors: the consensus holds no observation
                // of anyone (it stands as "not assessable" so that it is
                // never scored); the row says `disputed`, as the counts do.
                if disputed.contains(&result.criterion.as_str()) {
                    (observation, rating, points) = (None, "disputed", None);
                }
                emit(&TidyRow {
                    table: "rating",
                    commitment: &result.commitment,
                    criterion: &result.criterion,
                    title: criterion_title(set, &result.criterion, lang),
                    observation_type: observation.map_or("", Observation::type_name),
                    observation: observation.map_or_else(String::new, observation_text),
                    rating,
                    points,
                    measure: "contribution",
                    value: Value::decimal(result.contribution, 2),
                    ..base.clone()
                })?;
            }
            for score in &evaluation.commitments {
                emit(&TidyRow {
                    table: "score",
                    commitment: &score.commitment,
                    title: commitment_title(set, &score.commitment, lang),
                    coverage: coverage(score.coverage),
                    measure: "score",
                    value: Value::decimal(score.score, 1),
                    ..base.clone()
                })?;
            }
            let figures = [
                ("overall", Value::decimal(evaluation.overall, 1)),
                ("assessments", Value::Count(body.assessments)),
                ("agreement", Value::decimal(body.agreement.percent(), 1)),
                ("alpha", Value::decimal(body.agreement.alpha(), 3)),
                ("disputed", Value::Count(body.disputed().len())),
            ];
            for (measure, value) in figures {
                emit(&TidyRow {
                    table: "score",
                    coverage: if measure == "overall" {
                        coverage(evaluation.coverage)
                    } else {
                        None
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
                    ("disputed", counts.disputed),
                ]);
                for (rating, bodies) in by_rating {
                    emit(&TidyRow {
                        table: "count",
                        set: &set.id,
                        version: &version,
                        kind: kind.id(),
                        commitment: &tally.commitment,
                        criterion: &tally.criterion,
                        title: criterion_title(set, &tally.criterion, lang),
                        rating,
                        measure: "bodies",
                        value: Value::Count(bodies),
                        ..TidyRow::default()
                    })?;
                }
            }
        }
    }
    Ok(())
}

/// The rows of rounds compared, each with its `round` and, from the
/// second round on, its `change` from the round before: `trend` (per
/// body, criterion and round: the rating and its score in percent of the
/// best level), `trend_score` (per body and round: each commitment of the
/// basis, the overall score, the assessments) and `moves` (per step, to
/// the later round: for the overall score, each commitment and each
/// criterion, how many bodies moved each way). A body no longer assessed
/// keeps a row in the later round with only its change.
pub(crate) fn trend_rows(
    trend: &Trend,
    catalogue: &Catalogue,
    lang: Lang,
    emit: &mut impl FnMut(&TidyRow<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let sets: Vec<(&str, Option<&CriteriaSet>, String)> = trend
        .criteria
        .iter()
        .map(|c| c.set.as_str())
        .chain([trend.set.id.as_str()])
        .fold(Vec::new(), |mut seen: Vec<&str>, id| {
            if !seen.contains(&id) {
                seen.push(id);
            }
            seen
        })
        .into_iter()
        .map(|id| {
            let set = catalogue.set(id);
            (
                id,
                set,
                set.map_or_else(String::new, |s| s.version.to_string()),
            )
        })
        .collect();
    let set_of = |id: &str| sets.iter().find(|(s, _, _)| *s == id);
    let basis = set_of(&trend.set.id);
    let (basis_set, basis_version) = (basis.and_then(|b| b.1), basis.map_or("", |b| b.2.as_str()));
    let titles: Vec<&str> = trend
        .criteria
        .iter()
        .map(|c| {
            set_of(&c.set)
                .and_then(|s| s.1)
                .map_or("", |s| criterion_title(s, &c.criterion, lang))
        })
        .collect();
    let step_into = |r: usize| r.checked_sub(1).and_then(|s| trend.steps.get(s));
    for body in &trend.bodies {
        let id = body.id.to_string();
        for (r, round) in trend.rounds.iter().enumerate() {
            let here = body.rounds[r].as_ref();
            let base = TidyRow {
                set: &trend.set.id,
                version: basis_version,
                body: id.clone(),
                name: &body.name,
                kind: body.kind.id(),
                checked_on: here.map(|b| b.checked_on),
                checked_until: here.and_then(|b| b.checked_until),
                round: &round.label,
                ..TidyRow::default()
            };
            let step = step_into(r);
            for (c, criterion) in trend.criteria.iter().enumerate() {
                let cell = here.map_or(Cell::Absent, |b| b.cells[c]);
                let change = step.and_then(|s| trend.criterion_change(body, c, s));
                if matches!(cell, Cell::Absent | Cell::NotRelevant) && change.is_none() {
                    continue;
                }
                let own = set_of(&criterion.set);
                emit(&TidyRow {
                    table: "trend",
                    set: &criterion.set,
                    version: own.map_or("", |s| s.2.as_str()),
                    commitment: &criterion.commitment,
                    criterion: &criterion.criterion,
                    title: titles[c],
                    rating: trend.rating(c, cell),
                    points: match cell {
                        Cell::Rated { points, .. } => Some(points),
                        _ => None,
                    },
                    measure: "score",
                    value: Value::decimal(trend.percent(c, cell), 1),
                    change,
                    ..base.clone()
                })?;
            }
            for (c, commitment) in trend.commitments.iter().enumerate() {
                let change = step.and_then(|s| Trend::commitment_change(body, c, s));
                if here.is_none() && change.is_none() {
                    continue;
                }
                emit(&TidyRow {
                    table: "trend_score",
                    commitment,
                    title: basis_set.map_or("", |s| commitment_title(s, commitment, lang)),
                    measure: "score",
                    value: Value::decimal(here.and_then(|b| b.commitments[c]), 1),
                    change,
                    ..base.clone()
                })?;
            }
            let change = step.and_then(|s| Trend::overall_change(body, s));
            if here.is_none() && change.is_none() {
                continue;
            }
            emit(&TidyRow {
                table: "trend_score",
                coverage: here.and_then(|b| coverage(b.coverage)),
                measure: "overall",
                value: Value::decimal(here.and_then(|b| b.overall), 1),
                change,
                ..base.clone()
            })?;
            if let Some(b) = here {
                emit(&TidyRow {
                    table: "trend_score",
                    measure: "assessments",
                    value: Value::Count(b.assessments),
                    ..base.clone()
                })?;
            }
        }
    }
    for step in &trend.steps {
        let base = TidyRow {
            table: "moves",
            set: &trend.set.id,
            version: basis_version,
            round: &trend.rounds[step.to].label,
            measure: "bodies",
            ..TidyRow::default()
        };
        let overall = std::iter::once(("", "", "", &trend.set.id, &step.overall));
        let commitments = trend
            .commitments
            .iter()
            .zip(&step.commitments)
            .map(|(c, m)| {
                let title = basis_set.map_or("", |s| commitment_title(s, c, lang));
                (c.as_str(), "", title, &trend.set.id, m)
            });
        let criteria =
            trend
                .criteria
                .iter()
                .zip(&step.criteria)
                .zip(&titles)
                .map(|((c, m), title)| {
                    (
                        c.commitment.as_str(),
                        c.criterion.as_str(),
                        *title,
                        &c.set,
                        m,
                    )
                });
        for (commitment, criterion, title, set, moves) in overall.chain(commitments).chain(criteria)
        {
            let version = set_of(set).map_or("", |s| s.2.as_str());
            for change in Change::ALL {
                if criterion.is_empty() && change == Change::NotComparable {
                    continue;
                }
                emit(&TidyRow {
                    set,
                    version,
                    commitment,
                    criterion,
                    title,
                    value: Value::Count(moves.get(change)),
                    change: Some(change),
                    ..base.clone()
                })?;
            }
        }
    }
    Ok(())
}

/// The answer to `criterion`, searching from the previous hit.
fn answer_from<'a>(
    answers: &'a [napcheck_core::Answer],
    next: &mut usize,
    criterion: &str,
) -> Option<&'a Observation> {
    let n = answers.len();
    let found = (0..n)
        .map(|k| (*next + k) % n)
        .find(|&p| answers[p].criterion == criterion)?;
    *next = found + 1;
    Some(&answers[found].observation)
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
    set.criterion(id).map_or("", |c| c.title.get(lang))
}

fn commitment_title<'s>(set: &'s CriteriaSet, id: &str, lang: Lang) -> &'s str {
    set.commitment(id).map_or("", |c| c.title.get(lang))
}

/// Rated criteria in percent of the relevant ones; none when nothing is
/// relevant.
fn coverage(coverage: napcheck_core::Coverage) -> Option<f64> {
    (coverage.relevant > 0).then(|| coverage.rated as f64 * 100.0 / coverage.relevant as f64)
}
