//! Hostile files through `napcheck validate`, as data: each case writes its
//! input into a fresh temporary directory at test time (nothing large is
//! committed), runs the binary with `--format json`, and states the exit
//! code and every (code, line, column) it must report. No case may panic
//! or overflow the stack; memory stays bounded because inputs above
//! `--max-size` are refused from their size, before they are read.
//!
//! An unreadable file cannot be made with permissions when the tests run as
//! root (root reads a `chmod 000` file), so unreadability is produced in
//! ways that bind root too: a FIFO, a symbolic link to nothing and a
//! symbolic-link loop.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

/// A valid assessment of the CLI fixtures' test set.
const GOOD: &str = include_str!("cmd/fixtures/valid/good.json");
const SET: &str = include_str!("cmd/fixtures/criteria/test-set.json");

/// A finding as the tests see it: its code and, unless the input was
/// unreadable, its line and column.
type Found = (String, Option<(u64, u64)>);

/// What a case must give: the exit code, then each finding's code and
/// line/column (`None` for an unreadable input, which has no position).
struct Expect {
    exit: i32,
    findings: Vec<(&'static str, Option<(u64, u64)>)>,
}

/// The line and column (in characters, from 1; a leading BOM is no
/// column) where `needle` first occurs in `text`, for expectations that
/// follow the generated text rather than hand counting.
fn at(text: &str, needle: &str) -> Option<(u64, u64)> {
    let offset = text.find(needle).expect("the needle is in the text");
    let before = text[..offset].trim_start_matches('\u{feff}');
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line as u64, column as u64))
}

/// `good.json` with `edit` applied to its JSON value.
fn good_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(GOOD).unwrap();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

/// Runs `validate` in `dir` and returns the exit code and the findings
/// (code and position; unreadable inputs as `unreadable-input`).
fn validate(dir: &Path, args: &[&str]) -> (i32, Vec<Found>) {
    fs::write(dir.join("set.criteria"), SET).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .current_dir(dir)
        .args(["validate", "--format", "json", "--lang", "en"])
        .args(["--today", "2020-01-01", "--criteria", "set.criteria"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let mut findings = Vec::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        match record["type"].as_str() {
            Some("finding") => findings.push((
                record["code"].as_str().unwrap().to_owned(),
                Some((
                    record["line"].as_u64().unwrap(),
                    record["column"].as_u64().unwrap(),
                )),
            )),
            Some("file") if record.get("unreadable").is_some() => {
                findings.push(("unreadable-input".to_owned(), None));
            }
            _ => {}
        }
    }
    (output.status.code().unwrap_or(-1), findings)
}

/// Makes the case's files in `dir` and returns the PATH arguments.
fn case(name: &str, make: impl FnOnce(&Path) -> (Vec<String>, Expect)) {
    let dir = tempfile::tempdir().unwrap();
    let (args, expect) = make(dir.path());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (exit, findings) = validate(dir.path(), &args);
    let expected: Vec<Found> = expect
        .findings
        .iter()
        .map(|(code, at)| ((*code).to_owned(), *at))
        .collect();
    assert_eq!(
        (exit, &findings),
        (expect.exit, &expected),
        "{name}: exit code and findings"
    );
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Vec<String> {
    fs::write(dir.join(name), bytes).unwrap();
    vec![name.to_owned()]
}

fn invalid(findings: Vec<(&'static str, Option<(u64, u64)>)>) -> Expect {
    Expect { exit: 1, findings }
}

fn unreadable(count: usize) -> Expect {
    Expect {
        exit: 2,
        findings: vec![("unreadable-input", None); count],
    }
}

#[test]
fn an_empty_file_is_a_located_syntax_error() {
    case("empty", |d| {
        let expect = invalid(vec![("json-syntax", Some((1, 1)))]);
        (write(d, "empty.json", ""), expect)
    });
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    // 100 MB, sparse: its size alone refuses it.
    case("100 MB", |d| {
        let file = fs::File::create(d.join("huge.json")).unwrap();
        file.set_len(100 * 1024 * 1024).unwrap();
        let expect = invalid(vec![("too-large", Some((1, 1)))]);
        (vec!["huge.json".into()], expect)
    });
    // The limit holds however the size is learnt.
    case("over --max-size", |d| {
        let mut args = write(d, "good.json", GOOD);
        args.extend(["--max-size".into(), (GOOD.len() - 1).to_string()]);
        (args, invalid(vec![("too-large", Some((1, 1)))]))
    });
    case("at --max-size", |d| {
        let mut args = write(d, "good.json", GOOD);
        args.extend(["--max-size".into(), GOOD.len().to_string()]);
        (
            args,
            Expect {
                exit: 0,
                findings: vec![],
            },
        )
    });
}

#[test]
fn standard_input_over_the_limit_is_refused_after_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .current_dir(dir.path())
        .args(["validate", "--format", "json", "--max-size", "1000", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Writing stops when napcheck stops reading (a broken pipe).
    let _ = std::io::Write::write_all(&mut stdin, &vec![b' '; 10 * 1024 * 1024]);
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"code\":\"too-large\""));
}

#[test]
fn nesting_100000_deep_is_a_located_error() {
    // serde_json stops at its recursion limit (128 levels), where it is.
    case("deep arrays", |d| {
        let text = "[".repeat(100_000) + &"]".repeat(100_000);
        (
            write(d, "deep.json", text),
            invalid(vec![("json-syntax", Some((1, 128)))]),
        )
    });
    case("deep objects inside an assessment", |d| {
        let deep = "{\"a\":".repeat(100_000) + "1" + &"}".repeat(100_000);
        let text = GOOD.replacen('{', &format!("{{\"x\": {deep},"), 1);
        // At the 128th `{`: the document's own is the first, `x`'s value
        // (column 7) the second, then one every `{"a":` (5 columns).
        let column = 7 + 126 * 5;
        (
            write(d, "deep.json", text),
            invalid(vec![("json-syntax", Some((1, column)))]),
        )
    });
}

#[test]
fn invalid_utf8_is_located_at_its_first_bad_byte() {
    case("invalid UTF-8", |d| {
        let text = b"{\n  \"site\": \"Bin\xe4q\xe4di\"\n}";
        // Line 2, after `  "site": "Bin`.
        let column = 1 + "  \"site\": \"Bin".len() as u64;
        (
            write(d, "latin1.json", text),
            invalid(vec![("json-syntax", Some((2, column)))]),
        )
    });
}

#[test]
fn a_byte_order_mark_is_accepted_and_not_a_column() {
    case("BOM, valid", |d| {
        let expect = Expect {
            exit: 0,
            findings: vec![],
        };
        (write(d, "bom.json", format!("\u{feff}{GOOD}")), expect)
    });
    // The same findings at the same places with and without the mark.
    for text in ["{\"x\": 1}", "\u{feff}{\"x\": 1}"] {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "x.json", text);
        let (exit, findings) = validate(dir.path(), &["x.json"]);
        assert_eq!(exit, 1);
        assert!(
            findings.contains(&("schema-additional-properties".to_owned(), at(text, "1"))),
            "{text:?}: {findings:?}"
        );
    }
}

#[test]
fn duplicate_keys_are_reported_where_they_repeat() {
    case("duplicate keys", |d| {
        let text = GOOD.replacen(
            "\"language\": \"az\",",
            "\"language\": \"az\", \"language\": \"en\",",
            1,
        );
        let expect = invalid(vec![("duplicate-key", at(&text, "\"language\": \"en\""))]);
        (write(d, "twice.json", text), expect)
    });
}

#[test]
fn numbers_out_of_range_are_located() {
    case("1e400", |d| {
        let text = GOOD.replacen("\"answers\": [", "\"n\": 1e400, \"answers\": [", 1);
        // serde_json reports the number's last character.
        let (line, column) = at(&text, "1e400").unwrap();
        let expect = invalid(vec![("json-syntax", Some((line, column + 4)))]);
        (write(d, "n.json", text), expect)
    });
    case("a count beyond u64", |d| {
        let text = GOOD.replacen(
            "\"type\": \"yes_no\", \"value\": true",
            "\"type\": \"count\", \"value\": 184467440737095516160",
            1,
        );
        // Beyond u64, serde_json reads a float, which the schema's
        // `integer` still admits; the typed parse refuses it, located.
        let expect = invalid(vec![("json-shape", at(&text, "184467440737095516160"))]);
        (write(d, "n.json", text), expect)
    });
}

#[test]
fn a_10_mb_string_is_a_located_length_error() {
    case("10 MB note", |d| {
        let note = "é".repeat(5_000_000);
        let text = good_with(|v| v["answers"][0]["note"] = note.clone().into());
        let expect = invalid(vec![(
            "text-length",
            at(&text, &format!("\"{}", &note[..10])),
        )]);
        (write(d, "long.json", text), expect)
    });
}

#[test]
fn a_hundred_thousand_links_are_each_located() {
    let dir = tempfile::tempdir().unwrap();
    let text = good_with(|v| {
        let urls: Vec<String> = (0..100_000)
            .map(|i| format!("ftp://x.gov.az/{i}"))
            .collect();
        v["answers"][0]["evidence"] = urls.into();
    });
    write(dir.path(), "links.json", &text);
    let (exit, findings) = validate(dir.path(), &["links.json"]);
    assert_eq!(exit, 1);
    let links: Vec<_> = findings
        .iter()
        .filter(|(c, _)| c == "not-http-url")
        .collect();
    assert_eq!(links.len(), 100_000);
    // Pretty-printed, one link per line, in order.
    let (first, column) = at(&text, "\"ftp://x.gov.az/0\"").unwrap();
    for (i, (_, place)) in links.iter().enumerate() {
        assert_eq!(*place, Some((first + i as u64, column)), "link {i}");
    }
}

#[test]
fn unreadable_entries_of_a_walk_are_reported_not_skipped() {
    case("walk", |d| {
        let walked = d.join("walked");
        fs::create_dir(&walked).unwrap();
        fs::write(walked.join("good.json"), GOOD).unwrap();
        std::os::unix::fs::symlink("loop-b.json", walked.join("loop-a.json")).unwrap();
        std::os::unix::fs::symlink("loop-a.json", walked.join("loop-b.json")).unwrap();
        std::os::unix::fs::symlink("nowhere.json", walked.join("dangling.json")).unwrap();
        // A link to a file is read; a link to a directory is not followed.
        std::os::unix::fs::symlink("good.json", walked.join("link.json")).unwrap();
        std::os::unix::fs::symlink("..", walked.join("up.json")).unwrap();
        let fifo = Command::new("mkfifo")
            .arg(walked.join("fifo.json"))
            .status()
            .unwrap();
        assert!(fifo.success());
        // A directory named like a file is walked, not read.
        fs::create_dir(walked.join("dir.json")).unwrap();
        fs::write(walked.join("dir.json/bad.json"), "{").unwrap();
        // Files in path order, then what cannot be read: the dangling
        // link, the FIFO and both links of the loop.
        let expect = Expect {
            exit: 2,
            findings: vec![
                ("json-syntax", Some((1, 1))),
                ("unreadable-input", None),
                ("unreadable-input", None),
                ("unreadable-input", None),
                ("unreadable-input", None),
            ],
        };
        (vec!["walked".into()], expect)
    });
}

#[test]
fn a_fifo_given_as_a_file_is_not_opened() {
    case("fifo", |d| {
        let fifo = Command::new("mkfifo")
            .arg(d.join("in.json"))
            .status()
            .unwrap();
        assert!(fifo.success());
        (vec!["in.json".into()], unreadable(1))
    });
}

#[test]
fn a_directory_where_a_file_is_expected_is_an_error() {
    // `validate` takes directories (walked); the others take files.
    for command in [
        vec!["score", "--lang", "en", "."],
        vec!["validate", "--criteria", ".", "-"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
            .args(&command)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("directory"), "{command:?}: {stderr}");
    }
}

/// Runs `score` on `file` in `dir`: the exit code, stdout and stderr.
fn score(dir: &Path, file: &str) -> (Option<i32>, String, String) {
    fs::write(dir.join("set.criteria"), SET).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .current_dir(dir)
        .args(["score", "--lang", "en", "--today", "2020-01-01"])
        .args(["--criteria", "set.criteria", file])
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        output.status.code(),
        text(output.stdout),
        text(output.stderr),
    )
}

#[test]
fn score_reads_as_validate_does() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Over the 32 MiB limit: refused from its size, located, exit 1.
    fs::File::create(d.join("huge.json"))
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let (code, _, stderr) = score(d, "huge.json");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.starts_with("huge.json:1:1: error: The file is too large"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("[too-large]"), "{stderr}");
    // A FIFO is not opened (opening it would block): exit 2.
    let fifo = Command::new("mkfifo")
        .arg(d.join("in.json"))
        .status()
        .unwrap();
    assert!(fifo.success());
    let (code, _, stderr) = score(d, "in.json");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
    // A repeated key is located where it repeats (was: scored silently).
    let repeated = GOOD.replacen(
        "\"language\": \"az\",",
        "\"language\": \"az\",\n  \"language\": \"az\",",
        1,
    );
    write(d, "repeated.json", repeated);
    let (code, _, stderr) = score(d, "repeated.json");
    assert_eq!(code, Some(1), "{stderr}");
    let repeat = "repeated.json:11:3: error: The key `language` appears twice";
    assert!(stderr.contains(repeat), "{stderr}");
}

/// A directory the walk cannot enter (here: its path is longer than the
/// system allows, which binds root too) is reported at its own path, with
/// the system's reason said once, and is not counted as a file.
#[test]
fn a_directory_the_walk_cannot_enter_is_located_and_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.json"), GOOD).unwrap();
    // 22 directories of 200 characters, past PATH_MAX (4096) below
    // `deep`: two chains that each fit, then one moved into the other.
    let segment = "d".repeat(200);
    let chain = |n: usize| vec![segment.as_str(); n].join("/");
    fs::create_dir_all(dir.path().join("deep").join(chain(10))).unwrap();
    fs::create_dir_all(dir.path().join("part").join(chain(12))).unwrap();
    fs::rename(
        dir.path().join("part").join(&segment),
        dir.path().join("deep").join(chain(10)).join("e"),
    )
    .unwrap();
    fs::write(dir.path().join("set.criteria"), SET).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .current_dir(dir.path())
        .args([
            "validate",
            "--format",
            "json",
            "--lang",
            "en",
            "--today",
            "2020-01-01",
        ])
        .args(["--criteria", "set.criteria", "good.json", "deep"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let records: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let unreadable: Vec<&Value> = records
        .iter()
        .filter(|r| r["type"] == "directory")
        .collect();
    assert_eq!(unreadable.len(), 1, "{records:#?}");
    let file = unreadable[0]["file"].as_str().unwrap();
    let reason = unreadable[0]["unreadable"].as_str().unwrap();
    assert!(file.starts_with("deep/dddd") && file.len() > 2000, "{file}");
    assert!(
        !reason.contains("dddd"),
        "the path is not repeated: {reason}"
    );
    let summary = records.last().unwrap();
    assert_eq!(summary["files"], 1, "a directory is not a file: {summary}");
    assert_eq!(summary["unreadable"], 1);
}
