//! The widget's own words, in Azerbaijani, English and Russian. Every string
//! a component shows comes from `az.json`, `en.json` or `ru.json` (embedded at
//! compile time) or from the core's catalogue; none is written in a
//! component. A missing key shows as the key itself, and a unit test keeps the
//! three files' keys identical.

use napcheck_core::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

const AZ: &str = include_str!("az.json");
const EN: &str = include_str!("en.json");
const RU: &str = include_str!("ru.json");

type Table = HashMap<String, String>;

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => AZ,
        Lang::En => EN,
        Lang::Ru => RU,
    }
}

fn table(lang: Lang) -> &'static Table {
    static TABLES: [OnceLock<Table>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::Az => &TABLES[0],
        Lang::En => &TABLES[1],
        Lang::Ru => &TABLES[2],
    };
    slot.get_or_init(|| napcheck_core::parse::from_str(source(lang)).unwrap_or_default())
}

/// The text of `key` in `lang`.
pub(crate) fn t(lang: Lang, key: &'static str) -> &'static str {
    table(lang).get(key).map_or(key, String::as_str)
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
        Some(s) => format!("{s:.0}%"),
        None => t(lang, "score.none").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

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
