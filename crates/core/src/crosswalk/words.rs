//! The words of a migration, in Azerbaijani, English and Russian: why an
//! answer could not move (stored beside it in the assessment), why a
//! migration cannot be made, and the one-line summary of a migrated file.

use crate::assessment::NotMigratedReason;
use crate::text::{Lang, Text};

/// Why a migration cannot be made at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The sets differ (or their major versions do) and no crosswalk leads
    /// from one to the other.
    NoCrosswalk {
        /// `set@version` of the assessment.
        from: String,
        /// `set@version` asked for.
        to: String,
    },
    /// The version asked for is older than the assessment's.
    Older {
        /// The set.
        id: String,
        /// The assessment's version.
        from: String,
        /// The version asked for.
        to: String,
    },
}

impl MigrateError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MigrateError::NoCrosswalk { from, to } => pick(
                lang,
                format!("`{from}` dəstindən `{to}` dəstinə keçid cədvəli (crosswalk) yoxdur; cavablar köçürülə bilməz. Cədvəli `--crosswalk FILE` ilə verin."),
                format!("There is no crosswalk from `{from}` to `{to}`, so the answers cannot be moved. Give one with `--crosswalk FILE`."),
                format!("Нет таблицы соответствия (crosswalk) из `{from}` в `{to}`, поэтому ответы нельзя перенести. Укажите её через `--crosswalk FILE`."),
            ),
            MigrateError::Older { id, from, to } => pick(
                lang,
                format!("`{id}` dəstinin `{to}` versiyası qiymətləndirmənin `{from}` versiyasından köhnədir; yalnız yeni versiyaya köçürmək olar."),
                format!("Version `{to}` of `{id}` is older than the assessment's `{from}`; an assessment only moves to a newer version."),
                format!("Версия `{to}` набора `{id}` старше версии оценки `{from}`; оценку можно перенести только на более новую версию."),
            ),
        }
    }
}

fn pick(lang: Lang, az: String, en: String, ru: String) -> String {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// Why an answer could not move, in the three languages; the crosswalk's
/// own reason follows when it gives one.
pub fn explanation(reason: NotMigratedReason, crosswalk: Option<&Text>) -> Text {
    use NotMigratedReason as R;
    let (az, en, ru) = match reason {
        R::NoCounterpart => (
            "Yeni dəstdə bu meyarın qarşılığı yoxdur.",
            "The newer set has no counterpart of this criterion.",
            "В новом наборе нет соответствия этому критерию.",
        ),
        R::NotInCrosswalk => (
            "Keçid cədvəli bu meyarı göstərmir.",
            "The crosswalk does not list this criterion.",
            "Таблица соответствия не содержит этого критерия.",
        ),
        R::NotForThisBody => (
            "Yeni dəstdə qarşılığı bu qurum növünə aid deyil.",
            "Its counterpart in the newer set does not apply to this body.",
            "Соответствующий критерий нового набора не относится к этому органу.",
        ),
        R::NotConverted => (
            "Keçid cədvəli bu cavabın yeni dəstdə nəyə çevrildiyini demir; saytı yenidən yoxlayın.",
            "The crosswalk does not say what this answer becomes in the newer set; check the website again.",
            "Таблица соответствия не говорит, чем становится этот ответ в новом наборе; проверьте сайт заново.",
        ),
        R::FailsCheck => (
            "Çevrilmiş cavab yeni meyarın yoxlamasından keçmir (məsələn, say həddən böyükdür).",
            "The converted answer fails the newer criterion's checks (e.g. a count above its maximum).",
            "Преобразованный ответ не проходит проверки нового критерия (например, число выше максимума).",
        ),
        R::AlreadyAnswered => (
            "Yeni meyara artıq başqa bir cavab köçürülüb.",
            "Another answer already moved to the same criterion of the newer set.",
            "На тот же критерий нового набора уже перенесён другой ответ.",
        ),
        R::NotRelevant => (
            "Köçürülmüş digər cavablara görə yeni dəstdə bu sual aid deyil.",
            "After the other migrated answers, its counterpart does not apply (a follow-up question ruled out).",
            "После других перенесённых ответов соответствующий вопрос не нужен (уточняющий вопрос исключён).",
        ),
        R::NotAsked => (
            "Bu cavab öz dəstində sayılmırdı (sual bu quruma aid deyil və ya digər cavablar onu istisna edir), ona görə köçürülmür.",
            "This answer did not count in its own set (the question does not apply to the body, or the other answers rule it out), so it does not move.",
            "Этот ответ не учитывался в своём наборе (вопрос не относится к органу или исключён другими ответами), поэтому он не переносится.",
        ),
        R::UnknownCriterion => (
            "Dəstin yeni versiyasında bu meyar yoxdur.",
            "The newer version of the set no longer has this criterion.",
            "В новой версии набора этого критерия больше нет.",
        ),
    };
    let join = |lead: &str, lang: Lang| match crosswalk {
        Some(extra) if !extra.exact(lang).trim().is_empty() => {
            format!("{lead} {}", extra.exact(lang))
        }
        _ => lead.to_owned(),
    };
    Text::new(join(az, Lang::Az), join(en, Lang::En), join(ru, Lang::Ru))
}

/// The summary of one migrated file, e.g. `a.json: answers moved to
/// `az-nap-2020-2022@1.0.0`: 12; kept with the reason in
/// `migration.not_migrated`: 30 (no_counterpart 28, ...)`.
pub fn summary(
    lang: Lang,
    name: &str,
    to: &str,
    moved: usize,
    kept: &[(NotMigratedReason, usize)],
) -> String {
    let total: usize = kept.iter().map(|(_, n)| n).sum();
    let reasons = kept
        .iter()
        .map(|(r, n)| format!("{} {n}", r.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let reasons = if reasons.is_empty() {
        String::new()
    } else {
        format!(" ({reasons})")
    };
    pick(
        lang,
        format!("{name}: `{to}` dəstinə köçürülən cavablar: {moved}; səbəbi ilə `migration.not_migrated` siyahısında saxlanılan cavablar: {total}{reasons}."),
        format!("{name}: answers moved to `{to}`: {moved}; kept with the reason in `migration.not_migrated`: {total}{reasons}."),
        format!("{name}: перенесено ответов в `{to}`: {moved}; сохранено с причиной в `migration.not_migrated`: {total}{reasons}."),
    )
}
