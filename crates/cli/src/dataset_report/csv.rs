//! `--format csv`: one row per criterion and kind of body, with the bodies
//! at each level of the scale and at each unscored outcome — the table the
//! counts of a monitoring report are read from; then, after a blank line,
//! one row per body: its consensus scores, assessments, agreement and
//! disputed criteria.

use super::{Meta, Section};
use std::io::{self, Write};

/// Writes the table; a field is quoted when it needs to be (RFC 4180).
pub(crate) fn write(
    out: &mut impl Write,
    sections: &[Section<'_>],
    _meta: &Meta,
) -> io::Result<()> {
    // No assessment (`--allow-empty`): the header without level columns,
    // so that the file still says what it is.
    if sections.is_empty() {
        writeln!(
            out,
            "set,criterion,commitment,kind,not_applicable,not_assessable,unanswered,invalid"
        )?;
    }
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let levels: Vec<&str> = section
            .set
            .scale
            .levels
            .iter()
            .map(|l| l.id.as_str())
            .collect();
        writeln!(
            out,
            "set,criterion,commitment,kind,{},not_applicable,not_assessable,unanswered,invalid",
            levels.join(",")
        )?;
        for tally in &section.aggregate.criteria {
            for (kind, counts) in &tally.by_kind {
                let level_counts: Vec<String> =
                    levels.iter().map(|l| counts.level(l).to_string()).collect();
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{}",
                    field(&section.set.id),
                    field(&tally.criterion),
                    field(&tally.commitment),
                    kind.id(),
                    level_counts.join(","),
                    counts.not_applicable,
                    counts.not_assessable,
                    counts.unanswered,
                    counts.invalid
                )?;
            }
        }
        writeln!(out)?;
        write_bodies(out, section)?;
    }
    Ok(())
}

/// The bodies' table: one row per body, scores in percent with one decimal,
/// empty where there is none.
fn write_bodies(out: &mut impl Write, section: &Section<'_>) -> io::Result<()> {
    let a = section.aggregate;
    let commitments: Vec<&str> = a
        .commitments
        .iter()
        .map(|c| c.commitment.as_str())
        .collect();
    writeln!(
        out,
        "set,body,name,kind,checked_on,assessments,agreement,alpha,disputed,{},overall",
        commitments
            .iter()
            .map(|c| field(c))
            .collect::<Vec<_>>()
            .join(",")
    )?;
    let number =
        |v: Option<f64>, decimals: usize| v.map_or_else(String::new, |v| format!("{v:.decimals$}"));
    for body in &a.bodies {
        let scores: Vec<String> = body.commitments.iter().map(|s| number(*s, 1)).collect();
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{}",
            field(&section.set.id),
            field(&body.id.to_string()),
            field(&body.name),
            body.kind.id(),
            body.checked_on,
            body.assessments,
            number(body.agreement, 1),
            number(body.alpha, 3),
            field(&body.disputed.join(" ")),
            scores.join(","),
            number(body.overall, 1)
        )?;
    }
    Ok(())
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
