//! Reading inputs, shared by `validate`, `score`, `report` and `review`:
//! expanding the paths given (`paths.rs`: walks, globs, the directories
//! searched), reading one input within `--max-size` (`read.rs`), and the
//! words about inputs in az/en/ru (`words.rs`).

pub(crate) mod paths;
pub(crate) mod read;
pub(crate) mod words;

pub(crate) use read::DEFAULT_MAX_SIZE;
