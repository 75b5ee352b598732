//! The report of rounds compared (`--rounds`, `--rounds-by`): the core's
//! [`Trend`] seen as the rows every format shows — the headline of each
//! step, the rounds, the bodies by how their overall score, each
//! commitment and each criterion moved, each body's overall score per
//! round, the changes per body and criterion, and the criteria not
//! comparable with their reason. Markdown (`markdown.rs`) and HTML
//! (`html.rs`) render these rows; JSON (`json.rs`) writes the same
//! figures; CSV and Parquet write the tidy rows of `rows.rs`.

pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod markdown;

use super::words::{word, Word};
use napcheck_core::trend::{
    change_label, headline, BodyTrend, Cell, Change, Moves, NotComparable, Step, Trend,
};
use napcheck_core::{Catalogue, Lang};

/// The trend with what its rows need to be named.
pub(crate) struct View<'a> {
    pub(crate) trend: &'a Trend,
    pub(crate) catalogue: &'a Catalogue,
    pub(crate) lang: Lang,
}

/// One changed answer of one body: the criterion, each round's rating and
/// score, and each step's change.
pub(crate) struct ChangeRow<'a> {
    pub(crate) body: &'a BodyTrend,
    pub(crate) criterion: usize,
    pub(crate) cells: Vec<(String, Option<f64>)>,
    pub(crate) changes: Vec<Option<Change>>,
}

impl<'a> View<'a> {
    /// "Compared on: Title (set version), through the crosswalk id".
    pub(crate) fn basis_line(&self) -> String {
        let t = self.trend;
        let title = self
            .catalogue
            .set(&t.set.id)
            .map_or("", |s| s.title.get(self.lang));
        let mut line = format!(
            "{}: {title} ({} {})",
            word(self.lang, Word::ComparedOn),
            t.set.id,
            t.set.version
        );
        if !t.crosswalks.is_empty() {
            line.push_str(&format!(
                ", {} {}",
                word(self.lang, Word::Through),
                t.crosswalks.join(", ")
            ));
        }
        line
    }

    /// Each round: "label: bodies N, assessments M (set@version)".
    pub(crate) fn round_lines(&self) -> Vec<String> {
        self.trend
            .rounds
            .iter()
            .map(|r| {
                format!(
                    "{}: {} {}, {} {} ({})",
                    r.label,
                    word(self.lang, Word::Bodies),
                    r.bodies,
                    word(self.lang, Word::AssessmentsLower),
                    r.assessments,
                    r.sets.join(", ")
                )
            })
            .collect()
    }

    /// The headline of each step, with the step.
    pub(crate) fn headlines(&self) -> impl Iterator<Item = (&'a Step, String)> + '_ {
        self.trend.steps.iter().map(|s| {
            let rounds = &self.trend.rounds;
            let line = headline(
                self.lang,
                &rounds[s.from].label,
                &rounds[s.to].label,
                &s.overall,
            );
            (s, line)
        })
    }

    /// "from → to" of a step.
    pub(crate) fn step_name(&self, step: &Step) -> String {
        let rounds = &self.trend.rounds;
        format!("{} → {}", rounds[step.from].label, rounds[step.to].label)
    }

    /// The changes a table of moves shows: every one but "not comparable",
    /// which only criteria have.
    pub(crate) fn changes(criteria: bool) -> impl Iterator<Item = Change> {
        Change::ALL
            .into_iter()
            .filter(move |&c| criteria || c != Change::NotComparable)
    }

    /// A change's name.
    pub(crate) fn change(&self, change: Option<Change>) -> &'static str {
        change.map_or("–", |c| change_label(self.lang, c))
    }

    /// The moves of one step per commitment: "id title" and the moves.
    pub(crate) fn commitment_moves(
        &self,
        step: &'a Step,
    ) -> impl Iterator<Item = (String, &'a Moves)> + '_ {
        let set = self.catalogue.set(&self.trend.set.id);
        self.trend
            .commitments
            .iter()
            .zip(&step.commitments)
            .filter(|(_, m)| m.total() > 0)
            .map(move |(id, m)| {
                let title = set
                    .and_then(|s| s.commitment(id))
                    .map_or("", |c| c.title.get(self.lang));
                (format!("{id} {title}"), m)
            })
    }

    /// The moves of one step per criterion that some body answered.
    pub(crate) fn criterion_moves(
        &self,
        step: &'a Step,
    ) -> impl Iterator<Item = (String, &'a Moves)> + '_ {
        step.criteria
            .iter()
            .enumerate()
            .filter(|(_, m)| m.total() > 0)
            .map(|(c, m)| (self.criterion_name(c), m))
    }

    /// "id title" of a criterion of the trend.
    pub(crate) fn criterion_name(&self, c: usize) -> String {
        let criterion = &self.trend.criteria[c];
        let title = self
            .catalogue
            .set(&criterion.set)
            .and_then(|s| s.criterion(&criterion.criterion))
            .map_or("", |x| x.title.get(self.lang));
        format!("{} {title}", criterion.criterion)
    }

    /// Each body's overall score per round and its change per step.
    pub(crate) fn body_rows(
        &self,
    ) -> impl Iterator<Item = (&'a BodyTrend, Vec<Option<f64>>, Vec<Option<Change>>)> + '_ {
        self.trend.bodies.iter().map(|b| {
            let scores = b
                .rounds
                .iter()
                .map(|r| r.as_ref().and_then(|r| r.overall))
                .collect();
            let changes = self
                .trend
                .steps
                .iter()
                .map(|s| Trend::overall_change(b, s))
                .collect();
            (b, scores, changes)
        })
    }

    /// The answers that moved (improved, worse, new, no longer assessed)
    /// in some step; unchanged and not comparable ones are counted in the
    /// moves and listed in the tidy table.
    pub(crate) fn change_rows(&self) -> impl Iterator<Item = ChangeRow<'a>> + '_ {
        let trend = self.trend;
        trend.bodies.iter().flat_map(move |body| {
            (0..trend.criteria.len()).filter_map(move |c| {
                let changes: Vec<Option<Change>> = trend
                    .steps
                    .iter()
                    .map(|s| trend.criterion_change(body, c, s))
                    .collect();
                let moved = changes
                    .iter()
                    .any(|x| !matches!(x, None | Some(Change::Unchanged | Change::NotComparable)));
                moved.then(|| ChangeRow {
                    body,
                    criterion: c,
                    cells: body
                        .rounds
                        .iter()
                        .map(|r| {
                            let cell = r.as_ref().map_or(Cell::Absent, |r| r.cells[c]);
                            (trend.rating(c, cell).to_owned(), trend.percent(c, cell))
                        })
                        .collect(),
                    changes,
                })
            })
        })
    }

    /// The criteria not comparable: "id title (set)" and why.
    pub(crate) fn not_comparable_rows(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.trend
            .criteria
            .iter()
            .enumerate()
            .filter_map(move |(i, c)| {
                let why = match c.not_comparable.as_ref()? {
                    NotComparable::NotInOlder { older } => {
                        format!("{} ({older})", word(self.lang, Word::NotInOlder))
                    }
                    NotComparable::NoCounterpart { reason } => {
                        let mut why = word(self.lang, Word::NoCounterpart).to_owned();
                        if let Some(reason) = reason {
                            why.push_str(": ");
                            why.push_str(reason.get(self.lang));
                        }
                        why
                    }
                };
                Some((format!("{} ({})", self.criterion_name(i), c.set), why))
            })
    }
}
