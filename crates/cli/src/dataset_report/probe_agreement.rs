//! How often citizens agreed with `napcheck probe`, in every format: per
//! criterion the probe made suggestions for, how many citizens confirmed
//! the suggestion unchanged, changed it, or have not confirmed it yet, and
//! the agreement (confirmed of decided). The counts are the core's
//! (`ByBody::probe_agreement`); a dataset without suggestions has no such
//! section.

use super::html::{escape, row as html_row, table_head, Cell};
use super::markdown::cell;
use super::rows::{self, TidyRow};
use super::section_words::{said, Said};
use super::{agreement, Section};
use napcheck_core::hints::ProbeTally;
use napcheck_core::Lang;
use serde_json::{json, Value};
use std::io::{self, Write};

fn tallies<'a>(s: &Section<'a>) -> Vec<&'a ProbeTally> {
    s.bodies
        .probe_agreement()
        .map(|p| p.suggested().collect())
        .unwrap_or_default()
}

fn heads(lang: Lang) -> [&'static str; 6] {
    [
        said(lang, Said::Criterion),
        said(lang, Said::Suggested),
        said(lang, Said::Confirmed),
        said(lang, Said::Changed),
        said(lang, Said::Unconfirmed),
        said(lang, Said::Agreement),
    ]
}

fn title<'a>(s: &Section<'a>, id: &str, lang: Lang) -> &'a str {
    s.set.criterion(id).map_or("", |c| c.title.get(lang))
}

/// Markdown.
pub(crate) fn markdown(out: &mut impl Write, s: &Section<'_>, lang: Lang) -> io::Result<()> {
    let list = tallies(s);
    if list.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n### {}\n", said(lang, Said::ProbeTitle))?;
    writeln!(out, "{}\n", said(lang, Said::ProbeNote))?;
    writeln!(out, "| {} |", heads(lang).join(" | "))?;
    writeln!(out, "|---|---:|---:|---:|---:|---:|")?;
    for t in list {
        writeln!(
            out,
            "| {} {} | {} | {} | {} | {} | {} |",
            cell(&t.criterion),
            cell(title(s, &t.criterion, lang)),
            t.decided() + t.unconfirmed,
            t.confirmed,
            t.changed,
            t.unconfirmed,
            agreement(t.agreement())
        )?;
    }
    Ok(())
}

/// HTML.
pub(crate) fn html(out: &mut impl Write, s: &Section<'_>, lang: Lang) -> io::Result<()> {
    let list = tallies(s);
    if list.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h3>{}</h3>", escape(said(lang, Said::ProbeTitle)))?;
    writeln!(
        out,
        "<p class=\"hint\">{}</p>",
        escape(said(lang, Said::ProbeNote))
    )?;
    let heads = heads(lang);
    table_head(out, &heads, 1)?;
    for t in list {
        let a = t.agreement();
        html_row(
            out,
            &heads,
            &[
                Cell::text(format!("{} {}", t.criterion, title(s, &t.criterion, lang))),
                Cell::count(t.decided() + t.unconfirmed),
                Cell::count(t.confirmed),
                Cell::count(t.changed),
                Cell::count(t.unconfirmed),
                Cell::num(agreement(a), a.unwrap_or(-1.0)),
            ],
        )?;
    }
    writeln!(out, "</tbody></table>")
}

/// CSV and Parquet: `probe` rows, one per criterion and measure (`confirmed`,
/// `changed`, `unconfirmed`, `agreement` in percent).
pub(crate) fn tidy_rows<'a>(s: &Section<'a>, lang: Lang) -> Vec<TidyRow<'a>> {
    let mut rows = Vec::new();
    for t in tallies(s) {
        let figures = [
            ("confirmed", rows::Value::Count(t.confirmed)),
            ("changed", rows::Value::Count(t.changed)),
            ("unconfirmed", rows::Value::Count(t.unconfirmed)),
            (
                "agreement",
                t.agreement()
                    .map_or(rows::Value::Empty, |a| rows::Value::Decimal(a, 1)),
            ),
        ];
        for (measure, value) in figures {
            rows.push(TidyRow {
                table: "probe",
                criterion: &t.criterion,
                title: title(s, &t.criterion, lang),
                measure,
                value,
                ..TidyRow::default()
            });
        }
    }
    rows
}

/// JSON: one object per criterion with suggestions.
pub(crate) fn json(s: &Section<'_>) -> Value {
    Value::Array(
        tallies(s)
            .iter()
            .map(|t| {
                json!({
                    "criterion": t.criterion,
                    "confirmed": t.confirmed,
                    "changed": t.changed,
                    "unconfirmed": t.unconfirmed,
                    "agreement": t.agreement(),
                })
            })
            .collect(),
    )
}
