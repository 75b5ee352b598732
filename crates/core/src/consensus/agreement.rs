//! How far assessors agree: the number of answers, the percent agreement
//! over pairs of answers to the same unit (one criterion of one body), and
//! Krippendorff's alpha with the ordinal metric on the scale's levels.
//!
//! Both are accumulated unit by unit, so one [`Agreement`] serves a
//! criterion across bodies, a body across criteria, or a whole dataset:
//! percent agreement keeps its pair counts, alpha its coincidence matrix
//! (Krippendorff, *Computing Krippendorff's Alpha-Reliability*, 2011).
//! "Not applicable" and "not assessable" answers count in percent agreement
//! as categories of their own; alpha sees only rated answers (the others are
//! missing values, as they have no place on the ordinal scale).

use super::Answer;
use serde::Serialize;

/// Agreement over some units.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// Answers counted (rated, not applicable, not assessable).
    pub answers: usize,
    /// Units with at least two answers, the ones agreement is measured on.
    pub pairable_units: usize,
    /// Pairs of answers to the same unit.
    pub pairs: u64,
    /// Of these, pairs giving the same answer.
    pub agreeing_pairs: u64,
    /// Coincidences of levels (row-major, levels × levels), each unit's
    /// pairs weighted by 1 / (answers in the unit − 1).
    #[serde(skip)]
    coincidences: Vec<f64>,
    #[serde(skip)]
    levels: usize,
}

impl Agreement {
    /// No units yet, on a scale of `levels` levels.
    pub fn new(levels: usize) -> Agreement {
        Agreement {
            answers: 0,
            pairable_units: 0,
            pairs: 0,
            agreeing_pairs: 0,
            coincidences: vec![0.0; levels * levels],
            levels,
        }
    }

    /// Adds one unit: every answer given to it.
    pub fn add_unit(&mut self, answers: &[Answer]) {
        self.answers += answers.len();
        if answers.len() < 2 {
            return;
        }
        self.pairable_units += 1;
        // Answers per category: the levels, then not applicable, not assessable.
        let mut counts = vec![0u64; self.levels + 2];
        for answer in answers {
            let slot = match *answer {
                Answer::Level(i) => usize::from(i),
                Answer::NotApplicable => self.levels,
                Answer::NotAssessable => self.levels + 1,
            };
            if let Some(n) = counts.get_mut(slot) {
                *n += 1;
            }
        }
        let m = answers.len() as u64;
        self.pairs += m * (m - 1) / 2;
        self.agreeing_pairs += counts
            .iter()
            .map(|n| n * n.saturating_sub(1) / 2)
            .sum::<u64>();
        let rated: u64 = counts[..self.levels].iter().sum();
        if rated < 2 {
            return;
        }
        let weight = 1.0 / (rated - 1) as f64;
        for c in 0..self.levels {
            for k in 0..self.levels {
                let pairs = if c == k {
                    counts[c] * counts[c].saturating_sub(1)
                } else {
                    counts[c] * counts[k]
                };
                self.coincidences[c * self.levels + k] += pairs as f64 * weight;
            }
        }
    }

    /// Adds everything `other` counted (on the same scale).
    pub fn merge(&mut self, other: &Agreement) {
        self.answers += other.answers;
        self.pairable_units += other.pairable_units;
        self.pairs += other.pairs;
        self.agreeing_pairs += other.agreeing_pairs;
        for (a, b) in self.coincidences.iter_mut().zip(&other.coincidences) {
            *a += b;
        }
    }

    /// Percent of pairs that agree; `None` without a pair.
    pub fn percent(&self) -> Option<f64> {
        (self.pairs > 0).then(|| self.agreeing_pairs as f64 / self.pairs as f64 * 100.0)
    }

    /// Krippendorff's alpha, ordinal metric, over the rated answers; `None`
    /// when it is undefined (fewer than two pairable values, or every
    /// value the same, so that no disagreement is expected).
    pub fn alpha(&self) -> Option<f64> {
        let l = self.levels;
        let totals: Vec<f64> = (0..l)
            .map(|c| (0..l).map(|k| self.coincidences[c * l + k]).sum())
            .collect();
        let n: f64 = totals.iter().sum();
        if n < 2.0 {
            return None;
        }
        // The ordinal distance: (sum of n_g from c to k − (n_c + n_k) / 2)².
        let distance = |c: usize, k: usize| -> f64 {
            let (lo, hi) = (c.min(k), c.max(k));
            let between: f64 = totals[lo..=hi].iter().sum::<f64>() - (totals[c] + totals[k]) / 2.0;
            between * between
        };
        let (mut observed, mut expected) = (0.0, 0.0);
        for c in 0..l {
            for k in 0..l {
                let d = distance(c, k);
                observed += self.coincidences[c * l + k] * d;
                expected += totals[c] * totals[k] * d;
            }
        }
        (expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(values: &[u8]) -> Vec<Answer> {
        values.iter().map(|&v| Answer::Level(v)).collect()
    }

    #[test]
    fn perfect_agreement_has_alpha_one_and_full_percent() {
        let mut a = Agreement::new(3);
        a.add_unit(&levels(&[0, 0]));
        a.add_unit(&levels(&[2, 2, 2]));
        assert_eq!(a.alpha(), Some(1.0));
        assert_eq!(a.percent(), Some(100.0));
        assert_eq!((a.answers, a.pairable_units, a.pairs), (5, 2, 4));
    }

    #[test]
    fn a_single_value_or_a_lone_answer_leaves_alpha_undefined() {
        let mut a = Agreement::new(3);
        a.add_unit(&levels(&[1, 1]));
        a.add_unit(&levels(&[0]));
        assert_eq!(a.alpha(), None);
        assert_eq!(a.percent(), Some(100.0));
        let mut none = Agreement::new(3);
        none.add_unit(&[Answer::NotApplicable, Answer::Level(0)]);
        assert_eq!((none.alpha(), none.percent()), (None, Some(0.0)));
    }
}
