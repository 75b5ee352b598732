//! `--format html` of rounds compared: one self-contained page like the
//! dataset report's (its style, its sorting script as a progressive
//! enhancement, its inline SVG bar charts, which need no script and no
//! style attribute): per step the headline and a chart of the bodies by
//! how their overall score moved, then sortable tables of the moves per
//! commitment and criterion, each body's overall score per round, the
//! changes per body and criterion, and the criteria not comparable. All
//! text is escaped.

use super::super::html::{escape, row, table_head, Cell, SCRIPT, STYLE};
use super::super::html_chart::{bars, Bar};
use super::super::percent;
use super::super::words::{kind as kind_name, word, Word};
use super::super::Meta;
use super::View;
use napcheck_core::trend::{Moves, Trend};
use napcheck_core::Catalogue;
use std::io::{self, Write};

/// Writes the page.
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
    let title = escape(word(lang, Word::TrendTitle));
    writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{title}</title><style>{STYLE}</style></head><body><main>\n<h1>{title}</h1>",
        lang.code(),
    )?;
    if meta.left_out > 0 {
        writeln!(
            out,
            "<p><strong>{}: {}</strong></p>",
            escape(word(lang, Word::LeftOut)),
            meta.left_out
        )?;
    }
    for (_, line) in view.headlines() {
        writeln!(out, "<p><strong>{}</strong></p>", escape(&line))?;
    }
    writeln!(out, "<p>{}</p><ul>", escape(&view.basis_line()))?;
    for line in view.round_lines() {
        writeln!(out, "<li>{}</li>", escape(&line))?;
    }
    write!(out, "</ul>")?;
    for line in super::super::replies::round_standing_lines(meta) {
        writeln!(
            out,
            "<p class=\"standing\"><strong>{}</strong></p>",
            escape(&line)
        )?;
    }
    writeln!(
        out,
        "<p class=\"hint\">{}</p>",
        escape(word(lang, Word::SortHint))
    )?;
    for step in &trend.steps {
        let name = view.step_name(step);
        writeln!(out, "<h2>{}</h2>", escape(&name))?;
        writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::MovesOverall)))?;
        let chart: Vec<Bar> = View::changes(false)
            .map(|c| Bar {
                label: view.change(Some(c)).to_owned(),
                value: step.overall.get(c) as f64,
                shown: step.overall.get(c).to_string(),
            })
            .collect();
        let max = chart.iter().map(|b| b.value).fold(0.0, f64::max);
        let caption = format!("{name}: {}", word(lang, Word::MovesOverall));
        writeln!(out, "{}", bars(&caption, &chart, max))?;
        writeln!(
            out,
            "<h3>{}</h3>",
            escape(word(lang, Word::MovesCommitments))
        )?;
        let rows: Vec<(String, &Moves)> = view.commitment_moves(step).collect();
        moves_table(out, &view, word(lang, Word::Commitment), &rows, false)?;
        writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::MovesCriteria)))?;
        let rows: Vec<(String, &Moves)> = view.criterion_moves(step).collect();
        moves_table(out, &view, word(lang, Word::Criterion), &rows, true)?;
    }

    writeln!(out, "<h2>{}</h2>", escape(word(lang, Word::BodyChanges)))?;
    let rounds: Vec<&str> = trend.rounds.iter().map(|r| r.label.as_str()).collect();
    let steps: Vec<String> = trend.steps.iter().map(|s| view.step_name(s)).collect();
    let mut heads: Vec<&str> = vec![word(lang, Word::Body), word(lang, Word::Kind)];
    heads.extend(rounds.iter().copied());
    heads.extend(steps.iter().map(String::as_str));
    table_head(out, &heads, 2)?;
    for (body, scores, changes) in view.body_rows() {
        let mut cells = vec![
            Cell::text(body.name.clone()),
            Cell::text(kind_name(lang, body.kind).to_owned()),
        ];
        cells.extend(
            scores
                .iter()
                .map(|s| Cell::num(percent(*s), s.unwrap_or(-1.0))),
        );
        cells.extend(changes.iter().map(|c| change_cell(&view, *c)));
        row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")?;

    writeln!(
        out,
        "<h2>{}</h2>",
        escape(word(lang, Word::CriterionChanges))
    )?;
    let mut heads: Vec<&str> = vec![word(lang, Word::Body), word(lang, Word::Criterion)];
    heads.extend(rounds.iter().copied());
    heads.extend(steps.iter().map(String::as_str));
    table_head(out, &heads, 2)?;
    for change in view.change_rows() {
        let mut cells = vec![
            Cell::text(change.body.name.clone()),
            Cell::text(view.criterion_name(change.criterion)),
        ];
        cells.extend(change.cells.iter().map(|(rating, score)| match score {
            Some(s) => Cell::num(format!("{rating} {}", percent(*score)), *s),
            None => Cell::num(
                if rating.is_empty() {
                    "–".to_owned()
                } else {
                    rating.clone()
                },
                -1.0,
            ),
        }));
        cells.extend(change.changes.iter().map(|c| change_cell(&view, *c)));
        row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")?;

    let not_comparable: Vec<(String, String)> = view.not_comparable_rows().collect();
    if !not_comparable.is_empty() {
        writeln!(
            out,
            "<h2>{}</h2><ul>",
            escape(word(lang, Word::NotComparableTitle))
        )?;
        for (criterion, why) in not_comparable {
            writeln!(out, "<li>{}: {}</li>", escape(&criterion), escape(&why))?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</main><script>{SCRIPT}</script>\n</body></html>")
}

/// A change, sorted from worse (-1) to improved (1).
fn change_cell(view: &View<'_>, change: Option<napcheck_core::trend::Change>) -> Cell {
    use napcheck_core::trend::Change;
    let sort = match change {
        Some(Change::Improved) => 2.0,
        Some(Change::New) => 1.0,
        Some(Change::Unchanged) => 0.0,
        Some(Change::NoLongerAssessed) => -1.0,
        Some(Change::Worse) => -2.0,
        Some(Change::NotComparable) | None => -3.0,
    };
    Cell::num(view.change(change).to_owned(), sort)
}

fn moves_table(
    out: &mut impl Write,
    view: &View<'_>,
    first: &str,
    rows: &[(String, &Moves)],
    criteria: bool,
) -> io::Result<()> {
    let changes: Vec<_> = View::changes(criteria).collect();
    let mut heads: Vec<&str> = vec![first];
    heads.extend(changes.iter().map(|&c| view.change(Some(c))));
    table_head(out, &heads, 1)?;
    for (label, moves) in rows {
        let mut cells = vec![Cell::text(label.clone())];
        cells.extend(changes.iter().map(|&c| Cell::count(moves.get(c))));
        row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")
}
