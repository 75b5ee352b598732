//! `--format md`: the report as Markdown tables — commitments, bodies per
//! criterion and kind, freshness of dates, and the per-body table. When a
//! body has several assessments: the agreement between assessors, and the
//! assessors, agreement and disputed criteria of each body.

use super::words::{agreement_line, assessments_line, kind as kind_name, word, Word};
use super::{agreement, alpha, percent, Meta, Section};
use napcheck_core::aggregate::OutcomeCounts;
use std::io::{self, Write};

/// Writes the report.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    let lang = meta.lang;
    writeln!(out, "# {}", word(lang, Word::Title))?;
    if let Some(line) = super::replies::standing_line(meta) {
        writeln!(out, "\n**{}**", cell(&line))?;
    }
    if meta.left_out > 0 {
        writeln!(out, "\n{}: {}", word(lang, Word::LeftOut), meta.left_out)?;
    }
    for (n, w) in [
        (meta.held.pending, Word::Pending),
        (meta.held.rejected, Word::Rejected),
    ] {
        if n > 0 {
            writeln!(out, "\n{}: {n}", word(lang, w))?;
        }
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
        cell(&set.id),
        cell(&set.version.to_string())
    )?;
    writeln!(out, "{}", assessments_line(lang, a))?;
    let several = a.has_several_assessors();
    if several {
        writeln!(out, "\n{}", agreement_line(lang, a))?;
    }

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
    for (_, c, commitment) in s.commitment_rows() {
        writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            cell(&c.commitment),
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
    let disputed_head = if several {
        format!(" {} |", word(lang, Word::Disputed))
    } else {
        String::new()
    };
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |{disputed_head}\n|---|---|{}---:|---:|---:|{}",
        word(lang, Word::Criterion),
        word(lang, Word::Kind),
        levels.join(" | "),
        word(lang, Word::NotApplicable),
        word(lang, Word::NotAssessable),
        word(lang, Word::Unanswered),
        "---:|".repeat(levels.len()),
        if several { "---:|" } else { "" }
    )?;
    for (tally, title, kind, counts) in s.criterion_rows(lang) {
        writeln!(
            out,
            "| {} {} | {} | {} |",
            cell(&tally.criterion),
            cell(title),
            kind_name(lang, kind),
            counts_row(counts, set, several)
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(" | ")
        )?;
    }

    writeln!(out, "\n### {}\n", word(lang, Word::Freshness))?;
    for (f, title) in s.freshness_rows(lang) {
        writeln!(
            out,
            "**{} {}**: {} {} {}\n",
            cell(&f.criterion),
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

    if several {
        write_agreement(out, s, meta)?;
    }

    writeln!(out, "### {}\n", word(lang, Word::Bodies))?;
    let shown: Vec<usize> = s.commitment_rows().map(|(i, _, _)| i).collect();
    let heads: Vec<String> = shown
        .iter()
        .map(|&i| cell(&a.commitments[i].commitment))
        .collect();
    let extra_heads = if several {
        format!(
            " {} | {} | {} | {} |",
            word(lang, Word::Assessors),
            word(lang, Word::Agreement),
            word(lang, Word::Alpha),
            word(lang, Word::Disputed)
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |{extra_heads}\n|---|---|---|{}---:|{}",
        word(lang, Word::Body),
        word(lang, Word::Kind),
        word(lang, Word::Checked),
        heads.join(" | "),
        word(lang, Word::Overall),
        "---:|".repeat(heads.len()),
        if several { "---:|---:|---:|---|" } else { "" }
    )?;
    for body in &a.bodies {
        let scores: Vec<String> = shown
            .iter()
            .map(|&i| percent(body.commitments[i]))
            .collect();
        let extra = if several {
            format!(
                " {} | {} | {} | {} |",
                body.assessments,
                agreement(body.agreement),
                alpha(body.alpha),
                body.disputed.join(", ")
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |{extra}",
            cell(&body.name),
            kind_name(lang, body.kind),
            body.check_dates(),
            scores.join(" | "),
            percent(body.overall)
        )?;
    }
    super::replies::markdown(out, s, meta)?;
    super::probe_agreement::markdown(out, s, lang)
}

/// The agreement per criterion: answers, percent agreement, alpha, bodies
/// disputed; criteria nobody answered twice for one body are left out.
fn write_agreement(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let lang = meta.lang;
    writeln!(out, "### {}\n", word(lang, Word::AgreementTitle))?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|",
        word(lang, Word::Criterion),
        word(lang, Word::Answers),
        word(lang, Word::Agreement),
        word(lang, Word::Alpha),
        word(lang, Word::DisputedBodies)
    )?;
    for (c, title) in s.agreement_rows(lang) {
        writeln!(
            out,
            "| {} {} | {} | {} | {} | {} |",
            c.criterion,
            cell(title),
            c.agreement.answers,
            agreement(c.agreement.percent()),
            alpha(c.agreement.alpha()),
            c.disputed
        )?;
    }
    writeln!(out)
}

/// The counts of one row: each level, then not applicable, not assessable,
/// unanswered, and, when bodies have several assessors, disputed.
pub(crate) fn counts_row(
    counts: &OutcomeCounts,
    set: &napcheck_core::CriteriaSet,
    disputed: bool,
) -> Vec<usize> {
    let levels = set.scale.levels.iter().map(|l| counts.level(&l.id));
    let others = [
        counts.not_applicable,
        counts.not_assessable,
        counts.unanswered,
    ];
    let disputed = disputed.then_some(counts.disputed);
    levels.chain(others).chain(disputed).collect()
}

/// Text safe inside a Markdown table cell and wherever Markdown renders
/// HTML: `&`, `<` and `>` as entities (no tag, comment or script can open),
/// `\\` and `|` escaped, line breaks as spaces, other control characters as
/// `\\u{..}` escapes (the report may be printed to a terminal).
pub(crate) fn cell(text: &str) -> String {
    crate::terminal::escape(&text.replace(['\n', '\r'], " "))
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\\', "\\\\")
        .replace('|', "\\|")
}
