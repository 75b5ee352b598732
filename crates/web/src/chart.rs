//! The geometry of the summary's bar chart: one horizontal bar per
//! commitment, its length the score. Pure, so that the live view and the
//! standalone HTML report draw the same chart.

/// The chart's width in SVG units.
pub(crate) const WIDTH: f64 = 640.0;
/// Where bars start (after the commitment id).
pub(crate) const BAR_X: f64 = 90.0;
/// The longest bar (100%).
pub(crate) const BAR_MAX: f64 = 380.0;
const ROW: f64 = 34.0;
const BAR_HEIGHT: f64 = 22.0;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bar {
    /// The commitment id, drawn before the bar.
    pub(crate) label: String,
    /// The score text, drawn after the bar.
    pub(crate) value: String,
    /// Top of the bar.
    pub(crate) y: f64,
    /// The bar's length (0 when not rated).
    pub(crate) width: f64,
    /// The bar's height.
    pub(crate) height: f64,
}

/// The bars for `(label, score, score text)` rows and the chart's height.
pub(crate) fn bars(rows: &[(String, Option<f64>, String)]) -> (Vec<Bar>, f64) {
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, score, value))| Bar {
            label: label.clone(),
            value: value.clone(),
            y: 6.0 + ROW * i as f64,
            width: score.map_or(0.0, |s| s.clamp(0.0, 100.0) / 100.0 * BAR_MAX),
            height: BAR_HEIGHT,
        })
        .collect();
    (bars, 12.0 + ROW * rows.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_stacked() {
        let (bars, height) = bars(&[
            ("1.1".into(), Some(100.0), "100%".into()),
            ("1.2".into(), Some(50.0), "50%".into()),
            ("1.3".into(), None, "-".into()),
        ]);
        assert_eq!(bars[0].width, BAR_MAX);
        assert_eq!(bars[1].width, BAR_MAX / 2.0);
        assert_eq!(bars[2].width, 0.0);
        assert!(bars[1].y > bars[0].y);
        assert!(height > bars[2].y + bars[2].height);
    }
}
