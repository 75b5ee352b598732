//! The words of `napcheck score`'s text for people in az, en and ru: the
//! heading, each commitment's score line, the overall line, the note on
//! errors and the label of a refusal. Titles, explanations and findings
//! come worded from the criteria set and the core.

use napcheck_core::Lang;

/// "NAME (URL), checked on DAY".
pub(crate) fn heading(lang: Lang, site: &str, day: &str) -> String {
    match lang {
        Lang::Az => format!("{site}, yoxlama tarixi {day}"),
        Lang::En => format!("{site}, checked on {day}"),
        Lang::Ru => format!("{site}, проверено {day}"),
    }
}

/// A commitment's score with its coverage.
pub(crate) fn commitment_line(
    lang: Lang,
    score: &str,
    rated: usize,
    answered: usize,
    relevant: usize,
) -> String {
    match lang {
        Lang::Az => {
            format!("bal {score} (qiymətləndirilib {rated}, cavablanıb {answered}/{relevant})")
        }
        Lang::En => format!("score {score} (rated {rated}, answered {answered} of {relevant})"),
        Lang::Ru => format!("балл {score} (оценено {rated}, отвечено {answered} из {relevant})"),
    }
}

/// The counts of the overall line.
pub(crate) struct Overall<'a> {
    /// The overall score, as a percentage or a dash.
    pub(crate) score: &'a str,
    /// Commitments fully implemented.
    pub(crate) fully: usize,
    /// Commitments in all.
    pub(crate) commitments: usize,
    /// Commitments under 50%.
    pub(crate) under_half: usize,
    /// Criteria answered.
    pub(crate) answered: usize,
    /// Criteria that apply.
    pub(crate) relevant: usize,
}

/// The overall line.
pub(crate) fn overall(lang: Lang, o: &Overall<'_>) -> String {
    let Overall {
        score,
        fully,
        commitments,
        under_half,
        answered,
        relevant,
    } = *o;
    match lang {
        Lang::Az => format!(
            "ümumi bal {score}; {commitments} öhdəlikdən {fully} tam icra edilib, {under_half} 50%-dən aşağıdır; {relevant} meyardan {answered} cavablanıb"
        ),
        Lang::En => format!(
            "overall {score}; {fully} of {commitments} commitments fully implemented, {under_half} under 50%; {answered} of {relevant} criteria answered"
        ),
        Lang::Ru => format!(
            "общий балл {score}; выполнено полностью обязательств: {fully} из {commitments}, ниже 50%: {under_half}; отвечено критериев: {answered} из {relevant}"
        ),
    }
}

/// The note under a score of an assessment with errors.
pub(crate) fn has_errors(lang: Lang, errors: usize) -> String {
    match lang {
        Lang::Az => format!(
            "qeyd: qiymətləndirmədə {errors} xəta var; ətraflı məlumat üçün `napcheck validate` işlədin"
        ),
        Lang::En => format!(
            "note: the assessment has {errors} error(s); run `napcheck validate` for details"
        ),
        Lang::Ru => format!(
            "примечание: в оценке ошибок: {errors}; подробности — `napcheck validate`"
        ),
    }
}
