//! JSON pointers (RFC 6901): building them for findings, and finding the
//! line and column they point at in the original text.
//!
//! Locating is one walk over the text (`crate::scan`) that follows every
//! pointer asked for at once; it runs only for documents that have
//! findings. It never panics on malformed text; a pointer whose value it
//! cannot reach lands on the deepest ancestor it reached.

use crate::scan::{walk, Event, Slot};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::ControlFlow;

/// Appends `token` to `pointer`, escaping `~` and `/`.
pub fn push(pointer: &str, token: impl std::fmt::Display) -> String {
    let mut raw = String::new();
    let _ = write!(raw, "{token}");
    let mut out = String::with_capacity(pointer.len() + raw.len() + 1);
    out.push_str(pointer);
    push_token(&mut out, &raw);
    out
}

/// Appends `/` and `token`, escaping `~` and `/`, to `pointer`.
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
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
        positions(text, &[offset])[0]
    }
}

/// The positions of byte `offsets` (in any order; each clamped to the text
/// and, inside a character, moved to its start), in one pass over the text.
pub(crate) fn positions(text: &str, offsets: &[usize]) -> Vec<Position> {
    let offsets: Vec<usize> = offsets
        .iter()
        .map(|&offset| {
            let mut offset = offset.min(text.len());
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            offset
        })
        .collect();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut out = vec![Position { line: 1, column: 1 }; offsets.len()];
    // From one offset to the next: its lines are counted as bytes, and its
    // characters only after its last line break (a leading byte order mark
    // is no column).
    let (mut line, mut column, mut done) = (1, 1, 0);
    for i in order {
        let segment = &text[done..offsets[i]];
        match segment.rfind('\n') {
            Some(last) => {
                line += segment.bytes().filter(|&b| b == b'\n').count();
                column = 1 + segment[last + 1..].chars().count();
            }
            None => {
                column += segment.chars().count();
                if done == 0 && segment.starts_with('\u{feff}') {
                    column -= 1;
                }
            }
        }
        done = offsets[i];
        out[i] = Position { line, column };
    }
    out
}

/// The position of the value `pointer` designates in `text`, or of its
/// deepest existing ancestor when the value itself is missing. Of two equal
/// keys in one object, the first is followed.
pub fn locate(text: &str, pointer: &str) -> Position {
    locate_many(text, &[pointer])[0]
}

/// The positions of many pointers in one text, as [`locate`] gives each, in
/// one walk over the text: a document with 100,000 findings is not scanned
/// 100,000 times.
pub fn locate_many(text: &str, pointers: &[&str]) -> Vec<Position> {
    let mut locator = Locator::new();
    let ends: Vec<usize> = pointers.iter().map(|p| locator.insert(p)).collect();
    locator.walk(text);
    let offsets: Vec<usize> = ends
        .iter()
        .map(|&node| locator.offset(node, text))
        .collect();
    positions(text, &offsets)
}

/// The pointers asked for, as a tree of their tokens (node 0 is the root
/// value), with the offset of each node's value once the walk has met it.
struct Locator {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    parent: usize,
    children: HashMap<String, usize>,
    /// How many of its children the walk has not met yet.
    waiting: usize,
    /// Where its value starts, once met (the first of two equal keys).
    at: Option<usize>,
}

impl Locator {
    /// Only the root, not met yet.
    fn new() -> Self {
        Locator {
            nodes: vec![Node::default()],
        }
    }

    /// Adds `pointer`'s nodes; returns its last.
    fn insert(&mut self, pointer: &str) -> usize {
        let mut node = 0;
        for token in tokens(pointer) {
            let parent = node;
            let next = self.nodes.len();
            node = *self.nodes[parent].children.entry(token).or_insert(next);
            if node == next {
                self.nodes.push(Node {
                    parent,
                    ..Node::default()
                });
                self.nodes[parent].waiting += 1;
            }
        }
        node
    }

    /// Walks `text`, meeting nodes: a value is a node's when its container's
    /// value is the parent node's and its key or index is the node's token.
    /// A node's children can only be met inside its value, which is entered
    /// once: the walk stops when it is inside no node still waiting for one.
    fn walk(&mut self, text: &str) {
        // The node of the value being read at each depth, if it is one.
        let mut trail: Vec<Option<usize>> = Vec::new();
        let mut index = String::new();
        walk(
            text,
            #[inline(always)]
            |event, path| {
                let Event::Value(at) = event else {
                    return ControlFlow::Continue(());
                };
                trail.resize(path.depth(), None);
                let node = match trail.last() {
                    None => Some(0),
                    Some(&parent) => parent
                        .zip(path.slot())
                        .and_then(|(parent, slot)| self.child(parent, slot, &mut index)),
                };
                // A value met again (a repeated key, a second top-level value)
                // is not followed.
                let node = node.filter(|&n| self.nodes[n].at.is_none());
                if let Some(n) = node {
                    self.nodes[n].at = Some(at);
                    if n != 0 {
                        let parent = self.nodes[n].parent;
                        self.nodes[parent].waiting -= 1;
                    }
                }
                trail.push(node);
                if trail.iter().flatten().any(|&n| self.nodes[n].waiting > 0) {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(())
                }
            },
        );
    }

    /// The child of `parent` at `slot`, if it is wanted.
    fn child(&self, parent: usize, slot: &Slot<'_>, index: &mut String) -> Option<usize> {
        let token = match slot {
            Slot::Key(key) => key.as_deref()?,
            Slot::Index(i) => {
                index.clear();
                let _ = write!(index, "{i}");
                index.as_str()
            }
        };
        self.nodes[parent].children.get(token).copied()
    }

    /// The offset of `node`'s value, or of its deepest ancestor met; the
    /// text's first token when not even the root was met.
    fn offset(&self, mut node: usize, text: &str) -> usize {
        loop {
            if let Some(at) = self.nodes[node].at {
                return at;
            }
            if node == 0 {
                let body = text.strip_prefix('\u{feff}').unwrap_or(text);
                let rest = body.trim_start_matches([' ', '\t', '\n', '\r']);
                return text.len() - rest.len();
            }
            node = self.nodes[node].parent;
        }
    }
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

    /// Counting every character one by one: what [`positions`] must give.
    /// An offset inside a character counts from that character's start.
    fn counted(text: &str, offset: usize) -> Position {
        let (mut line, mut column) = (1, 1);
        for (at, c) in text.char_indices() {
            if at + c.len_utf8() > offset {
                break;
            }
            if c == '\n' {
                line += 1;
                column = 1;
            } else if !(at == 0 && c == '\u{feff}') {
                column += 1;
            }
        }
        Position { line, column }
    }

    #[test]
    fn positions_agree_with_counting_every_character() {
        for text in [
            "",
            "\u{feff}{\"ə\": 1}",
            "\u{feff}\n\u{feff}x",
            "a\r\nbé\n\nüə x\n",
            "{\n  \"a\": [1,\n 2]\n}",
        ] {
            let offsets: Vec<usize> = (0..text.len() + 3).rev().collect();
            let got = positions(text, &offsets);
            for (offset, position) in offsets.into_iter().zip(got) {
                assert_eq!(position, counted(text, offset), "{text:?} at {offset}");
            }
        }
    }
}
