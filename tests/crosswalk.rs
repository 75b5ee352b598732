//! Crosswalks between NAP editions and the migration of assessments, as
//! data: the bundled crosswalk is valid; each refused crosswalk under
//! `fixtures/crosswalks/invalid/` gives located findings in az/en/ru
//! (snapshots); each assessment under `fixtures/migrations/` migrates to
//! `az-nap-2020-2022` (snapshot of the summary in three languages and the
//! output), and no migration loses an answer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::crosswalk::{
    self, check_crosswalk_text, migrate, Crosswalk, MigrateError, Migrated, Relation,
};
use napcheck_core::{
    Assessment, Catalogue, Day, Lang, LocatedFinding, NotMigratedReason, Problem, SetRef,
};
use napcheck_tests::{assert_file, json_files, root};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const TODAY: &str = "2025-01-01";
const NEWER: &str = "az-nap-2020-2022";

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn bundled_crosswalk() -> &'static Crosswalk {
    &crosswalk::bundled()[0]
}

fn render(out: &mut String, findings: &[LocatedFinding]) {
    for f in findings {
        let _ = writeln!(
            out,
            "{}:{} {} {} {}\n    en: {}\n    az: {}\n    ru: {}",
            f.position.line,
            f.position.column,
            f.finding.severity(),
            f.finding.code(),
            f.finding.pointer,
            f.finding.problem.message(Lang::En),
            f.finding.problem.message(Lang::Az),
            f.finding.problem.message(Lang::Ru),
        );
    }
}

#[test]
fn the_bundled_crosswalk_is_valid_and_maps_every_older_criterion() {
    assert_eq!(
        crosswalk::BUNDLED_CROSSWALKS.len(),
        crosswalk::bundled().len()
    );
    for (name, text) in crosswalk::BUNDLED_CROSSWALKS {
        let checked = check_crosswalk_text(text, Catalogue::bundled());
        assert!(
            checked.findings.is_empty(),
            "{name}: {:#?}",
            checked.findings
        );
    }
    let relations: BTreeSet<&str> = bundled_crosswalk()
        .mappings
        .iter()
        .map(|m| m.relation.name())
        .collect();
    assert_eq!(relations.len(), 4, "every relation is used: {relations:?}");
}

#[test]
fn refused_crosswalks_give_located_findings() {
    let mut codes = BTreeSet::new();
    for path in json_files("tests/fixtures/crosswalks/invalid") {
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = check_crosswalk_text(&text, Catalogue::bundled());
        assert!(checked.usable().is_none(), "{} is refused", path.display());
        codes.extend(checked.findings.iter().map(|f| f.finding.code()));
        let mut out = String::new();
        render(&mut out, &checked.findings);
        assert_file(
            &format!("tests/snapshots/crosswalk-invalid-{}.snap", stem(&path)),
            &out,
        );
    }
    let missing: Vec<_> = Problem::CROSSWALK_CODES
        .iter()
        .filter(|c| !codes.contains(*c))
        .collect();
    assert!(missing.is_empty(), "no refused crosswalk gives {missing:?}");
}

/// Nothing is lost: every answer of the original either moved (its
/// mapping's counterparts answered) or is kept, unchanged, with a reason;
/// and the output is a valid assessment of the newer set.
fn assert_nothing_lost(
    name: &str,
    original: &Assessment,
    migrated: &Migrated,
    catalogue: &Catalogue,
) {
    let out = &migrated.assessment;
    let kept = &out.migration.as_ref().unwrap().not_migrated;
    assert_eq!(
        migrated.moved + migrated.kept,
        original.answers.len(),
        "{name}"
    );
    assert_eq!(kept.len(), migrated.kept, "{name}");
    for answer in &original.answers {
        let is_kept = kept.iter().any(|k| &k.answer == answer);
        let moved = bundled_crosswalk()
            .mappings
            .iter()
            .filter(|m| m.from == answer.criterion)
            .flat_map(|m| &m.to)
            .any(|t| out.answers.iter().any(|a| a.criterion == t.criterion));
        assert!(is_kept || moved, "{name}: {} lost", answer.criterion);
    }
    let text = serde_json::to_string_pretty(out).unwrap();
    let checked = napcheck_core::check_text(&text, catalogue, TODAY.parse().unwrap());
    assert!(checked.is_valid(), "{name}: {:#?}", checked.findings);
}

fn migrate_to_newer(assessment: &Assessment, crosswalk: &Crosswalk) -> Migrated {
    let catalogue = Catalogue::bundled();
    let from = catalogue.resolve(&assessment.criteria_set).unwrap();
    let to = catalogue.set(NEWER).unwrap();
    migrate(assessment, from, to, &to.version, Some(crosswalk)).unwrap()
}

fn summary(name: &str, migrated: &Migrated, lang: Lang) -> String {
    let kept = &migrated.assessment.migration.as_ref().unwrap().not_migrated;
    let mut reasons: BTreeMap<&str, (NotMigratedReason, usize)> = BTreeMap::new();
    for k in kept {
        reasons.entry(k.reason.code()).or_insert((k.reason, 0)).1 += 1;
    }
    let reasons: Vec<_> = reasons.into_values().collect();
    let to = &migrated.assessment.criteria_set;
    crosswalk::summary(
        lang,
        name,
        &format!("{}@{}", to.id, to.version),
        migrated.moved,
        &reasons,
    )
}

#[test]
fn migration_fixtures_cover_every_relation_and_lose_nothing() {
    let mut relations = BTreeSet::new();
    for path in json_files("tests/fixtures/migrations") {
        let name = stem(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        let original: Assessment = napcheck_core::parse::from_str(&text).unwrap();
        let migrated = migrate_to_newer(&original, bundled_crosswalk());
        assert_nothing_lost(&name, &original, &migrated, Catalogue::bundled());
        for answer in &original.answers {
            if let Some(m) = bundled_crosswalk()
                .mappings
                .iter()
                .find(|m| m.from == answer.criterion)
            {
                relations.insert(m.relation.name());
            }
        }
        let mut out = String::new();
        for lang in Lang::ALL {
            let _ = writeln!(out, "{lang}: {}", summary(&name, &migrated, lang));
        }
        out.push_str(&serde_json::to_string_pretty(&migrated.assessment).unwrap());
        out.push('\n');
        assert_file(&format!("tests/snapshots/migration-{name}.snap"), &out);
    }
    let all: BTreeSet<&str> = [
        Relation::Same,
        Relation::Narrower,
        Relation::Broader,
        Relation::None,
    ]
    .iter()
    .map(|r| r.name())
    .collect();
    assert_eq!(relations, all);
}

#[test]
fn every_assessment_of_the_2018_monitoring_migrates_without_loss() {
    let mut count = 0;
    for dir in [
        "examples/monitoring-2018/local",
        "examples/monitoring-2018/central",
    ] {
        for path in json_files(dir) {
            let text = std::fs::read_to_string(&path).unwrap();
            let original: Assessment = napcheck_core::parse::from_str(&text).unwrap();
            let migrated = migrate_to_newer(&original, bundled_crosswalk());
            assert_nothing_lost(
                &path.display().to_string(),
                &original,
                &migrated,
                Catalogue::bundled(),
            );
            count += 1;
        }
    }
    assert!(count > 100, "{count} examples");
}

fn fixture(name: &str) -> Assessment {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/migrations").join(name)).unwrap();
    napcheck_core::parse::from_str(&text).unwrap()
}

#[test]
fn a_second_answer_for_one_counterpart_is_kept_as_already_answered() {
    let mut crosswalk = bundled_crosswalk().clone();
    let mapping = crosswalk
        .mappings
        .iter_mut()
        .find(|m| m.from == "4.2.1.meetings")
        .unwrap();
    // Two older criteria now lead to `n3.5.5.council_meetings`.
    let mut other = mapping.clone();
    other.from = "4.2.1.council_exists".into();
    let text = serde_json::to_string(&crosswalk).unwrap();
    let mut crosswalk: Crosswalk = serde_json::from_str(&text).unwrap();
    let i = crosswalk
        .mappings
        .iter()
        .position(|m| m.from == "4.2.2.items")
        .unwrap();
    crosswalk.mappings[i] = other;
    crosswalk.mappings[i].from = "4.2.2.items".into();
    let mut original = fixture("local-executive-every-relation.json");
    original.answers.push(napcheck_core::Answer {
        criterion: "4.2.2.items".into(),
        observation: napcheck_core::Observation::Count(9),
        evidence: vec![],
        note: None,
        observed_on: None,
        suggested_by: None,
        suggestion: None,
    });
    let migrated = migrate_to_newer(&original, &crosswalk);
    let kept = &migrated.assessment.migration.as_ref().unwrap().not_migrated;
    let items = kept
        .iter()
        .find(|k| k.answer.criterion == "4.2.2.items")
        .unwrap();
    assert_eq!(items.reason, NotMigratedReason::AlreadyAnswered);
    let meetings = migrated
        .assessment
        .answers
        .iter()
        .find(|a| a.criterion == "n3.5.5.council_meetings")
        .unwrap();
    assert_eq!(meetings.observation, napcheck_core::Observation::Count(3));
}

#[test]
fn a_newer_minor_version_migrates_without_a_crosswalk() {
    let mut catalogue = Catalogue::bundled().clone();
    let mut newer = catalogue.set("az-nap-2016-2018").unwrap().clone();
    newer.version = "1.2.0".parse().unwrap();
    newer.criteria.retain(|c| c.id != "2.4.mobile");
    newer.retired.push("2.4.mobile".into());
    catalogue.add_set(newer.clone());
    let original = fixture("local-executive-every-relation.json");
    let older = Catalogue::bundled().set("az-nap-2016-2018").unwrap();
    let migrated = migrate(&original, older, &newer, &newer.version, None).unwrap();
    let out = &migrated.assessment;
    assert_eq!(out.criteria_set.version.to_string(), "1.2.0");
    let kept = &out.migration.as_ref().unwrap().not_migrated;
    // The retired criterion stays behind with its reason; so does 5.5, which
    // set 1.1.0 gives only to the two ministries the NAP names (a local
    // body's answer to it is not for this body).
    let reasons: Vec<_> = kept
        .iter()
        .map(|k| (k.answer.criterion.as_str(), k.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("2.4.mobile", NotMigratedReason::UnknownCriterion),
            ("5.5.financial_report", NotMigratedReason::NotForThisBody)
        ]
    );
    let others: Vec<_> = original
        .answers
        .iter()
        .filter(|a| !kept.iter().any(|k| k.answer.criterion == a.criterion))
        .collect();
    assert_eq!(out.answers.iter().collect::<Vec<_>>(), others);
    let text = serde_json::to_string(out).unwrap();
    let today: Day = TODAY.parse().unwrap();
    assert!(napcheck_core::check_text(&text, &catalogue, today).is_valid());
    // Back to the older version, or to another set without a crosswalk: refused.
    let back = migrate(out, &newer, older, &older.version, None).unwrap_err();
    assert!(matches!(back, MigrateError::Older { .. }), "{back:?}");
    let newer_plan = Catalogue::bundled().set(NEWER).unwrap();
    let none = migrate(&original, older, newer_plan, &newer_plan.version, None).unwrap_err();
    assert!(matches!(none, MigrateError::NoCrosswalk { .. }), "{none:?}");
    for lang in Lang::ALL {
        assert!(!none.message(lang).is_empty() && !back.message(lang).is_empty());
    }
}

#[test]
fn an_answer_the_counterpart_refuses_or_the_crosswalk_omits_is_kept() {
    let mut crosswalk = bundled_crosswalk().clone();
    // 4.2.2.items (up to 2000) copied to council meetings (up to 100).
    let meetings = crosswalk
        .mappings
        .iter()
        .find(|m| m.from == "4.2.1.meetings")
        .unwrap()
        .clone();
    let i = crosswalk
        .mappings
        .iter()
        .position(|m| m.from == "4.2.2.items")
        .unwrap();
    crosswalk.mappings[i] = napcheck_core::crosswalk::Mapping {
        from: "4.2.2.items".into(),
        ..meetings
    };
    // An unchecked crosswalk that forgot 2.4.mobile.
    crosswalk
        .mappings
        .retain(|m| m.from != "2.4.mobile" && m.from != "4.2.1.meetings");
    let mut original = fixture("local-executive-every-relation.json");
    original.answers.retain(|a| a.criterion != "4.2.1.meetings");
    original.answers.push(napcheck_core::Answer {
        criterion: "4.2.2.items".into(),
        observation: napcheck_core::Observation::Count(150),
        evidence: vec![],
        note: None,
        observed_on: None,
        suggested_by: None,
        suggestion: None,
    });
    let migrated = migrate_to_newer(&original, &crosswalk);
    let kept = &migrated.assessment.migration.as_ref().unwrap().not_migrated;
    let reason = |id: &str| {
        kept.iter()
            .find(|k| k.answer.criterion == id)
            .map(|k| k.reason)
    };
    assert_eq!(reason("4.2.2.items"), Some(NotMigratedReason::FailsCheck));
    assert_eq!(
        reason("2.4.mobile"),
        Some(NotMigratedReason::NotInCrosswalk)
    );
    assert_eq!(migrated.moved + migrated.kept, original.answers.len());
}

#[test]
fn the_offer_prefers_a_usable_crosswalk_then_a_newer_version_and_reads_back() {
    let catalogue = Catalogue::bundled();
    let original = fixture("local-executive-every-relation.json");
    let newest: Vec<SetRef> = [original.criteria_set.id.as_str(), NEWER]
        .iter()
        .map(|id| {
            let set = catalogue.set(id).unwrap();
            SetRef {
                id: set.id.clone(),
                version: set.version.clone(),
            }
        })
        .collect();
    let crosswalks = [bundled_crosswalk().clone()];
    let offered = crosswalk::offer(&original, catalogue, &crosswalks, &newest).unwrap();
    assert_eq!(offered.to, newest[1]);
    assert_eq!(
        offered.migrated,
        migrate_to_newer(&original, bundled_crosswalk())
    );
    // What the widget's checker sends back reads as it was.
    let text = serde_json::to_string(&offered).unwrap();
    let read: crosswalk::Offered = serde_json::from_str(&text).unwrap();
    assert_eq!(read, offered);
    // The newer set not listed, or the crosswalk with an error: no edition
    // is offered, only the newer version of its own set (1.0.0 to 1.1.0).
    assert!(original.criteria_set.version < newest[0].version);
    let own = |offered: Option<crosswalk::Offered>| offered.map(|o| o.to);
    let only_own = crosswalk::offer(&original, catalogue, &crosswalks, &newest[..1]);
    assert_eq!(own(only_own), Some(newest[0].clone()));
    let mut broken = bundled_crosswalk().clone();
    broken.to.version = "9.0.0".parse().unwrap();
    let with_broken = crosswalk::offer(&original, catalogue, &[broken], &newest);
    assert_eq!(own(with_broken), Some(newest[0].clone()));
    let mut current = original.clone();
    current.criteria_set.version = newest[0].version.clone();
    assert_eq!(crosswalk::offer(&current, catalogue, &[], &newest), None);
    // A newer version of its own set listed: offered without a crosswalk.
    let mut newer = catalogue.set(&original.criteria_set.id).unwrap().clone();
    newer.version = "1.9.0".parse().unwrap();
    let mut with_newer = catalogue.clone();
    with_newer.add_set(newer.clone());
    let listed = [SetRef {
        id: newer.id.clone(),
        version: newer.version.clone(),
    }];
    let offered = crosswalk::offer(&original, &with_newer, &[], &listed).unwrap();
    assert_eq!(offered.to, listed[0]);
    // An assessment whose set is not here gets nothing.
    let empty = Catalogue::with_bundled_bodies();
    assert_eq!(
        crosswalk::offer(&original, &empty, &crosswalks, &newest),
        None
    );
}
