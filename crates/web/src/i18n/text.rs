//! Reading the widget's words: a key's text, with its `{name}`
//! placeholders filled, and a score in words. Shared with the on-demand
//! checker (`crates/web-checks` includes this file by path), so that the
//! summary view and the standalone HTML report it writes word everything
//! alike; each crate's `i18n::Words` gives `text(lang, key)`.

use crate::i18n::Words;
use napcheck_core::Lang;

/// The text of `key` in `lang` (the key itself when it has none).
pub(crate) fn t<'w>(words: &'w Words, lang: Lang, key: &'static str) -> &'w str {
    words.text(lang, key).unwrap_or(key)
}

/// The text of `key` in `lang`, with each `{name}` replaced by its value.
pub(crate) fn tf(words: &Words, lang: Lang, key: &'static str, args: &[(&str, &str)]) -> String {
    let mut text = t(words, lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A score as the reader sees it: `45%`, or the "not rated yet" wording.
pub(crate) fn score(words: &Words, lang: Lang, score: Option<f64>) -> String {
    match score {
        // Rounded as an integer: no float formatting code in the wasm.
        Some(s) => format!("{}%", s.round() as i64),
        None => t(words, lang, "score.none").to_owned(),
    }
}
