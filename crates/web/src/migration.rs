//! The offer to carry a draft on an older criteria set to the newer one:
//! to another NAP edition through a crosswalk fetched beside the catalogue
//! (`catalogue/crosswalks.<set>.json`), or to a newer minor or patch version
//! of the same set without one. Which move, and the move itself, are the
//! core's (`crosswalk::offer`, which runs `crosswalk::migrate`, the same that
//! `napcheck migrate` runs), computed in the on-demand checker
//! (`checker.rs`), so that the migration is not in the first download: this
//! module says which parts of the catalogue an offer needs, when it can be
//! asked for ([`request`]), and turns the answer into a draft. The draft
//! stays as it is until the citizen accepts; declining keeps it on its set,
//! and nothing is offered again while it stays there.

use crate::catalogue::{Known, Part};
use crate::draft::Draft;
use napcheck_core::crosswalk::{Migrated, Offered};
use napcheck_core::{Lang, NotMigrated, SetRef};
use std::rc::Rc;

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
    let to = known
        .crosswalks(&draft.set.id)
        .map_or(&[][..], |c| &c.to[..]);
    for id in to {
        if index.iter().any(|s| s.id == *id) {
            parts.push(Part::Set(id.clone(), lang));
        }
    }
    parts
}

/// What the checker needs to make the offer for `draft`: its assessment,
/// the crosswalks from its set (as fetched) and the newest version of each
/// set in the index, all as JSON text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Request {
    /// The draft's recorded answers, as an assessment.
    pub(crate) assessment: String,
    /// The text of `crosswalks.<set>.json`.
    pub(crate) crosswalks: Rc<str>,
    /// The index's sets, `[{"id", "version"}]`.
    pub(crate) newest: String,
}

/// Whether an offer for `draft` can be asked for: every part it needs is
/// here, and the citizen has not kept the draft on its set.
pub(crate) fn ready(draft: &Draft, known: &Known, lang: Lang) -> bool {
    let parts = parts(draft, known, lang);
    draft.criteria_set(known, lang).is_some()
        && !parts.is_empty()
        && known.has(&Part::Index(lang))
        && parts.iter().all(|p| known.has(p))
}

/// The request for `draft`'s offer, when it is [`ready`].
pub(crate) fn request(draft: &Draft, known: &Known, lang: Lang) -> Option<Request> {
    if !ready(draft, known, lang) {
        return None;
    }
    let crosswalks = known.crosswalks(&draft.set.id)?;
    let newest: Vec<SetRef> = known
        .index(lang)
        .iter()
        .map(|s| SetRef {
            id: s.id.clone(),
            version: s.version.clone(),
        })
        .collect();
    // Pretty, as the export is: one serialiser of the assessment in the wasm.
    let assessment = crate::json::write(&draft.recorded_assessment(known, lang), true)?;
    Some(Request {
        assessment,
        crosswalks: Rc::clone(&crosswalks.text),
        newest: crate::json::write(&newest, true)?,
    })
}

/// The offer for `draft` the core made (`offered`).
pub(crate) fn offer_of(draft: &Draft, offered: Offered) -> Offer {
    Offer {
        from: draft.set.stored(),
        to: offered.to,
        migrated: offered.migrated,
    }
}

/// In unit tests: the offer for `draft`, made at once by the core from the
/// same request the checker reads (crosswalks with an error are left out
/// by the core).
#[cfg(test)]
pub(crate) fn offer(draft: &Draft, known: &Known, lang: Lang) -> Option<Offer> {
    let request = request(draft, known, lang)?;
    let assessment: napcheck_core::Assessment =
        serde_json::from_str(&request.assessment).expect("an assessment");
    let crosswalks: Vec<napcheck_core::crosswalk::Crosswalk> =
        serde_json::from_str(&request.crosswalks).expect("crosswalks");
    let newest: Vec<SetRef> = serde_json::from_str(&request.newest).expect("sets");
    let catalogue = known.for_check(lang);
    napcheck_core::crosswalk::offer(&assessment, &catalogue, &crosswalks, &newest)
        .map(|offered| offer_of(draft, offered))
}

#[cfg(test)]
#[path = "migration_tests.rs"]
mod tests;
