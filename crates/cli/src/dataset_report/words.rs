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
    SortHint,
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
        Word::SortHint => [
            "Cədvəli sıralamaq üçün sütun başlığına basın.",
            "Click a column heading to sort the table.",
            "Нажмите на заголовок столбца, чтобы отсортировать таблицу.",
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
pub(crate) fn assessments_line(lang: Lang, aggregate: &Aggregate) -> String {
    let kinds: Vec<String> = aggregate
        .bodies_by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{}: {n}", kind(lang, *k)))
        .collect();
    format!(
        "{}: {} ({})",
        word(lang, Word::Assessments),
        aggregate.total(),
        kinds.join(", ")
    )
}
