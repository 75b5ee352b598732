//! `--format csv`: one tidy table in long form, one header, every row
//! labelled by its `table` column — `rating` (one row per body and relevant
//! criterion: its consensus observation, rating and points), `score` (per
//! body: each commitment's score and coverage, then overall, assessments,
//! agreement and alpha, one figure a row) and `count` (per criterion, kind
//! of body and rating: how many bodies); with `--rounds`, the trend's
//! `trend`, `trend_score` and `moves` rows and two more columns, `round`
//! and `change`. The rows are the shared model's (`rows.rs`); columns are
//! documented in docs/cli.md; a field is quoted when it needs to be (RFC
//! 4180).
//!
//! Commitment ids such as `1.1` or `4.2.1` are written `c1.1`, `c4.2.1`, so
//! that no spreadsheet or data frame turns them into numbers or dates (see
//! [`spreadsheet_safe`]).

use super::rows::{self, TidyRow, Value};
use super::{Meta, Section};
use napcheck_core::trend::Trend;
use napcheck_core::Catalogue;
use std::io::{self, Write};

/// The columns, in order.
pub(crate) const HEADER: &str =
    "table,set,version,body,name,kind,checked_on,checked_until,commitment,\
criterion,title,observation_type,observation,rating,points,coverage,measure,value";

/// The trend's two columns after them.
pub(crate) const TREND_COLUMNS: &str = "round,change";

/// Writes the table of one dataset.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    writeln!(out, "{HEADER}")?;
    rows::tidy_rows(sections, meta, &mut |row| write_row(out, row, false))
}

/// Writes the table of rounds compared.
pub(crate) fn write_trend(
    out: &mut impl Write,
    trend: &Trend,
    catalogue: &Catalogue,
    meta: &Meta,
) -> io::Result<()> {
    writeln!(out, "{HEADER},{TREND_COLUMNS}")?;
    rows::round_period_rows(meta, &mut |row| write_row(out, row, true))?;
    rows::trend_rows(trend, catalogue, meta.lang, &mut |row| {
        write_row(out, row, true)
    })
}

fn write_row(out: &mut impl Write, row: &TidyRow<'_>, trend: bool) -> io::Result<()> {
    write!(
        out,
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
        row.table,
        field(row.set),
        field(row.version),
        text(&row.body),
        text(row.name),
        row.kind,
        row.checked_on.map_or_else(String::new, |d| d.to_string()),
        row.checked_until
            .map_or_else(String::new, |d| d.to_string()),
        field(&spreadsheet_safe(row.commitment)),
        field(row.criterion),
        text(row.title),
        row.observation_type,
        text(&row.observation),
        field(row.rating),
        row.points.map_or_else(String::new, |p| p.to_string()),
        row.coverage.map_or_else(String::new, |c| format!("{c:.1}")),
        row.measure,
        value(row.value)
    )?;
    if trend {
        write!(
            out,
            ",{},{}",
            text(row.round),
            row.change.map_or("", |c| c.id())
        )?;
    }
    writeln!(out)
}

fn value(value: Value) -> String {
    match value {
        Value::Empty => String::new(),
        Value::Decimal(v, decimals) => format!("{v:.decimals$}"),
        Value::Count(n) => n.to_string(),
        Value::Text(word) => word.to_owned(),
    }
}

/// A commitment id as the CSV writes it: `c` and the id (`c1.1`,
/// `c4.2.1`, `c2.10`), empty when there is none. Written bare, LibreOffice
/// reads `1.1` as a number in en-US and `4.2.1` as a date in ru-RU, and
/// quoting does not stop it; pandas and DuckDB read a column of `2.1` and
/// `2.10` as the same number. Only a leading letter kept every id intact in
/// all of them (`scripts/test-csv-readers` checks it); the id is the text
/// after the `c`. Parquet writes the same text, so both read alike.
pub(crate) fn spreadsheet_safe(id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        format!("c{id}")
    }
}

/// A text from the data (a name, title, observation, body id) that a
/// spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return (LibreOffice evaluates `=HYPERLINK(…)` from a
/// CSV by default) — is written after an apostrophe, as OWASP advises
/// against CSV injection; any other text as it is. Then quoted as needed.
fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        field(&format!("'{value}"))
    } else {
        field(value)
    }
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
