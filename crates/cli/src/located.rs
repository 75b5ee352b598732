//! One finding in a document read beside a command's main input, as a line
//! on standard error: the same in every command that refuses or warns about
//! such a document (report's left-out inputs, a round's manifest, a
//! `--crosswalk` file, a file `migrate` cannot migrate, a reply): `NAME:LINE:
//! COLUMN: SEVERITY: MESSAGE at POINTER [CODE]`, worded in the command's
//! language, and everything quoted from the input made safe for the terminal.

use crate::input::words as io_words;
use crate::terminal::escape;
use crate::validate::format::words::severity;
use napcheck_cli::check::outcome::Diagnostic;
use napcheck_core::{Lang, LocatedFinding, Position, Severity};

/// The line of one error at `position` of the document shown as `name`
/// (already escaped); `pointer` may be empty (a finding about the whole text).
pub(crate) fn error_line(
    name: &str,
    position: Position,
    message: &str,
    pointer: &str,
    code: &str,
    lang: Lang,
) -> String {
    line(
        name,
        position,
        Severity::Error,
        message,
        pointer,
        code,
        lang,
    )
}

/// [`error_line`] for a finding of any severity.
pub(crate) fn line(
    name: &str,
    position: Position,
    level: Severity,
    message: &str,
    pointer: &str,
    code: &str,
    lang: Lang,
) -> String {
    let at = if pointer.is_empty() {
        String::new()
    } else {
        format!(" {} {}", io_words::at(lang), escape(pointer))
    };
    format!(
        "{name}:{}:{}: {}: {}{at} [{}]",
        position.line,
        position.column,
        severity(lang, level),
        escape(message),
        escape(code)
    )
}

/// [`error_line`] of a diagnostic of the CLI's check.
pub(crate) fn diagnostic_line(name: &str, d: &Diagnostic, lang: Lang) -> String {
    error_line(name, d.position, &d.message, &d.pointer, &d.code, lang)
}

/// [`error_line`] of a finding of the core's check.
pub(crate) fn finding_line(name: &str, f: &LocatedFinding, lang: Lang) -> String {
    error_line(
        name,
        f.position,
        &f.finding.problem.message(lang),
        &f.finding.pointer,
        f.finding.code(),
        lang,
    )
}
