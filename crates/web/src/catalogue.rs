//! The criteria the widget knows, held in the reducer's state ([`Known`]):
//! the body register (`bodies.json`, fetched when the details view asks
//! for it: embedded it was 9 KB gzip of the first wasm), the index of sets, the one-language slices of
//! sets and the crosswalks from a set (`crosswalks.<set>.json`) fetched so
//! far. `loader.rs` fetches a part, [`read`] turns its text into an
//! [`Arrival`] (or refuses it), and the reducer adds it with
//! [`Known::with`], which makes a new value: the parts already here are
//! shared (`Rc`), and two states compare their catalogues by identity. A
//! crosswalk is kept as text with the ids of the sets it leads to: the
//! on-demand checker reads it in full when it makes an offer. The
//! native unit tests start from every bundled set instead.
//!
//! A set is looked up in the language asked for and, while that one loads,
//! in any language already here: its structure (criteria, rules, scores) is
//! the same, and `Text::get` falls back to the texts it has, so nothing
//! blanks out and no draft waits on the network.

use napcheck_core::{BodyRegister, CriteriaSet, Lang, Version};
use serde::Deserialize;
use std::ops::Deref;
use std::rc::Rc;

/// A set as the index lists it (`napcheck criteria list --format json`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub(crate) struct SetEntry {
    /// The set's id.
    pub(crate) id: String,
    /// Its version.
    pub(crate) version: napcheck_core::Version,
    /// Its title in the index's language.
    pub(crate) title: String,
}

/// The crosswalks from one set, as fetched: their text, which the
/// on-demand checker reads and checks when it makes an offer (the widget
/// does not link the crosswalks' full reader), and the sets they lead to.
#[derive(Debug, PartialEq)]
pub(crate) struct Crosswalks {
    /// The text of `crosswalks.<set>.json`.
    pub(crate) text: Rc<str>,
    /// The ids of the sets they lead to, in the file's order.
    pub(crate) to: Vec<String>,
}

/// The two ends of a crosswalk: all the widget reads of one.
#[derive(Deserialize)]
struct Ends {
    from: End,
    to: End,
}

/// One end of a crosswalk: the set's id.
#[derive(Deserialize)]
struct End {
    id: String,
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
    /// The body register (every language).
    Bodies,
}

impl Part {
    /// Its path relative to the page, e.g. `catalogue/az-nap-2016-2018.az.json`.
    pub(crate) fn path(&self) -> String {
        match self {
            Part::Index(lang) => format!("catalogue/index.{lang}.json"),
            Part::Set(id, lang) => format!("catalogue/{id}.{lang}.json"),
            Part::Crosswalks(id) => format!("catalogue/crosswalks.{id}.json"),
            Part::Bodies => "catalogue/bodies.json".to_owned(),
        }
    }
}

/// A part of the catalogue shared between states and props: compared by
/// identity, so that a prop holding a set compares in one step.
#[derive(Debug, Default)]
pub(crate) struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub(crate) fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A fetched part, read and checked, ready for the reducer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arrival {
    /// The index of sets, titles in one language.
    Index(Lang, Shared<Vec<SetEntry>>),
    /// One set's texts in one language.
    Set(Lang, Shared<CriteriaSet>),
    /// The crosswalks from one set.
    Crosswalks(String, Shared<Crosswalks>),
    /// The body register.
    Bodies(Shared<BodyRegister>),
}

/// What the widget knows of the catalogue (see the module's words).
#[derive(Debug, Clone)]
pub(crate) struct Known {
    bodies: Shared<BodyRegister>,
    /// Whether `bodies` is the register fetched (or bundled), not the empty
    /// one the page starts with.
    has_bodies: bool,
    index: Vec<(Lang, Shared<Vec<SetEntry>>)>,
    sets: Vec<(Lang, Shared<CriteriaSet>)>,
    crosswalks: Vec<(String, Shared<Crosswalks>)>,
}

/// Two states know the same catalogue when they share its parts.
impl PartialEq for Known {
    fn eq(&self, other: &Known) -> bool {
        self.bodies == other.bodies
            && self.index == other.index
            && self.sets == other.sets
            && self.crosswalks == other.crosswalks
    }
}

impl Default for Known {
    /// On the page: nothing fetched yet, no body named.
    #[cfg(not(test))]
    fn default() -> Known {
        let mut known = Known::from_bodies(BodyRegister {
            schema: None,
            bodies: Vec::new(),
        });
        known.has_bodies = false;
        known
    }

    /// In unit tests: every bundled set and crosswalk, in every language.
    #[cfg(test)]
    fn default() -> Known {
        let bundled = napcheck_core::Catalogue::bundled();
        let mut known = Known::from_bodies(bundled.bodies().clone());
        for &lang in &Lang::ALL {
            let entries = bundled.sets().iter().map(|s| SetEntry {
                id: s.id.clone(),
                version: s.version.clone(),
                title: s.title.get(lang).to_owned(),
            });
            known = known.with(Arrival::Index(lang, Shared::new(entries.collect())));
            for set in bundled.sets() {
                known = known.with(Arrival::Set(lang, Shared::new(set.clone())));
            }
        }
        for set in bundled.sets() {
            let from: Vec<_> = napcheck_core::crosswalk::bundled()
                .iter()
                .filter(|c| c.from.id == set.id)
                .collect();
            let text = crate::json::write(&from, false).unwrap_or_default();
            let part = Part::Crosswalks(set.id.clone());
            if let Some(arrival) = read(&part, &text) {
                known = known.with(arrival);
            }
        }
        known
    }
}

impl Known {
    fn from_bodies(bodies: BodyRegister) -> Known {
        Known {
            bodies: Shared::new(bodies),
            has_bodies: true,
            index: Vec::new(),
            sets: Vec::new(),
            crosswalks: Vec::new(),
        }
    }

    /// This catalogue with `arrival` added (replacing the same part).
    pub(crate) fn with(&self, arrival: Arrival) -> Known {
        let mut next = self.clone();
        match arrival {
            Arrival::Index(lang, entries) => {
                next.index.retain(|(l, _)| *l != lang);
                next.index.push((lang, entries));
            }
            Arrival::Set(lang, set) => {
                next.sets.retain(|(l, s)| !(*l == lang && s.id == set.id));
                next.sets.push((lang, set));
            }
            Arrival::Crosswalks(id, crosswalks) => {
                next.crosswalks.retain(|(from, _)| *from != id);
                next.crosswalks.push((id, crosswalks));
            }
            Arrival::Bodies(bodies) => {
                next.bodies = bodies;
                next.has_bodies = true;
            }
        }
        next
    }

    /// In unit tests: this catalogue before the index of sets arrived.
    #[cfg(test)]
    pub(crate) fn without_index(&self) -> Known {
        Known {
            index: Vec::new(),
            ..self.clone()
        }
    }

    /// In unit tests: this catalogue before any set arrived.
    #[cfg(test)]
    pub(crate) fn without_sets(&self) -> Known {
        Known {
            sets: Vec::new(),
            ..self.clone()
        }
    }

    /// The named bodies, in every language (none before `bodies.json` arrives).
    pub(crate) fn bodies(&self) -> &BodyRegister {
        &self.bodies
    }

    /// The sets, with titles in `lang` (or in a language already loaded).
    pub(crate) fn index(&self, lang: Lang) -> &[SetEntry] {
        let exact = self.index.iter().find(|(l, _)| *l == lang);
        exact
            .or_else(|| self.index.first())
            .map_or(&[][..], |(_, e)| &e[..])
    }

    /// Whether `part` is already here.
    pub(crate) fn has(&self, part: &Part) -> bool {
        match part {
            Part::Index(lang) => self.index.iter().any(|(l, _)| l == lang),
            Part::Set(id, lang) => self.sets.iter().any(|(l, s)| l == lang && s.id == *id),
            Part::Crosswalks(id) => self.crosswalks.iter().any(|(from, _)| from == id),
            Part::Bodies => self.has_bodies,
        }
    }

    /// The set `id` with texts in `lang`, or in a language already loaded.
    pub(crate) fn set(&self, id: &str, lang: Lang) -> Option<&Shared<CriteriaSet>> {
        let mut same = self.sets.iter().filter(|(_, s)| s.id == id);
        let exact = same.clone().find(|(l, _)| *l == lang);
        exact.or_else(|| same.next()).map(|(_, s)| s)
    }

    /// The crosswalks from the set `id`, once they are here.
    pub(crate) fn crosswalks(&self, id: &str) -> Option<&Crosswalks> {
        let found = self.crosswalks.iter().find(|(from, _)| from == id);
        found.map(|(_, c)| &**c)
    }

    /// The set `reference` names, if it is here and supports its version.
    pub(crate) fn resolve(
        &self,
        id: &str,
        version: &Version,
        lang: Lang,
    ) -> Option<&Shared<CriteriaSet>> {
        self.set(id, lang)
            .filter(|s| s.id == id && s.supports_version(version))
    }

    /// In unit tests: a catalogue of every set here (texts in `lang` where
    /// loaded), as the checker builds one from the slices.
    #[cfg(test)]
    pub(crate) fn for_check(&self, lang: Lang) -> Rc<napcheck_core::Catalogue> {
        let mut catalogue = napcheck_core::Catalogue::empty(self.bodies().clone());
        for (_, set) in &self.sets {
            if catalogue.set(&set.id).is_none() {
                if let Some(set) = self.set(&set.id, lang) {
                    catalogue.add_set(CriteriaSet::clone(set));
                }
            }
        }
        Rc::new(catalogue)
    }
}

/// Reads the fetched text of `part`; `None` when it is not what it should
/// be (then it is neither kept nor cached).
pub(crate) fn read(part: &Part, text: &str) -> Option<Arrival> {
    match part {
        Part::Index(lang) => {
            let entries = crate::json::read::<Vec<SetEntry>>(text)?;
            Some(Arrival::Index(*lang, Shared::new(entries)))
        }
        Part::Set(id, lang) => {
            // Checked by the build that wrote it: read, not checked again.
            let set = crate::json::read::<CriteriaSet>(text)?;
            if set.id != *id {
                return None;
            }
            // The on-demand checker builds its catalogue from the same slices.
            crate::checker::keep_slice(id, *lang, text);
            Some(Arrival::Set(*lang, Shared::new(set)))
        }
        Part::Crosswalks(id) => {
            let ends = crate::json::read::<Vec<Ends>>(text)?;
            let from_id = ends.iter().all(|c| c.from.id == *id);
            let crosswalks = Crosswalks {
                text: Rc::from(text),
                to: ends.into_iter().map(|c| c.to.id).collect(),
            };
            from_id.then(|| Arrival::Crosswalks(id.clone(), Shared::new(crosswalks)))
        }
        Part::Bodies => {
            let bodies = crate::json::read::<BodyRegister>(text)?;
            Some(Arrival::Bodies(Shared::new(bodies)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_register_arrives_as_a_fetched_part() {
        let empty = Known::from_bodies(BodyRegister {
            schema: None,
            bodies: Vec::new(),
        });
        let empty = Known {
            has_bodies: false,
            ..empty
        };
        assert!(!empty.has(&Part::Bodies));
        assert!(read(&Part::Bodies, "[]").is_none());
        let arrival = read(&Part::Bodies, napcheck_core::BUNDLED_BODIES).expect("the register");
        let known = empty.with(arrival);
        assert!(known.has(&Part::Bodies));
        assert_eq!(known.bodies(), napcheck_core::Catalogue::bundled().bodies());
    }
}
