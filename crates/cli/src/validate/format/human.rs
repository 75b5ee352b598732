//! The human format: findings grouped under their file, one per line with
//! `line:column`, severity, code, message and pointer; a summary line at
//! the end. Colored only when standard output is a terminal and `NO_COLOR`
//! is unset (anstream's detection; `CLICOLOR_FORCE` forces it). Every text
//! that comes from an input (its name, messages quoting it, pointers, read
//! errors) is escaped for the terminal first ([`crate::terminal::escape`]).

use super::words::{severity, summary_line};
use super::{flush, Reporter};
use crate::input::words as io_words;
use crate::terminal::escape;
use anstyle::{AnsiColor, Style};
use napcheck_cli::check::outcome::{Outcome, Summary};
use napcheck_core::{Lang, Severity};
use std::io::{self, Write};

/// The human reporter.
pub(crate) struct Human<W: Write> {
    out: W,
    color: bool,
    /// What `--deny-warnings` denies, said after the summary.
    denied: Option<String>,
    lang: Lang,
}

const PATH: Style = Style::new().bold().underline();
const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const DIM: Style = Style::new().dimmed();
const OK: Style = AnsiColor::Green.on_default().bold();

impl<W: Write> Human<W> {
    /// Writes to `out`, colored when the terminal allows.
    pub(crate) fn new(out: W, denied: Option<String>, lang: Lang) -> Self {
        let color = anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never;
        Human {
            out,
            color,
            denied,
            lang,
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }
}

impl<W: Write> Reporter for Human<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        if outcome.diagnostics.is_empty() && outcome.unreadable.is_none() {
            return Ok(());
        }
        writeln!(self.out, "{}", self.paint(PATH, &escape(&outcome.name)))?;
        if let Some(reason) = &outcome.unreadable {
            let label = self.paint(ERROR, severity(self.lang, Severity::Error));
            let cannot_read = io_words::cannot_read(self.lang);
            writeln!(
                self.out,
                "  {label}  {cannot_read}: {} [unreadable-input]",
                escape(reason)
            )?;
        }
        for d in &outcome.diagnostics {
            let label = match d.severity {
                Severity::Error => self.paint(ERROR, severity(self.lang, d.severity)),
                Severity::Warning => self.paint(WARNING, severity(self.lang, d.severity)),
            };
            let place = format!("{}:{}", d.position.line, d.position.column);
            let pointer = if d.pointer.is_empty() {
                String::new()
            } else {
                let at = io_words::at(self.lang);
                format!(
                    " {}",
                    self.paint(DIM, &format!("{at} {}", escape(&d.pointer)))
                )
            };
            writeln!(
                self.out,
                "  {place}  {label}  {}{pointer} {}",
                escape(&d.message),
                self.paint(DIM, &format!("[{}]", escape(&d.code))),
            )?;
        }
        writeln!(self.out)
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let failed = summary.invalid > 0 || summary.unreadable > 0;
        let style = if failed { ERROR } else { OK };
        let mark = if failed { "✗" } else { "✓" };
        let strict = match &self.denied {
            Some(denied) => format!(" ({denied})"),
            None => String::new(),
        };
        let line = format!("{mark} {}{strict}", summary_line(self.lang, summary));
        writeln!(self.out, "{}", self.paint(style, &line))?;
        flush(&mut self.out)
    }
}
