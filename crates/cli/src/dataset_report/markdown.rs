//! `--format md`: the report as Markdown tables — commitments, bodies per
//! criterion and kind, freshness of dates, and the per-body table.

use super::words::{assessments_line, kind as kind_name, word, Word};
use super::{percent, Meta, Section};
use napcheck_core::aggregate::OutcomeCounts;
use std::io::{self, Write};

/// Writes the report.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    let lang = meta.lang;
    writeln!(out, "# {}", word(lang, Word::Title))?;
    if meta.left_out > 0 {
        writeln!(out, "\n{}: {}", word(lang, Word::LeftOut), meta.left_out)?;
    }
    for section in sections {
        write_section(out, section, meta)?;
    }
    Ok(())
}

fn write_section(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let (lang, set, a) = (meta.lang, s.set, s.aggregate);
    writeln!(
        out,
        "\n## {} ({} {})\n",
        cell(set.title.get(lang)),
        set.id,
        set.version
    )?;
    writeln!(out, "{}", assessments_line(lang, a))?;

    writeln!(out, "\n### {}\n", word(lang, Word::Commitments))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|",
        word(lang, Word::Commitment),
        word(lang, Word::Average),
        word(lang, Word::Scored),
        word(lang, Word::Fully),
        word(lang, Word::UnderHalf)
    )?;
    for (c, commitment) in a.commitments.iter().zip(&set.commitments) {
        if c.scored == 0 {
            continue;
        }
        writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            c.commitment,
            cell(commitment.title.get(lang)),
            percent(c.average()),
            c.scored,
            c.fully_implemented,
            c.under_half
        )?;
    }

    writeln!(out, "\n### {}\n", word(lang, Word::Criteria))?;
    let levels: Vec<String> = set
        .scale
        .levels
        .iter()
        .map(|l| cell(l.label.get(lang)))
        .collect();
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n|---|---|{}---:|---:|---:|",
        word(lang, Word::Criterion),
        word(lang, Word::Kind),
        levels.join(" | "),
        word(lang, Word::NotApplicable),
        word(lang, Word::NotAssessable),
        word(lang, Word::Unanswered),
        "---:|".repeat(levels.len())
    )?;
    for tally in &a.criteria {
        let Some(criterion) = set.criterion(&tally.criterion) else {
            continue;
        };
        for (kind, counts) in &tally.by_kind {
            if counts.unanswered == counts.total() {
                continue;
            }
            writeln!(
                out,
                "| {} {} | {} | {} |",
                tally.criterion,
                cell(criterion.title.get(lang)),
                kind_name(lang, *kind),
                counts_row(counts, set)
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(" | ")
            )?;
        }
    }

    writeln!(out, "\n### {}\n", word(lang, Word::Freshness))?;
    for f in a.freshness.iter().filter(|f| f.dated() > 0) {
        let title = set
            .criterion(&f.criterion)
            .map_or("", |c| c.title.get(lang));
        writeln!(
            out,
            "**{} {}**: {} {} {}\n",
            f.criterion,
            cell(title),
            word(lang, Word::Median),
            f.median().unwrap_or(0),
            word(lang, Word::Days)
        )?;
        writeln!(
            out,
            "| {} | {} |\n|---|---:|",
            word(lang, Word::Days),
            word(lang, Word::Bodies)
        )?;
        for bin in &f.bins {
            let range = bin.to_days.map_or_else(
                || format!("{}+", bin.from_days),
                |to| format!("{}–{to}", bin.from_days),
            );
            writeln!(out, "| {range} | {} |", bin.bodies)?;
        }
        writeln!(out, "| {} | {} |\n", word(lang, Word::NoDate), f.no_date)?;
    }

    writeln!(out, "### {}\n", word(lang, Word::Bodies))?;
    let shown: Vec<usize> = (0..a.commitments.len())
        .filter(|&i| a.commitments[i].scored > 0)
        .collect();
    let heads: Vec<&str> = shown
        .iter()
        .map(|&i| a.commitments[i].commitment.as_str())
        .collect();
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|{}---:|",
        word(lang, Word::Body),
        word(lang, Word::Kind),
        word(lang, Word::Checked),
        heads.join(" | "),
        word(lang, Word::Overall),
        "---:|".repeat(heads.len())
    )?;
    for body in &a.bodies {
        let scores: Vec<String> = shown
            .iter()
            .map(|&i| percent(body.commitments[i]))
            .collect();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(&body.name),
            kind_name(lang, body.kind),
            body.checked_on,
            scores.join(" | "),
            percent(body.overall)
        )?;
    }
    Ok(())
}

/// The counts of one row: each level, then not applicable, not assessable, unanswered.
pub(crate) fn counts_row(counts: &OutcomeCounts, set: &napcheck_core::CriteriaSet) -> Vec<usize> {
    let levels = set.scale.levels.iter().map(|l| counts.level(&l.id));
    let others = [
        counts.not_applicable,
        counts.not_assessable,
        counts.unanswered,
    ];
    levels.chain(others).collect()
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}
