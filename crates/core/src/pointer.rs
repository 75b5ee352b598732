//! JSON pointers (RFC 6901): building them for findings, and finding the
//! line and column they point at in the original text.
//!
//! The locator is a small, allocation-free scanner rather than a crate: no
//! maintained crate maps a pointer back to a position in the source text
//! without building a whole spanned tree, and it runs only for documents
//! that have findings. It never panics on malformed text; it stops at the
//! deepest value it could reach.

use std::collections::HashMap;
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
/// counts characters, as editors do (a leading byte order mark, which
/// editors hide, is not one).
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
        // A leading byte order mark is invisible in an editor: no column.
        let bom = usize::from(line_start == 0 && before.starts_with('\u{feff}'));
        let column = before[line_start..].chars().count() + 1 - bom;
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

/// The positions of many pointers in one text, as [`locate`] would give
/// each, in time linear in the text plus the pointers: every container on
/// the way is indexed once (its children's offsets), so a document with
/// 100,000 findings is not scanned 100,000 times.
pub fn locate_many(text: &str, pointers: &[&str]) -> Vec<Position> {
    let mut index = Index {
        text,
        children: HashMap::new(),
    };
    let mut start = Scanner {
        bytes: text.as_bytes(),
        at: if text.starts_with('\u{feff}') { 3 } else { 0 },
    };
    start.skip_ws();
    let offsets: Vec<usize> = pointers
        .iter()
        .map(|pointer| index.offset(start.at, pointer))
        .collect();
    positions(text, &offsets)
}

/// The children of the containers met so far, by the container's offset.
struct Index<'a> {
    text: &'a str,
    children: HashMap<usize, Children>,
}

/// A container's children: the first value of each key, or each element.
enum Children {
    Object(HashMap<String, usize>),
    Array(Vec<usize>),
    Scalar,
}

impl Index<'_> {
    fn offset(&mut self, mut at: usize, pointer: &str) -> usize {
        for token in tokens(pointer) {
            let text = self.text;
            let children = self
                .children
                .entry(at)
                .or_insert_with(|| Children::read(text, at));
            let child = match children {
                Children::Object(keys) => keys.get(&token).copied(),
                Children::Array(items) => token
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| items.get(i).copied()),
                Children::Scalar => None,
            };
            match child {
                Some(child) => at = child,
                None => break,
            }
        }
        at
    }
}

impl Children {
    /// Reads the children of the value at `at` (as far as the text is
    /// well-formed; what follows a defect is left out, as `locate` does).
    fn read(text: &str, at: usize) -> Children {
        let mut s = Scanner {
            bytes: text.as_bytes(),
            at,
        };
        let container = s.peek();
        s.at += 1;
        let mut first = true;
        match container {
            Some(b'{') => {
                let mut keys = HashMap::new();
                while s.separator(first).is_some() {
                    first = false;
                    let Some((key, value)) = s.key(text) else {
                        break;
                    };
                    if let Some(key) = key {
                        keys.entry(key).or_insert(value);
                    }
                    if s.skip_value().is_none() {
                        break;
                    }
                }
                Children::Object(keys)
            }
            Some(b'[') => {
                let mut items = Vec::new();
                while s.separator(first).is_some() {
                    first = false;
                    if matches!(s.peek(), None | Some(b']')) {
                        break;
                    }
                    items.push(s.at);
                    if s.skip_value().is_none() {
                        break;
                    }
                }
                Children::Array(items)
            }
            _ => Children::Scalar,
        }
    }
}

/// The positions of byte `offsets` (in any order), in one pass over the text.
pub(crate) fn positions(text: &str, offsets: &[usize]) -> Vec<Position> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![Position { line: 1, column: 1 }; offsets.len()];
    let mut line = 1;
    let mut column = 1;
    let mut next = order.iter().peekable();
    for (offset, c) in text.char_indices() {
        while let Some(&&i) = next.peek() {
            if offsets[i] > offset {
                break;
            }
            out[i] = Position { line, column };
            next.next();
        }
        if next.peek().is_none() {
            return out;
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else if !(offset == 0 && c == '\u{feff}') {
            column += 1;
        }
    }
    for &i in next {
        out[i] = Position { line, column };
    }
    out
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

    /// Inside a container, before its next child: skips the comma that must
    /// separate it from the previous one; `None` when there is none.
    fn separator(&mut self, first: bool) -> Option<()> {
        self.skip_ws();
        if !first {
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
            self.skip_ws();
        }
        Some(())
    }

    /// At a member's key: reads it and its colon; returns the key (`None`
    /// inside when its escapes are not valid, so it matches nothing) and
    /// the offset of its value. `None` at a defect.
    fn key(&mut self, text: &str) -> Option<(Option<String>, usize)> {
        if self.peek()? != b'"' {
            return None;
        }
        let (start, end) = self.string()?;
        let raw = text.get(start..end)?;
        let key = if raw.contains('\\') {
            serde_json::from_str::<String>(&format!("\"{raw}\"")).ok()
        } else {
            Some(raw.to_owned())
        };
        self.skip_ws();
        if self.peek()? != b':' {
            return None;
        }
        self.at += 1;
        self.skip_ws();
        Some((key, self.at))
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
    fn many_pointers_land_where_each_would_alone() {
        let pointers = [
            "",
            "/a",
            "/list/0/x",
            "/list/1/x/1/deep",
            "/sl~0~1ash",
            "/list/7",
            "/missing",
            "/list/1/x/1/deep/more",
            "/a/b",
            "/list/x",
        ];
        let many = locate_many(DOC, &pointers);
        for (pointer, position) in pointers.iter().zip(many) {
            assert_eq!(locate(DOC, pointer), position, "{pointer}");
        }
        for text in [
            "{\"a\":1 \"b\":2}",
            "{,\"a\":1}",
            "[1 2]",
            "{\"\\x\":1,\"a\":[1,",
            "\u{feff} [0, [1]]",
        ] {
            for pointer in ["/a", "/b", "/0", "/1/0", "/\\x"] {
                assert_eq!(
                    locate_many(text, &[pointer])[0],
                    locate(text, pointer),
                    "{text} {pointer}"
                );
            }
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{feff}{\"a\": 1}";
        let expected = Position { line: 1, column: 7 };
        assert_eq!(locate(text, "/a"), expected);
        assert_eq!(locate_many(text, &["/a"]), [expected]);
        assert_eq!(
            Position::at_offset(text, 3),
            Position { line: 1, column: 1 }
        );
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
