//! Explanations of ratings, as data, rendered in words on demand:
//! "Last news item: 2018-07-16, 32 days before the check (at most 45):
//! There has been a significant change"; what each criterion adds to its
//! commitment's score; and the scoring formula in one sentence.

use super::{CommitmentScore, CriterionResult, Outcome};
use crate::assessment::SuggestedBy;
use crate::criteria::{CriteriaSet, Criterion, ObservationSpec};
use crate::messages::one_decimal;
use crate::text::Lang;

/// The scoring method in one sentence, for a citizen (the rule:
/// ARCHITECTURE.md, "Scoring", and the module documentation of `evaluate`).
pub fn scoring_formula(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "Hər öhdəliyin balı onun suallarının orta balıdır (hər sual eyni çəkidədir; öhdəliyə ilk cavab verildikdən sonra hələ cavablandırılmamış və ya düzəliş tələb edən sual 0 sayılır, \"aid deyil\" və \"qiymətləndirmək mümkün olmadı\" cavabları hesaba alınmır), ümumi bal isə öhdəliklərin ballarının ortasıdır; bütün suallar cavablandırılana qədər bal ilkindir.",
        Lang::En => "A commitment's score is the average of its questions' points (each question weighs the same; once the commitment has an answer, a question not answered yet or needing correction counts as 0, and “not applicable” or “could not be assessed” is left out), and the overall score is the average of the commitments' scores; until every question is answered the score is provisional.",
        Lang::Ru => "Оценка обязательства — среднее баллов его вопросов (все вопросы равноценны; после первого ответа по обязательству вопрос без ответа или требующий исправления считается за 0, ответы «не применимо» и «оценить не удалось» не учитываются), а общая оценка — среднее оценок обязательств; пока не отвечены все вопросы, оценка предварительная.",
    }
}

impl CriterionResult {
    /// What this criterion adds to the score of `commitment` (its own
    /// commitment's [`CommitmentScore`]), in words: "Adds 6.3 of at most
    /// 12.5 points to the commitment's 100" (12.5 = 100 / 8 counted
    /// criteria).
    pub fn render_contribution(&self, lang: Lang, commitment: &CommitmentScore) -> String {
        let counted = commitment.counted;
        let Some(points) = self.contribution else {
            return match lang {
                Lang::Az => "Bala daxil edilmir".to_owned(),
                Lang::En => "Not counted in the score".to_owned(),
                Lang::Ru => "Не входит в оценку".to_owned(),
            };
        };
        let share = one_decimal(100.0 / counted.max(1) as f64);
        let points = one_decimal(points);
        match (&self.outcome, lang) {
            (Outcome::Rated { .. }, Lang::Az) => {
                format!("Öhdəliyin 100 balına ən çoxu {share} bal verə bilər, {points} bal verir")
            }
            (Outcome::Rated { .. }, Lang::En) => {
                format!("Adds {points} of at most {share} points to the commitment's 100")
            }
            (Outcome::Rated { .. }, Lang::Ru) => {
                format!("Даёт {points} из возможных {share} баллов к 100 баллам обязательства")
            }
            (_, Lang::Az) => format!(
                "Cavab verilənə və ya düzəldilənə qədər 0 bal sayılır (ən çoxu {share} bal verə bilər)"
            ),
            (_, Lang::En) => {
                format!("Counts as 0 of at most {share} points until it is answered or corrected")
            }
            (_, Lang::Ru) => format!(
                "Считается за 0 из возможных {share} баллов, пока нет ответа или исправления"
            ),
        }
    }
}

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
        /// The date as recorded: a day, or a month (counted from its first
        /// day).
        date: String,
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
    /// The observation fails the field checks; the outcome carries why.
    NeedsCorrection,
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
                        Lang::Az => format!("{number} hesab və ya keçid"),
                        Lang::En => format!("{number} account(s) or link(s)"),
                        Lang::Ru => format!("аккаунтов или ссылок: {number}"),
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
            Explanation::NeedsCorrection => format!(
                "{title}: {}",
                t(
                    "cavab düzəldilməlidir; düzəldilənə qədər qiymətləndirilmir",
                    "the answer needs correction; it is not rated until corrected",
                    "ответ нужно исправить; до исправления он не оценивается"
                )
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formula_is_one_sentence_in_each_language() {
        for lang in Lang::ALL {
            let sentence = scoring_formula(lang);
            assert!(sentence.ends_with('.'), "{sentence}");
            assert_eq!(sentence.matches(". ").count(), 0, "{sentence}");
            assert!(sentence.contains('0'), "names the zero: {sentence}");
        }
    }
}
