//! `--format md` of rounds compared: the headlines, the rounds, per step
//! the bodies by how their overall score, each commitment and each
//! criterion moved, each body's overall score per round, the changes per
//! body and criterion, and the criteria not comparable.

use super::super::markdown::cell;
use super::super::percent;
use super::super::words::{kind as kind_name, word, Word};
use super::super::Meta;
use super::View;
use napcheck_core::trend::{Moves, Trend};
use napcheck_core::Catalogue;
use std::io::{self, Write};

/// Writes the report.
pub(crate) fn write(
    out: &mut impl Write,
    trend: &Trend,
    catalogue: &Catalogue,
    meta: &Meta,
) -> io::Result<()> {
    let lang = meta.lang;
    let view = View {
        trend,
        catalogue,
        lang,
    };
    writeln!(out, "# {}\n", word(lang, Word::TrendTitle))?;
    if meta.left_out > 0 {
        writeln!(out, "{}: {}\n", word(lang, Word::LeftOut), meta.left_out)?;
    }
    for (_, line) in view.headlines() {
        writeln!(out, "**{}**\n", cell(&line))?;
    }
    writeln!(out, "{}\n", cell(&view.basis_line()))?;
    for line in view.round_lines() {
        writeln!(out, "- {}", cell(&line))?;
    }
    let standings = super::super::replies::round_standing_lines(meta);
    if !standings.is_empty() {
        writeln!(out)?;
        for line in standings {
            writeln!(out, "- **{}**", cell(&line))?;
        }
    }
    for step in &trend.steps {
        writeln!(out, "\n## {}\n", cell(&view.step_name(step)))?;
        writeln!(out, "### {}\n", word(lang, Word::MovesOverall))?;
        moves_table(
            out,
            &view,
            &[(word(lang, Word::Overall).to_owned(), &step.overall)],
            false,
        )?;
        writeln!(out, "\n### {}\n", word(lang, Word::MovesCommitments))?;
        let rows: Vec<(String, &Moves)> = view.commitment_moves(step).collect();
        moves_table(out, &view, &rows, false)?;
        writeln!(out, "\n### {}\n", word(lang, Word::MovesCriteria))?;
        let rows: Vec<(String, &Moves)> = view.criterion_moves(step).collect();
        moves_table(out, &view, &rows, true)?;
    }

    writeln!(out, "\n## {}\n", word(lang, Word::BodyChanges))?;
    let rounds: Vec<String> = trend.rounds.iter().map(|r| cell(&r.label)).collect();
    let steps: Vec<String> = trend
        .steps
        .iter()
        .map(|s| cell(&view.step_name(s)))
        .collect();
    writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|{}{}",
        word(lang, Word::Body),
        word(lang, Word::Kind),
        rounds.join(" | "),
        steps.join(" | "),
        "---:|".repeat(rounds.len()),
        "---|".repeat(steps.len())
    )?;
    for (body, scores, changes) in view.body_rows() {
        let scores: Vec<String> = scores.into_iter().map(percent).collect();
        let changes: Vec<&str> = changes.into_iter().map(|c| view.change(c)).collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&body.name),
            kind_name(lang, body.kind),
            scores.join(" | "),
            changes.join(" | ")
        )?;
    }

    writeln!(out, "\n## {}\n", word(lang, Word::CriterionChanges))?;
    writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|{}{}",
        word(lang, Word::Body),
        word(lang, Word::Criterion),
        rounds.join(" | "),
        steps.join(" | "),
        "---|".repeat(rounds.len()),
        "---|".repeat(steps.len())
    )?;
    for row in view.change_rows() {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|(rating, score)| match score {
                Some(_) => format!("{} {}", cell(rating), percent(*score)),
                None if rating.is_empty() => "–".to_owned(),
                None => cell(rating),
            })
            .collect();
        let changes: Vec<&str> = row.changes.iter().map(|c| view.change(*c)).collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&row.body.name),
            cell(&view.criterion_name(row.criterion)),
            cells.join(" | "),
            changes.join(" | ")
        )?;
    }

    let not_comparable: Vec<(String, String)> = view.not_comparable_rows().collect();
    if !not_comparable.is_empty() {
        writeln!(out, "\n## {}\n", word(lang, Word::NotComparableTitle))?;
        for (criterion, why) in not_comparable {
            writeln!(out, "- {}: {}", cell(&criterion), cell(&why))?;
        }
    }
    Ok(())
}

/// A table of moves: a label, then the bodies per change.
fn moves_table(
    out: &mut impl Write,
    view: &View<'_>,
    rows: &[(String, &Moves)],
    criteria: bool,
) -> io::Result<()> {
    let changes: Vec<_> = View::changes(criteria).collect();
    let heads: Vec<&str> = changes.iter().map(|&c| view.change(Some(c))).collect();
    writeln!(
        out,
        "| | {} |\n|---|{}",
        heads.join(" | "),
        "---:|".repeat(heads.len())
    )?;
    for (label, moves) in rows {
        let counts: Vec<String> = changes.iter().map(|&c| moves.get(c).to_string()).collect();
        writeln!(out, "| {} | {} |", cell(label), counts.join(" | "))?;
    }
    Ok(())
}
