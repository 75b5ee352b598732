//! The catalogue: the criteria sets and the body register a check resolves
//! against. The bundled catalogue embeds the JSON files under
//! `crates/core/criteria/` at compile time; custom sets can be added.

use crate::assessment::SetRef;
use crate::body::BodyRegister;
use crate::criteria::{parse_set, CriteriaSet};
use crate::finding::Problem;
use crate::parse::ParseError;
use std::sync::OnceLock;

/// The JSON of the bundled criteria sets, by file name.
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
    pub fn bundled() -> &'static Catalogue {
        static BUNDLED: OnceLock<Catalogue> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            #[allow(clippy::expect_used)]
            let bodies: BodyRegister =
                crate::parse::from_str(BUNDLED_BODIES).expect("the bundled body register is valid");
            let mut catalogue = Catalogue {
                sets: Vec::new(),
                bodies,
            };
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

    /// A catalogue of just `bodies`, with no sets.
    pub fn empty(bodies: BodyRegister) -> Catalogue {
        Catalogue {
            sets: Vec::new(),
            bodies,
        }
    }

    /// Parses, checks and adds a set; a set with the same id is replaced.
    pub fn add_set_json(&mut self, text: &str) -> Result<&CriteriaSet, Vec<ParseError>> {
        let (set, _warnings) = parse_set(text, &self.bodies)?;
        self.sets.retain(|s| s.id != set.id);
        self.sets.push(set);
        Ok(self.sets.last().unwrap_or_else(|| unreachable!()))
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
        let compatible = if set.version.major == 0 {
            reference.version.major == 0
                && reference.version.minor == set.version.minor
                && reference.version <= set.version
        } else {
            reference.version.major == set.version.major && reference.version <= set.version
        };
        if compatible {
            Ok(set)
        } else {
            Err(Problem::UnsupportedCriteriaVersion {
                id: set.id.clone(),
                version: reference.version.to_string(),
                supported: set.version.to_string(),
            })
        }
    }
}
