//! The github format: GitHub Actions workflow commands, which the runner
//! turns into annotations on the pull request's files. Values are first made
//! terminal-safe (control characters as `\u{1b}`-style escapes, see
//! [`crate::terminal`]), then percent-encoded as the runner expects (`%`, CR
//! and LF in messages; also `:` and `,` in properties), so no value can end
//! the line and start a workflow command of its own.

use super::words::summary_line;
use super::{flush, Reporter};
use crate::input::words as io_words;
use napcheck_cli::check::outcome::{Outcome, Summary};
use napcheck_core::{Lang, Severity};
use std::io::{self, Write};

/// The github reporter.
pub(crate) struct Github<W: Write> {
    out: W,
    lang: Lang,
}

impl<W: Write> Github<W> {
    /// Writes to `out`.
    pub(crate) fn new(out: W, lang: Lang) -> Self {
        Github { out, lang }
    }
}

/// Escapes a command's message.
pub(crate) fn escape_data(text: &str) -> String {
    crate::terminal::escape(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

impl<W: Write> Reporter for Github<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        let file = escape_property(&outcome.name);
        if let Some(reason) = &outcome.unreadable {
            writeln!(
                self.out,
                "::error file={file},title=unreadable-input::{}",
                escape_data(&format!(
                    "{}: {}: {reason}",
                    outcome.name,
                    io_words::cannot_read(self.lang)
                ))
            )?;
        }
        for d in &outcome.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let at = if d.pointer.is_empty() {
                String::new()
            } else {
                format!(" ({} {})", io_words::at(self.lang), d.pointer)
            };
            writeln!(
                self.out,
                "::{command} file={file},line={},col={},title={}::{}",
                d.position.line,
                d.position.column,
                escape_property(&d.code),
                escape_data(&format!("{}{at}", d.message)),
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        writeln!(self.out, "napcheck: {}", summary_line(self.lang, summary))?;
        flush(&mut self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        // CR and LF are shown as escapes first, so no line break is left
        // for the runner's own %0D/%0A rule.
        assert_eq!(escape_data("50% a\r\nb"), "50%25 a\\u{d}\\u{a}b");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        // ESC and a new line cannot reach the log raw.
        assert_eq!(
            escape_data("\u{1b}[2J\n::error::forged"),
            "\\u{1b}[2J\\u{a}::error::forged"
        );
    }
}
