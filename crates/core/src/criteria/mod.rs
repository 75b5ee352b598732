//! Criteria sets: their types ([`model`]), their consistency checks
//! ([`validate`]) and parsing one from JSON text.

mod model;
mod validate;

pub use model::*;
pub use validate::validate_set;

use crate::body::BodyRegister;
use crate::finding::Finding;
use crate::parse::{self, ParseError};

/// Parses a criteria set from JSON text and checks its consistency against
/// `bodies`. Returns every problem found; warnings alone do not refuse it.
#[allow(clippy::result_large_err)]
pub fn parse_set(
    text: &str,
    bodies: &BodyRegister,
) -> Result<(CriteriaSet, Vec<Finding>), Vec<ParseError>> {
    let set: CriteriaSet = parse::from_str(text).map_err(|e| vec![e])?;
    let findings = validate_set(&set, bodies);
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
