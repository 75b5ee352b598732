//! `--format json` of rounds compared: the same figures as the other
//! formats — the basis, the rounds, per step the headline and the moves
//! overall, per commitment and per criterion, and per body each round's
//! scores and each step's changes, per criterion only where the body
//! answered or something changed.

use super::super::Meta;
use super::View;
use napcheck_core::trend::{Cell, Change, Trend};
use napcheck_core::Catalogue;
use serde_json::json;
use std::io::{self, Write};

/// Writes one JSON document.
pub(crate) fn write(
    out: &mut impl Write,
    trend: &Trend,
    catalogue: &Catalogue,
    meta: &Meta,
) -> io::Result<()> {
    let view = View {
        trend,
        catalogue,
        lang: meta.lang,
    };
    let id = |c: Option<Change>| c.map(Change::id);
    let steps: Vec<serde_json::Value> = view
        .headlines()
        .map(|(s, headline)| {
            json!({
                "from": trend.rounds[s.from].label,
                "to": trend.rounds[s.to].label,
                "headline": headline,
                "overall": s.overall,
                "commitments": trend.commitments.iter().zip(&s.commitments)
                    .map(|(c, m)| json!({ "commitment": c, "moves": m })).collect::<Vec<_>>(),
                "criteria": trend.criteria.iter().zip(&s.criteria).filter(|(_, m)| m.total() > 0)
                    .map(|(c, m)| json!({ "set": c.set, "criterion": c.criterion, "moves": m }))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let bodies: Vec<serde_json::Value> = trend
        .bodies
        .iter()
        .map(|b| {
            let rounds: Vec<serde_json::Value> = b
                .rounds
                .iter()
                .map(|r| {
                    r.as_ref().map_or(serde_json::Value::Null, |r| {
                        json!({
                            "set": format!("{}@{}", r.set.id, r.set.version),
                            "assessments": r.assessments,
                            "checked_on": r.checked_on.to_string(),
                            "overall": r.overall,
                            "coverage": r.coverage,
                            "commitments": r.commitments,
                        })
                    })
                })
                .collect();
            let criteria: Vec<serde_json::Value> = trend
                .criteria
                .iter()
                .enumerate()
                .filter_map(|(c, criterion)| {
                    let cells: Vec<Cell> = b
                        .rounds
                        .iter()
                        .map(|r| r.as_ref().map_or(Cell::Absent, |r| r.cells[c]))
                        .collect();
                    let changes: Vec<Option<&str>> = trend
                        .steps
                        .iter()
                        .map(|s| id(trend.criterion_change(b, c, s)))
                        .collect();
                    let shown = cells.iter().any(|x| !matches!(x, Cell::Absent | Cell::NotRelevant))
                        || changes.iter().any(Option::is_some);
                    shown.then(|| {
                        json!({
                            "set": criterion.set,
                            "criterion": criterion.criterion,
                            "ratings": cells.iter().map(|&x| {
                                let r = trend.rating(c, x);
                                (!r.is_empty()).then_some(r)
                            }).collect::<Vec<_>>(),
                            "scores": cells.iter().map(|&x| trend.percent(c, x)).collect::<Vec<_>>(),
                            "changes": changes,
                        })
                    })
                })
                .collect();
            json!({
                "body": b.id.to_string(),
                "name": b.name,
                "kind": b.kind.id(),
                "rounds": rounds,
                "overall_changes": trend.steps.iter().map(|s| id(Trend::overall_change(b, s))).collect::<Vec<_>>(),
                "commitment_changes": (0..trend.commitments.len()).map(|c| {
                    trend.steps.iter().map(|s| id(Trend::commitment_change(b, c, s))).collect::<Vec<_>>()
                }).collect::<Vec<_>>(),
                "criteria": criteria,
            })
        })
        .collect();
    let document = json!({
        "left_out": meta.left_out,
        "review": { "pending_left_out": meta.held.pending, "rejected_left_out": meta.held.rejected },
        "set": trend.set.id,
        "version": trend.set.version.to_string(),
        "crosswalks": trend.crosswalks,
        "rounds": trend.rounds,
        "comment_periods": super::super::replies::json_round_standings(meta),
        "commitments": trend.commitments,
        "criteria": trend.criteria,
        "steps": steps,
        "bodies": bodies,
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
