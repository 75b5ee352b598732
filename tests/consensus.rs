//! Consensus and agreement as data: each folder of
//! `tests/fixtures/consensus/` holds the assessments of one situation (one
//! assessor, all agree, all differ, ties, "not applicable" mixed in,
//! invalid observations, the forms of one host). One check function groups
//! them by body, merges them, evaluates each consensus and lists the
//! disagreements; the text is compared with `tests/snapshots/consensus-*`.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::aggregate::ByBody;
use napcheck_core::consensus::{disagreements, BodyResolver, BodyVotes, Consensus};
use napcheck_core::{evaluate, Assessment, Catalogue, CriteriaSet, Evaluation};
use napcheck_tests::{json_files, root};
use std::fmt::Write as _;

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => root().join("tests/snapshots"), prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, value);
    });
}

fn number(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.3}"))
}

/// The one check: merge the folder's assessments and describe the result.
fn describe(set: &CriteriaSet, files: &[(String, Assessment, Evaluation)]) -> String {
    let resolver = BodyResolver::new(Catalogue::bundled().bodies());
    let mut out = String::new();
    let mut groups: Vec<(napcheck_core::consensus::BodyId, Vec<usize>)> = Vec::new();
    for (i, (_, a, _)) in files.iter().enumerate() {
        let id = resolver.resolve(&a.site);
        match groups.iter_mut().find(|(g, _)| *g == id) {
            Some((_, members)) => members.push(i),
            None => groups.push((id, vec![i])),
        }
    }
    for (id, members) in groups {
        let mut votes = BodyVotes::new(id.clone(), set);
        for &i in &members {
            votes.add(&files[i].1, &files[i].2, set);
        }
        let body = votes.finish(set).unwrap();
        let evaluation = evaluate(&body.assessment, set).unwrap();
        let _ = writeln!(
            out,
            "body {} ({:?}) from {:?}\n  assessments {}, agreement {} %, alpha {}, overall score {}",
            id,
            id,
            members.iter().map(|&i| files[i].0.as_str()).collect::<Vec<_>>(),
            body.assessments,
            number(body.agreement.percent()),
            number(body.agreement.alpha()),
            number(evaluation.overall),
        );
        for c in body.criteria.iter().filter(|c| c.answers + c.invalid > 0) {
            let consensus = match &c.consensus {
                Consensus::Agreed(a) => format!("agreed {}", a.id(&set.scale)),
                Consensus::Disputed(tally) => format!(
                    "disputed {}",
                    tally
                        .iter()
                        .map(|(a, n)| format!("{}×{n}", a.id(&set.scale)))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                Consensus::Unanswered => "unanswered".to_owned(),
            };
            let written = body
                .assessment
                .answers
                .iter()
                .find(|a| a.criterion == c.criterion)
                .map_or("–".to_owned(), |a| {
                    serde_json::to_string(&a.observation).unwrap()
                });
            let _ = writeln!(
                out,
                "  {} [{:?}] answers {}, invalid {}{}: {consensus}; written {written}; agreement {} %, alpha {}",
                c.criterion,
                c.method,
                c.answers,
                c.invalid,
                if c.differs { ", differs" } else { "" },
                number(c.agreement.percent()),
                number(c.agreement.alpha()),
            );
        }
        let group: Vec<(String, &Assessment, &Evaluation)> = members
            .iter()
            .map(|&i| (files[i].0.clone(), &files[i].1, &files[i].2))
            .collect();
        for d in disagreements(set, &group) {
            let _ = writeln!(out, "  disagreement on {}:", d.criterion);
            for w in d.witnesses {
                let _ = writeln!(
                    out,
                    "    {} by {}: {} {} {:?}",
                    w.source,
                    w.assessor
                        .and_then(|a| a.name)
                        .unwrap_or_else(|| "anonymous".into()),
                    w.answer.map_or("invalid", |a| a.id(&set.scale)),
                    serde_json::to_string(&w.observation).unwrap(),
                    w.evidence
                );
            }
        }
    }
    // The same files through the streaming fold give the same bodies.
    let mut by_body = ByBody::new(resolver);
    for (_, a, e) in files {
        by_body.add(a, e, set);
    }
    let aggregate = by_body.finish(set);
    let _ = writeln!(
        out,
        "dataset: {} bodies, {} assessments, agreement {} %, alpha {}",
        aggregate.total(),
        aggregate.assessments,
        number(aggregate.overall_agreement.percent()),
        number(aggregate.overall_agreement.alpha()),
    );
    out
}

#[test]
fn consensus_fixtures_match_their_snapshots() {
    let set = Catalogue::bundled().set("az-nap-2016-2018").unwrap();
    let dir = root().join("tests/fixtures/consensus");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 7, "the seven situations of the issue");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let files: Vec<(String, Assessment, Evaluation)> =
            json_files(&format!("tests/fixtures/consensus/{name}"))
                .into_iter()
                .map(|path| {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let a: Assessment = serde_json::from_str(&text).unwrap();
                    let e = evaluate(&a, set).unwrap();
                    (
                        path.file_name().unwrap().to_string_lossy().into_owned(),
                        a,
                        e,
                    )
                })
                .collect();
        snapshot(&format!("consensus-{name}"), &describe(set, &files));
    }
}
