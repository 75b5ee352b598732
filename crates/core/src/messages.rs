//! What the words of findings share: lists in backticks, scores with one
//! decimal. The messages themselves (az, en, ru) are declared with each
//! problem in `problem.rs`; each says what is wrong and what to do, for a
//! volunteer who has never read the schema, with parameters quoted in
//! backticks so they stand out in any output format.

/// The items in backticks, separated by commas, built in one string (an
/// `unanswered-criteria` message lists thirty criteria in every file).
pub(crate) fn list(items: &[String]) -> String {
    let mut out = String::with_capacity(items.iter().map(|i| i.len() + 4).sum());
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(item);
        out.push('`');
    }
    out
}

pub(crate) fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), one_decimal)
}

/// A number with one decimal, as `{:.1}` prints it. Tenths as integers: no
/// float formatting code in the widget's wasm.
pub(crate) fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[cfg(test)]
mod score_tests {
    use super::score;

    #[test]
    fn scores_print_with_one_decimal_like_the_float_format() {
        for v in [0.0, 33.333, 66.66, 99.95, 100.0, 12.04, -0.5, -12.36] {
            assert_eq!(score(Some(v)), format!("{v:.1}"), "{v}");
        }
        assert_eq!(score(None), "—");
    }
}
