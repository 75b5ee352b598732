//! The checks of one field of an answer, as a citizen records it. The
//! observation: the type is the criterion's, options are listed and ticked
//! once, counts are whole numbers within the criterion's range ("20 of the
//! last 10" is refused), links are http(s), a date (or a month) is not after
//! the day of the check. An evidence link: http(s), of a bounded length; a note: at
//! most [`NOTE_MAX_CHARS`] characters. [`crate::check`] runs them on every
//! answer of a document, [`crate::evaluate`] rates only an observation that
//! passes them, and the widget runs them on a field as it is typed, so the
//! three never disagree.

use crate::assessment::Observation;
use crate::criteria::{Criterion, ObservationSpec};
use crate::day::Day;
use crate::finding::{Finding, Problem};
use crate::month::DayOrMonth;
use crate::url::is_http_url;

/// The most characters a note may have; the widget counts down to it.
pub const NOTE_MAX_CHARS: usize = 10_000;
/// The most characters a link (an evidence link, the site's address) may have.
pub const LINK_MAX_CHARS: usize = 2_000;

/// The findings of a note (pointer `""`): longer than [`NOTE_MAX_CHARS`].
pub fn check_note(note: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    check_length(note, (0, NOTE_MAX_CHARS), String::new, &mut out);
    out
}

/// The findings of one evidence link (pointer `""`): not http(s), empty, or
/// longer than [`LINK_MAX_CHARS`].
pub fn check_link(link: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if !is_http_url(link) {
        out.push(Finding::new(
            "",
            Problem::NotHttpUrl {
                url: link.to_owned(),
            },
        ));
    }
    check_length(link, (1, LINK_MAX_CHARS), String::new, &mut out);
    out
}

/// A text's length in characters within `(min, max)`; the pointer is only
/// built for a finding.
pub(crate) fn check_length(
    text: &str,
    (min, max): (usize, usize),
    at: impl FnOnce() -> String,
    out: &mut Vec<Finding>,
) {
    // Counting stops past the limit, so a 10 MB text costs no more than a long one.
    let length = text.chars().take(max + 1).count();
    if length < min || length > max {
        let length = if length > max {
            text.chars().count()
        } else {
            length
        };
        out.push(Finding::new(at(), Problem::TextLength { length, min, max }));
    }
}

/// Every finding of `observation` recorded for `criterion` on a check made
/// on `check_day` (the assessment's `checked_on`; in the widget, normally
/// today). Pointers are relative to the observation object (`/type`,
/// `/value`, `/value/2`); each finding names the criterion
/// ([`Finding::criterion`]). Empty when the observation can be rated.
pub fn check_observation(
    criterion: &Criterion,
    observation: &Observation,
    check_day: Day,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let fits = matches!(
        (&criterion.observation, observation),
        (_, Observation::NotApplicable | Observation::NotAssessable)
            | (ObservationSpec::YesNo, Observation::YesNo(_))
            | (ObservationSpec::Choice { .. }, Observation::Choice(_))
            | (ObservationSpec::Choices { .. }, Observation::Choices(_))
            | (ObservationSpec::Count { .. }, Observation::Count(_))
            | (
                ObservationSpec::Date,
                Observation::Date(_) | Observation::Month(_)
            )
            | (
                ObservationSpec::Urls,
                Observation::Urls(_) | Observation::Accounts(_)
            )
    );
    if !fits {
        out.push(Finding::new(
            "/type",
            Problem::WrongObservationType {
                id: criterion.id.clone(),
                expected: criterion.observation.observation_type(),
                found: observation.observation_type(),
            },
        ));
        return about(out, criterion);
    }
    let options = criterion.observation.options();
    let listed = |option: &str| options.iter().any(|o| o.id == option);
    let unknown = |option: &str| Problem::UnknownOption {
        id: criterion.id.clone(),
        option: option.to_owned(),
        allowed: options.iter().map(|o| o.id.clone()).collect(),
    };
    match observation {
        Observation::Choice(option) if !listed(option) => {
            out.push(Finding::new("/value", unknown(option)));
        }
        Observation::Choices(ticked) => {
            for (j, option) in ticked.iter().enumerate() {
                if !listed(option) {
                    out.push(Finding::new(format!("/value/{j}"), unknown(option)));
                } else if ticked[..j].contains(option) {
                    out.push(Finding::new(
                        format!("/value/{j}"),
                        Problem::RepeatedOption {
                            option: option.clone(),
                        },
                    ));
                }
            }
        }
        Observation::Count(value) => {
            if let ObservationSpec::Count { max: Some(max), .. } = criterion.observation {
                if *value > max {
                    out.push(Finding::new(
                        "/value",
                        Problem::CountAboveMaximum { value: *value, max },
                    ));
                }
            }
        }
        Observation::Urls(urls) => {
            for (j, url) in urls.iter().enumerate() {
                if !is_http_url(url) {
                    out.push(Finding::new(
                        format!("/value/{j}"),
                        Problem::NotHttpUrl { url: url.clone() },
                    ));
                }
            }
        }
        Observation::Accounts(accounts) => {
            for (j, account) in accounts.iter().enumerate() {
                match &account.url {
                    Some(url) if !is_http_url(url) => out.push(Finding::new(
                        format!("/value/{j}/url"),
                        Problem::NotHttpUrl { url: url.clone() },
                    )),
                    _ => {}
                }
            }
        }
        Observation::Month(month) if month.first_day() > check_day => out.push(Finding::new(
            "/value",
            Problem::DateAfterCheck {
                date: DayOrMonth::Month(*month),
                checked_on: check_day,
            },
        )),
        Observation::Date(day) if *day > check_day => out.push(Finding::new(
            "/value",
            Problem::DateAfterCheck {
                date: DayOrMonth::Day(*day),
                checked_on: check_day,
            },
        )),
        _ => {}
    }
    about(out, criterion)
}

fn about(findings: Vec<Finding>, criterion: &Criterion) -> Vec<Finding> {
    findings
        .into_iter()
        .map(|f| f.about(criterion.id.clone()))
        .collect()
}

/// The count a citizen typed, read strictly: digits only, surrounding spaces
/// ignored. `-5`, `3.7`, `1e3`, `12 items` and an empty field are refused
/// with `not-a-whole-number` (pointer `/value`), so the field never shows one
/// number and scores another. The range is [`check_observation`]'s.
pub fn read_count(text: &str) -> Result<u64, Finding> {
    let digits = text.trim();
    let refused = || {
        Finding::new(
            "/value",
            Problem::NotAWholeNumber {
                text: text.to_owned(),
            },
        )
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(refused());
    }
    digits.parse().map_err(|_| refused())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_and_links_have_their_limits() {
        assert!(check_note(&"a".repeat(NOTE_MAX_CHARS)).is_empty());
        let long = check_note(&"ə".repeat(62_400));
        assert_eq!(long.len(), 1);
        assert_eq!(
            long[0].problem,
            Problem::TextLength {
                length: 62_400,
                min: 0,
                max: NOTE_MAX_CHARS
            }
        );
        assert!(check_link("https://example.gov.az/news").is_empty());
        let codes =
            |link: &str| -> Vec<&str> { check_link(link).iter().map(Finding::code).collect() };
        assert_eq!(codes("javascript:alert(1)"), ["not-http-url"]);
        assert_eq!(codes("facebook.com/x"), ["not-http-url"]);
        assert_eq!(codes(""), ["not-http-url", "text-length"]);
    }

    #[test]
    fn counts_are_read_strictly() {
        assert_eq!(read_count(" 12 "), Ok(12));
        assert_eq!(read_count("0"), Ok(0));
        for bad in [
            "-5",
            "3.7",
            "1e3",
            "",
            " ",
            "12 items",
            "+3",
            "99999999999999999999999",
        ] {
            let finding = read_count(bad).expect_err(bad);
            assert_eq!(finding.code(), "not-a-whole-number", "{bad}");
            assert_eq!(finding.pointer, "/value");
        }
    }
}
