//! The report's own words in az, en and ru (criteria, commitments and
//! ratings are named by the criteria set itself).

use napcheck_core::{Aggregate, BodyKind, Lang};

/// A phrase of the report.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Word {
    Title,
    Assessments,
    LeftOut,
    Commitments,
    Commitment,
    Average,
    Scored,
    Fully,
    UnderHalf,
    Criteria,
    Criterion,
    Kind,
    NotApplicable,
    NotAssessable,
    Unanswered,
    Freshness,
    Days,
    NoDate,
    Median,
    Bodies,
    Body,
    Checked,
    Overall,
    Coverage,
    SortHint,
    AssessmentsLower,
    Assessors,
    Agreement,
    Alpha,
    Disputed,
    AgreementTitle,
    AgreementOverall,
    Answers,
    DisputedBodies,
    Pending,
    Rejected,
    TrendTitle,
    ComparedOn,
    Through,
    MovesOverall,
    MovesCommitments,
    MovesCriteria,
    BodyChanges,
    CriterionChanges,
    NotComparableTitle,
    NotInOlder,
    NoCounterpart,
}

/// The phrase in `lang`.
pub(crate) fn word(lang: Lang, word: Word) -> &'static str {
    let [az, en, ru] = match word {
        Word::Title => [
            "Monitorinq hesabatı",
            "Monitoring report",
            "Мониторинговый отчёт",
        ],
        Word::Assessments => ["Qiymətləndirmələr", "Assessments", "Оценки"],
        Word::LeftOut => [
            "Yanlış olduğu üçün hesaba alınmayan fayllar",
            "Invalid inputs left out of the figures",
            "Неверные файлы, не вошедшие в расчёт",
        ],
        Word::Commitments => ["Öhdəliklər", "Commitments", "Обязательства"],
        Word::Commitment => ["Bənd", "Paragraph", "Пункт"],
        Word::Average => [
            "Orta icra səviyyəsi",
            "Average implementation rate",
            "Средний уровень выполнения",
        ],
        Word::Scored => [
            "Qiymətləndirilən qurumlar",
            "Bodies scored",
            "Оценено органов",
        ],
        Word::Fully => ["Tam icra edən", "Fully implemented", "Выполнено полностью"],
        Word::UnderHalf => ["50%-dən az", "Under 50%", "Менее 50%"],
        Word::Criteria => [
            "Meyarlar üzrə qurumlar",
            "Bodies per criterion",
            "Органы по критериям",
        ],
        Word::Criterion => ["Meyar", "Criterion", "Критерий"],
        Word::Kind => ["Qurum növü", "Kind of body", "Вид органа"],
        Word::NotApplicable => ["Aid deyil", "Not applicable", "Неприменимо"],
        Word::NotAssessable => ["Qiymətləndirilmədi", "Not assessable", "Не оценено"],
        Word::Unanswered => ["Cavabsız", "Unanswered", "Без ответа"],
        Word::Freshness => ["Tarixlərin köhnəliyi", "Freshness of dates", "Давность дат"],
        Word::Days => ["gün", "days", "дней"],
        Word::NoDate => ["Tarixsiz", "No date", "Без даты"],
        Word::Median => ["Median", "Median", "Медиана"],
        Word::Bodies => ["Qurumlar", "Bodies", "Органы"],
        Word::Body => ["Qurum", "Body", "Орган"],
        Word::Checked => ["Yoxlanılıb", "Checked", "Проверено"],
        Word::Overall => ["Ümumi", "Overall", "Итого"],
        Word::Coverage => ["Əhatə", "Coverage", "Охват"],
        Word::SortHint => [
            "Cədvəli sıralamaq üçün sütun başlığına basın.",
            "Click a column heading to sort the table.",
            "Нажмите на заголовок столбца, чтобы отсортировать таблицу.",
        ],
        Word::AssessmentsLower => ["qiymətləndirmə", "assessments", "оценок"],
        Word::Assessors => ["Qiymətləndirənlər", "Assessors", "Оценщиков"],
        Word::Agreement => ["Razılıq", "Agreement", "Согласие"],
        Word::Alpha => ["Krippendorf α", "Krippendorff's α", "α Криппендорфа"],
        Word::Disputed => ["Mübahisəli", "Disputed", "Спорные"],
        Word::AgreementTitle => [
            "Qiymətləndirənlər arasında razılıq",
            "Agreement between assessors",
            "Согласие между оценщиками",
        ],
        Word::AgreementOverall => ["Ümumi razılıq", "Overall agreement", "Общее согласие"],
        Word::Answers => ["Cavablar", "Answers", "Ответы"],
        Word::DisputedBodies => [
            "Mübahisəli qurumlar",
            "Bodies disputed",
            "Органы со спорной оценкой",
        ],
        Word::Pending => [
            "Rəy gözləyən (hesaba alınmayıb)",
            "Pending review (not counted)",
            "Ожидают рецензии (не учтены)",
        ],
        Word::Rejected => [
            "Rədd edilən (hesaba alınmayıb)",
            "Rejected (not counted)",
            "Отклонены (не учтены)",
        ],
        Word::TrendTitle => [
            "Mərhələlər arasında dəyişiklik",
            "Change between rounds",
            "Изменения между раундами",
        ],
        Word::ComparedOn => ["Müqayisə dəsti", "Compared on", "Сравнение по набору"],
        Word::Through => [
            "keçid cədvəli (crosswalk) ilə",
            "through the crosswalk",
            "через таблицу соответствия (crosswalk)",
        ],
        Word::MovesOverall => [
            "Ümumi bal üzrə qurumlar",
            "Bodies by overall score",
            "Органы по общему баллу",
        ],
        Word::MovesCommitments => [
            "Bəndlər üzrə qurumlar",
            "Bodies per paragraph",
            "Органы по пунктам",
        ],
        Word::MovesCriteria => [
            "Meyarlar üzrə qurumlar",
            "Bodies per criterion",
            "Органы по критериям",
        ],
        Word::BodyChanges => [
            "Qurumlar üzrə ümumi bal",
            "Overall score per body",
            "Общий балл по органам",
        ],
        Word::CriterionChanges => [
            "Qurum və meyar üzrə dəyişikliklər",
            "Changes per body and criterion",
            "Изменения по органам и критериям",
        ],
        Word::NotComparableTitle => [
            "Müqayisə edilməyən meyarlar",
            "Criteria not comparable",
            "Несопоставимые критерии",
        ],
        Word::NotInOlder => [
            "köhnə nəşrdə qarşılığı yoxdur",
            "no counterpart in the older edition",
            "нет соответствия в прежней редакции",
        ],
        Word::NoCounterpart => [
            "yeni nəşrdə qarşılığı yoxdur",
            "no counterpart in the newer edition",
            "нет соответствия в новой редакции",
        ],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// The name of a kind of body in `lang`.
pub(crate) fn kind(lang: Lang, kind: BodyKind) -> &'static str {
    let [az, en, ru] = match kind {
        BodyKind::LocalExecutive => [
            "Yerli icra hakimiyyəti",
            "Local executive",
            "Местная исполнительная власть",
        ],
        BodyKind::CentralExecutive => [
            "Mərkəzi icra hakimiyyəti",
            "Central executive",
            "Центральная исполнительная власть",
        ],
        BodyKind::Municipality => ["Bələdiyyə", "Municipality", "Муниципалитет"],
        BodyKind::OtherStateBody => [
            "Digər dövlət orqanı",
            "Other state body",
            "Другой государственный орган",
        ],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// "Assessments: 103 (Local executive: 80, Central executive: 23)": the
/// line under each set's heading, as plain text (each format escapes it).
/// With several assessments of a body: "Bodies: 1000 (…), assessments:
/// 95000".
pub(crate) fn assessments_line(lang: Lang, aggregate: &Aggregate) -> String {
    let kinds: Vec<String> = aggregate
        .bodies_by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{}: {n}", kind(lang, *k)))
        .collect();
    if aggregate.has_several_assessors() {
        return format!(
            "{}: {} ({}), {}: {}",
            word(lang, Word::Bodies),
            aggregate.total(),
            kinds.join(", "),
            word(lang, Word::AssessmentsLower),
            aggregate.assessments
        );
    }
    format!(
        "{}: {} ({})",
        word(lang, Word::Assessments),
        aggregate.total(),
        kinds.join(", ")
    )
}

/// "Overall agreement: 87.5% (α 0.812) over 950 answers" as plain text.
pub(crate) fn agreement_line(lang: Lang, aggregate: &Aggregate) -> String {
    let a = &aggregate.overall_agreement;
    format!(
        "{}: {} ({} {}), {}: {}",
        word(lang, Word::AgreementOverall),
        super::agreement(a.percent()),
        word(lang, Word::Alpha),
        super::alpha(a.alpha()),
        word(lang, Word::Answers),
        a.answers
    )
}

/// The error when `--out` and `--format badges` are not given together.
pub(crate) fn out_mismatch(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "--out DIR yalnız --format badges ilə və o, --out DIR ilə verilir",
        Lang::En => "--out DIR goes with --format badges, and --format badges needs --out DIR",
        Lang::Ru => {
            "--out DIR задаётся только с --format badges, а --format badges требует --out DIR"
        }
    }
}

/// The error when `--format badges` is asked of rounds.
pub(crate) fn badges_of_rounds(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "--format badges bir mərhələ üçündür; --rounds və --rounds-by ilə başqa format seçin",
        Lang::En => "--format badges is made for one round; choose another format with --rounds or --rounds-by",
        Lang::Ru => "--format badges делается для одного раунда; с --rounds и --rounds-by выберите другой формат",
    }
}

/// `--crosswalk` given without rounds to compare.
pub(crate) fn crosswalk_without_rounds(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "--crosswalk mərhələləri müqayisə etmək üçündür; onu --rounds və ya --rounds-by ilə verin",
        Lang::En => "--crosswalk is for comparing rounds; give it with --rounds or --rounds-by",
        Lang::Ru => "--crosswalk нужен для сравнения раундов; укажите его с --rounds или --rounds-by",
    }
}

/// The line on standard error after `--format badges`: how many badges
/// were written, and where.
pub(crate) fn badges_written(lang: Lang, written: usize, dir: &str) -> String {
    match lang {
        Lang::Az => format!("napcheck: {dir} qovluğuna yazılan nişanlar: {written}"),
        Lang::En => format!("napcheck: {written} badge(s) written to {dir}"),
        Lang::Ru => format!("napcheck: значков записано в {dir}: {written}"),
    }
}

/// The line on standard error: inputs left out of the report.
pub(crate) fn left_out_line(lang: Lang, left: usize) -> String {
    match lang {
        Lang::Az => format!("napcheck: hesabata daxil edilməyən fayllar: {left}"),
        Lang::En => format!("napcheck: {left} input(s) left out of the report"),
        Lang::Ru => format!("napcheck: файлов, не вошедших в отчёт: {left}"),
    }
}

/// The line on standard error: submissions a review log kept out.
pub(crate) fn review_kept_out_line(lang: Lang, pending: usize, rejected: usize) -> String {
    match lang {
        Lang::Az => format!(
            "napcheck: rəy jurnalına görə hesaba alınmayan təqdimatlar: {pending} rəy gözləyən, {rejected} rədd edilən"
        ),
        Lang::En => format!(
            "napcheck: the review log kept out {pending} pending and {rejected} rejected submission(s)"
        ),
        Lang::Ru => format!(
            "napcheck: по журналу рецензий не учтены заявки: ожидают рецензии — {pending}, отклонены — {rejected}"
        ),
    }
}

/// `--rounds` given the same round twice.
pub(crate) fn same_round_twice(lang: Lang, round: &str) -> String {
    match lang {
        Lang::Az => {
            format!("--rounds {round} mərhələsini iki dəfə alıb; hər mərhələni bir dəfə verin")
        }
        Lang::En => format!("--rounds was given the round {round} twice; give each round once"),
        Lang::Ru => format!("--rounds получил раунд {round} дважды; укажите каждый раунд один раз"),
    }
}
