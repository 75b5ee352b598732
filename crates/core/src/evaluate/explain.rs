//! Explanations of ratings, as data, rendered in words on demand:
//! "Last news item: 2018-07-16, 32 days before the check (at most 45):
//! There has been a significant change".

use crate::assessment::SuggestedBy;
use crate::criteria::{CriteriaSet, Criterion, ObservationSpec};
use crate::day::Day;
use crate::text::Lang;

/// Why a criterion got its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Explanation {
    /// A yes/no answer and its level.
    YesNo {
        /// The answer.
        answer: bool,
        /// The level it earns.
        level: String,
    },
    /// A chosen option and its level.
    Option {
        /// The option's id.
        option: String,
        /// The level it earns.
        level: String,
    },
    /// A number (count, options ticked, links) against thresholds.
    AtLeast {
        /// The number.
        number: u64,
        /// The threshold reached, if any.
        met: Option<u64>,
        /// The lowest threshold.
        lowest: u64,
        /// The level it earns.
        level: String,
    },
    /// A date's age against thresholds.
    DaysBeforeCheck {
        /// The date.
        date: Day,
        /// Days before the check.
        days: u64,
        /// The threshold it is within, if any.
        within: Option<u64>,
        /// The oldest threshold.
        oldest: u64,
        /// The level it earns.
        level: String,
    },
    /// Recorded as not applicable.
    NotApplicable,
    /// Recorded as not assessable.
    NotAssessable,
    /// Not answered.
    Unanswered,
    /// Only suggested (e.g. by `napcheck probe`), not confirmed by the
    /// citizen: counted as unanswered.
    Suggested {
        /// Who suggested it.
        by: SuggestedBy,
    },
    /// The observation does not fit the criterion.
    Invalid,
}

impl Explanation {
    /// The explanation in `lang`, with the criterion's and the set's wording.
    pub fn render(&self, lang: Lang, criterion: &Criterion, set: &CriteriaSet) -> String {
        let title = criterion.title.get(lang);
        let level_label = |id: &str| {
            set.scale
                .levels
                .iter()
                .find(|l| l.id == id)
                .map_or_else(|| id.to_owned(), |l| l.label.get(lang).to_owned())
        };
        let t = |az: &str, en: &str, ru: &str| -> String {
            match lang {
                Lang::Az => az,
                Lang::En => en,
                Lang::Ru => ru,
            }
            .to_owned()
        };
        match self {
            Explanation::YesNo { answer, level } => {
                let word = if *answer {
                    t("bəli", "yes", "да")
                } else {
                    t("xeyr", "no", "нет")
                };
                format!("{title}: {word}: {}", level_label(level))
            }
            Explanation::Option { option, level } => {
                let label = criterion
                    .observation
                    .options()
                    .iter()
                    .find(|o| &o.id == option)
                    .map_or(option.as_str(), |o| o.label.get(lang));
                format!("{title}: {label}: {}", level_label(level))
            }
            Explanation::AtLeast {
                number,
                met,
                lowest,
                level,
            } => {
                let what = match &criterion.observation {
                    ObservationSpec::Count { unit, .. } => format!("{number} ({})", unit.get(lang)),
                    ObservationSpec::Choices { options } => match lang {
                        Lang::Az => format!("{} variantdan {number}", options.len()),
                        Lang::En => format!("{number} of {}", options.len()),
                        Lang::Ru => format!("{number} из {}", options.len()),
                    },
                    _ => match lang {
                        Lang::Az => format!("{number} keçid"),
                        Lang::En => format!("{number} link(s)"),
                        Lang::Ru => format!("ссылок: {number}"),
                    },
                };
                let bound = match met {
                    Some(m) => match lang {
                        Lang::Az => format!("ən azı {m}"),
                        Lang::En => format!("at least {m}"),
                        Lang::Ru => format!("не менее {m}"),
                    },
                    None => match lang {
                        Lang::Az => format!("{lowest} həddindən az"),
                        Lang::En => format!("fewer than {lowest}"),
                        Lang::Ru => format!("меньше {lowest}"),
                    },
                };
                format!("{title}: {what}, {bound}: {}", level_label(level))
            }
            Explanation::DaysBeforeCheck {
                date,
                days,
                within,
                oldest,
                level,
            } => {
                let age = match lang {
                    Lang::Az => format!("yoxlamadan {days} gün əvvəl"),
                    Lang::En => format!("{days} days before the check"),
                    Lang::Ru => format!("за {days} дн. до проверки"),
                };
                let bound = match within {
                    Some(w) => match lang {
                        Lang::Az => format!("ən çoxu {w} gün"),
                        Lang::En => format!("at most {w}"),
                        Lang::Ru => format!("не более {w}"),
                    },
                    None => match lang {
                        Lang::Az => format!("{oldest} gündən çox"),
                        Lang::En => format!("more than {oldest}"),
                        Lang::Ru => format!("более {oldest}"),
                    },
                };
                format!("{title}: {date}, {age} ({bound}): {}", level_label(level))
            }
            Explanation::NotApplicable => format!(
                "{title}: {} ({})",
                set.scale.not_applicable.get(lang),
                t("qiymətləndirilmir", "not scored", "не оценивается")
            ),
            Explanation::NotAssessable => format!(
                "{title}: {} ({})",
                set.scale.not_assessable.get(lang),
                t("qiymətləndirilmir", "not scored", "не оценивается")
            ),
            Explanation::Unanswered => format!("{title}: {}", set.scale.unanswered.get(lang)),
            Explanation::Suggested { by } => {
                let by = match by {
                    SuggestedBy::Probe => t(
                        "napcheck probe təklif edib, vətəndaş təsdiqləməyib",
                        "suggested by napcheck probe, not confirmed by the citizen",
                        "предложено napcheck probe, гражданин не подтвердил",
                    ),
                };
                format!(
                    "{title}: {} ({by}; {})",
                    set.scale.unanswered.get(lang),
                    t("qiymətləndirilmir", "not scored", "не оценивается")
                )
            }
            Explanation::Invalid => format!(
                "{title}: {}",
                t(
                    "müşahidə meyara uyğun deyil",
                    "the observation does not fit the criterion",
                    "наблюдение не соответствует критерию"
                )
            ),
        }
    }
}
