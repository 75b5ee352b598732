//! Reading one input, within `--max-size`: a file is refused as too large
//! from its size alone, standard input after at most that many bytes, so
//! memory stays bounded whatever is given. Text that is not UTF-8 is
//! refused at its first bad byte. Anything that is not a regular file (a
//! FIFO, a device) is not opened, so a read cannot block forever.

use super::paths::Input;
use super::words::Unreadable;
use napcheck_cli::check::document::diagnostic;
use napcheck_cli::check::outcome::Diagnostic;
use napcheck_core::{Finding, Lang, LocatedFinding, Position, Problem};
use std::io::Read as _;

/// The default of `--max-size`: 32 MiB, a thousand times a large assessment.
pub(crate) const DEFAULT_MAX_SIZE: u64 = 32 * 1024 * 1024;

/// What reading an input gives.
pub(crate) enum Read {
    /// The text.
    Text(String),
    /// The input is refused with a located diagnostic (too large, not
    /// UTF-8): an invalid assessment.
    Refused(Diagnostic),
    /// The input cannot be read, and why.
    Unreadable(Unreadable),
}

/// Reads `input`, refusing more than `max` bytes.
pub(crate) fn read(input: &Input, max: u64, lang: Lang) -> Read {
    let bytes = match input {
        Input::Stdin => {
            limited(std::io::stdin().lock(), max, 0).map_err(|e| Unreadable::from_io(&e))
        }
        Input::File(path) => match std::fs::metadata(path) {
            Err(e) => Err(Unreadable::from_io(&e)),
            Ok(meta) if meta.is_dir() => Err(Unreadable::Directory),
            Ok(meta) if !meta.is_file() => Err(Unreadable::NotRegular),
            Ok(meta) if meta.len() > max => return Read::Refused(too_large(max, lang)),
            Ok(meta) => std::fs::File::open(path)
                .and_then(|file| limited(file, max, meta.len()))
                .map_err(|e| Unreadable::from_io(&e)),
        },
        Input::Missing { reason, .. } | Input::Unwalkable { reason, .. } => Err(reason.clone()),
    };
    match bytes {
        Err(reason) => Read::Unreadable(reason),
        Ok(None) => Read::Refused(too_large(max, lang)),
        Ok(Some(bytes)) => match String::from_utf8(bytes) {
            Ok(text) => Read::Text(text),
            Err(e) => Read::Refused(not_utf8(e.as_bytes(), e.utf8_error(), lang)),
        },
    }
}

/// At most `max` bytes of `source`; `None` when there are more. `expected`
/// (the file's size) sizes the buffer once, so a file is read in one call.
fn limited(
    source: impl std::io::Read,
    max: u64,
    expected: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    let capacity = usize::try_from(expected.min(max).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    source.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

fn too_large(max: u64, lang: Lang) -> Diagnostic {
    let finding = Finding::new("", Problem::TooLarge { max });
    let position = Position { line: 1, column: 1 };
    diagnostic(LocatedFinding { finding, position }, lang)
}

/// JSON text is UTF-8 (RFC 8259): the first bad byte is a syntax error
/// (`napcheck_core::parse::not_utf8`, which the widget's import uses too).
fn not_utf8(bytes: &[u8], error: std::str::Utf8Error, lang: Lang) -> Diagnostic {
    diagnostic(napcheck_core::parse::not_utf8(bytes, error), lang)
}
