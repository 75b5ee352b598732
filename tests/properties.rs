//! A short property run on stable, part of `cargo test`: arbitrary bytes and
//! mutated fixtures go through the widget's import path (`check_text`), the
//! criteria-set loader and the duplicate-key pass. None may panic; every
//! finding carries an RFC 6901 pointer and a line/column inside the text;
//! placing many pointers at once lands where placing each alone does.
//! The long runs are the fuzz targets in `fuzz/` (see SECURITY.md).

// A test fails loudly at the first surprise; unwrap says where.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use napcheck_core::pointer::{locate, locate_many};
use napcheck_core::{check_text, duplicate_keys, Catalogue, Day, Position};
use napcheck_tests::json_files;
use proptest::prelude::*;
use std::sync::OnceLock;

/// The fixtures' texts: assessments, then criteria sets.
fn fixtures(dirs: &[&str]) -> Vec<String> {
    dirs.iter()
        .flat_map(|dir| json_files(dir))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect()
}

fn assessments() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        fixtures(&[
            "tests/fixtures/assessments/valid",
            "tests/fixtures/assessments/invalid",
            "tests/fixtures/assessments/shape",
        ])
    })
}

fn sets() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| fixtures(&["tests/fixtures/sets", "tests/fixtures/sets/invalid"]))
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut catalogue = Catalogue::bundled().clone();
        for text in fixtures(&["tests/fixtures/sets"]) {
            catalogue.add_set_json(&text).unwrap();
        }
        catalogue
    })
}

/// One edit of a text: replace `len` bytes at `at` (both taken modulo the
/// text) by `with`; bytes that JSON gives meaning to are favoured.
#[derive(Debug, Clone)]
struct Edit {
    at: usize,
    len: usize,
    with: Vec<u8>,
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![
        4 => prop::sample::select(b"{}[]\",:\\ \n0123456789.eE-+truefalsnl\xc3\xa9\xef\xbb\xbf".to_vec()),
        1 => any::<u8>(),
    ];
    (
        any::<usize>(),
        0usize..16,
        prop::collection::vec(byte, 0..8),
    )
        .prop_map(|(at, len, with)| Edit { at, len, with })
}

/// A fixture with edits applied; repeating a slice makes duplicate keys
/// and deep nesting likely.
fn mutated(texts: &'static [String]) -> impl Strategy<Value = String> {
    (
        0..texts.len(),
        prop::collection::vec(edit(), 0..6),
        any::<usize>(),
    )
        .prop_map(move |(i, edits, repeat)| {
            let mut bytes = texts[i].clone().into_bytes();
            for e in edits {
                let at = e.at % (bytes.len() + 1);
                let end = (at + e.len).min(bytes.len());
                bytes.splice(at..end, e.with);
            }
            if repeat % 4 == 0 && !bytes.is_empty() {
                let at = repeat % bytes.len();
                let end = (at + repeat % 64).min(bytes.len());
                let slice = bytes[at..end].to_vec();
                bytes.splice(at..at, slice);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

/// Panics unless `position` is a place in `text` (a BOM is no column).
fn assert_inside(text: &str, position: Position, what: &str) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(
        (1..=lines.len()).contains(&position.line),
        "{what}: line {} of {}",
        position.line,
        lines.len()
    );
    let width = lines[position.line - 1].chars().count();
    assert!(
        (1..=width + 1).contains(&position.column),
        "{what}: column {} of {} on line {}",
        position.column,
        width + 1,
        position.line
    );
}

fn assert_pointer(pointer: &str, what: &str) {
    assert!(
        pointer.is_empty() || pointer.starts_with('/'),
        "{what}: {pointer:?}"
    );
    let bad_escape = pointer
        .split('~')
        .skip(1)
        .any(|rest| !rest.starts_with(['0', '1']));
    assert!(!bad_escape, "{what}: {pointer:?}");
}

/// The import path's invariants on one text.
fn import(text: &str) {
    let today: Day = "2025-01-01".parse().unwrap();
    let checked = check_text(text, catalogue(), today);
    let pointers: Vec<&str> = checked
        .findings
        .iter()
        .map(|f| f.finding.pointer.as_str())
        .collect();
    for f in &checked.findings {
        assert_inside(text, f.position, f.finding.code());
        assert_pointer(&f.finding.pointer, f.finding.code());
    }
    for (pointer, many) in pointers.iter().zip(locate_many(text, &pointers)) {
        assert_eq!(many, locate(text, pointer), "{pointer}");
    }
    if checked.assessment.is_some() {
        assert!(checked
            .findings
            .iter()
            .all(|f| f.finding.code() != "json-syntax"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_import_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        import(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_assessments_import_located(text in mutated(assessments())) {
        import(&text);
        for d in duplicate_keys(&text) {
            assert_inside(&text, d.position, "duplicate-key");
        }
    }

    #[test]
    fn mutated_sets_load_or_are_refused_located(text in mutated(sets())) {
        let mut catalogue = Catalogue::bundled().clone();
        if let Err(errors) = catalogue.add_set_json(&text) {
            prop_assert!(!errors.is_empty());
            for e in errors {
                let at = e.position;
                assert_inside(&text, at, e.finding.code());
                assert_pointer(&e.finding.pointer, e.finding.code());
            }
        }
    }
}
