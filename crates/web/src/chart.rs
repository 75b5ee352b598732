//! The geometry of the summary's bar chart: one horizontal bar per
//! commitment, its length the score. Pure, so that the live view and the
//! standalone HTML report draw the same chart. Whole SVG units: printing
//! them needs no float formatting code in the wasm.

/// The chart's width in SVG units.
pub(crate) const WIDTH: u32 = 640;
/// Where bars start (after the commitment id).
pub(crate) const BAR_X: u32 = 90;
/// The longest bar (100%).
pub(crate) const BAR_MAX: u32 = 380;
const ROW: u32 = 34;
const BAR_HEIGHT: u32 = 22;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bar {
    /// The commitment id, drawn before the bar.
    pub(crate) label: String,
    /// The score text, drawn after the bar.
    pub(crate) value: String,
    /// Top of the bar.
    pub(crate) y: u32,
    /// The bar's length, rounded (0 when not rated).
    pub(crate) width: u32,
    /// The bar's height.
    pub(crate) height: u32,
}

/// The bars for `(label, score, score text)` rows and the chart's height.
pub(crate) fn bars(rows: &[(String, Option<f64>, String)]) -> (Vec<Bar>, u32) {
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, score, value))| Bar {
            label: label.clone(),
            value: value.clone(),
            y: 6 + ROW * i as u32,
            width: score.map_or(0, |s| {
                (s.clamp(0.0, 100.0) / 100.0 * f64::from(BAR_MAX)).round() as u32
            }),
            height: BAR_HEIGHT,
        })
        .collect();
    (bars, 12 + ROW * rows.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_stacked() {
        let (bars, height) = bars(&[
            ("1.1".into(), Some(100.0), "100%".into()),
            ("1.2".into(), Some(50.0), "50%".into()),
            ("1.4".into(), Some(33.3), "33%".into()),
            ("1.3".into(), None, "-".into()),
        ]);
        assert_eq!(bars[0].width, BAR_MAX);
        assert_eq!(bars[1].width, BAR_MAX / 2);
        assert_eq!(bars[2].width, 127);
        assert_eq!(bars[3].width, 0);
        assert!(bars[1].y > bars[0].y);
        assert!(height > bars[3].y + bars[3].height);
    }
}
