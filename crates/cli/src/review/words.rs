//! The words of `napcheck review` in az, en and ru. A message with `{}`
//! places is filled by [`fill`], in order.

use super::log::Status;
use napcheck_core::Lang;

/// A phrase of `review`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Msg {
    NoSubmission,
    Ambiguous,
    BlankReason,
    BlankReviewer,
    Accepted,
    Rejected,
    NoSubmissions,
    Decisions,
    NoDecisions,
    Disagreements,
    NoDisagreements,
    Consensus,
    Disputed,
    ThisSubmission,
    Unreadable,
    Malformed,
    NotAssessment,
    Body,
    Assessor,
    Checked,
    Anonymous,
    CannotWrite,
    BadReviewerName,
    DuplicateReviewer,
    CannotAddReviewer,
    ReviewerAdded,
    NoReviewer,
    ReviewersInside,
    NotReviewerLine,
}

/// The phrase in `lang`.
pub(crate) fn msg(lang: Lang, msg: Msg) -> &'static str {
    let [az, en, ru] = match msg {
        Msg::NoSubmission => [
            "{} qovluğunda {} təqdimatı yoxdur",
            "{} has no submission {}",
            "В {} нет заявки {}",
        ],
        Msg::Ambiguous => [
            "{} bir neçə təqdimata uyğun gəlir; daha uzun id yazın",
            "{} matches several submissions; give more of the id",
            "{} подходит к нескольким заявкам; укажите id длиннее",
        ],
        Msg::BlankReason => [
            "qərarın səbəbini yazın (--reason)",
            "give the reason for the decision (--reason)",
            "укажите причину решения (--reason)",
        ],
        Msg::BlankReviewer => [
            "rəyçinin adını yazın (--reviewer)",
            "give the reviewer's name (--reviewer)",
            "укажите имя рецензента (--reviewer)",
        ],
        Msg::Accepted => ["qəbul edildi", "accepted", "принято"],
        Msg::Rejected => ["rədd edildi", "rejected", "отклонено"],
        Msg::NoSubmissions => ["Təqdimat yoxdur.", "No submissions.", "Заявок нет."],
        Msg::Decisions => ["Qərarlar", "Decisions", "Решения"],
        Msg::NoDecisions => [
            "hələ qərar yoxdur (gözləyir)",
            "no decision yet (pending)",
            "решения пока нет (ожидает)",
        ],
        Msg::Disagreements => [
            "Qurumun qəbul edilmiş qiymətləndirmələri ilə fikir ayrılıqları",
            "Disagreements with the body's accepted assessments",
            "Расхождения с принятыми оценками органа",
        ],
        Msg::NoDisagreements => ["yoxdur", "none", "нет"],
        Msg::Consensus => ["konsensus", "consensus", "консенсус"],
        Msg::Disputed => ["mübahisəli", "disputed", "спорно"],
        Msg::ThisSubmission => ["bu təqdimat", "this submission", "эта заявка"],
        Msg::Unreadable => [
            "{} oxunmur: {}",
            "cannot read {}: {}",
            "не удаётся прочитать {}: {}",
        ],
        Msg::Malformed => [
            "{} rəy qərarı deyil: {}",
            "{} is not a review decision: {}",
            "{} не является решением рецензента: {}",
        ],
        Msg::NotAssessment => [
            "{} etibarlı qiymətləndirmə deyil",
            "{} is not a valid assessment",
            "{} не является корректной оценкой",
        ],
        Msg::Body => ["Qurum", "Body", "Орган"],
        Msg::Assessor => ["Qiymətləndirən", "Assessor", "Оценщик"],
        Msg::Checked => ["Yoxlanılıb", "Checked", "Проверено"],
        Msg::Anonymous => ["anonim", "anonymous", "анонимно"],
        Msg::BadReviewerName => [
            "{}: yoxlayıcının adı bir sətir mətn olmalıdır, tabsız və # ilə başlamadan",
            "{}: a reviewer's name must be one line of text without tabs, not starting with #",
            "{}: имя проверяющего должно быть одной строкой без табуляций и не начинаться с #",
        ],
        Msg::DuplicateReviewer => [
            "{}: {} artıq yoxlayıcıdır",
            "{}: {} is already a reviewer",
            "{}: {} уже проверяющий",
        ],
        Msg::CannotAddReviewer => [
            "yoxlayıcı {} faylına yazılmadı: {}",
            "could not add the reviewer to {}: {}",
            "не удалось добавить проверяющего в {}: {}",
        ],
        Msg::ReviewerAdded => [
            "{} {} faylına əlavə edildi; yuxarıdakı açarı ona verin (yalnız bir dəfə göstərilir)",
            "{} added to {}; give them the token above (it is shown only once)",
            "{} добавлен(а) в {}; передайте ему/ей ключ выше (он показан только один раз)",
        ],
        Msg::CannotWrite => [
            "qərar {} qovluğuna yazılmadı: {}",
            "could not record the decision in {}: {}",
            "не удалось записать решение в {}: {}",
        ],
        Msg::NoReviewer => [
            "{} faylında heç bir rəyçi yoxdur: `napcheck review add-reviewer {} AD` ilə əlavə edin",
            "{} names no reviewer: add one with `napcheck review add-reviewer {} NAME`",
            "в {} нет ни одного рецензента: добавьте его командой `napcheck review add-reviewer {} ИМЯ`",
        ],
        Msg::ReviewersInside => [
            "--reviewers {} --dist və ya --collect qovluğunun içindədir: rəyçilərin adları və açar heşləri hamıya verilər və ya məlumat dəsti ilə dərc olunardı; onu hər ikisindən kənarda saxlayın",
            "--reviewers {} is inside --dist or --collect: the reviewers' names and token hashes would be served or published with the dataset; keep it outside both",
            "--reviewers {} лежит внутри --dist или --collect: имена рецензентов и хеши их ключей раздавались бы всем или публиковались бы с набором данных; держите файл вне обоих каталогов",
        ],
        Msg::NotReviewerLine => [
            "{}: rəyçi sətri deyil (AD<TAB>onaltılıq SHA-256, `napcheck review add-reviewer` yazır)",
            "{}: not a reviewer line (NAME<TAB>SHA-256 in hex, written by `napcheck review add-reviewer`)",
            "{}: не строка рецензента (ИМЯ<TAB>SHA-256 в шестнадцатеричном виде, её пишет `napcheck review add-reviewer`)",
        ],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// A status in `lang`.
pub(crate) fn status(lang: Lang, status: Status) -> &'static str {
    let [az, en, ru] = match status {
        Status::Pending => ["gözləyir", "pending", "ожидает"],
        Status::Accepted => ["qəbul edilib", "accepted", "принята"],
        Status::Rejected => ["rədd edilib", "rejected", "отклонена"],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

pub(crate) use crate::template::fill;
