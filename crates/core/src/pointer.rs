//! JSON pointers (RFC 6901): building them for findings, and finding the
//! line and column they point at in the original text.
//!
//! The locator is a small, allocation-free scanner rather than a crate: no
//! maintained crate maps a pointer back to a position in the source text
//! without building a whole spanned tree, and it runs only for documents
//! that have findings. It never panics on malformed text; it stops at the
//! deepest value it could reach.

use std::fmt::Write as _;

/// Appends `token` to `pointer`, escaping `~` and `/`.
pub fn push(pointer: &str, token: impl std::fmt::Display) -> String {
    let mut out = String::with_capacity(pointer.len() + 8);
    out.push_str(pointer);
    out.push('/');
    let mut raw = String::new();
    let _ = write!(raw, "{token}");
    for c in raw.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// Splits a pointer into its unescaped tokens.
pub fn tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
}

/// A place in a text: line and column, both counted from 1; the column
/// counts characters, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text).
    pub fn at_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// The position of the value `pointer` designates in `text`, or of its
/// deepest existing ancestor when the value itself is missing.
pub fn locate(text: &str, pointer: &str) -> Position {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
    };
    if text.starts_with('\u{feff}') {
        scanner.at = 3;
    }
    scanner.skip_ws();
    let mut found = scanner.at;
    for token in tokens(pointer) {
        match scanner.enter(&token) {
            Some(at) => found = at,
            None => break,
        }
    }
    Position::at_offset(text, found)
}

/// Locates many pointers in one text, each distinct pointer once: the
/// findings of a document often share one (every unanswered criterion is
/// reported at `/answers`), and each location is a scan of the text.
pub struct Locator<'a> {
    text: &'a str,
    seen: std::collections::HashMap<String, Position>,
}

impl<'a> Locator<'a> {
    /// A locator for `text`.
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            seen: std::collections::HashMap::new(),
        }
    }

    /// The position of `pointer`, as [`locate`] gives it.
    pub fn locate(&mut self, pointer: &str) -> Position {
        if let Some(&position) = self.seen.get(pointer) {
            return position;
        }
        let position = locate(self.text, pointer);
        self.seen.insert(pointer.to_owned(), position);
        position
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// With the scanner at a value, moves to the child `token` and returns
    /// its offset; `None` (and the scanner anywhere) when there is none.
    fn enter(&mut self, token: &str) -> Option<usize> {
        match self.peek()? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let (start, end) = self.string()?;
                    let matches = key_equals(&self.bytes[start..end], token);
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    self.skip_ws();
                    if matches {
                        return Some(self.at);
                    }
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.at += 1,
                        _ => return None,
                    }
                }
            }
            b'[' => {
                let index: usize = token.parse().ok()?;
                self.at += 1;
                for i in 0.. {
                    self.skip_ws();
                    if self.peek()? == b']' {
                        return None;
                    }
                    if i == index {
                        return Some(self.at);
                    }
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.at += 1,
                        _ => return None,
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// Skips a string at the scanner; returns the byte range of its contents.
    fn string(&mut self) -> Option<(usize, usize)> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some((start, self.at - 1));
                }
                _ => self.at += 1,
            }
        }
    }

    /// Skips one value of any kind, iteratively (no recursion, so deep
    /// nesting cannot overflow the stack).
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.at += 1;
                    continue;
                }
                _ => {
                    while !matches!(
                        self.peek(),
                        None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':')
                    ) {
                        self.at += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

/// Whether the raw (still escaped) JSON key equals `token`.
fn key_equals(raw: &[u8], token: &str) -> bool {
    if !raw.contains(&b'\\') {
        return raw == token.as_bytes();
    }
    let quoted = [b"\"", raw, b"\""].concat();
    serde_json::from_slice::<String>(&quoted).is_ok_and(|key| key == token)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"x\": \"y\"},\n    {\"x\": [1, {\"deep\": true}]}\n  ],\n  \"sl~/ash\": \"é\"\n}";

    fn at(pointer: &str) -> (usize, usize) {
        let p = locate(DOC, pointer);
        (p.line, p.column)
    }

    #[test]
    fn finds_values_at_pointers() {
        assert_eq!(at(""), (1, 1));
        assert_eq!(at("/a"), (2, 8));
        assert_eq!(at("/list/0/x"), (4, 11));
        assert_eq!(at("/list/1/x/1/deep"), (5, 24));
        assert_eq!(at("/sl~0~1ash"), (7, 14));
    }

    #[test]
    fn stops_at_the_deepest_existing_ancestor() {
        assert_eq!(at("/list/7"), (3, 11));
        assert_eq!(at("/missing"), (1, 1));
        assert_eq!(at("/list/1/x/1/deep/more"), (5, 24));
    }

    #[test]
    fn survives_malformed_text() {
        for text in [
            "", "{", "[", "{\"a\"", "{\"a\":", "[1,", "\"", "{\"a\\", "}}}",
        ] {
            let _ = locate(text, "/a/0/b");
        }
    }

    #[test]
    fn escapes_tokens() {
        assert_eq!(push("/x", "a/b~c"), "/x/a~1b~0c");
        assert_eq!(tokens("/x/a~1b~0c").collect::<Vec<_>>(), ["x", "a/b~c"]);
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"ə\": \"ü\", \"b\": 2}";
        assert_eq!(
            locate(text, "/b"),
            Position {
                line: 1,
                column: 17
            }
        );
    }
}
