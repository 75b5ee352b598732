//! Rating one observation by its criterion's declarative rule, once it has
//! passed the field checks ([`crate::check_observation`]).

use super::{Explanation, Outcome};
use crate::assessment::Observation;
use crate::criteria::{Criterion, Rule, Scale};
use crate::day::Day;
use crate::field::check_observation;
use crate::relevance::number;

/// An outcome that no rating can give: only an unvalidated set (a level or an
/// option the rule does not define) leads here.
fn unratable() -> (Outcome, Explanation) {
    (
        Outcome::NeedsCorrection {
            findings: Vec::new(),
        },
        Explanation::NeedsCorrection,
    )
}

/// Rates `observation` for `criterion`, checked on `checked_on`.
pub(super) fn rate(
    criterion: &Criterion,
    observation: &Observation,
    checked_on: Day,
    scale: &Scale,
) -> (Outcome, Explanation) {
    let findings = check_observation(criterion, observation, checked_on);
    if !findings.is_empty() {
        return (
            Outcome::NeedsCorrection { findings },
            Explanation::NeedsCorrection,
        );
    }
    let rated =
        |level: &str, explanation: Explanation| match scale.levels.iter().find(|l| l.id == level) {
            Some(l) => (
                Outcome::Rated {
                    level: l.id.clone(),
                    points: l.points,
                },
                explanation,
            ),
            None => unratable(),
        };
    match (&criterion.rule, observation) {
        (_, Observation::NotApplicable) => (Outcome::NotApplicable, Explanation::NotApplicable),
        (_, Observation::NotAssessable) => (Outcome::NotAssessable, Explanation::NotAssessable),
        (Rule::YesNo { yes, no }, Observation::YesNo(answer)) => {
            let level = if *answer { yes } else { no };
            rated(
                level,
                Explanation::YesNo {
                    answer: *answer,
                    level: level.clone(),
                },
            )
        }
        (Rule::OptionLevels { levels }, Observation::Choice(option)) => match levels.get(option) {
            Some(level) => rated(
                level,
                Explanation::Option {
                    option: option.clone(),
                    level: level.clone(),
                },
            ),
            None => unratable(),
        },
        (
            Rule::AtLeast {
                thresholds,
                otherwise,
            },
            observation,
        ) => {
            let Some(number) = number(observation) else {
                return unratable();
            };
            let met = thresholds.iter().find(|t| number >= t.at_least);
            let (level, bound) = match met {
                Some(t) => (&t.level, Some(t.at_least)),
                None => (otherwise, None),
            };
            let lowest = thresholds.last().map_or(0, |t| t.at_least);
            rated(
                level,
                Explanation::AtLeast {
                    number,
                    met: bound,
                    lowest,
                    level: level.clone(),
                },
            )
        }
        (
            Rule::DaysBeforeCheck {
                thresholds,
                otherwise,
            },
            Observation::Date(day),
        ) => {
            let days = day.days_until(checked_on).max(0).unsigned_abs();
            let met = thresholds.iter().find(|t| days <= t.at_most_days);
            let (level, bound) = match met {
                Some(t) => (&t.level, Some(t.at_most_days)),
                None => (otherwise, None),
            };
            let oldest = thresholds.last().map_or(0, |t| t.at_most_days);
            rated(
                level,
                Explanation::DaysBeforeCheck {
                    date: *day,
                    days,
                    within: bound,
                    oldest,
                    level: level.clone(),
                },
            )
        }
        _ => unratable(),
    }
}
