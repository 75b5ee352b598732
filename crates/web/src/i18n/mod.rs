//! The widget's own words, in Azerbaijani, English and Russian. Every string
//! a component shows comes from `az.json`, `en.json` or `ru.json` or from
//! the core's catalogue; none is written in a component. The tables are a
//! value held in the reducer's state ([`Words`], `State::words`):
//! Azerbaijani is compiled in (`build.rs` writes `az.json` as one string in
//! key order with offsets, so nothing is parsed on the main thread when the
//! page starts), the others are fetched when first chosen (`loader.rs`),
//! read by [`Words::read`] and arrive as an action; Azerbaijani shows until
//! they do. A missing key shows as the key itself, and a unit test keeps the
//! three files' keys identical.

use crate::catalogue::Shared;
use napcheck_core::Lang;
use std::cmp::Ordering;
use std::collections::HashMap;

mod text;
pub(crate) use text::{score, t, tf};

/// The Azerbaijani words, the default, as `build.rs` wrote them.
mod az {
    include!(concat!(env!("OUT_DIR"), "/az_words.rs"));
}

/// One fetched language's words by key.
pub(crate) type Table = HashMap<String, String>;

/// The words read so far: Azerbaijani, compiled in, and the languages
/// fetched (shared between states and props, compared by identity).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Words {
    tables: Vec<(Lang, Shared<Table>)>,
}

fn parse(text: &str) -> Option<Table> {
    crate::json::read(text)
}

/// The `i`-th of the Azerbaijani keys (`part` 0) or texts (`part` 1).
fn az_part(i: usize, part: usize) -> &'static str {
    let at = |n: usize| usize::from(az::BOUNDS[2 * i + n]);
    az::TEXT.get(at(part)..at(part + 1)).unwrap_or_default()
}

/// The number of Azerbaijani words.
const AZ_COUNT: usize = (az::BOUNDS.len() - 1) / 2;

/// The Azerbaijani text of `key` (the keys are in order: a binary search).
fn az(key: &str) -> Option<&'static str> {
    let (mut low, mut high) = (0, AZ_COUNT);
    while low < high {
        let middle = (low + high) / 2;
        match az_part(middle, 0).cmp(key) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(az_part(middle, 1)),
        }
    }
    None
}

impl Default for Words {
    /// On the page: Azerbaijani only.
    #[cfg(not(test))]
    fn default() -> Words {
        Words { tables: Vec::new() }
    }

    /// In unit tests English and Russian are embedded too.
    #[cfg(test)]
    fn default() -> Words {
        let tables = [Lang::En, Lang::Ru].into_iter().map(|l| {
            let table = parse(tests::source(l)).unwrap_or_default();
            (l, Shared::new(table))
        });
        Words {
            tables: tables.collect(),
        }
    }
}

impl Words {
    fn table(&self, lang: Lang) -> Option<&Table> {
        self.tables
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| &**t)
    }

    /// Whether the words of `lang` are here.
    pub(crate) fn has(&self, lang: Lang) -> bool {
        lang == Lang::Az || self.table(lang).is_some()
    }

    /// These words with `table` as `lang`'s.
    pub(crate) fn with(&self, lang: Lang, table: Shared<Table>) -> Words {
        let mut tables = self.tables.clone();
        tables.retain(|(l, _)| *l != lang);
        tables.push((lang, table));
        Words { tables }
    }

    /// Reads fetched words; `None` when `text` is not a table with every
    /// key Azerbaijani has.
    pub(crate) fn read(&self, text: &str) -> Option<Shared<Table>> {
        let new = parse(text)?;
        (0..AZ_COUNT)
            .all(|i| new.contains_key(az_part(i, 0)))
            .then(|| Shared::new(new))
    }
}

impl Words {
    /// The text of `key` in `lang`, in Azerbaijani while `lang`'s words
    /// load (what [`t`] reads).
    pub(crate) fn text(&self, lang: Lang, key: &str) -> Option<&str> {
        match self.table(lang).and_then(|t| t.get(key)) {
            Some(text) => Some(text),
            None => az(key),
        }
    }
}

/// Where the words of `lang` are fetched from, relative to the page.
pub(crate) fn path(lang: Lang) -> String {
    format!("i18n/{lang}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    pub(super) fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::Az => include_str!("az.json"),
            Lang::En => include_str!("en.json"),
            Lang::Ru => include_str!("ru.json"),
        }
    }

    fn keys(lang: Lang) -> BTreeSet<String> {
        let table: Table = serde_json::from_str(source(lang)).expect("valid JSON");
        for (key, value) in &table {
            assert!(!value.trim().is_empty(), "{lang}: {key} is blank");
        }
        table.into_keys().collect()
    }

    #[test]
    fn the_compiled_azerbaijani_words_are_az_json() {
        let table: Table = serde_json::from_str(source(Lang::Az)).expect("valid JSON");
        assert_eq!(AZ_COUNT, table.len());
        for (key, text) in &table {
            assert_eq!(az(key), Some(text.as_str()), "{key}");
        }
        assert_eq!(az("no.such.key"), None);
    }

    #[test]
    fn the_three_languages_have_the_same_keys() {
        let az = keys(Lang::Az);
        assert_eq!(az, keys(Lang::En), "az and en differ");
        assert_eq!(az, keys(Lang::Ru), "az and ru differ");
    }

    #[test]
    fn placeholders_are_filled() {
        let text = tf(
            &Words::default(),
            Lang::En,
            "progress.answered",
            &[("answered", "3"), ("applicable", "9")],
        );
        assert!(text.contains('3') && text.contains('9'), "{text}");
        assert!(!text.contains('{'), "{text}");
    }

    #[test]
    fn placeholders_match_across_languages() {
        let names = |lang: Lang| -> BTreeSet<(String, String)> {
            let table: Table = serde_json::from_str(source(lang)).expect("valid JSON");
            table
                .into_iter()
                .flat_map(|(key, value)| {
                    value
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
                        .map(move |n| (key.clone(), n))
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        assert_eq!(names(Lang::Az), names(Lang::En));
        assert_eq!(names(Lang::Ru), names(Lang::En));
    }
}
