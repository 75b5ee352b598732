//! A broken output (standard output on /dev/full) is a failure worded in
//! the command's `--lang`, as every other failure is.

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_napcheck");

#[test]
fn a_full_disk_is_reported_in_the_chosen_language() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        return; // Not Linux: nothing to write into.
    }
    for (lang, said) in [
        ("az", "napcheck: xəta: çıxış yazıla bilmir: "),
        ("en", "napcheck: error: cannot write the output: "),
        ("ru", "napcheck: ошибка: не удаётся записать вывод: "),
    ] {
        let output = Command::new(BIN)
            .args(["criteria", "show", "az-nap-2016-2018", "--lang", lang])
            .stdout(std::fs::File::create(full).expect("open /dev/full"))
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{lang}: {stderr}");
        assert!(stderr.starts_with(said), "{lang}: {stderr}");
    }
}

/// A reader that goes away (`napcheck report … | head`) is not a failure:
/// the command ends quietly with success, as `validate` does. The report of
/// the 2018 dataset is far larger than a pipe's buffer, so the write fails.
#[test]
fn a_closed_pipe_ends_quietly() {
    let dataset = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/monitoring-2018"
    );
    for args in [
        vec!["report", "--format", "csv", "--lang", "ru", dataset],
        vec!["report", "--format", "html", dataset],
        vec!["validate", "--format", "json", dataset],
    ] {
        let mut child = Command::new(BIN)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
