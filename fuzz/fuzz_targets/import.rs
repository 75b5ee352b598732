//! The widget's import path: the file's text (the browser reads it as
//! UTF-8, replacing what is not) through `napcheck_core::check_text`, then,
//! for an assessment that is valid, the evaluation the widget shows.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use napcheck_core::{check_text, evaluate, Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let catalogue = common::catalogue();
    let checked = check_text(&text, catalogue, common::today());
    for f in &checked.findings {
        common::assert_inside(&text, f.position, f.finding.code());
        common::assert_pointer(&f.finding.pointer, f.finding.code());
        for lang in [Lang::Az, Lang::En, Lang::Ru] {
            assert!(!f.finding.problem.message(lang).is_empty());
        }
    }
    if let (true, Some(assessment)) = (checked.is_valid(), &checked.assessment) {
        let set = catalogue
            .resolve(&assessment.criteria_set)
            .unwrap_or_else(|p| panic!("a valid assessment's set does not resolve: {p:?}"));
        let evaluation = evaluate(assessment, set)
            .unwrap_or_else(|e| panic!("a valid assessment does not evaluate: {e:?}"));
        for score in evaluation.overall.iter().chain(
            evaluation
                .commitments
                .iter()
                .filter_map(|c| c.score.as_ref()),
        ) {
            assert!((0.0..=100.0).contains(score), "score {score} out of range");
        }
    }
});
