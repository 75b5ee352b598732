//! Saving to and loading from the browser's local storage, so that no work
//! is lost. Each draft has its own versioned key (`napcheck:v1:draft:<id>`),
//! so two tabs editing different drafts never touch each other's entries,
//! and a write first compares the stored revision with the one this tab
//! last saw: a newer one from another tab is reported, never overwritten.
//! An unreadable entry is copied to `napcheck:v1:backup:<id>` and reported;
//! everything that reads is kept. A full storage is reported and the work
//! stays in memory, ready to export.
//!
//! The standalone page uses the keys above; each embedded widget uses its
//! own namespace (`napcheck:v1:w:<namespace>:draft:<id>`, see [`Keys`]), so
//! two widgets on one page never share or overwrite each other's drafts.

use crate::draft::Draft;
use crate::state::{Place, StorageProblem};
use napcheck_core::Lang;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// The prefix of every draft's key.
pub(crate) const DRAFT_PREFIX: &str = "napcheck:v1:draft:";
/// The key of the interface language.
pub(crate) const LANG_KEY: &str = "napcheck:v1:lang";
/// The key of where the citizen was: `<view> <draft id>`.
pub(crate) const PLACE_KEY: &str = "napcheck:v1:place";
/// The prefix of the keys unreadable entries are copied to.
pub(crate) const BACKUP_PREFIX: &str = "napcheck:v1:backup:";
/// The prefix of the keys of each draft's last submission.
pub(crate) const OUTBOX_PREFIX: &str = "napcheck:v1:outbox:";

/// The keys one app instance reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Keys {
    /// The prefix of every draft's key.
    pub(crate) draft: String,
    /// The key of the interface language.
    pub(crate) lang: String,
    /// The key of the last view and draft, restored on reload.
    pub(crate) place: String,
    /// The prefix of the keys unreadable entries are copied to.
    pub(crate) backup: String,
    /// The prefix of each draft's last submission (`outbox.rs`).
    pub(crate) outbox: String,
}

impl Keys {
    /// The standalone page's keys.
    pub(crate) fn standalone() -> Keys {
        Keys {
            draft: DRAFT_PREFIX.to_owned(),
            lang: LANG_KEY.to_owned(),
            place: PLACE_KEY.to_owned(),
            backup: BACKUP_PREFIX.to_owned(),
            outbox: OUTBOX_PREFIX.to_owned(),
        }
    }

    /// An embedded widget's keys, under `namespace`.
    pub(crate) fn namespaced(namespace: &str) -> Keys {
        let base = format!("napcheck:v1:w:{namespace}:");
        Keys {
            draft: format!("{base}draft:"),
            lang: format!("{base}lang"),
            place: format!("{base}place"),
            backup: format!("{base}backup:"),
            outbox: format!("{base}outbox:"),
        }
    }
}

impl Default for Keys {
    fn default() -> Keys {
        Keys::standalone()
    }
}

/// What the storage held.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    /// The drafts that could be read, oldest first.
    pub(crate) drafts: Vec<Draft>,
    /// The saved language.
    pub(crate) lang: Option<Lang>,
    /// Where the citizen was.
    pub(crate) place: Option<Place>,
    /// What went wrong, if anything.
    pub(crate) problem: Option<StorageProblem>,
}

/// The entries of ours among `entries`, read: drafts, the language, and the
/// keys whose text could not be read.
pub(crate) fn read_entries(
    entries: Vec<(String, String)>,
    keys: &Keys,
) -> (Loaded, Vec<(String, String)>) {
    let mut loaded = Loaded::default();
    let mut unreadable = Vec::new();
    for (key, text) in entries {
        if let Some(id) = key.strip_prefix(keys.draft.as_str()) {
            match crate::json::read::<Draft>(&text) {
                Some(draft) if draft.id == id => loaded.drafts.push(draft),
                _ => unreadable.push((key, text)),
            }
        } else if key == keys.lang {
            loaded.lang = text.parse().ok();
        } else if key == keys.place {
            loaded.place = Place::from_code(&text);
        }
    }
    loaded.drafts.sort_by(|a, b| a.id.cmp(&b.id));
    (loaded, unreadable)
}

/// The backup key of an unreadable entry.
pub(crate) fn backup_key(key: &str, keys: &Keys) -> String {
    format!(
        "{}{}",
        keys.backup,
        key.strip_prefix(keys.draft.as_str()).unwrap_or(key)
    )
}

/// The decision for one draft when saving, given what the storage holds.
#[derive(Debug, PartialEq)]
pub(crate) enum Decision {
    /// Nothing to write.
    Skip,
    /// Write it.
    Write,
    /// Another tab saved a different version since this tab last saw it.
    Conflict(Box<Draft>),
}

/// Decides whether `draft` may be written over `stored`, when this tab last
/// saw revision `known` in the storage.
pub(crate) fn decide(draft: &Draft, stored: Option<Draft>, known: Option<u64>) -> Decision {
    if known == Some(draft.revision) && stored.as_ref().map(|s| s.revision) == known {
        return Decision::Skip;
    }
    match stored {
        Some(stored) if stored == *draft => Decision::Skip,
        Some(stored) if Some(stored.revision) != known => Decision::Conflict(Box::new(stored)),
        _ => Decision::Write,
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads everything, moving unreadable entries to backup keys.
pub(crate) fn load(keys: &Keys) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            problem: Some(StorageProblem::Full),
            ..Loaded::default()
        };
    };
    let count = storage.length().unwrap_or(0);
    let entries: Vec<(String, String)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(keys.draft.as_str()) || *k == keys.lang || *k == keys.place)
        .filter_map(|k| Some((k.clone(), storage.get_item(&k).ok().flatten()?)))
        .collect();
    let (mut loaded, unreadable) = read_entries(entries, keys);
    if !unreadable.is_empty() {
        let mut backups = Vec::new();
        for (key, text) in unreadable {
            // Where the text really is: its backup, or, when the storage
            // refuses the copy (full), still its own key.
            let backup = backup_key(&key, keys);
            if storage.set_item(&backup, &text).is_ok() {
                let _ = storage.remove_item(&key);
                backups.push(backup);
            } else {
                backups.push(key);
            }
        }
        loaded.problem = Some(StorageProblem::Corrupted { backups });
    }
    loaded
}

/// What saving found.
#[derive(Debug, PartialEq)]
pub(crate) enum Saved {
    /// Everything is stored.
    Ok,
    /// The storage refused to write (full or disabled).
    Full,
    /// Another tab saved a newer version of this draft; it was not overwritten.
    Conflict(Box<Draft>),
}

/// Writes changed drafts and the language, remembering which revision of
/// each draft the storage holds.
#[derive(Debug, Default)]
pub(crate) struct Saver {
    known: HashMap<String, u64>,
    lang: Option<Lang>,
    place: Option<Option<Place>>,
    keys: Keys,
}

impl Saver {
    /// A saver that knows the storage holds those of `drafts` it has an
    /// entry for (a widget's preset draft is new), and `lang`.
    pub(crate) fn new(drafts: &[Draft], lang: Option<Lang>, keys: Keys) -> Saver {
        let storage = local_storage();
        let held = |d: &&Draft| {
            let key = format!("{}{}", keys.draft, d.id);
            storage
                .as_ref()
                .is_some_and(|s| s.get_item(&key).ok().flatten().is_some())
        };
        Saver {
            known: drafts
                .iter()
                .filter(held)
                .map(|d| (d.id.clone(), d.revision))
                .collect(),
            lang,
            place: None,
            keys,
        }
    }

    /// Accepts that the storage holds `revision` of draft `id` (another
    /// tab's version, merged into this tab's, which may be written over it).
    pub(crate) fn acknowledge(&mut self, id: &str, revision: u64) {
        let known = self.known.entry(id.to_owned()).or_insert(revision);
        *known = (*known).max(revision);
    }

    /// The revision of draft `id` this tab last saw in storage.
    pub(crate) fn known(&self, id: &str) -> Option<u64> {
        self.known.get(id).copied()
    }

    /// Saves `drafts`, `lang` and the citizen's `place`.
    pub(crate) fn save(&mut self, drafts: &[Draft], lang: Lang, place: Option<Place>) -> Saved {
        let Some(storage) = local_storage() else {
            return Saved::Full;
        };
        let mut outcome = Saved::Ok;
        if self.place.as_ref() != Some(&place) {
            let written = match &place {
                Some(p) => storage.set_item(&self.keys.place, &p.code()),
                None => storage.remove_item(&self.keys.place),
            };
            if written.is_ok() {
                self.place = Some(place);
            }
        }
        if self.lang != Some(lang) {
            if storage.set_item(&self.keys.lang, lang.code()).is_err() {
                outcome = Saved::Full;
            } else {
                self.lang = Some(lang);
            }
        }
        for draft in drafts {
            let key = format!("{}{}", self.keys.draft, draft.id);
            let known = self.known.get(&draft.id).copied();
            if known == Some(draft.revision) {
                continue;
            }
            let stored = storage
                .get_item(&key)
                .ok()
                .flatten()
                .and_then(|t| crate::json::read::<Draft>(&t));
            match decide(draft, stored, known) {
                Decision::Skip => {
                    self.known.insert(draft.id.clone(), draft.revision);
                }
                Decision::Conflict(theirs) => outcome = Saved::Conflict(theirs),
                Decision::Write => match crate::json::write(draft, true) {
                    Some(text) if write(&storage, &key, &text).is_ok() => {
                        self.known.insert(draft.id.clone(), draft.revision);
                    }
                    _ => outcome = Saved::Full,
                },
            }
        }
        let gone: Vec<String> = self
            .known
            .keys()
            .filter(|id| !drafts.iter().any(|d| &d.id == *id))
            .cloned()
            .collect();
        for id in gone {
            let _ = storage.remove_item(&format!("{}{id}", self.keys.draft));
            self.known.remove(&id);
        }
        outcome
    }
}

fn write(storage: &web_sys::Storage, key: &str, text: &str) -> Result<(), JsValue> {
    storage.set_item(key, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use napcheck_core::Day;

    fn draft(id: &str, revision: u64) -> Draft {
        let mut d = Draft::new(
            id.into(),
            Day::from_ymd(2018, 8, 17).expect("day"),
            &crate::catalogue::Known::default(),
        );
        d.revision = revision;
        d
    }

    #[test]
    fn reads_what_parses_and_sets_aside_the_rest() {
        let good = serde_json::to_string(&draft("d1", 3)).expect("json");
        let (loaded, bad) = read_entries(
            vec![
                (format!("{DRAFT_PREFIX}d2"), "{not json".into()),
                (format!("{DRAFT_PREFIX}d1"), good),
                (format!("{DRAFT_PREFIX}d3"), "{\"id\":\"d3\"}".into()),
                (LANG_KEY.into(), "ru".into()),
                (PLACE_KEY.into(), "checklist d1".into()),
            ],
            &Keys::standalone(),
        );
        let place = loaded.place.as_ref().map(|p| (p.view, p.draft.as_str()));
        assert_eq!(place, Some((crate::state::View::Checklist, "d1")));
        assert_eq!(loaded.drafts.len(), 1);
        assert_eq!(loaded.drafts[0].revision, 3);
        assert_eq!(loaded.lang, Some(Lang::Ru));
        let keys: Vec<&str> = bad.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [format!("{DRAFT_PREFIX}d2"), format!("{DRAFT_PREFIX}d3")]
        );
        assert_eq!(
            backup_key(keys[0], &Keys::standalone()),
            format!("{BACKUP_PREFIX}d2")
        );
    }

    #[test]
    fn a_draft_under_another_id_is_not_trusted() {
        let text = serde_json::to_string(&draft("d1", 1)).expect("json");
        let (loaded, bad) = read_entries(
            vec![(format!("{DRAFT_PREFIX}d7"), text)],
            &Keys::standalone(),
        );
        assert!(loaded.drafts.is_empty());
        assert_eq!(bad.len(), 1);
    }

    #[test]
    fn a_widget_reads_only_its_own_namespace() {
        let text = serde_json::to_string(&draft("d1", 1)).expect("json");
        let (a, b) = (Keys::namespaced("a"), Keys::namespaced("b"));
        let entries = vec![
            (format!("{}d1", a.draft), text.clone()),
            (format!("{DRAFT_PREFIX}d1"), text),
            (b.lang.clone(), "en".into()),
        ];
        let (loaded, bad) = read_entries(entries.clone(), &a);
        assert_eq!(loaded.drafts.len(), 1);
        assert_eq!(loaded.lang, None);
        assert!(bad.is_empty());
        let (loaded, _) = read_entries(entries, &b);
        assert!(loaded.drafts.is_empty());
        assert_eq!(loaded.lang, Some(Lang::En));
    }

    #[test]
    fn writes_new_and_own_revisions_and_refuses_others() {
        let mine = draft("d1", 5);
        assert_eq!(decide(&mine, None, None), Decision::Write);
        assert_eq!(
            decide(&mine, Some(draft("d1", 4)), Some(4)),
            Decision::Write
        );
        assert_eq!(decide(&mine, Some(mine.clone()), Some(4)), Decision::Skip);
        let mut theirs = draft("d1", 5);
        theirs.site.name = "theirs".into();
        assert_eq!(
            decide(&mine, Some(theirs.clone()), Some(4)),
            Decision::Conflict(Box::new(theirs))
        );
    }

    /// A draft exactly as the widget before issue 12 saved it (no revision
    /// stamps, no typed count, a place without a question) opens in this
    /// one with every answer, link, note and day, and is saved back in the
    /// new form without losing any of them.
    #[test]
    fn drafts_saved_before_issue_12_open_with_everything() {
        let text = include_str!("../../../tests/fixtures/web/draft-before-issue-12.json");
        let key = format!("{DRAFT_PREFIX}d1700000000000-abc");
        let (loaded, bad) = read_entries(
            vec![
                (key, text.into()),
                (PLACE_KEY.into(), "checklist d1700000000000-abc".into()),
            ],
            &Keys::standalone(),
        );
        assert!(bad.is_empty());
        let draft = &loaded.drafts[0];
        assert_eq!(draft.revision, 7);
        assert_eq!(draft.site.region.as_deref(), Some("Bakı"));
        let first = &draft.answers["1.1.eservices.section"];
        assert_eq!(
            first.observation,
            Some(napcheck_core::Observation::YesNo(true))
        );
        assert_eq!(
            first.evidence,
            "https://binagadi-ih.gov.az/eservices\nnot yet a link"
        );
        assert_eq!(first.note, "Seen on the home page");
        assert_eq!(first.observed_on, "2018-08-10");
        assert_eq!(
            draft.answers["1.1.eservices.count"].observation,
            Some(napcheck_core::Observation::Count(12))
        );
        assert_eq!(
            draft.answers["4.2.1.council_exists"].note,
            "A note without an answer yet"
        );
        let place = loaded.place.expect("the place reads");
        assert_eq!(place.view, crate::state::View::Checklist);
        assert_eq!(
            place.question, None,
            "the first unanswered question is shown"
        );
        // Saved back in the new form and read again: nothing lost.
        let again = serde_json::to_string(draft).expect("json");
        let reread: Draft = napcheck_core::parse::from_str_unlocated(&again).expect("reads");
        assert_eq!(&reread, draft);
        // Opened in the app: every answer is there and evaluated.
        let state =
            crate::state::State::restored(loaded.drafts.clone(), Lang::Az, Some(place), None);
        let evaluation = state
            .current_draft()
            .and_then(|d| d.evaluation(&state.known, Lang::Az))
            .expect("evaluates");
        assert_eq!(evaluation.answered, 2);
        assert_eq!(
            state.current_question().map(|c| c.id.as_str()),
            Some("1.1.eservices.working"),
            "the reload lands on the first unanswered question"
        );
    }

    /// A draft an embedded widget saved while its preset set waited for the
    /// index of sets (before `SetVersion`, the version `0.0.0`) opens as
    /// pending, gets the set's version when the index arrives, and a pending
    /// draft is saved in the same form, which older widgets read.
    #[test]
    fn a_draft_saved_with_a_pending_set_opens_and_gets_its_version() {
        use crate::catalogue::{Arrival, Shared};
        use crate::draft::SetVersion;
        use crate::state::{Action, State};
        let text = include_str!("../../../tests/fixtures/web/draft-pending-set.json");
        let key = format!("{DRAFT_PREFIX}d1700000000001-pnd");
        let (loaded, bad) = read_entries(vec![(key, text.into())], &Keys::standalone());
        assert!(bad.is_empty());
        let draft = &loaded.drafts[0];
        assert_eq!(draft.set.id, "az-nap-2020-2022");
        assert_eq!(draft.set.version, SetVersion::Pending);
        assert!(draft.set_pending());
        assert_eq!(draft.kept_on.as_ref(), Some(&draft.set));

        let again: serde_json::Value = serde_json::to_value(draft).expect("json");
        let before: serde_json::Value = serde_json::from_str(text).expect("json");
        assert_eq!(again["set"], before["set"], "stored as before");
        assert_eq!(again["kept_on"], before["kept_on"], "stored as before");

        let full = State::default().known;
        let mut state = State::restored(loaded.drafts.clone(), Lang::Az, None, None);
        state.known = full.without_index();
        state.apply(Action::Arrived(Arrival::Index(
            Lang::Az,
            Shared::new(full.index(Lang::Az).to_vec()),
        )));
        let bundled = napcheck_core::Catalogue::bundled()
            .set("az-nap-2020-2022")
            .expect("bundled")
            .version
            .clone();
        assert_eq!(state.drafts[0].set.version, SetVersion::Known(bundled));
    }
}
