//! `--format csv`: one row per criterion and kind of body, with the bodies
//! at each level of the scale and at each unscored outcome — the table the
//! counts of a monitoring report are read from.

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
