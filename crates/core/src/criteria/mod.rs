//! Criteria sets: their types ([`model`]), their consistency checks
//! ([`validate`]) and parsing one from JSON text.

mod lean;
mod model;
mod slice;
mod validate;

pub use model::*;
pub use slice::language_slice;
pub use validate::{validate_set, validate_set_in};

use crate::body::BodyRegister;
use crate::finding::Finding;
use crate::parse;
use crate::pipeline::{self, Layer, NoSchema};
use crate::text::Lang;
use crate::{LocatedFinding, Severity};

/// Parses a criteria set from JSON text through the [`pipeline`] and checks
/// its consistency against `bodies`. Returns every problem found, located;
/// warnings alone do not refuse it. A key repeated in one object refuses it
/// alone (`duplicate-key`): its consistency is not reported.
pub fn parse_set(
    text: &str,
    bodies: &BodyRegister,
) -> Result<(CriteriaSet, Vec<Finding>), Vec<LocatedFinding>> {
    let checked = pipeline::run(text, &NoSchema, |set: &CriteriaSet| {
        validate_set_in(set, bodies, &Lang::ALL)
    });
    let mut findings = checked.findings;
    let set = match checked.document {
        Some(set)
            if findings
                .iter()
                .all(|f| f.finding.severity() != Severity::Error) =>
        {
            set
        }
        document => {
            if document.is_some()
                && findings
                    .iter()
                    .any(|f| matches!(f.finding.problem, crate::Problem::DuplicateKey { .. }))
            {
                findings.retain(|f| Layer::of(&f.finding.problem) == Layer::Syntax);
            }
            return Err(findings);
        }
    };
    Ok((set, findings.into_iter().map(|f| f.finding).collect()))
}

/// Parses a one-language slice of a criteria set (see
/// [`language_slice`]): checked like a whole set, except that its texts
/// need only `lang`.
pub fn parse_set_slice(
    text: &str,
    bodies: &BodyRegister,
    lang: Lang,
) -> Result<(CriteriaSet, Vec<Finding>), Vec<LocatedFinding>> {
    let set: CriteriaSet = parse::from_str_unlocated(text).map_err(|e| vec![e])?;
    let findings = validate_set_in(&set, bodies, &[lang]);
    if findings.iter().any(|f| f.severity() == Severity::Error) {
        return Err(pipeline::locate_all(text, findings));
    }
    Ok((set, findings))
}

/// Reads a one-language slice without its consistency checks: for a reader
/// that takes the slices the build wrote (`napcheck criteria export`, which
/// exports only a set that passed [`validate_set`]), such as the checker;
/// the widget reads the same `CriteriaSet` (its `Deserialize`, all this
/// does) through the browser's `JSON.parse`, so its first download holds
/// no set checks. A slice that is not a
/// criteria set is still refused (`None`: a slice is generated, never
/// written by hand, so its errors need no words). [`parse_set_slice`]
/// reads and checks.
pub fn read_set_slice(text: &str) -> Option<CriteriaSet> {
    parse::from_str_quiet(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    #[test]
    fn a_slice_reads_the_same_with_and_without_its_checks() {
        let catalogue = Catalogue::bundled();
        let set = catalogue.set("az-nap-2016-2018").expect("bundled set");
        let text = language_slice(set, Lang::Az).to_string();
        let (checked, _) = parse_set_slice(&text, catalogue.bodies(), Lang::Az).expect("checked");
        assert_eq!(read_set_slice(&text).expect("read"), checked);
    }

    #[test]
    fn read_set_slice_refuses_what_is_not_a_set() {
        assert!(read_set_slice(r#"{"id": 3}"#).is_none());
        assert!(read_set_slice("[").is_none());
    }
}
