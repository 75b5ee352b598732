//! Failures that stop a command before or outside its normal report: bad
//! options, unreadable criteria files, broken output. They print to
//! standard error, after [`error_prefix`], and end with exit code 2. A
//! failure that arises where no language is at hand (a broken output,
//! converted by `?`) is worded in the command's `--lang`, which `main` sets
//! once with [`speak`] before the command runs.

use napcheck_core::Lang;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The command's language, set once by `main`.
static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of failures that are not given one (once per run).
pub(crate) fn speak(lang: Lang) {
    let _ = LANG.set(lang);
}

/// Whether the output's reader went away (`napcheck report … | head`).
static PIPE_CLOSED: AtomicBool = AtomicBool::new(false);

/// Whether a write failed because the reader closed the pipe: `main` then
/// ends quietly with success, as `validate` does and as `cat … | head`
/// does, instead of reporting a failure nobody asked for.
pub(crate) fn pipe_closed() -> bool {
    PIPE_CLOSED.load(Ordering::Relaxed)
}

/// The language set by [`speak`], English before it.
fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

/// What starts the line of a failure on standard error, in the command's
/// language: `napcheck: error: ` in English.
pub(crate) fn error_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "napcheck: xəta: ",
        Lang::En => "napcheck: error: ",
        Lang::Ru => "napcheck: ошибка: ",
    }
}

/// A failure with the message to show.
#[derive(Debug)]
pub(crate) struct Failure(pub(crate) String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            PIPE_CLOSED.store(true, Ordering::Relaxed);
        }
        Failure(match lang() {
            Lang::Az => format!("çıxış yazıla bilmir: {error}"),
            Lang::En => format!("cannot write the output: {error}"),
            Lang::Ru => format!("не удаётся записать вывод: {error}"),
        })
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Self {
        Failure(match lang() {
            Lang::Az => format!("JSON yazıla bilmir: {error}"),
            Lang::En => format!("cannot write JSON: {error}"),
            Lang::Ru => format!("не удаётся записать JSON: {error}"),
        })
    }
}
