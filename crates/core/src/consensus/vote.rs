//! One assessor's answer to one criterion, kept small: the answer, the
//! number the median orders by, and the observation in a compact form from
//! which the consensus observation is written back. A body with a hundred
//! assessors keeps a few thousand of these, never the assessments.

use super::Answer;
use crate::assessment::{Account, Observation};
use crate::criteria::ObservationSpec;
use crate::day::Day;

/// One vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Vote {
    /// The answer.
    pub(super) answer: Answer,
    /// What the median orders by, and the mode's representative by.
    pub(super) key: i64,
    /// The observation, compact.
    pub(super) observation: Compact,
}

/// An observation without its texts where the set can give them back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Compact {
    YesNo(bool),
    /// The option's index in the criterion's options.
    Choice(u16),
    /// The ticked options' indices.
    Choices(Box<[u16]>),
    Count(u64),
    /// Days from the date to the day of its check (never negative, as the
    /// rule counts them).
    Age(i64),
    Urls(Box<[String]>),
    /// Accounts named by network (the number of them is the key).
    Accounts(Box<[Account]>),
    /// Not applicable, not assessable.
    None,
}

impl Vote {
    /// The vote of `observation`, answered `answer`, checked on `checked_on`.
    pub(super) fn new(
        answer: Answer,
        observation: &Observation,
        spec: &ObservationSpec,
        checked_on: Day,
    ) -> Vote {
        let index = |id: &str| {
            let at = spec.options().iter().position(|o| o.id == id).unwrap_or(0);
            u16::try_from(at).unwrap_or(u16::MAX)
        };
        let (key, observation) = match observation {
            Observation::YesNo(yes) => (i64::from(*yes), Compact::YesNo(*yes)),
            Observation::Choice(id) => {
                let i = index(id);
                (i64::from(i), Compact::Choice(i))
            }
            Observation::Choices(ids) => (
                len(ids.len()),
                Compact::Choices(ids.iter().map(|id| index(id)).collect()),
            ),
            Observation::Count(n) => (i64::try_from(*n).unwrap_or(i64::MAX), Compact::Count(*n)),
            Observation::Date(day) => {
                let age = day.days_until(checked_on).max(0);
                (age, Compact::Age(age))
            }
            // A month is rated from its first day, so it votes as that date.
            Observation::Month(month) => {
                let age = month.first_day().days_until(checked_on).max(0);
                (age, Compact::Age(age))
            }
            Observation::Urls(urls) => (len(urls.len()), Compact::Urls(urls.clone().into())),
            Observation::Accounts(accounts) => (
                len(accounts.len()),
                Compact::Accounts(accounts.clone().into()),
            ),
            Observation::NotApplicable | Observation::NotAssessable => (0, Compact::None),
        };
        Vote {
            answer,
            key,
            observation,
        }
    }

    /// The observation written back for a consensus checked on `checked_on`
    /// (a date keeps its age); `None` for the unscored answers.
    pub(super) fn observation(
        &self,
        spec: &ObservationSpec,
        checked_on: Day,
    ) -> Option<Observation> {
        let option = |i: u16| spec.options().get(usize::from(i)).map(|o| o.id.clone());
        Some(match &self.observation {
            Compact::YesNo(yes) => Observation::YesNo(*yes),
            Compact::Choice(i) => Observation::Choice(option(*i)?),
            Compact::Choices(ids) => {
                Observation::Choices(ids.iter().filter_map(|&i| option(i)).collect())
            }
            Compact::Count(n) => Observation::Count(*n),
            Compact::Age(age) => Observation::Date(checked_on.plus_days(-age)?),
            Compact::Urls(urls) => Observation::Urls(urls.to_vec()),
            Compact::Accounts(accounts) => Observation::Accounts(accounts.to_vec()),
            Compact::None => match self.answer {
                Answer::NotApplicable => Observation::NotApplicable,
                _ => Observation::NotAssessable,
            },
        })
    }
}

fn len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
