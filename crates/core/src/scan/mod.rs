//! One walk over JSON text, for what napcheck reads from the text itself
//! rather than from the parsed value: where a pointer's value stands
//! (`pointer.rs`), which value a shape error is about (`error_path.rs`) and
//! which keys repeat (`duplicates.rs`). Each is a small loop over the
//! [`Event`]s of a [`Walk`], asking its [`Path`] for a pointer when it needs
//! one.
//!
//! Hand-written rather than a crate, for the widget's size: serde_json
//! gives no offsets and keeps only the last of two equal keys, and a
//! spanned-tree crate would build a tree the consumers do not need. The
//! walk is iterative (nesting depth cannot overflow the stack), linear in
//! the text, and lenient: it follows brackets, commas and keys without
//! checking the grammar, so malformed text never makes it fail; it reports
//! what it meets.

mod path;
mod tokens;

pub(crate) use path::{Path, Slot};
pub(crate) use tokens::Container;
use tokens::{unescape, Kind, Tokens};

/// What the walk met, with the offset where it starts. During an event the
/// path names the value (or, for a key, the member) it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    /// A value starts: a scalar, or a container whose [`Event::Open`]
    /// follows.
    Value(usize),
    /// The container just met opens: the path ends inside it, before its
    /// first member or at its element 0.
    Open(Container),
    /// The innermost container closes; the path names it again.
    Close(Container),
    /// A member's key (its opening quote): the path names its value.
    Key(usize),
    /// The colon between a key and its value.
    Colon,
}

/// The events of a text, in order, and the path they are at.
pub(crate) struct Walk<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    path: Path<'a>,
    /// Whether the next string is a key: first in an object, and after each
    /// of its commas.
    expect_key: bool,
    /// The container whose [`Event::Value`] was the last event; the next
    /// call opens it.
    opening: Option<Container>,
}

impl<'a> Walk<'a> {
    /// The walk of the whole of `text` (after a leading byte order mark).
    pub(crate) fn new(text: &'a str) -> Self {
        Walk::until(text, text.len())
    }

    /// The walk of the tokens of `text` that start before byte `limit`.
    pub(crate) fn until(text: &'a str, limit: usize) -> Self {
        Walk {
            text,
            tokens: Tokens::until(text, limit),
            path: Path::default(),
            expect_key: false,
            opening: None,
        }
    }

    /// Where the walk is.
    pub(crate) fn path(&self) -> &Path<'a> {
        &self.path
    }
}

impl Iterator for Walk<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        if let Some(container) = self.opening.take() {
            self.path.open(container);
            self.expect_key = container == Container::Object;
            return Some(Event::Open(container));
        }
        loop {
            let token = self.tokens.next()?;
            let in_object = matches!(self.path.slot(), Some(Slot::Key(_)));
            return Some(match token.kind {
                Kind::Open(container) => {
                    self.opening = Some(container);
                    Event::Value(token.start)
                }
                Kind::Close => {
                    self.expect_key = false;
                    match self.path.close() {
                        Some(container) => Event::Close(container),
                        None => continue,
                    }
                }
                Kind::Comma if in_object => {
                    self.expect_key = true;
                    continue;
                }
                Kind::Comma => {
                    self.path.next_element();
                    continue;
                }
                Kind::Colon => Event::Colon,
                Kind::String if in_object && self.expect_key => {
                    self.expect_key = false;
                    let contents = &self.text[token.start + 1..token.end - 1];
                    self.path.set_key(unescape(contents));
                    Event::Key(token.start)
                }
                Kind::String | Kind::Bare => Event::Value(token.start),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each event with the pointer the path names during it.
    fn walk(text: &str) -> Vec<(Event, String)> {
        let mut walk = Walk::new(text);
        let mut out = Vec::new();
        while let Some(event) = walk.next() {
            out.push((event, walk.path().pointer()));
        }
        out
    }

    #[test]
    fn names_each_value_by_its_pointer() {
        use Container::*;
        use Event::*;
        let text = r#"{"a": [1, {"b/~": null}], "c": 2}"#;
        let expected = [
            (Value(0), ""),
            (Open(Object), ""),
            (Key(1), "/a"),
            (Colon, "/a"),
            (Value(6), "/a"),
            (Open(Array), "/a/0"),
            (Value(7), "/a/0"),
            (Value(10), "/a/1"),
            (Open(Object), "/a/1"),
            (Key(11), "/a/1/b~1~0"),
            (Colon, "/a/1/b~1~0"),
            (Value(18), "/a/1/b~1~0"),
            (Close(Object), "/a/1"),
            (Close(Array), "/a"),
            (Key(26), "/c"),
            (Colon, "/c"),
            (Value(31), "/c"),
            (Close(Object), ""),
        ];
        let expected: Vec<(Event, String)> =
            expected.iter().map(|&(e, p)| (e, p.to_owned())).collect();
        assert_eq!(walk(text), expected);
    }

    #[test]
    fn the_innermost_container_has_its_own_pointer() {
        let text = r#"{"a": [{"k": 1"#;
        let mut walk = Walk::new(text);
        walk.by_ref().for_each(drop);
        let path = walk.path();
        assert_eq!(path.pointer(), "/a/0/k");
        assert_eq!(path.pointer_to(path.depth() - 1), "/a/0");
        assert_eq!(path.key().map(|k| k.as_ref()), Some("k"));
    }

    #[test]
    fn malformed_and_deep_text_is_walked_without_failing() {
        for text in [
            "",
            "}}]]",
            "{,,,\"a\",\"a\"",
            "[1 2 {\"x\" 3}",
            "\"\\",
            "{\"a",
        ] {
            let _ = walk(text);
        }
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(Walk::new(&deep).count(), 300_000);
    }
}
