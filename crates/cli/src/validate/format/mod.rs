//! The output formats of `validate`. A reporter receives each outcome in
//! path order as soon as its batch is checked, and the summary at the end;
//! it writes as it goes and keeps nothing but counts.

mod github;
mod human;
pub(crate) mod json;
pub(crate) mod rules;
mod sarif;

use crate::args::Format;
use napcheck_cli::check::outcome::{Deny, Outcome, Summary};
use napcheck_core::Lang;
use std::io::{self, BufWriter, StdoutLock, Write};

/// Writes outcomes in one format.
pub(crate) trait Reporter {
    /// One input's outcome.
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// The totals; flushes the output.
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}

/// Buffered standard output.
pub(crate) type Out = BufWriter<StdoutLock<'static>>;

/// The reporter for `format`, writing to standard output; `deny` decides
/// which files are valid, `lang` the words of the text formats.
pub(crate) fn reporter(format: Format, deny: &Deny, lang: Lang) -> Box<dyn Reporter> {
    let out = BufWriter::new(io::stdout().lock());
    match format {
        Format::Human => Box::new(human::Human::new(out, deny.label(), lang)),
        Format::Json => Box::new(json::Json::new(out, deny.clone())),
        Format::Github => Box::new(github::Github::new(out, lang)),
        Format::Sarif => Box::new(sarif::Sarif::new(out)),
    }
}

/// The summary sentence shared by the text formats.
pub(crate) fn summary_line(summary: &Summary) -> String {
    let mut line = format!(
        "{} file{} checked: {} valid, {} invalid, {} finding{}",
        summary.files,
        plural(summary.files),
        summary.valid,
        summary.invalid,
        summary.findings,
        plural(summary.findings),
    );
    if summary.unreadable > 0 {
        line.push_str(&format!(", {} unreadable", summary.unreadable));
    }
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Flushes, treating a closed pipe (`napcheck … | head`) as success.
pub(crate) fn flush(out: &mut impl Write) -> io::Result<()> {
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
