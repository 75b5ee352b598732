//! What rounds are compared on. Rounds on one criteria set are compared on
//! all of its criteria. Rounds on different editions are compared on the
//! newest one, the set every other set has a crosswalk to: the older
//! rounds' consensus assessments move to it through the crosswalk
//! (`crosswalk::migrate`, its declarative conversions), and the
//! comparison keeps only the criteria some mapping reaches (the
//! *comparable* ones). Every other criterion is listed as not comparable,
//! with its reason, never dropped.

use crate::criteria::CriteriaSet;
use crate::crosswalk::{Crosswalk, Relation};
use crate::text::Text;
use serde::Serialize;
use std::collections::HashSet;

/// Why a criterion cannot be compared between rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum NotComparable {
    /// A criterion of an older edition whose crosswalk mapping is `none`.
    NoCounterpart {
        /// The crosswalk's reason.
        reason: Option<Text>,
    },
    /// A criterion of the newest edition that no criterion of the older one
    /// maps to.
    NotInOlder {
        /// The older set.
        older: String,
    },
}

/// One criterion of a trend: comparable (of the comparison set) or not
/// (of the set it belongs to, with the reason).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendCriterion {
    /// The set it belongs to.
    pub set: String,
    /// Its id in that set.
    pub criterion: String,
    /// Its commitment in that set.
    pub commitment: String,
    /// `None` when comparable, else why not.
    pub not_comparable: Option<NotComparable>,
}

/// The comparison set, its comparable slice, and every criterion of the
/// trend in order: the comparable ones (in the comparison set's order),
/// then the others (the comparison set's, then each older set's).
#[derive(Debug, Clone)]
pub(crate) struct Basis<'a> {
    /// The newest set.
    pub(crate) target: &'a CriteriaSet,
    /// The target with only its comparable criteria, and the commitments
    /// that keep one: what every round is scored on.
    pub(crate) shared: CriteriaSet,
    /// The crosswalk from each older set (by set id).
    pub(crate) crosswalks: Vec<(&'a str, &'a Crosswalk)>,
    /// Every criterion of the trend.
    pub(crate) criteria: Vec<TrendCriterion>,
}

/// The sets of the rounds do not meet in one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoCommonSet {
    /// The sets of the rounds, by id.
    pub sets: Vec<String>,
}

impl<'a> Basis<'a> {
    /// The basis of rounds on `sets` (each set once): the one set every
    /// other has a crosswalk to in `crosswalks`.
    pub(crate) fn new(
        sets: &[&'a CriteriaSet],
        crosswalks: &'a [Crosswalk],
    ) -> Result<Basis<'a>, NoCommonSet> {
        let reaches = |from: &CriteriaSet, to: &CriteriaSet| {
            crosswalks
                .iter()
                .find(|c| c.from.id == from.id && c.to.id == to.id)
        };
        let target = sets
            .iter()
            .find(|t| sets.iter().all(|s| s.id == t.id || reaches(s, t).is_some()))
            .ok_or_else(|| NoCommonSet {
                sets: sets.iter().map(|s| s.id.clone()).collect(),
            })?;
        let older: Vec<(&'a CriteriaSet, &'a Crosswalk)> = sets
            .iter()
            .filter(|s| s.id != target.id)
            .filter_map(|s| reaches(s, target).map(|c| (*s, c)))
            .collect();
        let reached: HashSet<&str> = older
            .iter()
            .flat_map(|(_, c)| &c.mappings)
            .filter(|m| m.relation != Relation::None)
            .flat_map(|m| m.to.iter().map(|t| t.criterion.as_str()))
            .collect();
        let comparable = |id: &str| older.is_empty() || reached.contains(id);
        let mut shared = (*target).clone();
        shared.criteria.retain(|c| comparable(&c.id));
        shared
            .commitments
            .retain(|m| shared.criteria.iter().any(|c| c.commitment == m.id));
        let mut criteria: Vec<TrendCriterion> = shared
            .criteria
            .iter()
            .map(|c| TrendCriterion {
                set: target.id.clone(),
                criterion: c.id.clone(),
                commitment: c.commitment.clone(),
                not_comparable: None,
            })
            .collect();
        if let Some((first, _)) = older.first() {
            criteria.extend(
                target
                    .criteria
                    .iter()
                    .filter(|c| !comparable(&c.id))
                    .map(|c| TrendCriterion {
                        set: target.id.clone(),
                        criterion: c.id.clone(),
                        commitment: c.commitment.clone(),
                        not_comparable: Some(NotComparable::NotInOlder {
                            older: first.id.clone(),
                        }),
                    }),
            );
        }
        for (set, crosswalk) in &older {
            for mapping in crosswalk
                .mappings
                .iter()
                .filter(|m| m.relation == Relation::None)
            {
                let Some(c) = set.criterion(&mapping.from) else {
                    continue;
                };
                criteria.push(TrendCriterion {
                    set: set.id.clone(),
                    criterion: c.id.clone(),
                    commitment: c.commitment.clone(),
                    not_comparable: Some(NotComparable::NoCounterpart {
                        reason: mapping.reason.clone(),
                    }),
                });
            }
        }
        Ok(Basis {
            target,
            shared,
            crosswalks: older.iter().map(|(s, c)| (s.id.as_str(), *c)).collect(),
            criteria,
        })
    }
}
