//! A round's comment period: from the day the provisional report is
//! published until the last day a body may reply. Before its end the
//! report is provisional.

use crate::day::Day;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The days a round is open for replies, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommentPeriod {
    /// The first day: the day the provisional report is published.
    pub from: Day,
    /// The last day bodies may reply; the report is final the day after.
    pub until: Day,
}

impl CommentPeriod {
    /// Whether it ends before it begins (`until` before `from`).
    pub fn is_reversed(&self) -> bool {
        self.until < self.from
    }

    /// Whether a report made on `today` is provisional: the period has not
    /// ended (its last day included).
    pub fn is_provisional_on(&self, today: Day) -> bool {
        today <= self.until
    }
}

impl fmt::Display for CommentPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.from, self.until)
    }
}

/// Why a text is not a comment period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidPeriod {
    /// Not `FROM..UNTIL`, or a day that is not a calendar day.
    Shape,
    /// `UNTIL` before `FROM`.
    Reversed,
}

impl FromStr for CommentPeriod {
    type Err = InvalidPeriod;

    /// `2026-12-01..2026-12-31`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (from, until) = text.split_once("..").ok_or(InvalidPeriod::Shape)?;
        let from: Day = from.trim().parse().map_err(|_| InvalidPeriod::Shape)?;
        let until: Day = until.trim().parse().map_err(|_| InvalidPeriod::Shape)?;
        let period = CommentPeriod { from, until };
        if period.is_reversed() {
            return Err(InvalidPeriod::Reversed);
        }
        Ok(period)
    }
}
