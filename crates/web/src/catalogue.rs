//! The criteria the widget knows: the embedded body register, the index of
//! sets, the one-language slices of sets and the crosswalks from a set
//! (`crosswalks.<set>.json`) fetched so far (`loader.rs`
//! fetches them; the native unit tests fill this from the core's bundled
//! sets instead). A set is looked up in the language asked for and, while
//! that one loads, in any language already here: its structure (criteria,
//! rules, scores) is the same, and `Text::get` falls back to the texts it
//! has, so nothing blanks out and no draft waits on the network.
//!
//! Sets are leaked once per (set, language) slice read, a handful per page,
//! so that components can hold `&'static` references as they do for the
//! bundled catalogue.

use napcheck_core::crosswalk::Crosswalk;
use napcheck_core::{BodyRegister, Catalogue, CriteriaSet, Lang, SetRef};
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;

/// A set as the index lists it (`napcheck criteria list --format json`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct SetEntry {
    /// The set's id.
    pub(crate) id: String,
    /// Its version.
    pub(crate) version: semver::Version,
    /// Its title in the index's language.
    pub(crate) title: String,
}

/// What can be fetched, and where it lives relative to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    /// The list of sets, titles in one language.
    Index(Lang),
    /// One set's texts in one language.
    Set(String, Lang),
    /// The crosswalks that lead from one set to newer ones (every language).
    Crosswalks(String),
}

impl Part {
    /// Its path relative to the page, e.g. `catalogue/az-nap-2016-2018.az.json`.
    pub(crate) fn path(&self) -> String {
        match self {
            Part::Index(lang) => format!("catalogue/index.{lang}.json"),
            Part::Set(id, lang) => format!("catalogue/{id}.{lang}.json"),
            Part::Crosswalks(id) => format!("catalogue/crosswalks.{id}.json"),
        }
    }
}

struct Known {
    bodies: &'static BodyRegister,
    index: Vec<(Lang, Vec<SetEntry>)>,
    sets: Vec<(Lang, &'static CriteriaSet)>,
    crosswalks: Vec<(String, &'static [Crosswalk])>,
}

thread_local! {
    static KNOWN: RefCell<Known> = RefCell::new(initial());
}

#[cfg(not(test))]
fn initial() -> Known {
    Known {
        bodies: Box::leak(Box::new(Catalogue::with_bundled_bodies().bodies().clone())),
        index: Vec::new(),
        sets: Vec::new(),
        crosswalks: Vec::new(),
    }
}

/// In unit tests: every bundled set, in every language.
#[cfg(test)]
fn initial() -> Known {
    let bundled = Catalogue::bundled();
    let entries: Vec<(Lang, Vec<SetEntry>)> = Lang::ALL
        .iter()
        .map(|&lang| {
            let sets = bundled.sets().iter();
            let entries = sets.map(|s| SetEntry {
                id: s.id.clone(),
                version: s.version.clone(),
                title: s.title.get(lang).to_owned(),
            });
            (lang, entries.collect())
        })
        .collect();
    Known {
        bodies: bundled.bodies(),
        index: entries,
        sets: Lang::ALL
            .iter()
            .flat_map(|&l| bundled.sets().iter().map(move |s| (l, s)))
            .collect(),
        crosswalks: bundled
            .sets()
            .iter()
            .map(|s| {
                let from = napcheck_core::crosswalk::bundled()
                    .iter()
                    .filter(|c| c.from.id == s.id);
                let from: &'static [Crosswalk] = Box::leak(from.cloned().collect());
                (s.id.clone(), from)
            })
            .collect(),
    }
}

/// In unit tests: swaps the index of sets (an empty one is "not arrived yet").
#[cfg(test)]
pub(crate) fn replace_index(index: Vec<(Lang, Vec<SetEntry>)>) -> Vec<(Lang, Vec<SetEntry>)> {
    KNOWN.with(|k| std::mem::replace(&mut k.borrow_mut().index, index))
}

/// The named bodies (embedded, in every language).
pub(crate) fn bodies() -> &'static BodyRegister {
    KNOWN.with(|k| k.borrow().bodies)
}

/// The sets, with titles in `lang` (or in a language already loaded).
pub(crate) fn index(lang: Lang) -> Vec<SetEntry> {
    KNOWN.with(|k| {
        let k = k.borrow();
        let exact = k.index.iter().find(|(l, _)| *l == lang);
        exact
            .or_else(|| k.index.first())
            .map(|(_, e)| e.clone())
            .unwrap_or_default()
    })
}

/// Whether `part` is already here.
pub(crate) fn has(part: &Part) -> bool {
    KNOWN.with(|k| {
        let k = k.borrow();
        match part {
            Part::Index(lang) => k.index.iter().any(|(l, _)| l == lang),
            Part::Set(id, lang) => k.sets.iter().any(|(l, s)| l == lang && s.id == *id),
            Part::Crosswalks(id) => k.crosswalks.iter().any(|(from, _)| from == id),
        }
    })
}

/// The set `id` with texts in `lang`, or in a language already loaded.
pub(crate) fn set(id: &str, lang: Lang) -> Option<&'static CriteriaSet> {
    KNOWN.with(|k| {
        let k = k.borrow();
        let mut same = k.sets.iter().filter(|(_, s)| s.id == id);
        let exact = same.clone().find(|(l, _)| *l == lang);
        exact.or_else(|| same.next()).map(|(_, s)| *s)
    })
}

/// The crosswalks from the set `id`, once they are here.
pub(crate) fn crosswalks(id: &str) -> Option<&'static [Crosswalk]> {
    KNOWN.with(|k| {
        let k = k.borrow();
        k.crosswalks
            .iter()
            .find(|(from, _)| from == id)
            .map(|(_, c)| *c)
    })
}

/// The set `reference` names, if it is here and supports its version.
pub(crate) fn resolve(reference: &SetRef, lang: Lang) -> Option<&'static CriteriaSet> {
    set(&reference.id, lang).filter(|s| s.supports(reference))
}

thread_local! {
    /// The last catalogue built for checking, until a part arrives.
    static FOR_CHECK: RefCell<Option<(Lang, Rc<Catalogue>)>> = const { RefCell::new(None) };
}

/// A catalogue of every set here (texts in `lang` where loaded), for
/// checking an imported or exported file; built once per arrival, since the
/// report checks its export at every render.
pub(crate) fn for_check(lang: Lang) -> Rc<Catalogue> {
    if let Some(cached) = FOR_CHECK.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(l, _)| *l == lang)
            .map(|(_, c)| Rc::clone(c))
    }) {
        return cached;
    }
    let catalogue = Rc::new(build_for_check(lang));
    FOR_CHECK.with(|c| *c.borrow_mut() = Some((lang, Rc::clone(&catalogue))));
    catalogue
}

fn build_for_check(lang: Lang) -> Catalogue {
    let mut catalogue = Catalogue::empty(bodies().clone());
    let ids: Vec<String> =
        KNOWN.with(|k| k.borrow().sets.iter().map(|(_, s)| s.id.clone()).collect());
    for id in ids {
        if let Some(set) = set(&id, lang) {
            if catalogue.set(&id).is_none() {
                catalogue.add_set(set.clone());
            }
        }
    }
    catalogue
}

/// Reads the fetched text of `part` and keeps it; `false` when it is not
/// what it should be (then it is neither kept nor cached).
pub(crate) fn accept(part: &Part, text: &str) -> bool {
    match part {
        Part::Index(lang) => {
            match napcheck_core::parse::from_str_unlocated::<Vec<SetEntry>>(text) {
                Ok(entries) => {
                    KNOWN.with(|k| {
                        let mut k = k.borrow_mut();
                        k.index.retain(|(l, _)| l != lang);
                        k.index.push((*lang, entries));
                    });
                    true
                }
                Err(_) => false,
            }
        }
        Part::Set(id, lang) => {
            let parsed = napcheck_core::criteria::parse_set_slice(text, bodies(), *lang);
            let Ok((set, _warnings)) = parsed else {
                return false;
            };
            if set.id != *id {
                return false;
            }
            let set: &'static CriteriaSet = Box::leak(Box::new(set));
            FOR_CHECK.with(|c| *c.borrow_mut() = None);
            KNOWN.with(|k| {
                let mut k = k.borrow_mut();
                k.sets.retain(|(l, s)| !(l == lang && s.id == *id));
                k.sets.push((*lang, set));
            });
            true
        }
        Part::Crosswalks(id) => {
            let parsed = napcheck_core::parse::from_str_unlocated::<Vec<Crosswalk>>(text);
            let Ok(crosswalks) = parsed else {
                return false;
            };
            if crosswalks.iter().any(|c| c.from.id != *id) {
                return false;
            }
            let crosswalks: &'static [Crosswalk] = Box::leak(crosswalks.into_boxed_slice());
            KNOWN.with(|k| {
                let mut k = k.borrow_mut();
                k.crosswalks.retain(|(from, _)| from != id);
                k.crosswalks.push((id.clone(), crosswalks));
            });
            true
        }
    }
}
