//! Finding items that usually come in a known order. Answers, evaluation
//! results and tallies all follow their criteria set's order, so searching
//! from just after the previous hit (and wrapping around) finds the next one
//! in one comparison in the usual case, without hashing or allocating, and
//! still finds anything out of order.

use crate::assessment::Answer;
use crate::criteria::Criterion;

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

/// The first answer to each criterion, by the criterion's position in
/// `criteria` (a set's, whose ids are unique); answers to ids the set lacks
/// are left out. Answers usually follow the set's order, so each is placed
/// in one comparison: the evaluation and the consensus used to build a
/// SipHash map of the answers per assessment, a tenth of `report`'s time
/// over 100,000 files (callgrind).
pub(crate) fn first_answers<'a>(
    criteria: &[Criterion],
    answers: &'a [Answer],
) -> Vec<Option<&'a Answer>> {
    let mut first = vec![None; criteria.len()];
    let mut next = 0;
    for answer in answers {
        if let Some(p) = position_from(criteria, next, |c| c.id == answer.criterion) {
            next = p + 1;
            first[p].get_or_insert(answer);
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::{first_answers, position_from};
    use crate::test_support::local_assessment as local;
    use crate::Catalogue;

    #[test]
    fn searches_from_the_start_then_wraps() {
        let items = ["a", "b", "c", "b"];
        assert_eq!(position_from(&items, 2, |x| *x == "b"), Some(3));
        assert_eq!(position_from(&items, 1, |x| *x == "a"), Some(0));
        assert_eq!(position_from(&items, 9, |x| *x == "c"), Some(2));
        assert_eq!(position_from(&items, 0, |x| *x == "z"), None);
        assert_eq!(position_from::<&str>(&[], 3, |_| true), None);
    }

    /// The first of two answers to one criterion counts, wherever answers
    /// stand; an answer to an id the set lacks is left out.
    #[test]
    fn first_answers_keep_the_first_of_each_criterion_in_any_order() {
        let set = Catalogue::bundled().set("az-nap-2016-2018").expect("set");
        let answer = |id: &str, value: bool| {
            format!(
                r#"{{"criterion": "{id}", "observation": {{"type": "yes_no", "value": {value}}}}}"#
            )
        };
        let answers = [
            answer("4.2.1.council_exists", true),
            answer("2.4.mobile", true),
            answer("no.such.criterion", true),
            answer("2.4.mobile", false),
            answer("4.2.1.council_exists", false),
        ]
        .join(", ");
        let assessment = local(&answers);
        let first = first_answers(&set.criteria, &assessment.answers);
        let mut placed: Vec<(&str, usize)> = first
            .iter()
            .zip(&set.criteria)
            .filter_map(|(answer, c)| answer.map(|a| (c.id.as_str(), a)))
            .map(|(id, a)| {
                let at = assessment.answers.iter().position(|b| std::ptr::eq(a, b));
                (id, at.expect("an answer of the assessment"))
            })
            .collect();
        placed.sort_unstable();
        assert_eq!(placed, [("2.4.mobile", 1), ("4.2.1.council_exists", 0)]);
    }
}
