//! The geometry of the summary's bar chart: one horizontal bar per
//! commitment, its length the score. Pure, so that the live view and the
//! standalone HTML report draw the same chart. Whole SVG units: printing
//! them needs no float formatting code in the wasm.

/// The chart's width in SVG units.
/// Narrow, so that its text stays readable when a phone scales it down:
/// each commitment's short name on its own line above its bar.
pub(crate) const WIDTH: u32 = 360;
/// Where bars start.
pub(crate) const BAR_X: u32 = 0;
/// The longest bar (100%), leaving room for the score after it.
pub(crate) const BAR_MAX: u32 = 300;
const ROW: u32 = 52;
const BAR_HEIGHT: u32 = 20;
/// The longest short name, in characters, before it is cut at a word.
const LABEL_CHARS: usize = 38;

/// The text after a bar: the score, or a dash when it is not rated (the
/// table beside the chart says "not rated yet" in words).
pub(crate) fn value_text(score: Option<f64>, text: &str) -> String {
    match score {
        Some(_) => text.to_owned(),
        None => "—".to_owned(),
    }
}

/// A commitment's short name for the chart: its number and the first
/// words of its title.
pub(crate) fn short_label(id: &str, title: &str) -> String {
    let mut label = id.to_owned();
    for word in title.split_whitespace() {
        if label.chars().count() + 1 + word.chars().count() > LABEL_CHARS {
            label.push('…');
            return label;
        }
        label.push(' ');
        label.push_str(word);
    }
    label
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bar {
    /// The commitment's short name, drawn above the bar.
    pub(crate) label: String,
    /// The baseline of the label.
    pub(crate) label_y: u32,
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
            label_y: 18 + ROW * i as u32,
            y: 26 + ROW * i as u32,
            width: score.map_or(0, |s| {
                (s.clamp(0.0, 100.0) / 100.0 * f64::from(BAR_MAX)).round() as u32
            }),
            height: BAR_HEIGHT,
        })
        .collect();
    (bars, 8 + ROW * rows.len() as u32)
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
        assert_eq!(bars[2].width, 100);
        assert_eq!(bars[3].width, 0);
        assert!(bars[1].y > bars[0].y);
        assert!(height > bars[3].y + bars[3].height);
        assert!(bars[1].label_y > bars[0].y + bars[0].height);
    }

    #[test]
    fn short_labels_cut_at_a_word() {
        assert_eq!(short_label("1.1", "Open data"), "1.1 Open data");
        let long = short_label(
            "4.2",
            "Ensuring the transparency of the activity of local executive bodies",
        );
        assert_eq!(long, "4.2 Ensuring the transparency of the…");
    }
}
