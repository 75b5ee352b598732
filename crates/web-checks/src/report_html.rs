//! The standalone HTML report: one self-contained file (inline CSS and SVG,
//! no script, a Content Security Policy that forbids every request) that a
//! citizen can keep, mail or publish. Everything typed is escaped; a link is
//! written only for an http(s) address. Written here, in the checker, from
//! the widget's [`Report`] of a draft's export (the summary view shows the
//! same `Report`), so that this string builder is not in the first download.

use crate::chart;
use crate::i18n::{score, t, tf, Words};
use crate::report::{or_dash, Report};
use napcheck_core::html::escape;
use napcheck_core::is_http_url;
use std::fmt::Write as _;

const CSS: &str = include_str!("report.css");

/// A link when `url` is http(s), the escaped text otherwise.
fn link(url: &str) -> String {
    if is_http_url(url) {
        format!("<a href=\"{0}\">{0}</a>", escape(url))
    } else {
        escape(url)
    }
}

/// The chart as SVG markup.
fn chart_svg(report: &Report, words: &Words) -> String {
    let rows: Vec<(String, Option<f64>, String)> = report
        .commitments
        .iter()
        .map(|c| {
            (
                chart::short_label(&c.id, &c.title),
                c.score,
                chart::value_text(c.score, &c.score_text),
            )
        })
        .collect();
    let (bars, height) = chart::bars(&rows);
    let title = escape(t(words, report.lang, "chart.title"));
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{title}\" viewBox=\"0 0 {} {height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{title}</title>",
        chart::WIDTH
    );
    for bar in bars {
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{ly}\">{label}</text><rect class=\"track\" x=\"{x}\" y=\"{y}\" width=\"{max}\" height=\"{h}\"/><rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/><text x=\"{vx}\" y=\"{ty}\">{value}</text>",
            ty = bar.y + 16,
            ly = bar.label_y,
            label = escape(&bar.label),
            x = chart::BAR_X,
            y = bar.y,
            max = chart::BAR_MAX,
            h = bar.height,
            w = bar.width,
            vx = chart::BAR_X + chart::BAR_MAX + 8,
            value = escape(&bar.value),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The whole report as one HTML document, its headings in `words`.
pub(crate) fn render(report: &Report, words: &Words) -> String {
    let lang = report.lang;
    let mut html = String::with_capacity(8192);
    let title = tf(
        words,
        lang,
        "report.file_title",
        &[("name", &report.site_name)],
    );
    let _ = write!(
        html,
        "<!doctype html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{title}</title><style>{CSS}</style></head><body><main>\
         <h1>{title}</h1><dl>\
         <dt>{l_site}</dt><dd>{site}</dd><dt>{l_set}</dt><dd>{set}</dd>\
         <dt>{l_day}</dt><dd>{day}</dd><dt>{l_region}</dt><dd>{region}</dd>\
         <dt>{l_assessor}</dt><dd>{assessor}</dd><dt>{l_progress}</dt><dd>{progress}</dd>\
         <dt>{l_overall}</dt><dd class=\"overall\">{overall}</dd></dl><p>{formula}</p>",
        code = lang.code(),
        title = escape(&title),
        l_site = escape(t(words, lang, "details.url")),
        site = link(&report.site_url),
        l_set = escape(t(words, lang, "details.set")),
        set = escape(&report.set_title),
        l_day = escape(t(words, lang, "details.checked_on")),
        day = escape(&report.checked_on),
        l_region = escape(t(words, lang, "details.region")),
        region = escape(or_dash(&report.region)),
        l_assessor = escape(t(words, lang, "details.assessor")),
        assessor = escape(or_dash(&report.assessor)),
        l_progress = escape(t(words, lang, "progress.title")),
        progress = escape(&tf(
            words,
            lang,
            "progress.answered",
            &[
                ("answered", &report.answered.to_string()),
                ("applicable", &report.applicable.to_string())
            ]
        )),
        l_overall = escape(t(words, lang, "score.overall")),
        overall = escape(&score(words, lang, report.overall)),
        formula = escape(report.formula),
    );
    let _ = write!(
        html,
        "<h2>{}</h2>{}<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        escape(t(words, lang, "report.by_commitment")),
        chart_svg(report, words),
        escape(t(words, lang, "report.commitment")),
        escape(t(words, lang, "report.score")),
        escape(t(words, lang, "report.answered")),
    );
    for c in &report.commitments {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{} {}</th><td class=\"num\">{}</td><td class=\"num\">{}&#160;/&#160;{}</td></tr>",
            escape(&c.id),
            escape(&c.title),
            escape(&c.score_text),
            c.answered,
            c.applicable
        );
    }
    let _ = write!(
        html,
        "</tbody></table><h2>{}</h2><ol class=\"criteria\">",
        escape(t(words, lang, "report.criteria"))
    );
    for c in &report.criteria {
        let _ = write!(
            html,
            "<li><h3>{} <span class=\"rating\">{}</span></h3><p>{}</p><p>{}</p>",
            escape(&c.title),
            escape(&c.rating),
            escape(&c.explanation),
            escape(&c.contribution)
        );
        if !c.evidence.is_empty() {
            let _ = write!(
                html,
                "<p>{}</p><ul>",
                escape(t(words, lang, "criterion.evidence"))
            );
            for url in &c.evidence {
                let _ = write!(html, "<li>{}</li>", link(url));
            }
            html.push_str("</ul>");
        }
        if !c.note.is_empty() {
            let _ = write!(
                html,
                "<p class=\"note\"><strong>{}:</strong> {}</p>",
                escape(t(words, lang, "criterion.note")),
                escape(&c.note)
            );
        }
        html.push_str("</li>");
    }
    let _ = write!(
        html,
        "</ol><footer><p>{}</p></footer></main></body></html>",
        escape(t(words, lang, "report.generated"))
    );
    html
}
