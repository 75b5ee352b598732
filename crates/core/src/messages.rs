//! The words of findings, in Azerbaijani, English and Russian. Each message
//! says what is wrong and what to do, for a volunteer who has never read the
//! schema. Parameters are quoted with backticks so they stand out in any
//! output format.

use crate::finding::Problem;
use crate::text::Lang;

/// Picks the translation for `lang`.
fn pick(lang: Lang, az: String, en: String, ru: String) -> String {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// The items in backticks, separated by commas, built in one string (an
/// `unanswered-criteria` message lists thirty criteria in every file).
fn list(items: &[String]) -> String {
    let mut out = String::with_capacity(items.iter().map(|i| i.len() + 4).sum());
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(item);
        out.push('`');
    }
    out
}

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), one_decimal)
}

/// A number with one decimal, as `{:.1}` prints it. Tenths as integers: no
/// float formatting code in the widget's wasm.
pub(crate) fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

impl Problem {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::JsonSyntax { detail } => pick(
                lang,
                format!("Fayl düzgün JSON deyil: {detail}. Mötərizələri, vergülləri və dırnaqları yoxlayın."),
                format!("The file is not valid JSON: {detail}. Check the brackets, commas and quotes here."),
                format!("Файл не является корректным JSON: {detail}. Проверьте скобки, запятые и кавычки."),
            ),
            Problem::DuplicateKey { key, first } => pick(
                lang,
                format!("`{key}` açarı bu obyektdə ikinci dəfə yazılıb (birincisi: sətir {}, sütun {}). Oxuyan proqram yalnız birini saxlayar; birini silin.", first.line, first.column),
                format!("The key `{key}` appears twice in this object (first at line {}, column {}). A JSON reader would silently keep only one; remove one of them.", first.line, first.column),
                format!("Ключ `{key}` повторяется в этом объекте (впервые в строке {}, столбце {}). Программа прочтёт только одно значение; удалите одно из них.", first.line, first.column),
            ),
            Problem::JsonShape { detail } => pick(
                lang,
                format!("Məlumatın quruluşu sxemə uyğun deyil: {detail}."),
                format!("The data does not have the expected shape: {detail}."),
                format!("Структура данных не соответствует схеме: {detail}."),
            ),
            Problem::UnknownCriteriaSet { id, known } => pick(
                lang,
                format!("`{id}` adlı meyar dəsti məlum deyil. Məlum dəstlər: {}.", list(known)),
                format!("The criteria set `{id}` is not known. Known sets: {}.", list(known)),
                format!("Набор критериев `{id}` неизвестен. Известные наборы: {}.", list(known)),
            ),
            Problem::UnsupportedCriteriaVersion { id, version, supported } => pick(
                lang,
                format!("`{id}` dəstinin `{version}` versiyası dəstəklənmir; `{supported}` versiyası ilə eyni əsas versiyanı göstərin."),
                format!("Version `{version}` of the set `{id}` is not supported; use a version with the same major number as `{supported}`, at most `{supported}`."),
                format!("Версия `{version}` набора `{id}` не поддерживается; укажите версию с тем же основным номером, что и `{supported}`, не выше `{supported}`."),
            ),
            Problem::UnknownCriterion { id } => pick(
                lang,
                format!("`{id}` meyarı bu dəstdə yoxdur. Meyarın identifikatorunu yoxlayın (`napcheck criteria show`)."),
                format!("The criterion `{id}` is not in this set. Check its id (`napcheck criteria show`)."),
                format!("Критерия `{id}` нет в этом наборе. Проверьте его идентификатор (`napcheck criteria show`)."),
            ),
            Problem::CriterionNotApplicable { id, body_kind } => pick(
                lang,
                format!("`{id}` meyarı `{body_kind}` növlü qurumlara aid deyil. Bu cavabı silin və ya müşahidəni `not_applicable` kimi qeyd edin."),
                format!("The criterion `{id}` does not apply to a body of kind `{body_kind}`. Remove the answer or record it as `not_applicable`."),
                format!("Критерий `{id}` не относится к органам вида `{body_kind}`. Удалите ответ или отметьте его как `not_applicable`."),
            ),
            Problem::WrongObservationType { id, expected, found } => pick(
                lang,
                format!("`{id}` meyarı `{expected}` tipli müşahidə gözləyir, `{found}` verilib."),
                format!("The criterion `{id}` takes an observation of type `{expected}`, not `{found}`."),
                format!("Критерий `{id}` ожидает наблюдение типа `{expected}`, а не `{found}`."),
            ),
            Problem::UnknownOption { id, option, allowed } => pick(
                lang,
                format!("`{option}` variantı `{id}` meyarında yoxdur. Mümkün variantlar: {}.", list(allowed)),
                format!("`{option}` is not an option of `{id}`. The options are: {}.", list(allowed)),
                format!("`{option}` не является вариантом критерия `{id}`. Варианты: {}.", list(allowed)),
            ),
            Problem::RepeatedOption { option } => pick(
                lang,
                format!("`{option}` variantı iki dəfə seçilib; birini silin."),
                format!("The option `{option}` is ticked twice; remove one."),
                format!("Вариант `{option}` отмечен дважды; удалите один."),
            ),
            Problem::CountAboveMaximum { value, max } => pick(
                lang,
                format!("{value} bu meyar üçün çox böyükdür (ən çoxu {max}). Yazı xətası olub-olmadığını yoxlayın."),
                format!("{value} is too large for this criterion (at most {max}). Check for a typo."),
                format!("{value} слишком много для этого критерия (не более {max}). Проверьте, нет ли опечатки."),
            ),
            Problem::DuplicateCriterion { id, first } => pick(
                lang,
                format!("`{id}` meyarına ikinci dəfə cavab verilib (birincisi /answers/{first}). Cavabları birləşdirin."),
                format!("The criterion `{id}` is answered twice (first at /answers/{first}). Merge the two answers."),
                format!("На критерий `{id}` дан второй ответ (первый в /answers/{first}). Объедините ответы."),
            ),
            Problem::NotHttpUrl { url } => pick(
                lang,
                format!("`{url}` http(s) ünvanı deyil. Tam ünvanı yazın, məsələn `https://...`."),
                format!("`{url}` is not an http(s) address. Write the full address, e.g. `https://...`."),
                format!("`{url}` не является адресом http(s). Укажите полный адрес, например `https://...`."),
            ),
            Problem::DateInFuture { date, today } => pick(
                lang,
                format!("{date} tarixi gələcəkdədir (bu gün {today}). Tarixi yoxlayın."),
                format!("The date {date} is in the future (today is {today}). Check the date."),
                format!("Дата {date} в будущем (сегодня {today}). Проверьте дату."),
            ),
            Problem::DateBeforePlan { date, start } => pick(
                lang,
                format!("{date} tarixi fəaliyyət planının başlanğıcından ({start}) əvvəldir."),
                format!("The date {date} is before the action plan began ({start})."),
                format!("Дата {date} раньше начала плана действий ({start})."),
            ),
            Problem::DateAfterCheck { date, checked_on } => pick(
                lang,
                format!("{date} tarixi yoxlama günündən ({checked_on}) sonradır; yoxlama tarixini və ya bu tarixi düzəldin."),
                format!("The date {date} is after the day of the check ({checked_on}); correct one of them."),
                format!("Дата {date} позже дня проверки ({checked_on}); исправьте одну из них."),
            ),
            Problem::UnknownBody { id } => pick(
                lang,
                format!("`{id}` qurumu reyestrdə yoxdur. Siyahıdan seçin və ya bu sahəni silin."),
                format!("The body `{id}` is not in the register. Pick one from the list or leave the field out."),
                format!("Органа `{id}` нет в реестре. Выберите из списка или удалите это поле."),
            ),
            Problem::BodyKindMismatch { id, registered, declared } => pick(
                lang,
                format!("`{id}` qurumu reyestrdə `{registered}` növündədir, burada isə `{declared}` yazılıb."),
                format!("The body `{id}` is of kind `{registered}` in the register, but `{declared}` is given here."),
                format!("Орган `{id}` в реестре имеет вид `{registered}`, а здесь указан `{declared}`."),
            ),
            Problem::ResultMismatch { subject, declared, computed } => pick(
                lang,
                format!("`{subject}` üçün elan edilmiş bal {} hesablanmış baldan {} fərqlənir. Nəticəni silin və ya yenidən hesablayın.", score(*declared), score(*computed)),
                format!("The declared score for `{subject}` ({}) differs from the recomputed one ({}). Remove the result or recompute it.", score(*declared), score(*computed)),
                format!("Заявленная оценка для `{subject}` ({}) отличается от пересчитанной ({}). Удалите результат или пересчитайте его.", score(*declared), score(*computed)),
            ),
            Problem::TextLength { length, min, max } if length < min => pick(
                lang,
                format!("Bu sahə boş ola bilməz (ən azı {min} simvol)."),
                format!("This field may not be empty (at least {min} character(s))."),
                format!("Это поле не может быть пустым (не менее {min} симв.)."),
            ),
            Problem::TextLength { length, max, .. } => pick(
                lang,
                format!("Mətn çox uzundur: {length} simvol, ən çoxu {max}. Qısaldın və ya sübut kimi keçid verin."),
                format!("The text is too long: {length} characters, at most {max}. Shorten it or link to the evidence instead."),
                format!("Текст слишком длинный: {length} симв., не более {max}. Сократите его или дайте ссылку на доказательство."),
            ),
            Problem::UnansweredCriteria { ids } => pick(
                lang,
                format!("Cavabsız aid meyarlar ({}): {}. Onları qiymətləndirin və ya `not_assessable` kimi qeyd edin.", ids.len(), list(ids)),
                format!("Relevant criteria without an answer ({}): {}. Assess them, or mark them `not_assessable`.", ids.len(), list(ids)),
                format!("Нужные критерии без ответа ({}): {}. Оцените их или отметьте как `not_assessable`.", ids.len(), list(ids)),
            ),
            Problem::IrrelevantAnswer { id, because } => pick(
                lang,
                format!("`{id}` meyarı {} cavabına görə aid deyil; bu cavab soruşulmur və qiymətləndirilmir. Cavabı silin və ya həmin cavabı yoxlayın.", list(because)),
                format!("The criterion `{id}` is not relevant given the answer to {}; this answer is neither asked for nor scored. Remove it or check that answer.", list(because)),
                format!("Критерий `{id}` не нужен при данном ответе на {}; этот ответ не запрашивается и не оценивается. Удалите его или проверьте тот ответ.", list(because)),
            ),
            Problem::NotAWholeNumber { text } => pick(
                lang,
                format!("`{text}` tam ədəd deyil. 0 və ya daha böyük tam ədəd yazın, məsələn 12."),
                format!("`{text}` is not a whole number. Enter a whole number of 0 or more, e.g. 12."),
                format!("`{text}` не является целым числом. Введите целое число не меньше 0, например 12."),
            ),
            Problem::SuggestedAnswer { id } => pick(
                lang,
                format!("`{id}` meyarının cavabını proqram təklif edib, vətəndaş təsdiqləməyib: təsdiqlənənə qədər qiymətləndirilmir."),
                format!("The answer to `{id}` was suggested by a program and not confirmed by the citizen: it is not scored until confirmed."),
                format!("Ответ на `{id}` предложен программой и не подтверждён гражданином: он не оценивается до подтверждения."),
            ),
            Problem::ReplyUnknownBody { id } => pick(
                lang,
                format!("`{id}` nə reyestrdəki qurumun identifikatorudur, nə də saytın ünvanıdır. Reyestr identifikatorunu (`napcheck criteria`) və ya saytın hostunu yazın, məsələn `example.gov.az`."),
                format!("`{id}` is neither the id of a body in the register nor a website's host. Give the register id or the site's host, e.g. `example.gov.az`."),
                format!("`{id}` — не идентификатор органа из реестра и не адрес сайта. Укажите идентификатор из реестра или хост сайта, например `example.gov.az`."),
            ),
            Problem::ReplyUnknownRating { rating, ratings } => pick(
                lang,
                format!("Bu dəst `{rating}` qiyməti vermir; etiraz edilən qiymət bunlardan biri olmalıdır: {}.", list(ratings)),
                format!("This set gives no rating `{rating}`; the contested rating must be one of {}.", list(ratings)),
                format!("Этот набор не даёт оценки `{rating}`; оспариваемая оценка должна быть одной из: {}.", list(ratings)),
            ),
            Problem::ReplyDecisionMissing { status } => pick(
                lang,
                format!("Cavabın statusu `{status}`-dır, amma rəyçinin qərarı yoxdur: `decision` sahəsinə səbəbi (`reason`) və tarixi (`decided_on`) yazın və ya statusu `open` edin."),
                format!("The reply's status is `{status}` but it has no reviewer's decision: add `decision` with its `reason` and `decided_on`, or set the status to `open`."),
                format!("Статус ответа — `{status}`, но решения рецензента нет: добавьте `decision` с причиной (`reason`) и датой (`decided_on`) или верните статус `open`."),
            ),
            Problem::ReplyNotRated { body, criterion } => pick(
                lang,
                format!("`{body}` qurumu bu raundda `{criterion}` meyarı üzrə qiymətləndirilməyib: cavab heç bir qiymətə aid deyil. Qurumu və meyarı yoxlayın."),
                format!("The body `{body}` was not rated on `{criterion}` in this round: the reply answers no rating. Check the body and the criterion."),
                format!("Орган `{body}` не оценивался по критерию `{criterion}` в этом раунде: ответ не относится ни к одной оценке. Проверьте орган и критерий."),
            ),
            Problem::SetDuplicateId { what, id } => pick(
                lang,
                format!("`{id}` ({what}) iki dəfə təyin edilib."),
                format!("The {what} id `{id}` is defined twice."),
                format!("Идентификатор `{id}` ({what}) определён дважды."),
            ),
            Problem::SetUnknownReference { what, id } => pick(
                lang,
                format!("`{id}` ({what}) təyin edilməyib."),
                format!("The {what} `{id}` is not defined."),
                format!("`{id}` ({what}) не определён."),
            ),
            Problem::SetRuleMismatch { rule, observation } => pick(
                lang,
                format!("`{rule}` qaydası `{observation}` tipli müşahidəyə uyğun deyil."),
                format!("A `{rule}` rule cannot rate a `{observation}` observation."),
                format!("Правило `{rule}` не подходит для наблюдения типа `{observation}`."),
            ),
            Problem::SetUnmappedOption { option } => pick(
                lang,
                format!("`{option}` variantına qaydada səviyyə verilməyib."),
                format!("The rule gives no level to the option `{option}`."),
                format!("Правило не задаёт уровень для варианта `{option}`."),
            ),
            Problem::SetThresholdOrder => pick(
                lang,
                "Hədlər yoxlanma sırası ilə deyil (`at_least` azalan, `at_most_days` artan olmalıdır).".to_owned(),
                "The thresholds are not in the order they are tried (`at_least` descending, `at_most_days` ascending).".to_owned(),
                "Пороги не в порядке проверки (`at_least` по убыванию, `at_most_days` по возрастанию).".to_owned(),
            ),
            Problem::SetRetiredIdReused { id } => pick(
                lang,
                format!("`{id}` identifikatoru əvvəlki versiyada ləğv edilib və yenidən istifadə oluna bilməz."),
                format!("The id `{id}` was retired by an earlier version and may not be reused."),
                format!("Идентификатор `{id}` выведен из употребления ранее и не может использоваться снова."),
            ),
            Problem::SetBlankText => pick(
                lang,
                "Mətnin tərcümələrindən biri boşdur.".to_owned(),
                "A translation of this text is blank.".to_owned(),
                "Один из переводов этого текста пуст.".to_owned(),
            ),
            Problem::SetEmptyCommitment { id } => pick(
                lang,
                format!("`{id}` öhdəliyinin heç bir meyarı yoxdur."),
                format!("The commitment `{id}` has no criteria."),
                format!("У обязательства `{id}` нет критериев."),
            ),
            Problem::SetPeriodReversed => pick(
                lang,
                "Dövr başlamadan bitir.".to_owned(),
                "The period ends before it starts.".to_owned(),
                "Период заканчивается раньше, чем начинается.".to_owned(),
            ),
            Problem::SetConditionMismatch { condition, observation } => pick(
                lang,
                format!("`{condition}` şərti `{observation}` tipli müşahidəyə tətbiq oluna bilməz (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
                format!("An `{condition}` condition cannot be decided by a `{observation}` observation (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
                format!("Условие `{condition}` неприменимо к наблюдению типа `{observation}` (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
            ),
            Problem::SetRelevanceCycle { id } => pick(
                lang,
                format!("`{id}` meyarının aidiyyət şərti özündən asılıdır (şərtlər dairəsi)."),
                format!("The relevance condition of `{id}` depends on itself (a cycle of conditions)."),
                format!("Условие применимости критерия `{id}` зависит от него самого (цикл условий)."),
            ),
            Problem::CrosswalkUnknownCriterion { id, set } => pick(
                lang,
                format!("`{id}` meyarı `{set}` dəstində yoxdur. Identifikatoru yoxlayın (`napcheck criteria show {set}`)."),
                format!("The criterion `{id}` is not in the set `{set}`. Check its id (`napcheck criteria show {set}`)."),
                format!("Критерия `{id}` нет в наборе `{set}`. Проверьте его идентификатор (`napcheck criteria show {set}`)."),
            ),
            Problem::CrosswalkUnknownOption { id, option, allowed } => pick(
                lang,
                format!("`{id}` meyarı `{option}` cavabını qəbul etmir. Mümkün cavablar: {}.", list(allowed)),
                format!("The criterion `{id}` cannot take the answer `{option}`. Its answers: {}.", list(allowed)),
                format!("Критерий `{id}` не допускает ответ `{option}`. Допустимые ответы: {}.", list(allowed)),
            ),
            Problem::CrosswalkConversionMismatch { conversion, from, to } => pick(
                lang,
                format!("`{conversion}` çevirməsi `{from}` tipli müşahidəni `{to}` tipinə çevirə bilməz (`copy`: eyni tip; `options`: `yes_no`/`choice` → `yes_no`/`choice`, `choices` → `choices`; `at_least`: `count`/`choices`/`urls` → `yes_no`)."),
                format!("The conversion `{conversion}` cannot turn a `{from}` observation into a `{to}` one (`copy`: the same type; `options`: `yes_no`/`choice` to `yes_no`/`choice`, `choices` to `choices`; `at_least`: `count`/`choices`/`urls` to `yes_no`)."),
                format!("Преобразование `{conversion}` не может превратить наблюдение типа `{from}` в `{to}` (`copy`: тот же тип; `options`: `yes_no`/`choice` в `yes_no`/`choice`, `choices` в `choices`; `at_least`: `count`/`choices`/`urls` в `yes_no`)."),
            ),
            Problem::CrosswalkRelationMismatch { relation } => pick(
                lang,
                format!("`{relation}` əlaqəsi qarşılıqlara uyğun deyil: `none` əlaqəsinin `to` siyahısı boş olmalıdır, digərlərinin isə ən azı bir qarşılığı olmalıdır."),
                format!("The relation `{relation}` does not fit the counterparts: `none` has an empty `to`, every other relation at least one counterpart."),
                format!("Отношение `{relation}` не соответствует соответствиям: у `none` список `to` пуст, у остальных отношений есть хотя бы одно соответствие."),
            ),
            Problem::CrosswalkMissingReason => pick(
                lang,
                "`none` əlaqəsi səbəbsiz ola bilməz: `reason` sahəsində üç dildə izah edin ki, niyə yeni dəstdə qarşılıq yoxdur.".to_owned(),
                "A relation `none` needs a `reason`: say in the three languages why the newer set has no counterpart.".to_owned(),
                "Отношению `none` нужна причина: в поле `reason` объясните на трёх языках, почему в новом наборе нет соответствия.".to_owned(),
            ),
            Problem::CrosswalkUnmappedCriterion { id } => pick(
                lang,
                format!("Köhnə dəstin `{id}` meyarı heç bir uyğunluqda yoxdur. Onu əlavə edin (qarşılığı yoxdursa, `none` əlaqəsi və səbəb ilə)."),
                format!("The older set's criterion `{id}` has no mapping. Add one (with relation `none` and a reason if it has no counterpart)."),
                format!("Для критерия `{id}` старого набора нет соответствия. Добавьте его (с отношением `none` и причиной, если соответствия нет)."),
            ),
            Problem::CrosswalkDuplicateMapping { id } => pick(
                lang,
                format!("`{id}` meyarı üçün ikinci uyğunluq yazılıb. Onları birləşdirin."),
                format!("The criterion `{id}` is mapped twice. Merge the two mappings."),
                format!("Критерий `{id}` сопоставлен дважды. Объедините эти соответствия."),
            ),
        }
    }
}

#[cfg(test)]
mod score_tests {
    use super::score;

    #[test]
    fn scores_print_with_one_decimal_like_the_float_format() {
        for v in [0.0, 33.333, 66.66, 99.95, 100.0, 12.04, -0.5, -12.36] {
            assert_eq!(score(Some(v)), format!("{v:.1}"), "{v}");
        }
        assert_eq!(score(None), "—");
    }
}
