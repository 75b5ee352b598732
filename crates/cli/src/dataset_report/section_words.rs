//! The words of the report's right-of-reply and probe sections in az, en
//! and ru (the comment period, contested ratings, replies' statuses, and
//! how often citizens agreed with `napcheck probe`).

use napcheck_core::reply::{CommentPeriod, ReplyStatus};
use napcheck_core::{Day, Lang};

/// A phrase of the sections.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Said {
    ContestedTitle,
    Body,
    Criterion,
    Rated,
    Reply,
    Evidence,
    Status,
    Reason,
    Now,
    ProbeTitle,
    Suggested,
    Confirmed,
    Changed,
    Unconfirmed,
    Agreement,
    ProbeNote,
}

fn pick<T>(lang: Lang, [az, en, ru]: [T; 3]) -> T {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// The phrase in `lang`.
pub(crate) fn said(lang: Lang, said: Said) -> &'static str {
    pick(
        lang,
        match said {
            Said::ContestedTitle => [
                "Etiraz edilən qiymətlər və qurumların cavabları",
                "Contested ratings and the bodies' replies",
                "Оспоренные оценки и ответы органов",
            ],
            Said::Body => ["Qurum", "Body", "Орган"],
            Said::Criterion => ["Meyar", "Criterion", "Критерий"],
            Said::Rated => ["Verilən qiymət", "Rating given", "Данная оценка"],
            Said::Reply => ["Qurumun cavabı", "The body's reply", "Ответ органа"],
            Said::Evidence => ["Sübut", "Evidence", "Доказательства"],
            Said::Status => ["Status", "Status", "Статус"],
            Said::Reason => ["Rəyçinin səbəbi", "Reviewer's reason", "Причина рецензента"],
            Said::Now => ["Yekun qiymət", "Rating now", "Итоговая оценка"],
            Said::ProbeTitle => [
                "Vətəndaşların napcheck probe ilə razılaşması",
                "How often citizens agreed with napcheck probe",
                "Как часто граждане соглашались с napcheck probe",
            ],
            Said::Suggested => ["Təklif", "Suggested", "Предложено"],
            Said::Confirmed => ["Təsdiqlənib", "Confirmed", "Подтверждено"],
            Said::Changed => ["Dəyişdirilib", "Changed", "Изменено"],
            Said::Unconfirmed => [
                "Hələ təsdiqlənməyib",
                "Not yet confirmed",
                "Ещё не подтверждено",
            ],
            Said::Agreement => ["Razılaşma", "Agreement", "Согласие"],
            Said::ProbeNote => [
                "Razılaşma: vətəndaşın qərar verdiyi təkliflərdən dəyişmədən təsdiqlənənlərin payı. Təsdiqlənməmiş təklif qiymətləndirilmir.",
                "Agreement: the share of the suggestions a citizen decided on that they confirmed unchanged. An unconfirmed suggestion is not scored.",
                "Согласие: доля подтверждённых без изменений среди предложений, по которым гражданин принял решение. Неподтверждённое предложение не оценивается.",
            ],
        },
    )
}

/// A reply's status in words.
pub(crate) fn status(lang: Lang, status: ReplyStatus) -> &'static str {
    pick(
        lang,
        match status {
            ReplyStatus::Open => ["baxılır", "under review", "на рассмотрении"],
            ReplyStatus::Upheld => ["qiymət qüvvədə qalıb", "rating upheld", "оценка оставлена"],
            ReplyStatus::Corrected => {
                ["qiymət düzəldilib", "rating corrected", "оценка исправлена"]
            }
            ReplyStatus::Rejected => ["cavab rədd edilib", "reply rejected", "ответ отклонён"],
        },
    )
}

/// The report's standing: provisional until the comment period ends, then
/// final.
pub(crate) fn standing(lang: Lang, period: &CommentPeriod, today: Day) -> String {
    let (from, until) = (period.from, period.until);
    if period.is_provisional_on(today) {
        pick(
            lang,
            [
                format!("İlkin hesabat: şərhlər {until} tarixinədək açıqdır (şərh dövrü {from}..{until}). Qurumlar bu müddətdə qiymətlərinə cavab verə bilər; hesabat bundan sonra yekunlaşır."),
                format!("Provisional, comments open until {until} (comment period {from}..{until}). Bodies may reply to their ratings until then; the report becomes final after it."),
                format!("Предварительный отчёт, комментарии принимаются до {until} (период комментариев {from}..{until}). До этого органы могут ответить на свои оценки; затем отчёт становится окончательным."),
            ],
        )
    } else {
        pick(
            lang,
            [
                format!("Yekun hesabat: şərh dövrü ({from}..{until}) başa çatıb."),
                format!("Final: the comment period ({from}..{until}) has ended."),
                format!("Окончательный отчёт: период комментариев ({from}..{until}) завершён."),
            ],
        )
    }
}

/// The note under a rating corrected after review.
pub(crate) fn corrected(lang: Lang, rated: &str, now: &str) -> String {
    pick(
        lang,
        [
            format!("Baxışdan sonra qurumun müşahidəsi ilə düzəldilib: {rated} → {now}; qurumun bal və yekun göstəriciləri bu müşahidə ilə hesablanıb."),
            format!("Corrected after review with the body's observation: {rated} → {now}; the body's scores are computed with this observation."),
            format!("Исправлено после рассмотрения по наблюдению органа: {rated} → {now}; баллы органа рассчитаны с этим наблюдением."),
        ],
    )
}

/// Beside the rating given, when the reply contests another
/// (`reply-contests-other-rating`).
pub(crate) fn contests_other(lang: Lang, contested: &str) -> String {
    pick(
        lang,
        [
            format!("(cavab başqa qiymətə etiraz edir: {contested})"),
            format!("(the reply contests another rating: {contested})"),
            format!("(ответ оспаривает другую оценку: {contested})"),
        ],
    )
}

/// `--comment-period` that is not `FROM..UNTIL`, or ends before it begins.
pub(crate) fn bad_period(lang: Lang, text: &str, reversed: bool) -> String {
    if reversed {
        pick(
            lang,
            [
                format!("--comment-period: `{text}` dövrünün sonu başlanğıcından əvvəldir."),
                format!("--comment-period: `{text}` ends before it begins."),
                format!("--comment-period: `{text}` заканчивается раньше, чем начинается."),
            ],
        )
    } else {
        pick(
            lang,
            [
                format!("--comment-period: `{text}` BAŞLANĞIC..SON formasında deyil, məsələn 2026-12-01..2026-12-31."),
                format!("--comment-period: `{text}` is not FROM..UNTIL, e.g. 2026-12-01..2026-12-31."),
                format!("--comment-period: `{text}` не в форме НАЧАЛО..КОНЕЦ, например 2026-12-01..2026-12-31."),
            ],
        )
    }
}

/// A round's manifest that is invalid: the report is not made.
pub(crate) fn manifest_invalid(lang: Lang, name: &str) -> String {
    pick(
        lang,
        [
            format!("raundun manifesti {name} səhvdir (yuxarıda yerləri ilə): onun şərh dövrü olmadan hesabatın ilkin və ya yekun olduğu deyilə bilməz, ona görə hesabat hazırlanmadı. Faylı düzəldin (`napcheck validate {name}`, `napcheck schema round`)."),
            format!("the round's manifest {name} is invalid (located above): without its comment period the report cannot say whether it is provisional or final, so no report was made. Fix the file (`napcheck validate {name}`, `napcheck schema round`)."),
            format!("манифест раунда {name} некорректен (места указаны выше): без его периода комментариев нельзя сказать, предварительный отчёт или окончательный, поэтому отчёт не создан. Исправьте файл (`napcheck validate {name}`, `napcheck schema round`)."),
        ],
    )
}

/// A round's manifest that cannot be read.
pub(crate) fn manifest_unreadable(lang: Lang, name: &str, reason: &str) -> String {
    pick(
        lang,
        [
            format!("raundun manifesti {name} oxunmur: {reason}; hesabat hazırlanmadı."),
            format!("cannot read the round's manifest {name}: {reason}; no report was made."),
            format!("манифест раунда {name} не читается: {reason}; отчёт не создан."),
        ],
    )
}

/// Two manifests of one round that give different comment periods.
pub(crate) fn manifests_disagree(
    lang: Lang,
    first: (&str, Option<&CommentPeriod>),
    second: (&str, Option<&CommentPeriod>),
) -> String {
    let none = pick(
        lang,
        [
            "şərh dövrü yoxdur",
            "no comment period",
            "без периода комментариев",
        ],
    );
    let show = |p: Option<&CommentPeriod>| p.map_or_else(|| none.to_owned(), |p| p.to_string());
    let (a, pa, b, pb) = (first.0, show(first.1), second.0, show(second.1));
    pick(
        lang,
        [
            format!("bir raundun manifestlərinin şərh dövrləri fərqlidir: {a} ({pa}) və {b} ({pb}). Onları ayrı raundlar kimi müqayisə edin (`--rounds` hər qovluq üçün) və ya dövrü `--comment-period` ilə verin."),
            format!("the manifests of one round give different comment periods: {a} ({pa}) and {b} ({pb}). Compare them as rounds (`--rounds`, one folder each) or give the period with `--comment-period`."),
            format!("манифесты одного раунда дают разные периоды комментариев: {a} ({pa}) и {b} ({pb}). Сравните их как раунды (`--rounds`, по папке на раунд) или задайте период через `--comment-period`."),
        ],
    )
}

/// Two rounds compared under one name.
pub(crate) fn round_named_twice(lang: Lang, label: &str) -> String {
    pick(
        lang,
        [
            format!("iki raund eyni adlıdır: `{label}`. Hər raundun manifestində (`round.json`) öz `round` adını verin və ya qovluqların adını dəyişin."),
            format!("two rounds have the same name, `{label}`. Give each round its own `round` in its manifest (`round.json`), or rename the folders."),
            format!("два раунда названы одинаково: `{label}`. Задайте каждому раунду своё имя `round` в манифесте (`round.json`) или переименуйте папки."),
        ],
    )
}
