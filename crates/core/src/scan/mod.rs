//! One walk over JSON text, for what napcheck reads from the text itself
//! rather than from the parsed value: where a pointer's value stands
//! (`pointer.rs`), which value a shape error is about (`error_path.rs`) and
//! which keys repeat (`duplicates.rs`). Each is a small visitor of the
//! [`Event`]s of one [`walk`], asking the [`Path`] for a pointer when it
//! needs one.
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
use std::ops::ControlFlow;
pub(crate) use tokens::Container;
use tokens::{contents, Kind, Tokens};

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

/// Walks the whole of `text` (after a leading byte order mark), calling
/// `visit` with each event and the path it is at until `visit` breaks.
pub(crate) fn walk<'a>(text: &'a str, visit: impl FnMut(Event, &Path<'a>) -> ControlFlow<()>) {
    walk_until(text, text.len(), visit);
}

/// [`walk`] over the tokens that start before byte `limit`; returns the
/// path where the walk ended.
pub(crate) fn walk_until<'a>(
    text: &'a str,
    limit: usize,
    mut visit: impl FnMut(Event, &Path<'a>) -> ControlFlow<()>,
) -> Path<'a> {
    let mut path = Path::default();
    // Whether the next string is a key: first in an object, and after each
    // of its commas.
    let mut expect_key = false;
    for token in Tokens::until(text, limit) {
        let in_object = matches!(path.slot(), Some(Slot::Key(_)));
        let event = match token.kind {
            Kind::Open(container) => {
                if visit(Event::Value(token.start), &path).is_break() {
                    break;
                }
                path.open(container);
                expect_key = container == Container::Object;
                Event::Open(container)
            }
            Kind::Close => {
                expect_key = false;
                match path.close() {
                    Some(container) => Event::Close(container),
                    None => continue,
                }
            }
            Kind::Comma if in_object => {
                expect_key = true;
                continue;
            }
            Kind::Comma => {
                path.next_element();
                continue;
            }
            Kind::Colon => Event::Colon,
            Kind::String { .. } if in_object && expect_key => {
                expect_key = false;
                path.set_key(contents(text, token));
                Event::Key(token.start)
            }
            Kind::String { .. } | Kind::Bare => Event::Value(token.start),
        };
        if visit(event, &path).is_break() {
            break;
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each event with the pointer the path names during it.
    fn events(text: &str) -> Vec<(Event, String)> {
        let mut out = Vec::new();
        walk(text, |event, path| {
            out.push((event, path.pointer()));
            ControlFlow::Continue(())
        });
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
        assert_eq!(events(text), expected);
    }

    #[test]
    fn the_innermost_container_has_its_own_pointer() {
        let text = r#"{"a": [{"k": 1"#;
        let path = walk_until(text, text.len(), |_, _| ControlFlow::Continue(()));
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
            let _ = events(text);
        }
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let mut count = 0;
        walk(&deep, |_, _| {
            count += 1;
            ControlFlow::Continue(())
        });
        assert_eq!(count, 300_000);
    }
}
