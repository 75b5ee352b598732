//! `--format parquet`: the tidy table of `--format csv` (the same rows of
//! the shared model, `rows.rs`, the same column names) as one Parquet file
//! with typed columns — dates as `DATE`, points as `INT32`, coverage and
//! value as `DOUBLE`, text as UTF-8, an empty field as null, and one more
//! column, `value_text`, for the words CSV's `value` may hold (a reply's
//! status, whether the report is provisional) — so DuckDB,
//! pandas, R and Spark read a national or multi-country dataset without
//! parsing text. Written with parquet's low-level column writer (no arrow),
//! uncompressed, one row group per 65,536 rows: memory stays one row group.
//! Commitment ids keep CSV's `c` prefix so that both formats read alike.

use super::csv::spreadsheet_safe;
use super::rows::{self, TidyRow};
use super::{Meta, Section};
use napcheck_core::trend::Trend;
use napcheck_core::{Catalogue, Day};
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type};
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use std::io::{self, Write};
use std::sync::Arc;

/// Rows per row group.
const ROW_GROUP: usize = 65_536;

/// The schema: the CSV's columns, typed; `round` and `change` only in a
/// trend.
fn schema(trend: bool) -> String {
    let text = |name: &str, required: bool| {
        let repetition = if required { "REQUIRED" } else { "OPTIONAL" };
        format!("{repetition} BYTE_ARRAY {name} (UTF8);")
    };
    let mut s = String::from("message napcheck_report {");
    for (name, required) in [("table", true), ("set", true), ("version", true)] {
        s.push_str(&text(name, required));
    }
    for name in ["body", "name", "kind"] {
        s.push_str(&text(name, false));
    }
    s.push_str("OPTIONAL INT32 checked_on (DATE); OPTIONAL INT32 checked_until (DATE);");
    for name in [
        "commitment",
        "criterion",
        "title",
        "observation_type",
        "observation",
        "rating",
    ] {
        s.push_str(&text(name, false));
    }
    s.push_str("OPTIONAL INT32 points; OPTIONAL DOUBLE coverage;");
    s.push_str(&text("measure", true));
    s.push_str("OPTIONAL DOUBLE value;");
    s.push_str(&text("value_text", false));
    if trend {
        s.push_str(&text("round", false));
        s.push_str(&text("change", false));
    }
    s.push('}');
    s
}

/// One row group's columns, in the schema's order.
#[derive(Default)]
struct Columns {
    texts: Vec<Vec<Option<ByteArray>>>,
    dates: [Vec<Option<i32>>; 2],
    points: Vec<Option<i32>>,
    doubles: [Vec<Option<f64>>; 2],
    rows: usize,
}

/// The place of `measure` among the text columns.
const MEASURE: usize = 12;
/// The place of `value_text` among the text columns.
const VALUE_TEXT: usize = 13;

impl Columns {
    fn new(trend: bool) -> Columns {
        Columns {
            texts: vec![Vec::new(); if trend { 16 } else { 14 }],
            ..Columns::default()
        }
    }

    fn push(&mut self, row: &TidyRow<'_>, trend: bool) {
        let commitment = spreadsheet_safe(row.commitment);
        let mut texts: Vec<&str> = vec![
            row.table,
            row.set,
            row.version,
            &row.body,
            row.name,
            row.kind,
            &commitment,
            row.criterion,
            row.title,
            row.observation_type,
            &row.observation,
            row.rating,
            row.measure,
            row.value.word().unwrap_or(""),
        ];
        if trend {
            texts.extend([row.round, row.change.map_or("", |c| c.id())]);
        }
        for (at, (column, value)) in self.texts.iter_mut().zip(texts).enumerate() {
            // A required column keeps an empty text (the `period` row has
            // no set); an optional one has null for it.
            let required = at <= 2 || at == MEASURE;
            column.push((required || !value.is_empty()).then(|| ByteArray::from(value)));
        }
        self.dates[0].push(row.checked_on.map(days));
        self.dates[1].push(row.checked_until.map(days));
        self.points.push(row.points.map(i32::from));
        self.doubles[0].push(row.coverage);
        self.doubles[1].push(row.value.number());
        self.rows += 1;
    }

    fn clear(&mut self) {
        self.texts.iter_mut().for_each(Vec::clear);
        self.dates.iter_mut().for_each(Vec::clear);
        self.points.clear();
        self.doubles.iter_mut().for_each(Vec::clear);
        self.rows = 0;
    }
}

/// Days since 1970-01-01, Parquet's `DATE`.
fn days(day: Day) -> i32 {
    let epoch = Day::from_ymd(1970, 1, 1).unwrap_or(day);
    i32::try_from(epoch.days_until(day)).unwrap_or(i32::MAX)
}

/// The values and definition levels of one optional column.
fn split<T: Clone>(column: &[Option<T>]) -> (Vec<T>, Vec<i16>) {
    let values = column.iter().flatten().cloned().collect();
    let levels = column.iter().map(|v| i16::from(v.is_some())).collect();
    (values, levels)
}

struct Writer<W: Write + Send> {
    file: SerializedFileWriter<W>,
    columns: Columns,
    trend: bool,
}

impl<W: Write + Send> Writer<W> {
    fn new(out: W, trend: bool) -> Result<Self, ParquetError> {
        let schema = Arc::new(parse_message_type(&schema(trend))?);
        let properties = Arc::new(
            WriterProperties::builder()
                .set_created_by(format!("napcheck {}", env!("CARGO_PKG_VERSION")))
                .build(),
        );
        Ok(Writer {
            file: SerializedFileWriter::new(out, schema, properties)?,
            columns: Columns::new(trend),
            trend,
        })
    }

    fn push(&mut self, row: &TidyRow<'_>) -> Result<(), ParquetError> {
        self.columns.push(row, self.trend);
        if self.columns.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<(), ParquetError> {
        if self.columns.rows == 0 {
            return Ok(());
        }
        let c = &self.columns;
        let mut group = self.file.next_row_group()?;
        let mut index = 0;
        while let Some(mut column) = group.next_column()? {
            // The schema's order: three required texts, three optional,
            // two dates, six texts, points, coverage, measure, value,
            // value_text, then the trend's two texts.
            match index {
                0..=2 => {
                    let values: Vec<ByteArray> = c.texts[index].iter().flatten().cloned().collect();
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, None, None)?;
                }
                3..=5 => write_text(&mut column, &c.texts[index])?,
                6 | 7 => {
                    let (values, levels) = split(&c.dates[index - 6]);
                    column
                        .typed::<Int32Type>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                8..=13 => write_text(&mut column, &c.texts[index - 2])?,
                14 => {
                    let (values, levels) = split(&c.points);
                    column
                        .typed::<Int32Type>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                15 | 17 => {
                    let (values, levels) = split(&c.doubles[(index - 15) / 2]);
                    column
                        .typed::<DoubleType>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                16 => {
                    let values: Vec<ByteArray> =
                        c.texts[MEASURE].iter().flatten().cloned().collect();
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, None, None)?;
                }
                18 => write_text(&mut column, &c.texts[VALUE_TEXT])?,
                _ => write_text(&mut column, &c.texts[index - 5])?,
            }
            column.close()?;
            index += 1;
        }
        group.close()?;
        self.columns.clear();
        Ok(())
    }

    fn finish(mut self) -> Result<(), ParquetError> {
        self.flush()?;
        self.file.close()?;
        Ok(())
    }
}

fn write_text(
    column: &mut parquet::file::writer::SerializedColumnWriter<'_>,
    texts: &[Option<ByteArray>],
) -> Result<(), ParquetError> {
    let (values, levels) = split(texts);
    column
        .typed::<ByteArrayType>()
        .write_batch(&values, Some(&levels), None)?;
    Ok(())
}

fn failed(error: ParquetError) -> io::Error {
    io::Error::other(error.to_string())
}

/// Writes the table of one dataset.
pub(crate) fn write<W: Write + Send>(
    out: W,
    sections: &[Section<'_>],
    meta: &Meta,
) -> io::Result<()> {
    let mut writer = Writer::new(out, false).map_err(failed)?;
    rows::tidy_rows(sections, meta, &mut |row| writer.push(row).map_err(failed))?;
    writer.finish().map_err(failed)
}

/// Writes the table of rounds compared.
pub(crate) fn write_trend<W: Write + Send>(
    out: W,
    trend: &Trend,
    catalogue: &Catalogue,
    meta: &Meta,
) -> io::Result<()> {
    let mut writer = Writer::new(out, true).map_err(failed)?;
    rows::round_period_rows(meta, &mut |row| writer.push(row).map_err(failed))?;
    rows::trend_rows(trend, catalogue, meta.lang, &mut |row| {
        writer.push(row).map_err(failed)
    })?;
    writer.finish().map_err(failed)
}
