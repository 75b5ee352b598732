//! The library side of `napcheck-cli`: the per-document check that
//! `napcheck validate` runs ([`check::document::check`]), exposed so that the
//! fuzz targets (`fuzz/`) and tests drive exactly the layers the command
//! runs. The command line itself is the `napcheck` binary (`main.rs`).

pub mod check;
