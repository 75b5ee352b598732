//! Helpers shared by the core's unit tests: small assessments written as
//! text, so each test states only the answers it is about.

use crate::Assessment;

/// An assessment of a local executive body on `az-nap-2016-2018` 1.0.0,
/// checked on 2018-08-17, with `answers` (JSON array items) as given.
pub(crate) fn local_assessment(answers: &str) -> Assessment {
    let text = format!(
        r#"{{"criteria_set": {{"id": "az-nap-2016-2018", "version": "1.0.0"}},
            "site": {{"url": "https://a.example", "name": "A", "body_kind": "local_executive"}},
            "checked_on": "2018-08-17", "language": "en", "answers": [{answers}]}}"#
    );
    serde_json::from_str(&text).expect("a test assessment")
}
