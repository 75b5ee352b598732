//! A criteria set through loading (`Catalogue::add_set_json`: the typed
//! parse, duplicate keys and the consistency checks), every refusal located
//! in the text; a set that loads is then used: an assessment with no answers
//! is checked and evaluated against it.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use napcheck_core::{check_text, evaluate, pointer, Catalogue};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut catalogue = Catalogue::bundled().clone();
    let (id, version) = match catalogue.add_set_json(text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without a reason");
            for e in errors {
                let at = e
                    .position
                    .unwrap_or_else(|| pointer::locate(text, &e.finding.pointer));
                common::assert_inside(text, at, e.finding.code());
                common::assert_pointer(&e.finding.pointer, e.finding.code());
            }
            return;
        }
        Ok(set) => (set.id.clone(), set.version.to_string()),
    };
    let assessment = serde_json::json!({
        "criteria_set": {"id": id, "version": version},
        "site": {"url": "https://example.gov.az", "name": "X", "body_kind": "local_executive"},
        "checked_on": "2020-01-01",
        "language": "az",
        "answers": []
    })
    .to_string();
    let checked = check_text(&assessment, &catalogue, common::today());
    if let Some(assessment) = &checked.assessment {
        if let Ok(set) = catalogue.resolve(&assessment.criteria_set) {
            let _ = evaluate(assessment, set);
        }
    }
});
