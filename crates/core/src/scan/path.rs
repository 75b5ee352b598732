//! The path of the value a walk is at: one frame per open container, each
//! with the key or index it is at. It is kept as borrowed keys and numbers
//! and rendered as a JSON pointer only when a consumer asks.

use crate::pointer::push_token;
use crate::scan::tokens::Container;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Where a container is at: the key of an object's current member (`None`
/// before its first key), or the index of an array's current element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Slot<'a> {
    /// In an object.
    Key(Option<Cow<'a, str>>),
    /// In an array.
    Index(usize),
}

/// One frame a container, outermost first.
#[derive(Debug, Default)]
pub(crate) struct Path<'a> {
    frames: Vec<Slot<'a>>,
}

impl<'a> Path<'a> {
    /// How many containers are open.
    pub(crate) fn depth(&self) -> usize {
        self.frames.len()
    }

    /// The innermost container's slot, if any is open.
    pub(crate) fn slot(&self) -> Option<&Slot<'a>> {
        self.frames.last()
    }

    /// The key of the innermost object's current member.
    pub(crate) fn key(&self) -> Option<&Cow<'a, str>> {
        match self.frames.last() {
            Some(Slot::Key(key)) => key.as_ref(),
            _ => None,
        }
    }

    /// The pointer of the value the path is at.
    pub(crate) fn pointer(&self) -> String {
        self.pointer_to(self.depth())
    }

    /// The pointer of the value inside the `depth` outermost containers:
    /// `pointer_to(depth() - 1)` is the innermost container's own.
    pub(crate) fn pointer_to(&self, depth: usize) -> String {
        let mut out = String::new();
        for slot in &self.frames[..depth.min(self.frames.len())] {
            match slot {
                Slot::Key(Some(key)) => push_token(&mut out, key),
                Slot::Key(None) => {}
                Slot::Index(index) => {
                    let _ = write!(out, "/{index}");
                }
            }
        }
        out
    }

    pub(super) fn open(&mut self, container: Container) {
        self.frames.push(match container {
            Container::Object => Slot::Key(None),
            Container::Array => Slot::Index(0),
        });
    }

    /// Closes the innermost container; `None` when none is open.
    pub(super) fn close(&mut self) -> Option<Container> {
        self.frames.pop().map(|slot| match slot {
            Slot::Key(_) => Container::Object,
            Slot::Index(_) => Container::Array,
        })
    }

    /// After a comma: the next element of an array (an object's next key
    /// replaces the current one when it is read).
    pub(super) fn next_element(&mut self) {
        if let Some(Slot::Index(index)) = self.frames.last_mut() {
            *index += 1;
        }
    }

    pub(super) fn set_key(&mut self, key: Cow<'a, str>) {
        if let Some(Slot::Key(slot)) = self.frames.last_mut() {
            *slot = Some(key);
        }
    }
}
