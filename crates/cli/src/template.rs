//! Message templates with `{}` places, for words kept as plain strings per
//! language (review's and criteria's word tables): one filler, so that every
//! command fills its templates the same way.

/// `template` with each `{}` replaced by the next of `values` (a missing
/// value leaves the place empty; extra values are ignored).
pub(crate) fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut values = values.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(values.next().copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_places_in_order() {
        assert_eq!(fill("{} of {}", &["3", "5"]), "3 of 5");
        assert_eq!(fill("{} and {}", &["one"]), "one and ");
        assert_eq!(fill("none", &["x"]), "none");
    }
}
