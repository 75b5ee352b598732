//! Finding items that usually come in a known order. Answers, evaluation
//! results and tallies all follow their criteria set's order, so searching
//! from just after the previous hit (and wrapping around) finds the next one
//! in one comparison in the usual case, without hashing or allocating, and
//! still finds anything out of order.

/// The position of the first item satisfying `matches`, searching from
/// `start` to the end, then from the beginning.
pub(crate) fn position_from<T>(
    items: &[T],
    start: usize,
    matches: impl Fn(&T) -> bool,
) -> Option<usize> {
    let n = items.len();
    (0..n)
        .map(|k| (start + k) % n)
        .find(|&p| matches(&items[p]))
}

#[cfg(test)]
mod tests {
    use super::position_from;

    #[test]
    fn searches_from_the_start_then_wraps() {
        let items = ["a", "b", "c", "b"];
        assert_eq!(position_from(&items, 2, |x| *x == "b"), Some(3));
        assert_eq!(position_from(&items, 1, |x| *x == "a"), Some(0));
        assert_eq!(position_from(&items, 9, |x| *x == "c"), Some(2));
        assert_eq!(position_from(&items, 0, |x| *x == "z"), None);
        assert_eq!(position_from::<&str>(&[], 3, |_| true), None);
    }
}
