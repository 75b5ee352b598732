//! The one interpreter of a crosswalk's conversions: an observation of an
//! older criterion becomes an observation of its counterpart, or nothing
//! when the conversion does not say what it becomes. "Not applicable" and
//! "could not be assessed" carry over as they are.

use super::model::Conversion;
use crate::assessment::Observation;
use crate::criteria::{ObservationSpec, NO, YES};
use crate::relevance::number;

/// `observation` converted for a counterpart observed as `to`; `None` when
/// the conversion does not cover it.
pub fn convert(
    conversion: &Conversion,
    observation: &Observation,
    to: &ObservationSpec,
) -> Option<Observation> {
    if matches!(
        observation,
        Observation::NotApplicable | Observation::NotAssessable
    ) {
        return Some(observation.clone());
    }
    match conversion {
        Conversion::Copy => Some(observation.clone()),
        Conversion::AtLeast { at_least } => {
            number(observation).map(|n| Observation::YesNo(n >= *at_least))
        }
        Conversion::Options { map } => {
            let answer = |key: &str| map.get(key).map(String::as_str);
            let single = match observation {
                Observation::YesNo(yes) => answer(if *yes { YES } else { NO }),
                Observation::Choice(option) => answer(option),
                Observation::Choices(ticked) => {
                    let mut out: Vec<String> = Vec::new();
                    for option in ticked {
                        let mapped = answer(option)?.to_owned();
                        if !out.contains(&mapped) {
                            out.push(mapped);
                        }
                    }
                    return Some(Observation::Choices(out));
                }
                _ => None,
            }?;
            match to {
                ObservationSpec::YesNo => match single {
                    YES => Some(Observation::YesNo(true)),
                    NO => Some(Observation::YesNo(false)),
                    _ => None,
                },
                _ => Some(Observation::Choice(single.to_owned())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn options(pairs: &[(&str, &str)]) -> Conversion {
        Conversion::Options {
            map: pairs
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    #[test]
    fn each_conversion_turns_what_it_names_and_nothing_else() {
        let choice = ObservationSpec::Choice { options: vec![] };
        let map = options(&[("menu", "yes"), ("absent", "no")]);
        let yes_no = ObservationSpec::YesNo;
        let c = |o: &str| Observation::Choice(o.into());
        assert_eq!(
            convert(&map, &c("menu"), &yes_no),
            Some(Observation::YesNo(true))
        );
        assert_eq!(
            convert(&map, &c("absent"), &yes_no),
            Some(Observation::YesNo(false))
        );
        assert_eq!(convert(&map, &c("search_only"), &yes_no), None);
        let map = options(&[("yes", "working"), ("no", "absent")]);
        assert_eq!(
            convert(&map, &Observation::YesNo(false), &choice),
            Some(c("absent"))
        );
        let map = options(&[("a", "x"), ("b", "x")]);
        let ticked = Observation::Choices(vec!["a".into(), "b".into()]);
        assert_eq!(
            convert(&map, &ticked, &choice),
            Some(Observation::Choices(vec!["x".into()]))
        );
        let partly = Observation::Choices(vec!["a".into(), "c".into()]);
        assert_eq!(convert(&map, &partly, &choice), None);
        let at_least = Conversion::AtLeast { at_least: 2 };
        assert_eq!(
            convert(&at_least, &Observation::Count(1), &yes_no),
            Some(Observation::YesNo(false))
        );
        assert_eq!(
            convert(
                &at_least,
                &Observation::Urls(vec!["https://a".into(), "https://b".into()]),
                &yes_no
            ),
            Some(Observation::YesNo(true))
        );
        assert_eq!(
            convert(&Conversion::Copy, &Observation::Count(7), &yes_no),
            Some(Observation::Count(7))
        );
        assert_eq!(
            convert(&map, &Observation::NotAssessable, &choice),
            Some(Observation::NotAssessable)
        );
    }
}
