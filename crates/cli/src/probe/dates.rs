//! Dates as news lists write them, in Azerbaijani, Russian and English:
//! `13.07.2018` (also `13 .07.2018`, `13/07/2018`), `2018-07-13`,
//! `13 iyul 2018`, `13 июля 2018`, `13 July 2018`, `July 13, 2018`.

use napcheck_core::Day;
use regex::Regex;
use std::sync::LazyLock;

/// Month names (lowercase) and their numbers: az, ru (genitive and
/// nominative), en (full and short).
const MONTHS: &[(&str, u8)] = &[
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("may", 5),
    ("iyun", 6),
    ("iyul", 7),
    ("avqust", 8),
    ("sentyabr", 9),
    ("oktyabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

fn month(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    let word = word.trim_end_matches('.');
    MONTHS.iter().find(|(m, _)| *m == word).map(|(_, n)| *n)
}

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2}) ?[./] ?(\d{1,2}) ?[./] ?((?:19|20)\d{2})\b").expect("regex")
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b").expect("regex"));
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\s+(\p{L}+\.?)\s*,?\s+((?:19|20)\d{2})").expect("regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{L}+\.?)\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b").expect("regex")
});

/// Every valid date in `text`, with the text it was written as.
pub(crate) fn find_all(text: &str) -> Vec<(Day, String)> {
    let mut found = Vec::new();
    let mut push = |y: &str, m: u8, d: &str, written: &str| {
        if let (Ok(y), Ok(d)) = (y.parse::<i32>(), d.parse::<u8>()) {
            if let Some(day) = Day::from_ymd(y, m, d) {
                found.push((day, written.to_owned()));
            }
        }
    };
    for c in NUMERIC.captures_iter(text) {
        if let Ok(m) = c[2].parse::<u8>() {
            push(&c[3], m, &c[1], &c[0]);
        }
    }
    for c in ISO.captures_iter(text) {
        if let Ok(m) = c[2].parse::<u8>() {
            push(&c[1], m, &c[3], &c[0]);
        }
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        if let Some(m) = month(&c[2]) {
            push(&c[3], m, &c[1], &c[0]);
        }
    }
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        if let Some(m) = month(&c[1]) {
            push(&c[3], m, &c[2], &c[0]);
        }
    }
    found
}

/// The newest date in `text` not after `today` (a date in the future is an
/// event announced, not news published).
pub(crate) fn newest(text: &str, today: Day) -> Option<(Day, String)> {
    find_all(text)
        .into_iter()
        .filter(|(day, _)| *day <= today)
        .max_by_key(|(day, _)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        text.parse().expect("day")
    }

    #[test]
    fn the_forms_of_the_three_languages_are_read() {
        let cases = [
            ("Son xəbər 13.07.2018", "2018-07-13"),
            (
                "The last information has been given in 13 .07.2018.",
                "2018-07-13",
            ),
            ("13 iyul 2018", "2018-07-13"),
            ("5 May 2018", "2018-05-05"),
            ("13 июля 2018 г.", "2018-07-13"),
            ("July 13, 2018", "2018-07-13"),
            ("Aug 1 2018", "2018-08-01"),
            ("<time datetime=\"2018-07-13\">", "2018-07-13"),
            ("13/07/2018", "2018-07-13"),
        ];
        for (text, expected) in cases {
            let found = find_all(text);
            assert_eq!(
                found.first().map(|(d, _)| *d),
                Some(day(expected)),
                "{text}"
            );
        }
        assert!(find_all("31.02.2018 99.99.2018 13 foo 2018 1 2 3").is_empty());
    }

    #[test]
    fn the_newest_date_ignores_the_future() {
        let text = "10.07.2018 · 13 iyul 2018 · 01.01.2030";
        assert_eq!(
            newest(text, day("2018-08-17")),
            Some((day("2018-07-13"), "13 iyul 2018".into()))
        );
    }
}
