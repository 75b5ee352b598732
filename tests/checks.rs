//! Assessments and criteria sets as data, through one check function each,
//! compared with snapshots (`tests/snapshots/`). Valid fixtures must have no
//! error, invalid ones at least one, and every finding code the core can give
//! must be shown by at least one fixture.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::criteria::parse_set;
use napcheck_core::{
    check_text, evaluate, Catalogue, CriteriaSet, Day, Lang, LocatedFinding, Problem, Severity,
};
use napcheck_tests::{json_files, root};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// "Today" for every fixture, so that date checks are reproducible.
const TODAY: &str = "2025-01-01";

fn catalogue() -> Catalogue {
    let mut catalogue = Catalogue::bundled().clone();
    for path in json_files("tests/fixtures/sets") {
        let text = std::fs::read_to_string(&path).unwrap();
        catalogue
            .add_set_json(&text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    }
    catalogue
}

/// Each finding located, in the three languages; for an assessment
/// (`set`), also in the citizen's words that name the question.
fn render_findings(
    out: &mut String,
    findings: &[LocatedFinding],
    set: Option<Option<&CriteriaSet>>,
) {
    for f in findings {
        let _ = writeln!(
            out,
            "{}:{} {} {} {}\n    en: {}\n    az: {}\n    ru: {}",
            f.position.line,
            f.position.column,
            f.finding.severity(),
            f.finding.code(),
            if f.finding.pointer.is_empty() {
                "\"\""
            } else {
                &f.finding.pointer
            },
            f.finding.problem.message(Lang::En),
            f.finding.problem.message(Lang::Az),
            f.finding.problem.message(Lang::Ru),
        );
        if let Some(set) = set {
            for lang in Lang::ALL {
                let _ = writeln!(
                    out,
                    "    citizen {lang}: {}",
                    f.finding.citizen_message(set, lang)
                );
            }
        }
    }
}

/// The one check function: the text of a fixture in, its report out.
fn check(catalogue: &Catalogue, text: &str) -> (String, Vec<LocatedFinding>) {
    let today: Day = TODAY.parse().unwrap();
    let checked = check_text(text, catalogue, today);
    let mut out = format!("valid: {}\n", checked.is_valid());
    let set = checked
        .assessment
        .as_ref()
        .and_then(|a| catalogue.resolve(&a.criteria_set).ok());
    render_findings(&mut out, &checked.findings, Some(set));
    if let Some(assessment) = &checked.assessment {
        if let Ok(set) = catalogue.resolve(&assessment.criteria_set) {
            if let Ok(evaluation) = evaluate(assessment, set) {
                let score = |s: Option<f64>| s.map_or("-".to_owned(), |s| format!("{s:.2}"));
                let provisional = |p: bool| if p { " | provisional" } else { "" };
                let _ = writeln!(
                    out,
                    "overall: {} | fully implemented: {} | under half: {} | answered {} | rated {}/{} relevant{}",
                    score(evaluation.overall),
                    evaluation.fully_implemented,
                    evaluation.under_half,
                    evaluation.answered,
                    evaluation.coverage.rated,
                    evaluation.coverage.relevant,
                    provisional(evaluation.provisional)
                );
                for c in &evaluation.commitments {
                    let _ = writeln!(
                        out,
                        "  {}: {} ({} rated, {} answered, {} counted, {} relevant){}",
                        c.commitment,
                        score(c.score),
                        c.coverage.rated,
                        c.answered,
                        c.counted,
                        c.coverage.relevant,
                        provisional(c.provisional)
                    );
                }
                for r in &evaluation.criteria {
                    let criterion = set.criterion(&r.criterion).unwrap();
                    let commitment = evaluation.commitment(&r.commitment).unwrap();
                    let _ = writeln!(
                        out,
                        "  - {} [{}]",
                        r.explanation.render(Lang::En, criterion, set),
                        r.render_contribution(Lang::En, commitment)
                    );
                }
            }
        }
    }
    (out, checked.findings)
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => root().join("tests/snapshots"), prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, value);
    });
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn assessment_fixtures() {
    let catalogue = catalogue();
    let mut codes = BTreeSet::new();
    for kind in ["valid", "invalid", "shape"] {
        let files = json_files(&format!("tests/fixtures/assessments/{kind}"));
        assert!(!files.is_empty(), "no {kind} fixtures");
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let (report, findings) = check(&catalogue, &text);
            let errors = findings
                .iter()
                .any(|f| f.finding.severity() == Severity::Error);
            match kind {
                "valid" => assert!(
                    !errors,
                    "{}: a valid fixture has errors:\n{report}",
                    path.display()
                ),
                _ => assert!(
                    errors,
                    "{}: an {kind} fixture has no error:\n{report}",
                    path.display()
                ),
            }
            codes.extend(findings.iter().map(|f| f.finding.code()));
            snapshot(&format!("assessment-{kind}-{}", stem(&path)), &report);
        }
    }
    let missing: Vec<_> = Problem::ASSESSMENT_CODES
        .iter()
        .filter(|c| !codes.contains(*c))
        .collect();
    assert!(missing.is_empty(), "no fixture shows the codes {missing:?}");
    let unknown: Vec<_> = codes
        .iter()
        .filter(|c| !Problem::ASSESSMENT_CODES.contains(c))
        .collect();
    assert!(
        unknown.is_empty(),
        "codes missing from Problem::ASSESSMENT_CODES: {unknown:?}"
    );
}

#[test]
fn criteria_set_fixtures() {
    let catalogue = Catalogue::bundled();
    let mut codes = BTreeSet::new();
    for path in json_files("tests/fixtures/sets/invalid") {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = String::new();
        let findings: Vec<LocatedFinding> = match parse_set(&text, catalogue.bodies()) {
            Ok((_, warnings)) => napcheck_core::locate_all(&text, warnings),
            Err(errors) => {
                napcheck_core::locate_all(&text, errors.into_iter().map(|e| e.finding).collect())
            }
        };
        render_findings(&mut out, &findings, None);
        assert!(!findings.is_empty(), "{}: no finding", path.display());
        codes.extend(findings.iter().map(|f| f.finding.code()));
        snapshot(&format!("set-{}", stem(&path)), &out);
    }
    let missing: Vec<_> = Problem::SET_CODES
        .iter()
        .filter(|c| !codes.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "no set fixture shows the codes {missing:?}"
    );
}

/// Round manifests (`round.json`) through the core's one check of a
/// manifest text: valid ones without error, invalid and shape ones with at
/// least one, each located and worded in az/en/ru; every round code shown.
#[test]
fn round_manifest_fixtures() {
    let mut codes = BTreeSet::new();
    for kind in ["valid", "invalid", "shape"] {
        let files = json_files(&format!("tests/fixtures/rounds/{kind}"));
        assert!(!files.is_empty(), "no {kind} round fixtures");
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let checked = napcheck_core::round::check_round_text(&text);
            let mut out = format!("manifest: {:?}\n", checked.manifest);
            render_findings(&mut out, &checked.findings, None);
            let errors = checked
                .findings
                .iter()
                .any(|f| f.finding.severity() == Severity::Error);
            assert_eq!(errors, kind != "valid", "{}:\n{out}", path.display());
            assert_eq!(
                checked.manifest.is_none(),
                kind == "shape",
                "{}",
                path.display()
            );
            codes.extend(checked.findings.iter().map(|f| f.finding.code()));
            snapshot(&format!("round-{kind}-{}", stem(&path)), &out);
        }
    }
    let missing: Vec<_> = Problem::ROUND_CODES
        .iter()
        .filter(|c| !codes.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "no round fixture shows the codes {missing:?}"
    );
}
