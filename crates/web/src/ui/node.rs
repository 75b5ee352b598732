//! Elements built directly on the DOM, without a virtual DOM: a builder that
//! sets attributes, text and children and hands back the element.

use wasm_bindgen::UnwrapThrowExt;
use web_sys::Element;

/// An element being built.
pub(crate) struct El(pub(crate) Element);

thread_local! {
    static DOCUMENT: web_sys::Document = gloo::utils::document();
}

/// A new HTML element.
pub(crate) fn el(tag: &str) -> El {
    El(DOCUMENT.with(|d| d.create_element(tag).unwrap_throw()))
}

/// A new SVG element.
pub(crate) fn svg(tag: &str) -> El {
    El(DOCUMENT.with(|d| {
        d.create_element_ns(Some("http://www.w3.org/2000/svg"), tag)
            .unwrap_throw()
    }))
}

impl El {
    /// Sets an attribute.
    pub(crate) fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when `on`.
    pub(crate) fn attr_if(self, on: bool, name: &str, value: &str) -> El {
        if on {
            self.attr(name, value)
        } else {
            self
        }
    }

    /// Appends text.
    pub(crate) fn text(self, text: &str) -> El {
        let node = DOCUMENT.with(|d| d.create_text_node(text));
        let _ = self.0.append_child(&node);
        self
    }

    /// Appends a child.
    pub(crate) fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends a child when there is one.
    pub(crate) fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Appends children.
    pub(crate) fn children(mut self, children: impl IntoIterator<Item = El>) -> El {
        for child in children {
            self = self.child(child);
        }
        self
    }

    /// What an action on it does (read by `events.rs`): a code, the
    /// criterion and a value.
    pub(crate) fn does(self, code: &str, criterion: &str, value: &str) -> El {
        self.attr("data-do", code)
            .attr_if(!criterion.is_empty(), "data-c", criterion)
            .attr_if(!value.is_empty(), "data-v", value)
    }

    /// A button of type "button".
    pub(crate) fn button(text: &str) -> El {
        el("button").attr("type", "button").text(text)
    }
}
