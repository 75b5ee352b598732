//! How old a date criterion's date was on the day of the check (for the
//! last news item: days since the site was last updated), as a distribution
//! over fixed bins.

use serde::Serialize;

/// The bins' upper bounds in days; the last bin is open.
pub const FRESHNESS_BINS: [i64; 5] = [7, 14, 30, 90, 365];

/// One bin of the distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FreshnessBin {
    /// Fewest days in the bin.
    pub from_days: i64,
    /// Most days in the bin; `None` for the open last bin.
    pub to_days: Option<i64>,
    /// Bodies in the bin.
    pub bodies: usize,
}

/// The distribution for one date criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Freshness {
    /// The criterion's id.
    pub criterion: String,
    /// The bins, youngest first.
    pub bins: Vec<FreshnessBin>,
    /// Bodies it applied to without a date (not applicable, not assessable, unanswered).
    pub no_date: usize,
    /// Every age in days, sorted, for the median; one number per body.
    #[serde(skip)]
    ages: Vec<i64>,
}

impl Freshness {
    pub(super) fn new(criterion: &str) -> Freshness {
        let mut from = 0;
        let mut bins = Vec::new();
        for to in FRESHNESS_BINS {
            bins.push(FreshnessBin {
                from_days: from,
                to_days: Some(to),
                bodies: 0,
            });
            from = to + 1;
        }
        bins.push(FreshnessBin {
            from_days: from,
            to_days: None,
            bodies: 0,
        });
        Freshness {
            criterion: criterion.to_owned(),
            bins,
            no_date: 0,
            ages: Vec::new(),
        }
    }

    /// Counts one body in: the age of its date in days, if it gave one.
    /// A date after the check (which the checks report) counts as 0 days.
    pub(super) fn add(&mut self, age: Option<i64>) {
        let Some(age) = age.map(|a| a.max(0)) else {
            self.no_date += 1;
            return;
        };
        if let Some(bin) = self
            .bins
            .iter_mut()
            .find(|b| b.to_days.is_none_or(|to| age <= to))
        {
            bin.bodies += 1;
        }
        self.ages.push(age);
    }

    /// Bodies with a date.
    pub fn dated(&self) -> usize {
        self.ages.len()
    }

    /// The median age in days (the lower middle for an even count).
    pub fn median(&self) -> Option<i64> {
        let mut ages = self.ages.clone();
        ages.sort_unstable();
        ages.get(ages.len().saturating_sub(1) / 2).copied()
    }
}
