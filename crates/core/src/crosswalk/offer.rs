//! Which move to a newer set to offer for an assessment: to another NAP
//! edition first, through the first crosswalk from its set that leads to a
//! set here and has no error, else to a newer minor or patch version of its
//! own set. The widget shows the result before the citizen chooses
//! (computed in its on-demand checker, so the migration is not in the
//! first download). Pure: the caller gives the sets, crosswalks and newest
//! versions it has.

use super::migrate::{migrate, Migrated};
use super::model::Crosswalk;
use super::validate::validate_crosswalk;
use crate::assessment::{Assessment, SetRef};
use crate::catalogue::Catalogue;
use crate::finding::Severity;
use serde::{Deserialize, Serialize};

/// A move offered: the set (and version) the assessment would be carried
/// to, and the core's migration of it, not applied yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offered {
    /// The newer set.
    pub to: SetRef,
    /// The assessment carried to it.
    pub migrated: Migrated,
}

/// The move to offer for `assessment`, when one of `crosswalks` (from its
/// set, checked against `catalogue`, with no error) leads to a set in
/// `catalogue` whose newest version `newest` lists, or when `newest` lists
/// a newer version of its own set; `None` when its set is not in
/// `catalogue` or nothing newer is here.
pub fn offer(
    assessment: &Assessment,
    catalogue: &Catalogue,
    crosswalks: &[Crosswalk],
    newest: &[SetRef],
) -> Option<Offered> {
    let current = &assessment.criteria_set;
    let from = catalogue
        .set(&current.id)
        .filter(|s| s.supports_version(&current.version))?;
    let newest_of = |id: &str| newest.iter().find(|s| s.id == id).map(|s| &s.version);
    for crosswalk in crosswalks.iter().filter(|c| c.from.id == current.id) {
        let (Some(version), Some(set)) =
            (newest_of(&crosswalk.to.id), catalogue.set(&crosswalk.to.id))
        else {
            continue;
        };
        let usable = validate_crosswalk(crosswalk, catalogue)
            .iter()
            .all(|f| f.severity() != Severity::Error);
        if !usable {
            continue;
        }
        if let Ok(migrated) = migrate(assessment, from, set, version, Some(crosswalk)) {
            let to = SetRef {
                id: set.id.clone(),
                version: version.clone(),
            };
            return Some(Offered { to, migrated });
        }
    }
    let version = newest_of(&current.id).filter(|v| **v > current.version)?;
    let migrated = migrate(assessment, from, from, version, None).ok()?;
    let to = SetRef {
        id: current.id.clone(),
        version: version.clone(),
    };
    Some(Offered { to, migrated })
}
