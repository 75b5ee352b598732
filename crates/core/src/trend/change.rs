//! How one figure moved from one round to the next: improved, unchanged,
//! worse, new, no longer assessed, or not comparable ([`Change`]), and the
//! counts of bodies that moved each way ([`Moves`]).

use serde::Serialize;

/// Two scores closer than this are the same (they are means of points).
const SAME: f64 = 1e-9;

/// How a score moved between two rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Higher than in the round before.
    Improved,
    /// The same as in the round before.
    Unchanged,
    /// Lower than in the round before.
    Worse,
    /// Scored now, not in the round before (the body or the criterion was
    /// not assessed, or had no score).
    New,
    /// Scored in the round before, not now.
    NoLongerAssessed,
    /// Answered, but on a criterion that has no counterpart in the other
    /// round's edition: the rounds cannot be compared on it.
    NotComparable,
}

impl Change {
    /// Every change, in the order reports list them.
    pub const ALL: [Change; 6] = [
        Change::Improved,
        Change::Unchanged,
        Change::Worse,
        Change::New,
        Change::NoLongerAssessed,
        Change::NotComparable,
    ];

    /// Its id, as JSON and CSV write it.
    pub fn id(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Unchanged => "unchanged",
            Change::Worse => "worse",
            Change::New => "new",
            Change::NoLongerAssessed => "no_longer_assessed",
            Change::NotComparable => "not_comparable",
        }
    }

    /// How a score moved from `before` to `after` (each `None` when there
    /// was none); `None` when there is a score in neither round.
    pub fn between(before: Option<f64>, after: Option<f64>) -> Option<Change> {
        match (before, after) {
            (Some(b), Some(a)) if (a - b).abs() < SAME => Some(Change::Unchanged),
            (Some(b), Some(a)) if a > b => Some(Change::Improved),
            (Some(_), Some(_)) => Some(Change::Worse),
            (None, Some(_)) => Some(Change::New),
            (Some(_), None) => Some(Change::NoLongerAssessed),
            (None, None) => None,
        }
    }
}

/// How many bodies moved each way between two rounds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Moves {
    /// Bodies whose score rose.
    pub improved: usize,
    /// Bodies whose score stayed.
    pub unchanged: usize,
    /// Bodies whose score fell.
    pub worse: usize,
    /// Bodies scored only in the later round.
    pub new: usize,
    /// Bodies scored only in the earlier round.
    pub no_longer_assessed: usize,
    /// Bodies answered on a criterion the rounds cannot be compared on.
    pub not_comparable: usize,
}

impl Moves {
    /// Counts one body's change.
    pub fn count(&mut self, change: Option<Change>) {
        let Some(change) = change else { return };
        *self.slot(change) += 1;
    }

    /// The bodies that moved this way.
    pub fn get(&self, change: Change) -> usize {
        match change {
            Change::Improved => self.improved,
            Change::Unchanged => self.unchanged,
            Change::Worse => self.worse,
            Change::New => self.new,
            Change::NoLongerAssessed => self.no_longer_assessed,
            Change::NotComparable => self.not_comparable,
        }
    }

    /// Bodies counted.
    pub fn total(&self) -> usize {
        Change::ALL.iter().map(|&c| self.get(c)).sum()
    }

    fn slot(&mut self, change: Change) -> &mut usize {
        match change {
            Change::Improved => &mut self.improved,
            Change::Unchanged => &mut self.unchanged,
            Change::Worse => &mut self.worse,
            Change::New => &mut self.new,
            Change::NoLongerAssessed => &mut self.no_longer_assessed,
            Change::NotComparable => &mut self.not_comparable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Change;

    #[test]
    fn each_pair_of_scores_has_its_change() {
        let cases = [
            (Some(50.0), Some(100.0), Some(Change::Improved)),
            (Some(50.0), Some(50.0), Some(Change::Unchanged)),
            (Some(100.0), Some(0.0), Some(Change::Worse)),
            (None, Some(0.0), Some(Change::New)),
            (Some(0.0), None, Some(Change::NoLongerAssessed)),
            (None, None, None),
        ];
        for (before, after, want) in cases {
            assert_eq!(
                Change::between(before, after),
                want,
                "{before:?} -> {after:?}"
            );
        }
    }
}
