//! `--format html`: one self-contained page (inline CSS, inline SVG charts,
//! a small inline script that sorts tables; no external request). It reads
//! fine without the script, on a 360 px phone (tables turn into labelled
//! rows, nothing scrolls sideways) and in print. All text is escaped. When
//! a body has several assessments, the agreement between assessors and each
//! body's assessors, agreement and disputed criteria are shown too.

use super::html_chart::{bars, Bar};
use super::markdown::counts_row;
use super::words::{agreement_line, assessments_line, kind as kind_name, word, Word};
use super::{agreement, alpha, percent, Meta, Section};
use std::io::{self, Write};

pub(crate) const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a}\
h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}\
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}\
td.n,th.n{text-align:right}td.n,td.d,.nw{white-space:nowrap}th{background:#f2f2f2}th[aria-sort]{cursor:pointer}\
.chart{max-width:48rem;display:block;margin:.5rem 0 1.5rem}.chart rect{fill:#2f6f9f}.chart text{font-size:.85rem;dominant-baseline:middle}\
.chart .v{fill:#222}.hint{color:#555;font-size:.9rem}\
@media (max-width:600px){table,thead,tbody,tr,th,td{display:block}thead{position:absolute;left:-9999px}\
tr{border:1px solid #ccc;margin:0 0 .75rem}td{border:0;text-align:left!important}th,td{overflow-wrap:anywhere}td.n,td.d,.nw{white-space:normal}\
td::before{content:attr(data-label);display:block;font-weight:600;font-size:.85rem;color:#444}}\
@media print{body{max-width:none;font-size:11pt}.hint{display:none}th{background:none}tr{break-inside:avoid}}";

/// Sorts a table by the column whose header is clicked (or activated with
/// Enter or Space): by `data-v` numbers where the cells have them, cells
/// without a number last, else by text. The column is the header's own
/// `cellIndex`, so every table on the page sorts by its own columns.
pub(crate) const SCRIPT: &str = "document.querySelectorAll('table.sortable th').forEach(function(th){\
th.setAttribute('aria-sort','none');th.tabIndex=0;function go(){var i=th.cellIndex,t=th.closest('table'),b=t.tBodies[0],\
d=th.getAttribute('aria-sort')==='ascending'?-1:1;t.querySelectorAll('th').forEach(function(h){h.setAttribute('aria-sort','none')});\
th.setAttribute('aria-sort',d>0?'ascending':'descending');function v(r){var c=r.cells[i];return c?c.dataset.v:undefined}\
var numeric=Array.from(b.rows).some(function(r){return v(r)!==undefined});Array.from(b.rows).sort(function(x,y){\
if(numeric){var p=v(x),q=v(y);if(p===undefined||q===undefined)return (p===undefined)-(q===undefined);\
return d*(parseFloat(p)-parseFloat(q))}return d*x.cells[i].textContent.localeCompare(y.cells[i].textContent)}).forEach(function(r){b.appendChild(r)})}\
th.addEventListener('click',go);th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go()}})});";

/// Writes the page.
pub(crate) fn write(out: &mut impl Write, sections: &[Section<'_>], meta: &Meta) -> io::Result<()> {
    let lang = meta.lang;
    writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>\n<h1>{}</h1>",
        lang.code(),
        escape(word(lang, Word::Title)),
        escape(word(lang, Word::Title))
    )?;
    if meta.left_out > 0 {
        writeln!(
            out,
            "<p><strong>{}: {}</strong></p>",
            escape(word(lang, Word::LeftOut)),
            meta.left_out
        )?;
    }
    for (n, w) in [
        (meta.held.pending, Word::Pending),
        (meta.held.rejected, Word::Rejected),
    ] {
        if n > 0 {
            writeln!(out, "<p>{}: {n}</p>", escape(word(lang, w)))?;
        }
    }
    if let Some(line) = super::replies::standing_line(meta) {
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
    for section in sections {
        write_section(out, section, meta)?;
    }
    writeln!(out, "</main><script>{SCRIPT}</script>\n</body></html>")
}

fn write_section(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let (lang, set, a) = (meta.lang, s.set, s.aggregate);
    writeln!(
        out,
        "<h2>{} ({} {})</h2>",
        escape(set.title.get(lang)),
        escape(&set.id),
        set.version
    )?;
    writeln!(out, "<p>{}</p>", escape(&assessments_line(lang, a)))?;
    let several = a.has_several_assessors();
    if several {
        writeln!(out, "<p>{}</p>", escape(&agreement_line(lang, a)))?;
    }

    let shown: Vec<usize> = s.commitment_rows().map(|(i, _, _)| i).collect();
    writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::Commitments)))?;
    let chart: Vec<Bar> = shown
        .iter()
        .map(|&i| {
            let c = &a.commitments[i];
            Bar {
                label: c.commitment.clone(),
                value: c.average().unwrap_or(0.0),
                shown: percent(c.average()),
            }
        })
        .collect();
    writeln!(out, "{}", bars(word(lang, Word::Average), &chart, 100.0))?;
    let heads = [
        word(lang, Word::Commitment),
        word(lang, Word::Average),
        word(lang, Word::Scored),
        word(lang, Word::Fully),
        word(lang, Word::UnderHalf),
    ];
    table_head(out, &heads, 1)?;
    for (_, c, commitment) in s.commitment_rows() {
        row(
            out,
            &heads,
            &[
                Cell::text(format!("{} {}", c.commitment, commitment.title.get(lang))),
                Cell::num(percent(c.average()), c.average().unwrap_or(-1.0)),
                Cell::count(c.scored),
                Cell::count(c.fully_implemented),
                Cell::count(c.under_half),
            ],
        )?;
    }
    writeln!(out, "</tbody></table>")?;

    writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::Criteria)))?;
    let mut heads: Vec<&str> = vec![word(lang, Word::Criterion), word(lang, Word::Kind)];
    heads.extend(set.scale.levels.iter().map(|l| l.label.get(lang)));
    heads.extend([
        word(lang, Word::NotApplicable),
        word(lang, Word::NotAssessable),
        word(lang, Word::Unanswered),
    ]);
    if several {
        heads.push(word(lang, Word::Disputed));
    }
    table_head(out, &heads, 2)?;
    for (tally, title, kind, counts) in s.criterion_rows(lang) {
        let mut cells = vec![
            Cell::text(format!("{} {title}", tally.criterion)),
            Cell::text(kind_name(lang, kind).to_owned()),
        ];
        let counts = counts_row(counts, set, several).into_iter();
        cells.extend(counts.map(|n| Cell::num(n.to_string(), n as f64)));
        row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")?;

    writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::Freshness)))?;
    for (f, title) in s.freshness_rows(lang) {
        let caption = format!(
            "{} {} — {} {} {}",
            f.criterion,
            title,
            word(lang, Word::Median),
            f.median().unwrap_or(0),
            word(lang, Word::Days)
        );
        writeln!(out, "<h4>{}</h4>", escape(&caption))?;
        let mut chart: Vec<Bar> = f
            .bins
            .iter()
            .map(|b| Bar {
                label: b.to_days.map_or_else(
                    || format!("{}+ {}", b.from_days, word(lang, Word::Days)),
                    |to| format!("{}–{to} {}", b.from_days, word(lang, Word::Days)),
                ),
                value: b.bodies as f64,
                shown: b.bodies.to_string(),
            })
            .collect();
        chart.push(Bar {
            label: word(lang, Word::NoDate).to_owned(),
            value: f.no_date as f64,
            shown: f.no_date.to_string(),
        });
        let max = chart.iter().map(|b| b.value).fold(0.0, f64::max);
        writeln!(out, "{}", bars(&caption, &chart, max))?;
    }

    if several {
        write_agreement(out, s, meta)?;
    }

    writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::Bodies)))?;
    let mut heads: Vec<&str> = vec![
        word(lang, Word::Body),
        word(lang, Word::Kind),
        word(lang, Word::Checked),
    ];
    heads.extend(shown.iter().map(|&i| a.commitments[i].commitment.as_str()));
    heads.push(word(lang, Word::Overall));
    if several {
        heads.extend([
            word(lang, Word::Assessors),
            word(lang, Word::Agreement),
            word(lang, Word::Alpha),
            word(lang, Word::Disputed),
        ]);
    }
    table_head(out, &heads, 3)?;
    for body in &a.bodies {
        let mut cells = vec![
            Cell::text(body.name.clone()),
            Cell::text(kind_name(lang, body.kind).to_owned()),
            Cell::date(body.check_dates()),
        ];
        cells.extend(shown.iter().map(|&i| {
            Cell::num(
                percent(body.commitments[i]),
                body.commitments[i].unwrap_or(-1.0),
            )
        }));
        cells.push(Cell::num(
            percent(body.overall),
            body.overall.unwrap_or(-1.0),
        ));
        if several {
            cells.extend([
                Cell::count(body.assessments),
                Cell::num(agreement(body.agreement), body.agreement.unwrap_or(-1.0)),
                Cell::num(alpha(body.alpha), body.alpha.unwrap_or(-2.0)),
                Cell::text(body.disputed.join(", ")),
            ]);
        }
        row(out, &heads, &cells)?;
    }
    writeln!(out, "</tbody></table>")?;
    super::replies::html(out, s, meta)?;
    super::probe_agreement::html(out, s, lang)
}

/// The agreement per criterion (see `markdown::write_agreement`).
fn write_agreement(out: &mut impl Write, s: &Section<'_>, meta: &Meta) -> io::Result<()> {
    let lang = meta.lang;
    writeln!(out, "<h3>{}</h3>", escape(word(lang, Word::AgreementTitle)))?;
    let heads = [
        word(lang, Word::Criterion),
        word(lang, Word::Answers),
        word(lang, Word::Agreement),
        word(lang, Word::Alpha),
        word(lang, Word::DisputedBodies),
    ];
    table_head(out, &heads, 1)?;
    for (c, title) in s.agreement_rows(lang) {
        let (p, a) = (c.agreement.percent(), c.agreement.alpha());
        row(
            out,
            &heads,
            &[
                Cell::text(format!("{} {title}", c.criterion)),
                Cell::count(c.agreement.answers),
                Cell::num(agreement(p), p.unwrap_or(-1.0)),
                Cell::num(alpha(a), a.unwrap_or(-2.0)),
                Cell::count(c.disputed),
            ],
        )?;
    }
    writeln!(out, "</tbody></table>")
}

/// One table cell: its text and, for numbers, the value it sorts by.
pub(crate) struct Cell {
    text: String,
    sort: Option<f64>,
    /// Kept on one line (`class="d"`).
    date: bool,
}

impl Cell {
    pub(crate) fn text(text: String) -> Cell {
        Cell {
            text,
            sort: None,
            date: false,
        }
    }
    pub(crate) fn num(text: String, sort: f64) -> Cell {
        Cell {
            text,
            sort: Some(sort),
            date: false,
        }
    }
    /// A date: one line, never wrapped at its hyphens.
    fn date(text: String) -> Cell {
        Cell {
            date: true,
            ..Cell::text(text)
        }
    }
    pub(crate) fn count(n: usize) -> Cell {
        Cell::num(n.to_string(), n as f64)
    }
}

pub(crate) fn table_head(
    out: &mut impl Write,
    heads: &[&str],
    text_columns: usize,
) -> io::Result<()> {
    write!(out, "<table class=\"sortable\"><thead><tr>")?;
    for (i, head) in heads.iter().enumerate() {
        let class = if i >= text_columns {
            " class=\"n\""
        } else {
            ""
        };
        write!(out, "<th scope=\"col\"{class}>{}</th>", header_words(head))?;
    }
    writeln!(out, "</tr></thead><tbody>")
}

/// A header, escaped, its hyphenated words kept whole (`50%-dən az` may
/// wrap before `az`, never after the hyphen).
fn header_words(head: &str) -> String {
    head.split(' ')
        .map(|word| {
            if word.contains('-') {
                format!("<span class=\"nw\">{}</span>", escape(word))
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn row(out: &mut impl Write, heads: &[&str], cells: &[Cell]) -> io::Result<()> {
    write!(out, "<tr>")?;
    for (cell, head) in cells.iter().zip(heads) {
        match cell.sort {
            Some(v) => write!(
                out,
                "<td class=\"n\" data-label=\"{}\" data-v=\"{v}\">{}</td>",
                escape(head),
                escape(&cell.text)
            )?,
            None => write!(
                out,
                "<td{} data-label=\"{}\">{}</td>",
                if cell.date { " class=\"d\"" } else { "" },
                escape(head),
                escape(&cell.text)
            )?,
        }
    }
    writeln!(out, "</tr>")
}

/// The core's HTML escape, shared by every HTML report.
pub(crate) use napcheck_core::html::escape;

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
