//! The widget's own words, in Azerbaijani, English and Russian. Every string
//! a component shows comes from `az.json`, `en.json` or `ru.json` or from the
//! core's catalogue; none is written in a component. Azerbaijani is embedded;
//! the others are fetched when first chosen (`loader.rs`) and Azerbaijani
//! shows until they arrive. A missing key shows as the key itself, and a unit
//! test keeps the three files' keys identical.

use napcheck_core::Lang;
use std::cell::RefCell;
use std::collections::HashMap;

/// Azerbaijani, the default, is embedded; English and Russian are fetched
/// by `loader.rs` from `i18n/<lang>.json` when first chosen.
const AZ: &str = include_str!("az.json");

type Table = HashMap<String, String>;

thread_local! {
    /// The tables read so far, by language; leaked once each (three at most
    /// per release) so that `t` can hand out `&'static str`.
    static TABLES: RefCell<Vec<(Lang, &'static Table)>> = RefCell::new(initial());
}

fn read(text: &str) -> Option<Table> {
    napcheck_core::parse::from_str_unlocated(text).ok()
}

fn leak(table: Table) -> &'static Table {
    Box::leak(Box::new(table))
}

#[cfg(not(test))]
fn initial() -> Vec<(Lang, &'static Table)> {
    vec![(Lang::Az, leak(read(AZ).unwrap_or_default()))]
}

/// In unit tests every language is embedded.
#[cfg(test)]
fn initial() -> Vec<(Lang, &'static Table)> {
    Lang::ALL
        .iter()
        .map(|&l| (l, leak(read(tests::source(l)).unwrap_or_default())))
        .collect()
}

fn table(lang: Lang) -> Option<&'static Table> {
    TABLES.with(|t| t.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Whether the words of `lang` are here.
pub(crate) fn has(lang: Lang) -> bool {
    table(lang).is_some()
}

/// Where the words of `lang` are fetched from, relative to the page.
pub(crate) fn path(lang: Lang) -> String {
    format!("i18n/{lang}.json")
}

/// Keeps the fetched words of `lang`; `false` when `text` is not a table
/// with every key Azerbaijani has.
pub(crate) fn accept(lang: Lang, text: &str) -> bool {
    let Some(new) = read(text) else {
        return false;
    };
    let complete = table(Lang::Az).is_some_and(|az| az.keys().all(|k| new.contains_key(k)));
    if complete {
        TABLES.with(|t| {
            let mut tables = t.borrow_mut();
            tables.retain(|(l, _)| *l != lang);
            tables.push((lang, leak(new)));
        });
    }
    complete
}

/// The text of `key` in `lang`; in Azerbaijani while `lang`'s words load.
pub(crate) fn t(lang: Lang, key: &'static str) -> &'static str {
    table(lang)
        .or_else(|| table(Lang::Az))
        .and_then(|t| t.get(key))
        .map_or(key, String::as_str)
}

/// The text of `key` in `lang`, with each `{name}` replaced by its value.
pub(crate) fn tf(lang: Lang, key: &'static str, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A score as the reader sees it: `45%`, or the "not rated yet" wording.
pub(crate) fn score(lang: Lang, score: Option<f64>) -> String {
    match score {
        // Rounded as an integer: no float formatting code in the wasm.
        Some(s) => format!("{}%", s.round() as i64),
        None => t(lang, "score.none").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    pub(super) fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::Az => AZ,
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
    fn the_three_languages_have_the_same_keys() {
        let az = keys(Lang::Az);
        assert_eq!(az, keys(Lang::En), "az and en differ");
        assert_eq!(az, keys(Lang::Ru), "az and ru differ");
    }

    #[test]
    fn placeholders_are_filled() {
        let text = tf(
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
