//! Inline SVG bar charts for the HTML report: no scripts, no external
//! requests; every label escaped.

use super::html::escape;
use std::fmt::Write as _;

/// One bar: its label, its value, and the text shown at its end.
pub(crate) struct Bar {
    pub(crate) label: String,
    pub(crate) value: f64,
    pub(crate) shown: String,
}

/// A horizontal bar chart scaled to `max`, with a title for screen readers.
/// Positions are percentages of the chart's width and there is no
/// `viewBox`, so the text keeps the page's font size at any width.
pub(crate) fn bars(title: &str, bars: &[Bar], max: f64) -> String {
    const ROW: usize = 26;
    const LABEL: f64 = 38.0;
    let height = bars.len() * ROW + 8;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" role="img" aria-label="{t}" width="100%" height="{height}"><title>{t}</title>"#,
        t = escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i * ROW + 4;
        let width = if max > 0.0 {
            (bar.value / max).clamp(0.0, 1.0) * (100.0 - LABEL - 14.0)
        } else {
            0.0
        };
        let _ = write!(
            svg,
            r#"<text x="0" y="{ty}" class="l">{label}</text><rect x="{LABEL}%" y="{y}" width="{width:.2}%" height="18"/><text x="{vx:.2}%" y="{ty}" class="v">{shown}</text>"#,
            ty = y + 9,
            label = escape(&bar.label),
            vx = LABEL + width + 1.0,
            shown = escape(&bar.shown)
        );
    }
    svg.push_str("</svg>");
    svg
}
