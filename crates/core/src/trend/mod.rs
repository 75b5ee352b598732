//! Change over time: two or more rounds of monitoring compared body by
//! body. A round is a dataset grouped by body ([`ByBody`], one consensus
//! per body, never one row per file), on one criteria set or several.
//! [`compare`] scores every body's consensus of every round on one basis
//! (`basis`: the newest set, through the crosswalk from older editions,
//! only the criteria both editions share) with the core's one scoring rule
//! ([`evaluate`]), then says per body, per criterion and per commitment
//! whether each round [`Change`]d from the one before: improved,
//! unchanged, worse, new, no longer assessed, or not comparable (a
//! criterion without counterpart, listed with its reason, never dropped);
//! [`Moves`] counts the bodies that moved each way per commitment, per
//! criterion and overall. The headline counts are worded in az/en/ru
//! (`words`). Pure: no IO.
//!
//! Memory: a few bytes per body, round and criterion ([`Cell`]); rows are
//! read from the trend on demand, never stored.

mod basis;
mod change;
mod words;

pub use basis::{NoCommonSet, NotComparable, TrendCriterion};
pub use change::{Change, Moves};
pub use words::{change_label, headline, TrendError};

use crate::aggregate::ByBody;
use crate::assessment::SetRef;
use crate::body::BodyKind;
use crate::consensus::BodyId;
use crate::criteria::{CriteriaSet, Scale};
use crate::crosswalk::{migrate, Crosswalk};
use crate::day::Day;
use crate::evaluate::{evaluate, Coverage, Evaluation, Outcome};
use basis::Basis;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// The part of a round on one criteria set.
#[derive(Debug, Clone, Copy)]
pub struct RoundPart<'a> {
    /// The set.
    pub set: &'a CriteriaSet,
    /// Its assessments, grouped by body.
    pub bodies: &'a ByBody,
}

/// One round of monitoring: a label (a folder's name, a year) and its
/// assessments per criteria set.
#[derive(Debug, Clone)]
pub struct Round<'a> {
    /// How reports name the round.
    pub label: String,
    /// Its assessments, per set.
    pub parts: Vec<RoundPart<'a>>,
}

/// What one body's consensus said on one criterion in one round: 3 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The body was not in the round, or not on this criterion's set.
    Absent,
    /// The criterion did not apply to the body, or its condition did not
    /// hold.
    NotRelevant,
    /// Rated: the level's index in its set's scale and its points.
    Rated {
        /// The level, best first.
        level: u8,
        /// Its points.
        points: u8,
    },
    /// "Not applicable".
    NotApplicable,
    /// "Could not be assessed" (or disputed among the assessors).
    NotAssessable,
    /// Relevant and not answered.
    Unanswered,
    /// Answered with an observation that needs correction.
    Invalid,
}

impl Cell {
    fn of(outcome: &Outcome, scale: &Scale) -> Cell {
        match outcome {
            Outcome::Rated { level, points } => scale
                .levels
                .iter()
                .position(|l| &l.id == level)
                .and_then(|i| u8::try_from(i).ok())
                .map_or(Cell::Invalid, |level| Cell::Rated {
                    level,
                    points: *points,
                }),
            Outcome::NotApplicable => Cell::NotApplicable,
            Outcome::NotAssessable => Cell::NotAssessable,
            Outcome::Unanswered => Cell::Unanswered,
            Outcome::NeedsCorrection { .. } => Cell::Invalid,
        }
    }

    /// Whether the body gave an answer (rated, not applicable, not
    /// assessable).
    pub fn answered(self) -> bool {
        matches!(
            self,
            Cell::Rated { .. } | Cell::NotApplicable | Cell::NotAssessable
        )
    }
}

/// One body in one round, scored on the trend's basis.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyRound {
    /// Assessments merged into its consensus.
    pub assessments: usize,
    /// The set its assessments were on.
    pub set: SetRef,
    /// The first day of its checks.
    pub checked_on: Day,
    /// The last day of the check period, when known.
    pub checked_until: Option<Day>,
    /// The overall score on the basis.
    pub overall: Option<f64>,
    /// Its coverage on the basis.
    pub coverage: Coverage,
    /// The score of each commitment of the basis ([`Trend::commitments`]).
    pub commitments: Vec<Option<f64>>,
    /// Per criterion of the trend ([`Trend::criteria`]).
    pub cells: Vec<Cell>,
}

/// One body across the rounds.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyTrend {
    /// Which body.
    pub id: BodyId,
    /// Its name in the latest round that has it.
    pub name: String,
    /// Its kind in the latest round that has it.
    pub kind: BodyKind,
    /// Per round; `None` where the body was not assessed.
    pub rounds: Vec<Option<BodyRound>>,
}

/// One round's size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundSummary {
    /// Its label.
    pub label: String,
    /// Its sets, `id@version`.
    pub sets: Vec<String>,
    /// Bodies assessed.
    pub bodies: usize,
    /// Assessments merged into them.
    pub assessments: usize,
}

/// The moves from one round to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The earlier round (index).
    pub from: usize,
    /// The later round (index).
    pub to: usize,
    /// Bodies by how their overall score moved.
    pub overall: Moves,
    /// Per commitment of the basis.
    pub commitments: Vec<Moves>,
    /// Per criterion of the trend.
    pub criteria: Vec<Moves>,
}

/// The comparison of the rounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The set the rounds are compared on.
    pub set: SetRef,
    /// The crosswalks that carried older rounds to it, by id.
    pub crosswalks: Vec<String>,
    /// The rounds, in order.
    pub rounds: Vec<RoundSummary>,
    /// The commitments of the basis (those with a comparable criterion).
    pub commitments: Vec<String>,
    /// Every criterion: the comparable ones, then the others with why.
    pub criteria: Vec<TrendCriterion>,
    /// Every body, in the order first seen.
    pub bodies: Vec<BodyTrend>,
    /// From each round to the next.
    pub steps: Vec<Step>,
    /// Per criterion: its scale's level ids and best points.
    scales: Vec<(Vec<String>, u8)>,
}

impl Trend {
    /// The rating's id a cell of `criterion` stands for: a level of its
    /// scale, `not_applicable`, `not_assessable`, `unanswered`,
    /// `invalid`, or empty (absent, not relevant).
    pub fn rating(&self, criterion: usize, cell: Cell) -> &str {
        match cell {
            Cell::Rated { level, .. } => self.scales[criterion]
                .0
                .get(usize::from(level))
                .map_or("", String::as_str),
            Cell::NotApplicable => "not_applicable",
            Cell::NotAssessable => "not_assessable",
            Cell::Unanswered => "unanswered",
            Cell::Invalid => "invalid",
            Cell::Absent | Cell::NotRelevant => "",
        }
    }

    /// A rated cell's points as a percentage of its scale's best level.
    pub fn percent(&self, criterion: usize, cell: Cell) -> Option<f64> {
        match cell {
            Cell::Rated { points, .. } => {
                let best = f64::from(self.scales[criterion].1.max(1));
                Some(f64::from(points) * 100.0 / best)
            }
            _ => None,
        }
    }

    /// How `body`'s answer to `criterion` moved in `step`. A comparable
    /// criterion compares the scores; another compares only when both
    /// rounds are on its own set, and is otherwise not comparable when
    /// either round answered it.
    pub fn criterion_change(
        &self,
        body: &BodyTrend,
        criterion: usize,
        step: &Step,
    ) -> Option<Change> {
        let cell = |round: usize| {
            body.rounds[round]
                .as_ref()
                .map_or(Cell::Absent, |r| r.cells[criterion])
        };
        let (before, after) = (cell(step.from), cell(step.to));
        let own_set = before != Cell::Absent && after != Cell::Absent;
        if self.criteria[criterion].not_comparable.is_none() || own_set {
            Change::between(
                self.percent(criterion, before),
                self.percent(criterion, after),
            )
        } else if before.answered() || after.answered() {
            Some(Change::NotComparable)
        } else {
            None
        }
    }

    /// How `body`'s overall score moved in `step`.
    pub fn overall_change(body: &BodyTrend, step: &Step) -> Option<Change> {
        let score = |round: usize| body.rounds[round].as_ref().and_then(|r| r.overall);
        Change::between(score(step.from), score(step.to))
    }

    /// How `body`'s score of commitment `commitment` (an index of
    /// [`Trend::commitments`]) moved in `step`.
    pub fn commitment_change(body: &BodyTrend, commitment: usize, step: &Step) -> Option<Change> {
        let score = |round: usize| {
            body.rounds[round]
                .as_ref()
                .and_then(|r| r.commitments[commitment])
        };
        Change::between(score(step.from), score(step.to))
    }
}

/// Compares `rounds` (two or more, in order), carrying older editions to
/// the newest through `crosswalks`.
pub fn compare(rounds: &[Round<'_>], crosswalks: &[Crosswalk]) -> Result<Trend, TrendError> {
    if rounds.len() < 2 {
        return Err(TrendError::TooFewRounds(rounds.len()));
    }
    let mut sets: Vec<&CriteriaSet> = Vec::new();
    for part in rounds.iter().flat_map(|r| &r.parts) {
        if !sets.iter().any(|s| s.id == part.set.id) {
            sets.push(part.set);
        }
    }
    if sets.is_empty() {
        return Err(TrendError::NoCommonSet(NoCommonSet { sets: Vec::new() }));
    }
    let basis = Basis::new(&sets, crosswalks).map_err(TrendError::NoCommonSet)?;
    let scale_of = |id: &str| {
        let set = sets.iter().find(|s| s.id == id).unwrap_or(&basis.target);
        let levels = set.scale.levels.iter().map(|l| l.id.clone()).collect();
        let best = set.scale.levels.iter().map(|l| l.points).max().unwrap_or(1);
        (levels, best)
    };
    let scales = basis.criteria.iter().map(|c| scale_of(&c.set)).collect();
    let mut trend = Trend {
        set: SetRef {
            id: basis.target.id.clone(),
            version: basis.target.version.clone(),
        },
        crosswalks: basis.crosswalks.iter().map(|(_, c)| c.id.clone()).collect(),
        rounds: Vec::new(),
        commitments: basis
            .shared
            .commitments
            .iter()
            .map(|c| c.id.clone())
            .collect(),
        criteria: basis.criteria.clone(),
        bodies: Vec::new(),
        steps: Vec::new(),
        scales,
    };
    let mut index: HashMap<BodyId, usize> = HashMap::new();
    for (r, round) in rounds.iter().enumerate() {
        let mut summary = RoundSummary {
            label: round.label.clone(),
            sets: round
                .parts
                .iter()
                .map(|p| format!("{}@{}", p.set.id, p.set.version))
                .collect(),
            bodies: 0,
            assessments: 0,
        };
        for part in &round.parts {
            add_part(&mut trend, &basis, &mut index, r, rounds.len(), part)?;
        }
        for body in &trend.bodies {
            if let Some(Some(b)) = body.rounds.get(r) {
                summary.bodies += 1;
                summary.assessments += b.assessments;
            }
        }
        trend.rounds.push(summary);
    }
    for to in 1..rounds.len() {
        let mut step = Step {
            from: to - 1,
            to,
            overall: Moves::default(),
            commitments: vec![Moves::default(); trend.commitments.len()],
            criteria: vec![Moves::default(); trend.criteria.len()],
        };
        for body in &trend.bodies {
            step.overall.count(Trend::overall_change(body, &step));
            for c in 0..trend.commitments.len() {
                let change = Trend::commitment_change(body, c, &step);
                step.commitments[c].count(change);
            }
            for c in 0..trend.criteria.len() {
                let change = trend.criterion_change(body, c, &step);
                step.criteria[c].count(change);
            }
        }
        trend.steps.push(step);
    }
    Ok(trend)
}

/// Scores the bodies of one part of round `r` on the basis.
fn add_part(
    trend: &mut Trend,
    basis: &Basis<'_>,
    index: &mut HashMap<BodyId, usize>,
    r: usize,
    round_count: usize,
    part: &RoundPart<'_>,
) -> Result<(), TrendError> {
    let set = part.set;
    let on_target = set.id == basis.target.id;
    // The part's own criteria that are not comparable, by id.
    let own: HashMap<&str, usize> = basis
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.not_comparable.is_some() && c.set == set.id)
        .map(|(i, c)| (c.criterion.as_str(), i))
        .collect();
    let crosswalk = basis
        .crosswalks
        .iter()
        .find(|(id, _)| *id == set.id)
        .map(|(_, c)| *c);
    let reuse = on_target && basis.crosswalks.is_empty();
    for (body, evaluation) in part.bodies.consensuses(set) {
        let at = *index.entry(body.id.clone()).or_insert_with(|| {
            trend.bodies.push(BodyTrend {
                id: body.id.clone(),
                name: String::new(),
                kind: body.assessment.site.body_kind,
                rounds: vec![None; round_count],
            });
            trend.bodies.len() - 1
        });
        // A body on two sets in one round: the one on the basis wins.
        if let Some(seen) = &trend.bodies[at].rounds[r] {
            if seen.set.id == basis.target.id || !on_target {
                continue;
            }
        }
        let mut cells = vec![Cell::Absent; trend.criteria.len()];
        for &i in own.values() {
            cells[i] = Cell::NotRelevant;
        }
        for result in &evaluation.criteria {
            if let Some(&i) = own.get(result.criterion.as_str()) {
                cells[i] = Cell::of(&result.outcome, &set.scale);
            }
        }
        let scored: Cow<'_, Evaluation> = if reuse {
            Cow::Borrowed(&evaluation)
        } else {
            let assessment = match crosswalk {
                None => Cow::Borrowed(&body.assessment),
                Some(c) => Cow::Owned(
                    migrate(
                        &body.assessment,
                        set,
                        basis.target,
                        &basis.target.version,
                        Some(c),
                    )
                    .map_err(TrendError::Migrate)?
                    .assessment,
                ),
            };
            Cow::Owned(evaluate(&assessment, &basis.shared).map_err(|_| {
                TrendError::NoCommonSet(NoCommonSet {
                    sets: vec![set.id.clone(), basis.target.id.clone()],
                })
            })?)
        };
        let shared = &basis.shared;
        for cell in cells.iter_mut().take(shared.criteria.len()) {
            *cell = Cell::NotRelevant;
        }
        let mut next = 0;
        for result in &scored.criteria {
            let found =
                crate::ordered::position_from(&shared.criteria, next, |c| c.id == result.criterion);
            if let Some(i) = found {
                next = i + 1;
                cells[i] = Cell::of(&result.outcome, &shared.scale);
            }
        }
        let commitments = trend
            .commitments
            .iter()
            .map(|id| {
                scored
                    .commitments
                    .iter()
                    .find(|c| &c.commitment == id)
                    .and_then(|c| c.score)
            })
            .collect();
        let assessment = &body.assessment;
        let entry = &mut trend.bodies[at];
        entry.name.clone_from(&assessment.site.name);
        entry.kind = assessment.site.body_kind;
        entry.rounds[r] = Some(BodyRound {
            assessments: body.assessments,
            set: assessment.criteria_set.clone(),
            checked_on: assessment.checked_on,
            checked_until: assessment.checked_until,
            overall: scored.overall,
            coverage: scored.coverage,
            commitments,
            cells,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
