//! Typed parsing with located errors. A syntax error carries its line and
//! column; a shape error (missing field, wrong type, unknown field) carries
//! the JSON pointer of the offending value. The widget's import path uses
//! this directly, without a schema validator, and the schema-sync test keeps
//! the two in agreement.

use crate::finding::{Finding, Problem};
use crate::pointer::{push, Position};
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

/// A finding from parsing, with the position serde_json reported for
/// syntax errors (shape errors are located through their pointer).
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// The finding.
    pub finding: Finding,
    /// Where serde_json stopped, for syntax errors.
    pub position: Option<Position>,
}

/// The text without a leading byte order mark, which editors on Windows add.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses `text` (a leading BOM is ignored) into `T`.
// The error is a finding with its parameters; it is built once per document
// on the failure path, so its size costs nothing worth boxing for.
#[allow(clippy::result_large_err)]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let text = strip_bom(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| located(text, e))?;
    de.end().map_err(|e| syntax_error(text, &e))?;
    Ok(value)
}

/// A serde_json error met while reading text (syntax, a number out of
/// range, nesting beyond its recursion limit, trailing characters) as a
/// `json-syntax` finding at serde_json's line and column in `text` (the
/// text serde_json read).
pub fn syntax_error(text: &str, error: &serde_json::Error) -> ParseError {
    ParseError {
        finding: Finding::new(
            "",
            Problem::JsonSyntax {
                detail: detail(error),
            },
        ),
        position: Some(char_position(text, error.line(), error.column())),
    }
}

/// serde_json counts columns in bytes; a position counts characters. The
/// byte column is where serde_json stopped on `line`, so the character it
/// falls in is counted.
fn char_position(text: &str, line: usize, column: usize) -> Position {
    let line = line.max(1);
    let start = match line {
        1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut end = (start + column).min(line_end);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Position {
        line,
        column: text[start..end].chars().count().max(1),
    }
}

/// Reads an already parsed JSON value into `T`.
pub fn from_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, Finding> {
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

fn located(text: &str, error: serde_path_to_error::Error<serde_json::Error>) -> ParseError {
    let pointer = pointer_of(error.path());
    let inner = error.into_inner();
    if inner.is_data() {
        ParseError {
            finding: Finding::new(
                pointer,
                Problem::JsonShape {
                    detail: detail(&inner),
                },
            ),
            position: None,
        }
    } else {
        let position =
            (inner.line() > 0).then(|| char_position(text, inner.line(), inner.column()));
        ParseError {
            finding: Finding::new(
                "",
                Problem::JsonSyntax {
                    detail: detail(&inner),
                },
            ),
            position,
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
            Some(Position {
                line: 2,
                column: 13
            })
        );
        let error = from_str::<serde_json::Value>("\u{feff}[\"ə\" x]").unwrap_err();
        assert_eq!(error.position, Some(Position { line: 1, column: 6 }));
    }
}
