//! What the fuzz targets share: the catalogue (the bundled sets plus the
//! test set the fixtures use), a fixed "today", and the invariant that a
//! position lies inside the text it was found in.

use napcheck_core::{Catalogue, Day, Position};
use std::sync::OnceLock;

/// The bundled catalogue plus `tests/fixtures/sets/napcheck-test-set.json`
/// (the criteria-set target builds its own).
#[allow(dead_code)]
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut catalogue = Catalogue::bundled().clone();
        let set = include_str!("../../tests/fixtures/sets/napcheck-test-set.json");
        if catalogue.add_set_json(set).is_err() {
            panic!("the test set does not load");
        }
        catalogue
    })
}

/// The day the fixtures are checked on.
pub fn today() -> Day {
    Day::from_ymd(2025, 1, 1).unwrap_or_else(|| panic!("2025-01-01 is a day"))
}

/// Panics unless `position` is a place in `text`: line 1 to the last line,
/// column 1 to one past the last character of that line.
pub fn assert_inside(text: &str, position: Position, what: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(
        position.line >= 1 && position.line <= lines.len(),
        "{what}: line {} outside 1..={}",
        position.line,
        lines.len()
    );
    let width = lines[position.line - 1].chars().count();
    assert!(
        position.column >= 1 && position.column <= width + 1,
        "{what}: column {} outside 1..={} on line {}",
        position.column,
        width + 1,
        position.line
    );
}

/// Panics unless `pointer` is an RFC 6901 pointer (empty, or starting with
/// `/`, with `~` only in `~0`/`~1`).
pub fn assert_pointer(pointer: &str, what: &str) {
    assert!(
        pointer.is_empty() || pointer.starts_with('/'),
        "{what}: bad pointer {pointer:?}"
    );
    let mut chars = pointer.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            assert!(
                matches!(chars.next(), Some('0' | '1')),
                "{what}: bad escape in {pointer:?}"
            );
        }
    }
}
