//! Criteria sets: their types ([`model`]), their consistency checks
//! ([`validate`]) and parsing one from JSON text.

mod model;
mod slice;
mod validate;

pub use model::*;
pub use slice::language_slice;
pub use validate::{validate_set, validate_set_in};

use crate::body::BodyRegister;
use crate::finding::Finding;
use crate::parse::{self, ParseError};
use crate::text::Lang;

/// Parses a criteria set from JSON text and checks its consistency against
/// `bodies`. Returns every problem found; warnings alone do not refuse it.
/// A key repeated in one object refuses it (`duplicate-key`).
#[allow(clippy::result_large_err)]
pub fn parse_set(
    text: &str,
    bodies: &BodyRegister,
) -> Result<(CriteriaSet, Vec<Finding>), Vec<ParseError>> {
    let duplicates = |text| {
        crate::duplicate_keys(text).into_iter().map(|d| ParseError {
            finding: d.finding,
            position: Some(d.position),
        })
    };
    let set: CriteriaSet = match parse::from_str(text) {
        Ok(set) => set,
        // Keys can only be compared in text that is JSON.
        Err(e) if e.finding.code() == "json-syntax" => return Err(vec![e]),
        Err(e) => return Err(duplicates(text).chain([e]).collect()),
    };
    let repeated: Vec<ParseError> = duplicates(text).collect();
    if !repeated.is_empty() {
        return Err(repeated);
    }
    check(set, bodies, &Lang::ALL)
}

/// Parses a one-language slice of a criteria set (see
/// [`language_slice`]): checked like a whole set, except that its texts
/// need only `lang`.
#[allow(clippy::result_large_err)]
pub fn parse_set_slice(
    text: &str,
    bodies: &BodyRegister,
    lang: Lang,
) -> Result<(CriteriaSet, Vec<Finding>), Vec<ParseError>> {
    // A slice is generated, never written by hand: its errors need no pointer.
    let set: CriteriaSet = parse::from_str_unlocated(text).map_err(|e| vec![e])?;
    check(set, bodies, &[lang])
}

#[allow(clippy::result_large_err)]
fn check(
    set: CriteriaSet,
    bodies: &BodyRegister,
    langs: &[Lang],
) -> Result<(CriteriaSet, Vec<Finding>), Vec<ParseError>> {
    let findings = validate_set_in(&set, bodies, langs);
    if findings
        .iter()
        .any(|f| f.severity() == crate::Severity::Error)
    {
        return Err(findings
            .into_iter()
            .map(|finding| ParseError {
                finding,
                position: None,
            })
            .collect());
    }
    Ok((set, findings))
}
