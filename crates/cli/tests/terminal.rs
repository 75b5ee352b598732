//! A file name is text from the input too: a dataset repository may hold a
//! file whose name carries escape sequences and a line break followed by a
//! workflow command. `validate` (human and github) and `report` (its stderr
//! list) must show it escaped: no control character reaches the terminal or
//! the CI log, and no line is a command the name forged. The names cannot
//! live in the trycmd fixtures (git and some file systems refuse them), so
//! they are made here in a temporary directory.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_napcheck");

/// The output has no control character but line breaks, and no line
/// starts with the forged command.
fn assert_safe(what: &str, text: &str) {
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{what}: {text:?}"
    );
    assert!(
        !text.lines().any(|line| line.starts_with("::error::forged")),
        "{what}: {text}"
    );
    assert!(text.contains("\\u{1b}]0;PWNED\\u{7}"), "{what}: {text}");
}

#[test]
fn a_hostile_file_name_is_escaped_in_every_output_that_reaches_a_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let name = "a\u{1b}]0;PWNED\u{7}\u{1b}[2J\n::error::forged.json";
    std::fs::write(dir.path().join(name), "{ not json").expect("hostile file");
    for format in ["human", "github"] {
        let output = Command::new(BIN)
            .args(["validate", "--lang", "en", "--format", format])
            .arg(dir.path())
            .env_remove("CLICOLOR_FORCE")
            .env("NO_COLOR", "1")
            .output()
            .expect("run validate");
        assert_eq!(output.status.code(), Some(1));
        assert_safe(format, &String::from_utf8_lossy(&output.stdout));
    }
    let output = Command::new(BIN)
        .args(["report", "--lang", "en", "--format", "csv"])
        .arg(dir.path())
        .output()
        .expect("run report");
    assert_eq!(output.status.code(), Some(1));
    assert_safe("report stderr", &String::from_utf8_lossy(&output.stderr));
}
