//! Every refusal of the server in the three languages (Azerbaijani first):
//! the request's `Accept-Language` picks one, `--lang` when it names none.

use napcheck_core::Lang;

/// What a refusal says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Said {
    /// 403: an origin not allowed.
    OriginRefused(String),
    /// 404: no `--collect`.
    NotCollecting,
    /// 429: this client's bucket is empty; seconds to wait.
    TooManyFromClient(u64),
    /// 503: the server-wide bucket is empty; seconds to wait.
    TooManyOverall(u64),
    /// 415: not `application/json`.
    NotJson,
    /// 413: over `--max-body` bytes.
    TooLarge(usize),
    /// 413: more JSON values than `--max-values`.
    TooComplex(usize),
    /// 408: the body came too slowly.
    TooSlow,
    /// 400: the body was cut short.
    CutShort,
    /// 422: errors and warnings found.
    Invalid {
        /// Errors found.
        errors: usize,
        /// Warnings found.
        warnings: usize,
    },
    /// 507: the disk quota of `--collect` is reached.
    QuotaReached,
    /// 507: the file could not be written.
    CannotStore,
    /// 500: the check itself failed.
    CannotCheck,
}

impl Said {
    /// The message in `lang`.
    pub(crate) fn text(&self, lang: Lang) -> String {
        use Lang::{Az, En, Ru};
        match (self, lang) {
            (Said::OriginRefused(o), Az) => format!("{o} mənbəyindən göndərişlər burada qəbul edilmir"),
            (Said::OriginRefused(o), En) => format!("submissions from the origin {o} are not allowed here"),
            (Said::OriginRefused(o), Ru) => format!("отправка с источника {o} здесь не разрешена"),
            (Said::NotCollecting, Az) => "bu server göndərişləri qəbul etmir (onu --collect DIR ilə başladın)".into(),
            (Said::NotCollecting, En) => "this server does not collect submissions (start it with --collect DIR)".into(),
            (Said::NotCollecting, Ru) => "этот сервер не принимает отправки (запустите его с --collect DIR)".into(),
            (Said::TooManyFromClient(s), Az) => format!("bu ünvandan həddən artıq göndəriş gəlib: {s} saniyə sonra yenidən cəhd edin"),
            (Said::TooManyFromClient(s), En) => format!("too many submissions from this address: try again in {s} s"),
            (Said::TooManyFromClient(s), Ru) => format!("слишком много отправок с этого адреса: повторите через {s} с"),
            (Said::TooManyOverall(s), Az) => format!("server hazırda həddən artıq göndəriş alır: {s} saniyə sonra yenidən cəhd edin"),
            (Said::TooManyOverall(s), En) => format!("the server is receiving too many submissions: try again in {s} s"),
            (Said::TooManyOverall(s), Ru) => format!("сервер сейчас получает слишком много отправок: повторите через {s} с"),
            (Said::NotJson, Az) => "göndəriş Content-Type: application/json ilə göndərilməlidir".into(),
            (Said::NotJson, En) => "a submission must be sent as Content-Type: application/json".into(),
            (Said::NotJson, Ru) => "отправка должна иметь Content-Type: application/json".into(),
            (Said::TooLarge(n), Az) => format!("göndəriş {n} baytdan böyükdür"),
            (Said::TooLarge(n), En) => format!("the submission is larger than {n} bytes"),
            (Said::TooLarge(n), Ru) => format!("отправка больше {n} байт"),
            (Said::TooComplex(n), Az) => format!("göndərişdə {n}-dən çox JSON dəyəri var, bir qiymətləndirmədə bu qədər ola bilməz"),
            (Said::TooComplex(n), En) => format!("the submission has more than {n} JSON values, more than an assessment can have"),
            (Said::TooComplex(n), Ru) => format!("в отправке больше {n} значений JSON, больше, чем может быть в оценке"),
            (Said::TooSlow, Az) => "göndəriş vaxtında çatmadı".into(),
            (Said::TooSlow, En) => "the submission did not arrive in time".into(),
            (Said::TooSlow, Ru) => "отправка не пришла вовремя".into(),
            (Said::CutShort, Az) => "göndəriş sonu gəlmədən kəsildi".into(),
            (Said::CutShort, En) => "the submission was cut off before its end".into(),
            (Said::CutShort, Ru) => "отправка оборвалась до конца".into(),
            (Said::Invalid { errors, warnings }, Az) => format!("qiymətləndirmə qəbul edilmədi: {errors} səhv, {warnings} xəbərdarlıq"),
            (Said::Invalid { errors, warnings }, En) => format!("the assessment is invalid: {errors} error(s), {warnings} warning(s)"),
            (Said::Invalid { errors, warnings }, Ru) => format!("оценка недействительна: ошибок {errors}, предупреждений {warnings}"),
            (Said::QuotaReached, Az) => "qiymətləndirmə düzgündür, lakin toplama qovluğunun disk kvotası dolub; heç nə saxlanmadı".into(),
            (Said::QuotaReached, En) => "the submission is valid but the collection's disk quota is reached; nothing was kept".into(),
            (Said::QuotaReached, Ru) => "отправка верна, но дисковая квота каталога сбора исчерпана; ничего не сохранено".into(),
            (Said::CannotStore, Az) => "qiymətləndirmə düzgündür, lakin yazıla bilmədi; heç nə saxlanmadı".into(),
            (Said::CannotStore, En) => "the submission is valid but could not be stored; nothing was kept".into(),
            (Said::CannotStore, Ru) => "отправка верна, но её не удалось сохранить; ничего не сохранено".into(),
            (Said::CannotCheck, Az) => "göndəriş yoxlanıla bilmədi".into(),
            (Said::CannotCheck, En) => "the submission could not be checked".into(),
            (Said::CannotCheck, Ru) => "отправку не удалось проверить".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_three_distinct_texts() {
        let all = [
            Said::OriginRefused("https://evil.example".into()),
            Said::NotCollecting,
            Said::TooManyFromClient(2),
            Said::TooManyOverall(2),
            Said::NotJson,
            Said::TooLarge(10),
            Said::TooComplex(10),
            Said::TooSlow,
            Said::CutShort,
            Said::Invalid {
                errors: 1,
                warnings: 0,
            },
            Said::QuotaReached,
            Said::CannotStore,
            Said::CannotCheck,
        ];
        for said in all {
            let [az, en, ru] = Lang::ALL.map(|lang| said.text(lang));
            assert!(az != en && en != ru && az != ru, "{said:?}");
        }
    }
}
