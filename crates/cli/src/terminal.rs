//! Text from input files made safe for a terminal or a CI log: every
//! control character (C0 such as ESC, CR and LF, DEL, C1 such as CSI) and
//! every invisible character that reorders or breaks lines (bidirectional
//! overrides and isolates, U+2028/U+2029) is shown as a Rust-style escape,
//! `\u{1b}`, so a file name, an id or a note can neither send escape
//! sequences (set the title, clear the screen, recolor) nor start a new line
//! that a terminal or a CI runner would read as its own (a forged
//! `::error` workflow command). Everything else, non-ASCII letters
//! included, is left as it is.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal as it is.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

/// Whether `text` has a byte that can start an unsafe character: a C0
/// control or DEL, 0xC2 (which starts every C1 control) or 0xE2 (which
/// starts the marks of U+2000..U+2FFF). A message of thousands of
/// Azerbaijani or Russian letters has none and is passed over as bytes.
fn may_be_unsafe(text: &str) -> bool {
    // Whole chunks without an early exit, which the compiler vectorizes.
    text.as_bytes().chunks(64).any(|chunk| {
        chunk.iter().fold(false, |found, &b| {
            found | (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2)
        })
    })
}

/// `text` with each unsafe character as `\u{hex}`; borrowed when clean.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !may_be_unsafe(text) || !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A message of several lines made by napcheck itself (a criteria set's
/// located refusals, say), each line escaped; a line that would start with
/// `::` (a workflow command, which the runner also reads on stderr) is
/// indented so it cannot be one.
pub(crate) fn escape_lines(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            let line = escape(line);
            if line.starts_with("::") {
                format!("  {line}")
            } else {
                line.into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_lines, unsafe_char};

    #[test]
    fn lines_are_kept_and_none_is_a_command() {
        assert_eq!(
            escape_lines("set x is invalid:\n  x:1:1: error\n::error::forged\u{1b}"),
            "set x is invalid:\n  x:1:1: error\n  ::error::forged\\u{1b}"
        );
    }

    #[test]
    fn control_and_reordering_characters_become_escapes() {
        assert_eq!(
            escape("\u{1b}]0;PWNED\u{7}\u{1b}[2J\n::error file=README.md::forged"),
            "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{a}::error file=README.md::forged"
        );
        assert_eq!(
            escape("a\rb\tc\u{7f}d\u{9b}e"),
            "a\\u{d}b\\u{9}c\\u{7f}d\\u{9b}e"
        );
        assert_eq!(escape("x\u{202e}y\u{2028}z"), "x\\u{202e}y\\u{2028}z");
        assert!(matches!(
            escape("Binəqədi rayonu — İcra Hakimiyyəti"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn the_byte_test_passes_over_no_unsafe_character() {
        let mut buffer = [0; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if unsafe_char(c) {
                assert!(super::may_be_unsafe(c.encode_utf8(&mut buffer)), "{c:?}");
            }
        }
    }
}
