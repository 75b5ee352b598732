//! `napcheck review` with several reviewers at once: many processes
//! recording decisions in one collect directory at the same time lose
//! none of them, and what a crash leaves behind (a hidden temporary file in
//! the log) is never read as a decision.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "tests/cmd/fixtures/review";

/// A collect directory with the fixture's submissions and no log.
fn collect_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn napcheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .args(args)
        .output()
        .unwrap()
}

fn decisions(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(".reviews"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    files.sort();
    files
}

#[test]
fn concurrent_reviewers_lose_no_decision() {
    let dir = collect_dir();
    let path = dir.path().to_str().unwrap().to_owned();
    let ids = ["1a2b", "2b3c", "3c4d", "4d5e"];
    let (reviewers, rounds) = (8, 5);
    std::thread::scope(|scope| {
        for r in 0..reviewers {
            let path = path.clone();
            scope.spawn(move || {
                for n in 0..rounds {
                    let verb = if (r + n) % 2 == 0 { "accept" } else { "reject" };
                    let reason = format!("reviewer {r}, decision {n}");
                    let out = napcheck(&[
                        "review",
                        verb,
                        "--lang",
                        "en",
                        "--reviewer",
                        &format!("R{r}"),
                        "--reason",
                        &reason,
                        &path,
                        ids[(r + n) % ids.len()],
                    ]);
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            });
        }
    });
    let files = decisions(dir.path());
    assert_eq!(
        files.len(),
        reviewers * rounds,
        "every decision has its file"
    );
    let mut reasons: Vec<String> = files
        .iter()
        .map(|f| {
            let d: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            d["reason"].as_str().unwrap().to_owned()
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    assert_eq!(
        reasons.len(),
        reviewers * rounds,
        "no decision overwrote another"
    );
    let leftovers = std::fs::read_dir(dir.path().join(".reviews"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".tmp-")
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary file left behind");
}

#[test]
fn a_half_written_decision_is_never_read() {
    let dir = collect_dir();
    let log = dir.path().join(".reviews");
    std::fs::create_dir_all(&log).unwrap();
    // What a crash before the link leaves: a hidden temporary file.
    std::fs::write(
        log.join(".tmp-999-0"),
        "{\"submission\": \"1a2b3c4d5e6f0000\", \"deci",
    )
    .unwrap();
    let out = napcheck(&[
        "review",
        "list",
        "--lang",
        "en",
        dir.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.matches("pending").count(), 4, "{listed}");
    // A log with nothing accepted keeps every submission out of the report.
    let report = napcheck(&[
        "report",
        "--lang",
        "en",
        "--format",
        "json",
        dir.path().to_str().unwrap(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(json["review"]["pending_left_out"], 4);
    // A decision file that is not a decision is an error, named, not skipped.
    std::fs::write(log.join("0001-broken.json"), "{}").unwrap();
    let out = napcheck(&[
        "review",
        "list",
        "--lang",
        "en",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("0001-broken.json is not a review decision")
    );
}

#[test]
fn reviewers_killed_mid_decision_leave_a_consistent_log() {
    let dir = collect_dir();
    let path = dir.path().to_str().unwrap().to_owned();
    let mut finished = 0;
    for n in 0..40u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_napcheck"))
            .args([
                "review",
                "accept",
                "--reviewer",
                "K",
                "--reason",
                &format!("decision {n}"),
                &path,
                "1a2b",
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // SIGKILL at a different moment each time, from at once to after
        // the decision is written.
        std::thread::sleep(std::time::Duration::from_micros(n * n * 40));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        }
    }
    // Every decision in the log is whole; the leftovers are hidden files.
    let log = dir.path().join(".reviews");
    let kept = if log.is_dir() {
        decisions(dir.path())
    } else {
        Vec::new()
    };
    for file in &kept {
        let d: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        assert_eq!(d["decision"], "accepted", "{}", file.display());
    }
    assert!(
        kept.len() >= finished,
        "a decision reported done is in the log"
    );
    let out = napcheck(&["review", "list", "--lang", "en", &path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // And the next decision after the crashes is recorded as usual.
    let out = napcheck(&[
        "review",
        "reject",
        "--reviewer",
        "K",
        "--reason",
        "after",
        &path,
        "1a2b",
    ]);
    assert!(out.status.success());
    assert_eq!(decisions(dir.path()).len(), kept.len() + 1);
}

/// The review log applies to the submissions beside it however `report`
/// reaches them: the directory named, the current directory by default, a
/// parent directory (the dataset repository's root), or a glob of files.
/// A rejected submission never counts, a pending one only with
/// `--include-pending`.
#[test]
fn the_review_log_applies_however_the_submissions_are_reached() {
    let root = tempfile::tempdir().unwrap();
    let submissions = root.path().join("submissions");
    std::fs::create_dir(&submissions).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    for (from, to) in [
        (fixture.clone(), submissions.clone()),
        (fixture.join(".reviews"), submissions.join(".reviews")),
    ] {
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let cases: [(&Path, &[&str]); 5] = [
        (root.path(), &["submissions"]),
        (&submissions, &[]),
        (root.path(), &["."]),
        (root.path(), &["submissions/*.json"]),
        (
            root.path(),
            &[
                "submissions/4d5e6f7081920000.json",
                "submissions/1a2b3c4d5e6f0000.json",
            ],
        ),
    ];
    for (cwd, paths) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_napcheck"))
            .current_dir(cwd)
            .args([
                "report",
                "--format",
                "json",
                "--lang",
                "en",
                "--today",
                "2026-01-01",
            ])
            .args(paths)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let rejected = json["review"]["rejected_left_out"].as_u64();
        assert_eq!(rejected, Some(1), "{paths:?}: {}", json["review"]);
        if paths.len() < 2 {
            assert_eq!(json["review"]["pending_left_out"], 1, "{paths:?}");
            assert_eq!(json["sets"][0]["assessments"], 2, "{paths:?}");
        } else {
            assert_eq!(json["sets"][0]["assessments"], 1, "{paths:?}");
        }
    }
}
