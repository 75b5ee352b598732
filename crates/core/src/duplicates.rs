//! Duplicate keys. JSON leaves two members with the same key in one object
//! undefined, and serde_json silently keeps the last one, so a file could
//! say one thing to a reader and another to napcheck. This pass finds every
//! repeated key, located at its second occurrence, so that nothing is
//! silently resolved.
//!
//! It walks text serde_json has already read (it is run after the parse)
//! with `crate::scan`: linear in the text, never failing on malformed
//! input (it reports the repeated keys it meets), and cheap on the valid
//! files that are most of what it sees: keys are borrowed from the text,
//! a small object's keys are searched without hashing, and a pointer is
//! rendered only for a repeat.

use crate::finding::{Finding, Problem};
use crate::pointer::positions;
use crate::scan::{walk, Container, Event};
use crate::LocatedFinding;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::ControlFlow;

/// The keys of one object, each with the offset of its first occurrence.
/// Most objects have a handful, found fastest by a linear search without
/// hashing; past [`Keys::SMALL`] they move to a hash map, so an object with
/// 100,000 keys stays linear too.
enum Keys<'a> {
    Few(Vec<(Cow<'a, str>, usize)>),
    Many(HashMap<Cow<'a, str>, usize>),
}

impl<'a> Keys<'a> {
    const SMALL: usize = 16;

    /// The offset of `key`'s first occurrence, if it was seen.
    fn first(&self, key: &str) -> Option<usize> {
        match self {
            Keys::Few(keys) => keys.iter().find(|(k, _)| k == key).map(|&(_, at)| at),
            Keys::Many(keys) => keys.get(key).copied(),
        }
    }

    fn insert(&mut self, key: Cow<'a, str>, at: usize) {
        match self {
            Keys::Few(keys) if keys.len() < Self::SMALL => keys.push((key, at)),
            Keys::Few(keys) => {
                let mut map: HashMap<_, _> = keys.drain(..).collect();
                map.insert(key, at);
                *self = Keys::Many(map);
            }
            Keys::Many(keys) => {
                keys.insert(key, at);
            }
        }
    }
}

/// A repeated key found by the walk, before it is placed in lines.
struct Repeat {
    pointer: String,
    key: String,
    first: usize,
    second: usize,
}

/// Every repeated key in `text`, in document order, each at the position of
/// its second (or later) occurrence, with the first one's position in the
/// problem. A leading byte order mark is skipped.
pub fn duplicate_keys(text: &str) -> Vec<LocatedFinding> {
    let repeats = scan(text);
    if repeats.is_empty() {
        return Vec::new();
    }
    let offsets: Vec<usize> = repeats.iter().flat_map(|r| [r.first, r.second]).collect();
    let places = positions(text, &offsets);
    repeats
        .into_iter()
        .zip(places.chunks_exact(2))
        .map(|(r, at)| LocatedFinding {
            position: at[1],
            finding: Finding::new(
                r.pointer,
                Problem::DuplicateKey {
                    key: r.key,
                    first: at[0],
                },
            ),
        })
        .collect()
}

fn scan(text: &str) -> Vec<Repeat> {
    // The keys of each open object, innermost last.
    let mut objects: Vec<Keys> = Vec::new();
    let mut out = Vec::new();
    // Inlined into the walk: most events are not keys and cost a call else.
    walk(
        text,
        #[inline(always)]
        |event, path| {
            match event {
                Event::Open(Container::Object) => objects.push(Keys::Few(Vec::new())),
                Event::Close(Container::Object) => {
                    objects.pop();
                }
                Event::Key(at) => {
                    if let (Some(keys), Some(key)) = (objects.last_mut(), path.key()) {
                        match keys.first(key) {
                            Some(first) => out.push(Repeat {
                                pointer: path.pointer(),
                                key: key.clone().into_owned(),
                                first,
                                second: at,
                            }),
                            None => keys.insert(key.clone(), at),
                        }
                    }
                }
                _ => {}
            }
            ControlFlow::Continue(())
        },
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, usize, usize, usize, usize)> {
        duplicate_keys(text)
            .into_iter()
            .map(|f| match f.finding.problem {
                Problem::DuplicateKey { first, .. } => (
                    f.finding.pointer,
                    f.position.line,
                    f.position.column,
                    first.line,
                    first.column,
                ),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn finds_repeated_keys_at_their_second_occurrence() {
        let text = "{\"a\": 1,\n \"b\": [{\"x\": 1, \"x\": 2}],\n \"a\": 3}";
        assert_eq!(
            found(text),
            [
                ("/b/0/x".to_owned(), 2, 17, 2, 9),
                ("/a".to_owned(), 3, 2, 1, 2)
            ]
        );
    }

    #[test]
    fn keys_mean_their_unescaped_text() {
        assert_eq!(found("{\"a\": 1, \"\\u0061\": 2}").len(), 1);
        assert_eq!(found("{\"a/b\": {\"k\": 1, \"k\": 2}}")[0].0, "/a~1b/k");
    }

    #[test]
    fn values_and_other_objects_are_not_keys() {
        assert!(found("{\"a\": \"a\", \"b\": {\"a\": 1}, \"c\": [\"a\", \"a\"]}").is_empty());
        assert!(found("[{\"a\": 1}, {\"a\": 2}]").is_empty());
    }

    #[test]
    fn columns_count_characters_not_the_bom() {
        assert_eq!(
            found("\u{feff}{\"ə\": 1, \"ə\": 2}"),
            [("/ə".to_owned(), 1, 10, 1, 2)]
        );
    }

    #[test]
    fn objects_with_many_keys_are_checked_past_the_small_search() {
        let keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k3\": 0, \"k99\": 0}}", keys.join(", "));
        let found: Vec<String> = found(&text).into_iter().map(|f| f.0).collect();
        assert_eq!(found, ["/k3", "/k99"]);
    }

    #[test]
    fn survives_malformed_and_deep_text() {
        for text in [
            "",
            "{",
            "{\"a",
            "}}]]",
            "{\"a\":1,\"a\"",
            "\"\\",
            "{,,,\"a\",\"a\"",
        ] {
            let _ = duplicate_keys(text);
        }
        let deep = "[".repeat(100_000) + "{\"k\":1,\"k\":2}" + &"]".repeat(100_000);
        assert_eq!(duplicate_keys(&deep).len(), 1);
    }
}
