//! The widget's words as the checker gets them: the texts of the keys the
//! HTML report reads (`report::HTML_WORDS`, in the report's language), sent
//! by the widget, read through the widget's own lookup
//! (`crates/web/src/i18n/text.rs`, included by path at the crate root), so
//! that the HTML report words everything as the summary view does.

use crate::report::HTML_WORDS;
use napcheck_core::Lang;
use std::collections::HashMap;

pub(crate) use crate::i18n_text::{score, t, tf};

/// One language's words by key.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Words {
    table: HashMap<&'static str, String>,
}

impl Words {
    /// The texts of [`HTML_WORDS`], at the same places (a key without its
    /// text shows as the key, as in the widget).
    pub(crate) fn new(texts: Vec<String>) -> Words {
        Words {
            table: HTML_WORDS.into_iter().zip(texts).collect(),
        }
    }

    /// The text of `key` (the table is in the report's language).
    pub(crate) fn text(&self, _lang: Lang, key: &str) -> Option<&str> {
        self.table.get(key).map(String::as_str)
    }
}
