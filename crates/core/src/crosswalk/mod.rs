//! Crosswalks between criteria sets and the migration of assessments
//! between them. A crosswalk is data (`crates/core/criteria/crosswalk-*.json`,
//! `schemas/crosswalk.schema.json`): for each criterion of the older set,
//! its counterparts in the newer one, the relation and a declarative
//! conversion (`model`), checked against both sets (`validate`),
//! interpreted by one function (`convert`), applied to an assessment
//! (`migrate`) and chosen for one (`offer`), with its words in az/en/ru
//! (`words`). No IO.

mod convert;
mod migrate;
mod model;
mod offer;
mod validate;
mod words;

pub use convert::convert;
pub use migrate::{is_compatible_upgrade, migrate, Migrated};
pub use model::{Conversion, Crosswalk, Mapping, Relation, Target};
pub use offer::{offer, Offered};
pub use validate::validate_crosswalk;
pub use words::{explanation, summary, MigrateError};

use crate::catalogue::Catalogue;
use crate::finding::Severity;
use crate::LocatedFinding;

/// The JSON of the bundled crosswalks, by file name.
#[cfg(feature = "bundled")]
pub const BUNDLED_CROSSWALKS: [(&str, &str); 1] = [(
    "crosswalk-az-nap-2016-2018-to-2020-2022.json",
    include_str!("../../criteria/crosswalk-az-nap-2016-2018-to-2020-2022.json"),
)];

/// A crosswalk text read and checked against `catalogue`: the crosswalk
/// when it has the shape of one, and every finding with its line and
/// column. It may be used only when no finding is an error.
#[derive(Debug, Clone)]
pub struct CheckedCrosswalk {
    /// The crosswalk, when the text has its shape.
    pub crosswalk: Option<Crosswalk>,
    /// Every finding, in document order.
    pub findings: Vec<LocatedFinding>,
}

impl CheckedCrosswalk {
    /// The crosswalk, when it has no error.
    pub fn usable(&self) -> Option<&Crosswalk> {
        let errors = self
            .findings
            .iter()
            .any(|f| f.finding.severity() == Severity::Error);
        self.crosswalk.as_ref().filter(|_| !errors)
    }
}

/// Parses and checks a crosswalk through the [`crate::pipeline`]: syntax,
/// duplicate keys, shape, then [`validate_crosswalk`].
pub fn check_crosswalk_text(text: &str, catalogue: &Catalogue) -> CheckedCrosswalk {
    let checked = crate::pipeline::run(text, &crate::pipeline::NoSchema, |crosswalk| {
        validate_crosswalk(crosswalk, catalogue)
    });
    CheckedCrosswalk {
        crosswalk: checked.document,
        findings: checked.findings,
    }
}

/// The bundled crosswalks, checked against the bundled catalogue (the test
/// suite keeps them valid).
#[cfg(feature = "bundled")]
pub fn bundled() -> &'static [Crosswalk] {
    static BUNDLED: std::sync::OnceLock<Vec<Crosswalk>> = std::sync::OnceLock::new();
    BUNDLED.get_or_init(|| {
        BUNDLED_CROSSWALKS
            .iter()
            .filter_map(|(_, text)| {
                check_crosswalk_text(text, Catalogue::bundled())
                    .usable()
                    .cloned()
            })
            .collect()
    })
}
