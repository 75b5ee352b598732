//! Shared helpers of the cross-crate tests: where the repository's files
//! are, and comparing generated files with their committed copies.

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Whether the run may rewrite committed expectations (`NAPCHECK_BLESS=1`).
pub fn blessing() -> bool {
    std::env::var_os("NAPCHECK_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the committed file at `path` (relative to the
/// root); with `NAPCHECK_BLESS=1`, writes it instead.
pub fn assert_file(path: &str, actual: &str) {
    let full = root().join(path);
    if blessing() {
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
        }
        std::fs::write(&full, actual).unwrap_or_else(|e| panic!("write {}: {e}", full.display()));
        return;
    }
    let expected = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        expected == actual,
        "{path} is out of date with the code. Run `NAPCHECK_BLESS=1 cargo test -p napcheck-tests` and review the diff."
    );
}

/// The JSON files under `dir` (relative to the root), sorted.
pub fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("read {dir}: {e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Pretty JSON with a final newline, as every committed JSON file is written.
pub fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
