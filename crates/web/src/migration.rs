//! The offer to carry a draft on an older criteria set to the newer one:
//! to another NAP edition through a crosswalk fetched beside the catalogue
//! (`catalogue/crosswalks.<set>.json`), or to a newer minor or patch version
//! of the same set without one. The move itself is the core's
//! `crosswalk::migrate`, the same that `napcheck migrate` runs; this module
//! only finds the newer set, asks the core, and turns its answer into a
//! draft. The draft stays as it is until the citizen accepts; declining keeps
//! it on its set, and nothing is offered again while it stays there.

use crate::catalogue::{Known, Part};
use crate::draft::{Draft, SetVersion};
use napcheck_core::crosswalk::{migrate, validate_crosswalk, Crosswalk, Migrated};
use napcheck_core::{Lang, NotMigrated, SetRef, Severity};

/// What carrying a draft to a newer set would do.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Offer {
    /// The set the draft is on now.
    pub(crate) from: SetRef,
    /// The newer set (and version) it would be carried to.
    pub(crate) to: SetRef,
    /// The core's migration of the draft (not applied yet).
    pub(crate) migrated: Migrated,
}

impl Offer {
    /// The answers that could not move in this migration, with their
    /// reasons (those of an earlier migration left aside).
    pub(crate) fn not_moved(&self) -> &[NotMigrated] {
        let all = self
            .migrated
            .assessment
            .migration
            .as_ref()
            .map_or(&[][..], |m| &m.not_migrated[..]);
        &all[all.len().saturating_sub(self.migrated.kept)..]
    }

    /// The draft after the move: the same id, the migrated answers, and
    /// the answers that could not move kept in its `migration`; every
    /// answer and the details are stamped with the new revision (another
    /// tab merges by it).
    pub(crate) fn apply(&self, original: &Draft) -> Draft {
        let mut draft =
            Draft::from_assessment(original.id.clone(), self.migrated.assessment.clone());
        let revision = original.revision + 1;
        draft.revision = revision;
        draft.details_changed = revision;
        for answer in draft.answers.values_mut() {
            answer.changed = revision;
        }
        // The site and the assessor as typed, not as trimmed for export.
        draft.site = original.site.clone();
        draft.assessor = original.assessor.clone();
        draft
    }
}

/// The catalogue parts an offer for `draft` needs: the crosswalks from its
/// set, and the sets they lead to that the index lists; none when the
/// citizen (or the embedding page) keeps the draft on its set.
pub(crate) fn parts(draft: &Draft, known: &Known, lang: Lang) -> Vec<Part> {
    let kept = draft.kept_on.as_ref().is_some_and(|k| k.id == draft.set.id);
    if draft.set.id.is_empty() || kept {
        return Vec::new();
    }
    let mut parts = vec![Part::Crosswalks(draft.set.id.clone())];
    let index = known.index(lang);
    for crosswalk in known.crosswalks(&draft.set.id).unwrap_or_default() {
        if index.iter().any(|s| s.id == crosswalk.to.id) {
            parts.push(Part::Set(crosswalk.to.id.clone(), lang));
        }
    }
    parts
}

/// The offer for `draft`, when a newer set it can move to is here and the
/// citizen has not chosen to keep the draft on its set: another edition first (through a valid
/// crosswalk), else a newer version of the same set.
pub(crate) fn offer(draft: &Draft, known: &Known, lang: Lang) -> Option<Offer> {
    let from = draft.criteria_set(known, lang)?;
    if draft.set_pending() {
        return None;
    }
    let index = known.index(lang);
    let newest = |id: &str| index.iter().find(|s| s.id == id).map(|s| s.version.clone());
    if draft.kept_on.as_ref().is_some_and(|k| k.id == draft.set.id) {
        return None;
    }
    let assessment = draft.recorded_assessment(known, lang);
    for crosswalk in known.crosswalks(&draft.set.id).unwrap_or_default() {
        let Some(version) = newest(&crosswalk.to.id) else {
            continue;
        };
        let to = SetRef {
            id: crosswalk.to.id.clone(),
            version,
        };
        let Some(set) = known.set(&to.id, lang) else {
            continue;
        };
        if !usable(crosswalk, known, lang) {
            continue;
        }
        if let Ok(migrated) = migrate(&assessment, from, set, &to.version, Some(crosswalk)) {
            return Some(offered(draft, to, migrated));
        }
    }
    let SetVersion::Known(current) = &draft.set.version else {
        return None;
    };
    let version = newest(&draft.set.id).filter(|v| v > current)?;
    let to = SetRef {
        id: draft.set.id.clone(),
        version,
    };
    let migrated = migrate(&assessment, from, from, &to.version, None).ok()?;
    Some(offered(draft, to, migrated))
}

fn offered(draft: &Draft, to: SetRef, migrated: Migrated) -> Offer {
    Offer {
        from: draft.set.stored(),
        to,
        migrated,
    }
}

/// Whether the core finds no error in `crosswalk` against the sets here.
fn usable(crosswalk: &Crosswalk, known: &Known, lang: Lang) -> bool {
    validate_crosswalk(crosswalk, &known.for_check(lang))
        .iter()
        .all(|f| f.severity() != Severity::Error)
}

#[cfg(test)]
#[path = "migration_tests.rs"]
mod tests;
