//! Failures that stop a command before or outside its normal report: bad
//! options, unreadable criteria files, broken output. They print to
//! standard error, after [`error_prefix`], and end with exit code 2.

use napcheck_core::Lang;
use std::fmt;

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
        Failure(format!("cannot write the output: {error}"))
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Self {
        Failure(format!("cannot write JSON: {error}"))
    }
}
