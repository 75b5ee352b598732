//! The CLI tests, as data: each `tests/cmd/*.toml` runs `napcheck` with its
//! arguments in `tests/cmd/fixtures/` and compares the exit code and the
//! output with the `.stdout`/`.stderr` files next to it
//! (`TRYCMD=overwrite cargo test -p napcheck-cli --test cli` rewrites them).

#[test]
fn cli() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
