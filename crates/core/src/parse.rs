//! Typed parsing with located errors: every error is a [`LocatedFinding`].
//! A syntax error is placed at serde_json's line and column; a shape error
//! (missing field, wrong type, unknown field) carries the JSON pointer of the
//! offending value and is placed at it. The widget's import path uses
//! this directly, without a schema validator, and the schema-sync test keeps
//! the two in agreement.
//!
//! A shape error's pointer comes from serde_path_to_error with the default
//! feature `tracked-paths` (the CLI), or else from scanning the text up to
//! where serde_json stopped (`error_path.rs`, the widget: the tracking
//! instantiates a second copy of every type's deserializer). A test keeps the
//! two in agreement. Documents the program wrote itself (drafts, slices, the
//! body register, translation tables) need no pointer and go through
//! [`from_str_unlocated`].

use crate::finding::{Finding, Problem};
use crate::pointer::Position;
use crate::LocatedFinding;
use serde::de::DeserializeOwned;

/// The text without a leading byte order mark, which editors on Windows add.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses `text` (a leading BOM is ignored) into `T`; a shape error carries
/// the pointer of the offending value.
// The error is a finding with its parameters; it is built once per document
// on the failure path, so its size costs nothing worth boxing for.
#[allow(clippy::result_large_err)]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, LocatedFinding> {
    #[cfg(feature = "tracked-paths")]
    {
        tracked::from_str(text)
    }
    #[cfg(not(feature = "tracked-paths"))]
    {
        from_str_scanned(text)
    }
}

/// [`from_str`] with the pointer found by scanning the text.
#[allow(clippy::result_large_err)]
pub fn from_str_scanned<T: DeserializeOwned>(text: &str) -> Result<T, LocatedFinding> {
    let text = strip_bom(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut de).map_err(|error| {
        let pointer = if error.is_data() {
            let variant_key = error.to_string().starts_with("unknown variant");
            let stop = serde_offset(text, error.line(), error.column());
            crate::error_path::error_pointer(text, stop, variant_key)
        } else {
            String::new()
        };
        classify(text, pointer, error)
    })?;
    de.end().map_err(|e| syntax_error(text, &e))?;
    Ok(value)
}

/// Parses `text` (a leading BOM is ignored) into `T`, locating any error by
/// serde_json's line and column only (the finding's pointer is the root).
#[allow(clippy::result_large_err)]
pub fn from_str_unlocated<T: DeserializeOwned>(text: &str) -> Result<T, LocatedFinding> {
    let text = strip_bom(text);
    serde_json::from_str(text).map_err(|error| {
        let problem = if error.is_data() {
            Problem::JsonShape {
                detail: detail(&error),
            }
        } else {
            Problem::JsonSyntax {
                detail: detail(&error),
            }
        };
        let finding = Finding::new("", problem);
        match error.line() {
            0 => crate::pipeline::locate(text, finding),
            line => LocatedFinding {
                finding,
                position: char_position(text, line, error.column()),
            },
        }
    })
}

/// Parses `text` (a leading BOM is ignored) into `T`, or `None`: for a
/// reader that only needs the value and drops the error (the checker's
/// slices, the widget's native unit tests: in the browser the widget reads
/// the same way through `JSON.parse`), so that no finding, pointer scanner
/// or error wording is built, or linked into a wasm.
pub fn from_str_quiet<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(strip_bom(text)).ok()
}

/// Bytes that are not UTF-8 as the `json-syntax` error JSON text must give
/// (RFC 8259: JSON text is UTF-8), at the line and column of the first bad
/// byte: the CLI's reader and the widget's import refuse such a file alike,
/// where a lossy decoding would import replacement characters in silence.
pub fn not_utf8(bytes: &[u8], error: std::str::Utf8Error) -> LocatedFinding {
    let valid = error.valid_up_to().min(bytes.len());
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let byte = bytes.get(valid).copied().unwrap_or_default();
    LocatedFinding {
        finding: Finding::new(
            "",
            Problem::JsonSyntax {
                detail: format!("byte 0x{byte:02X} is not UTF-8; save the file as UTF-8"),
            },
        ),
        position: Position::at_offset(before, before.len()),
    }
}

/// A serde_json error met while reading text (syntax, a number out of
/// range, nesting beyond its recursion limit, trailing characters) as a
/// `json-syntax` finding at serde_json's line and column in `text` (the
/// text serde_json read).
pub fn syntax_error(text: &str, error: &serde_json::Error) -> LocatedFinding {
    LocatedFinding {
        finding: Finding::new(
            "",
            Problem::JsonSyntax {
                detail: detail(error),
            },
        ),
        position: char_position(text, error.line(), error.column()),
    }
}

/// The offset in `text` just past the last byte serde_json read, from its
/// `line` and `column` (the bytes it consumed on that line).
fn serde_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    (line_start + column).min(text.len())
}

/// serde_json counts columns in bytes; a position counts characters: the
/// position of the character serde_json stopped on (the last one it read).
fn char_position(text: &str, line: usize, column: usize) -> Position {
    let stop = serde_offset(text, line, column);
    let last_read = if column > 0 {
        stop.saturating_sub(1)
    } else {
        stop
    };
    Position::at_offset(text, last_read)
}

/// A finding for serde_json's `inner` error: a shape error placed at
/// `pointer`, or a syntax error at its line and column.
fn classify(text: &str, pointer: String, inner: serde_json::Error) -> LocatedFinding {
    if inner.is_data() {
        let finding = Finding::new(
            pointer,
            Problem::JsonShape {
                detail: detail(&inner),
            },
        );
        crate::pipeline::locate(text, finding)
    } else {
        let finding = Finding::new(
            "",
            Problem::JsonSyntax {
                detail: detail(&inner),
            },
        );
        match inner.line() {
            0 => crate::pipeline::locate(text, finding),
            line => LocatedFinding {
                finding,
                position: char_position(text, line, inner.column()),
            },
        }
    }
}

/// serde_json's message without its " at line L column C" tail, which the
/// finding's own location replaces.
fn detail(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The path-tracking parse (serde_path_to_error), for the CLI.
#[cfg(feature = "tracked-paths")]
pub mod tracked {
    use super::{classify, detail, strip_bom, syntax_error};
    use crate::finding::{Finding, Problem};
    use crate::pointer::push;
    use crate::LocatedFinding;
    use serde::de::DeserializeOwned;
    use serde_path_to_error::Segment;

    /// [`super::from_str`] with the pointer tracked while deserializing. A
    /// valid text is read once, without the bookkeeping; an invalid one is
    /// read again with its path tracked to locate the error.
    #[allow(clippy::result_large_err)]
    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, LocatedFinding> {
        let text = strip_bom(text);
        if let Ok(typed) = serde_json::from_str(text) {
            return Ok(typed);
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let value = serde_path_to_error::deserialize(&mut de)
            .map_err(|e| classify(text, pointer_of(e.path()), e.into_inner()))?;
        de.end().map_err(|e| syntax_error(text, &e))?;
        Ok(value)
    }

    /// Reads an already parsed JSON value into `T`; as in [`from_str`], the
    /// path is tracked only to locate a failure. (`text`, the value's text,
    /// serves the untracked build.)
    pub fn from_value<T: DeserializeOwned>(
        value: &serde_json::Value,
        _text: &str,
    ) -> Result<T, Finding> {
        if let Ok(typed) = T::deserialize(value) {
            return Ok(typed);
        }
        serde_path_to_error::deserialize(value).map_err(|e| {
            let pointer = pointer_of(e.path());
            Finding::new(
                pointer,
                Problem::JsonShape {
                    detail: detail(e.inner()),
                },
            )
        })
    }

    fn pointer_of(path: &serde_path_to_error::Path) -> String {
        let mut pointer = String::new();
        for segment in path.iter() {
            pointer = match segment {
                Segment::Seq { index } => push(&pointer, index),
                Segment::Map { key } => push(&pointer, key),
                Segment::Enum { .. } | Segment::Unknown => continue,
            };
        }
        pointer
    }
}

#[cfg(feature = "tracked-paths")]
pub use tracked::from_value;

/// Reads an already parsed JSON value into `T`; a failure's pointer is found
/// by scanning `text`, the value's text, as [`from_str_scanned`] does.
#[cfg(not(feature = "tracked-paths"))]
pub fn from_value<T: DeserializeOwned>(
    value: &serde_json::Value,
    text: &str,
) -> Result<T, Finding> {
    T::deserialize(value).map_err(|error| match from_str_scanned::<T>(text) {
        Err(located) => located.finding,
        Ok(_) => Finding::new(
            "",
            Problem::JsonShape {
                detail: detail(&error),
            },
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_count_columns_in_characters() {
        // serde_json says byte column 16 for the stray `x`; it is the 13th
        // character: `é`, `ü` and `ə` take two bytes each.
        let text = "{\n  \"é\": \"üə\" x}";
        let error = from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(
            error.position,
            Position {
                line: 2,
                column: 13
            }
        );
        let error = from_str::<serde_json::Value>("\u{feff}[\"ə\" x]").unwrap_err();
        assert_eq!(error.position, Position { line: 1, column: 6 });
    }
}
