//! The catalogue: the criteria sets and the body register a check resolves
//! against. The body register is always embedded. With the default feature
//! `bundled`, the criteria sets under `crates/core/criteria/` are embedded
//! too ([`Catalogue::bundled`], the CLI and the tests); the widget leaves it
//! off and adds the one-language slices it fetches
//! ([`Catalogue::add_set_slice_json`]). Custom sets can be added.

use crate::assessment::SetRef;
use crate::body::BodyRegister;
use crate::criteria::{parse_set, parse_set_slice, CriteriaSet};
use crate::finding::Problem;
use crate::text::Lang;
use crate::version::Version;

/// The JSON of the bundled criteria sets, by file name.
#[cfg(feature = "bundled")]
pub const BUNDLED_SETS: [(&str, &str); 2] = [
    (
        "az-nap-2016-2018.json",
        include_str!("../criteria/az-nap-2016-2018.json"),
    ),
    (
        "az-nap-2020-2022.json",
        include_str!("../criteria/az-nap-2020-2022.json"),
    ),
];

/// The JSON of the bundled body register.
pub const BUNDLED_BODIES: &str = include_str!("../criteria/bodies.json");

/// Criteria sets and named bodies.
#[derive(Debug, Clone)]
pub struct Catalogue {
    sets: Vec<CriteriaSet>,
    bodies: BodyRegister,
}

impl Catalogue {
    /// The catalogue napcheck ships. Its data is checked by the test suite,
    /// so loading it cannot fail in a released build.
    #[cfg(feature = "bundled")]
    pub fn bundled() -> &'static Catalogue {
        static BUNDLED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        BUNDLED.get_or_init(|| {
            let mut catalogue = Catalogue::empty(bundled_bodies());
            for (name, text) in BUNDLED_SETS {
                if let Err(errors) = catalogue.add_set_json(text) {
                    #[allow(clippy::panic)]
                    {
                        panic!("bundled criteria set {name} is invalid: {errors:?}");
                    }
                }
            }
            catalogue
        })
    }

    /// A catalogue of the bundled body register, with no sets.
    pub fn with_bundled_bodies() -> Catalogue {
        Catalogue::empty(bundled_bodies())
    }

    /// A catalogue of just `bodies`, with no sets.
    pub fn empty(bodies: BodyRegister) -> Catalogue {
        Catalogue {
            sets: Vec::new(),
            bodies,
        }
    }

    /// Parses, checks and adds a set; a set with the same id is replaced.
    pub fn add_set_json(&mut self, text: &str) -> Result<&CriteriaSet, Vec<crate::LocatedFinding>> {
        let (set, _warnings) = parse_set(text, &self.bodies)?;
        Ok(self.add_set(set))
    }

    /// Parses, checks and adds a one-language slice of a set (texts only
    /// in `lang`, see [`crate::criteria::language_slice`]); a set with the
    /// same id is replaced.
    pub fn add_set_slice_json(
        &mut self,
        text: &str,
        lang: Lang,
    ) -> Result<&CriteriaSet, Vec<crate::LocatedFinding>> {
        let (set, _warnings) = parse_set_slice(text, &self.bodies, lang)?;
        Ok(self.add_set(set))
    }

    /// Adds an already checked set; a set with the same id is replaced.
    pub fn add_set(&mut self, set: CriteriaSet) -> &CriteriaSet {
        self.sets.retain(|s| s.id != set.id);
        self.sets.push(set);
        self.sets.last().unwrap_or_else(|| unreachable!())
    }

    /// The sets.
    pub fn sets(&self) -> &[CriteriaSet] {
        &self.sets
    }

    /// The set with this id.
    pub fn set(&self, id: &str) -> Option<&CriteriaSet> {
        self.sets.iter().find(|s| s.id == id)
    }

    /// The named bodies.
    pub fn bodies(&self) -> &BodyRegister {
        &self.bodies
    }

    /// The set an assessment refers to. A version is supported when it has
    /// the known version's major number and is not newer: criteria ids are
    /// never reused, so answers made against an older minor version still
    /// mean what they meant.
    pub fn resolve(&self, reference: &SetRef) -> Result<&CriteriaSet, Problem> {
        let set = self
            .set(&reference.id)
            .ok_or_else(|| Problem::UnknownCriteriaSet {
                id: reference.id.clone(),
                known: self.sets.iter().map(|s| s.id.clone()).collect(),
            })?;
        let compatible = set.supports(reference);
        if compatible {
            Ok(set)
        } else {
            Err(Problem::UnsupportedCriteriaVersion {
                id: set.id.clone(),
                version: Box::new(reference.version.clone()),
                supported: Box::new(set.version.clone()),
            })
        }
    }
}

impl CriteriaSet {
    /// Whether an assessment made against `reference` can be read with this
    /// set: same id, same major version (same minor for 0.x) and not newer.
    pub fn supports(&self, reference: &SetRef) -> bool {
        reference.id == self.id && self.supports_version(&reference.version)
    }

    /// Whether an assessment made against `version` of this set can be read
    /// with it: same major version (same minor for 0.x) and not newer.
    pub fn supports_version(&self, version: &Version) -> bool {
        let own = &self.version;
        if own.major == 0 {
            version.major == 0 && version.minor == own.minor && version <= own
        } else {
            version.major == own.major && version <= own
        }
    }
}

/// The bundled body register. Its data is checked by the test suite.
/// (`unwrap_or_else` with a plain message rather than `expect`, which would
/// link the `Debug` of every finding and problem into the widget.)
fn bundled_bodies() -> BodyRegister {
    #[allow(clippy::panic)]
    crate::parse::from_str_unlocated(BUNDLED_BODIES)
        .unwrap_or_else(|_| panic!("the bundled body register is valid"))
}

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use super::*;
    use crate::criteria::language_slice;
    use crate::finding::Problem;

    #[test]
    fn every_language_slice_reads_back_as_the_same_slice() {
        for set in Catalogue::bundled().sets() {
            for lang in Lang::ALL {
                let slice = language_slice(set, lang).to_string();
                let mut catalogue = Catalogue::with_bundled_bodies();
                let read = catalogue
                    .add_set_slice_json(&slice, lang)
                    .unwrap_or_else(|e| panic!("{} {lang}: {e:?}", set.id));
                assert_eq!(language_slice(read, lang), language_slice(set, lang));
                assert_eq!(read.title.get(lang), set.title.get(lang));
                for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
                    assert!(
                        !slice.contains(&format!("\"{}\":", other.code())),
                        "{} {lang} slice holds {other}",
                        set.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_slice_is_not_a_complete_set() {
        let set = &Catalogue::bundled().sets()[0];
        let slice = language_slice(set, Lang::En).to_string();
        let errors = Catalogue::with_bundled_bodies()
            .add_set_json(&slice)
            .expect_err("a slice lacks two languages");
        assert!(errors
            .iter()
            .all(|e| e.finding.problem == Problem::SetBlankText));
    }

    #[test]
    fn a_slice_must_have_its_own_language() {
        let set = &Catalogue::bundled().sets()[0];
        let slice = language_slice(set, Lang::En).to_string();
        assert!(Catalogue::with_bundled_bodies()
            .add_set_slice_json(&slice, Lang::Ru)
            .is_err());
    }
}
