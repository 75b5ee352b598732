//! The words of schema errors in Azerbaijani, English and Russian, in the
//! tone of the core's messages: what is wrong and what to do. Kinds not
//! listed here fall back to the schema validator's own English text.

use napcheck_core::Lang;
use serde_json::Value;

/// What a schema error says, with its parameters.
#[derive(Debug)]
pub(crate) enum Said<'a> {
    /// A required field is missing.
    Required {
        /// The field.
        name: &'a str,
    },
    /// A field the format does not have.
    Unexpected {
        /// The field.
        name: &'a str,
    },
    /// A value of the wrong JSON type.
    Type {
        /// The types allowed.
        expected: Vec<&'static str>,
        /// The type found.
        found: &'static str,
    },
    /// A string that is not of its format (`date`, `uri`).
    Format {
        /// The format.
        format: &'a str,
        /// The value.
        value: &'a str,
    },
    /// A string too short.
    MinLength {
        /// The least length.
        limit: u64,
    },
    /// A string too long.
    MaxLength {
        /// The greatest length.
        limit: u64,
    },
    /// A number too small.
    Minimum {
        /// The least value.
        limit: &'a Value,
    },
    /// A number too large.
    Maximum {
        /// The greatest value.
        limit: &'a Value,
    },
    /// A string that does not match its pattern (a version, a month, an
    /// id, or another form).
    Pattern {
        /// The value.
        value: &'a str,
        /// The pattern, which says which of them.
        pattern: &'a str,
    },
    /// A value other than the one constant allowed.
    Const {
        /// The constant.
        expected: &'a Value,
    },
    /// A value that fits none of the alternatives.
    NoAlternative {
        /// The constants the alternatives allow, if they are constants.
        allowed: &'a [String],
    },
    /// Anything else: the validator's English text is used.
    Other,
}

fn pick(lang: Lang, az: String, en: String, ru: String) -> Option<String> {
    Some(match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    })
}

fn list(items: &[impl AsRef<str>]) -> String {
    items
        .iter()
        .map(|i| format!("`{}`", i.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message in `lang`, or `None` to use the validator's text.
pub(crate) fn message(lang: Lang, said: &Said<'_>) -> Option<String> {
    match said {
        Said::Required { name } => pick(
            lang,
            format!("`{name}` sahəsi tələb olunur, lakin yoxdur. Onu əlavə edin."),
            format!("The required field `{name}` is missing. Add it."),
            format!("Обязательное поле `{name}` отсутствует. Добавьте его."),
        ),
        Said::Unexpected { name } => pick(
            lang,
            format!("`{name}` sahəsi bu formatda yoxdur. Adını yoxlayın və ya silin."),
            format!(
                "The field `{name}` is not part of the format. Check its spelling or remove it."
            ),
            format!("Поля `{name}` нет в формате. Проверьте написание или удалите его."),
        ),
        Said::Type { expected, found } => pick(
            lang,
            format!(
                "Dəyər {} tipində olmalıdır, {found} verilib.",
                list(expected)
            ),
            format!("The value must be of type {}, not {found}.", list(expected)),
            format!(
                "Значение должно иметь тип {}, а не {found}.",
                list(expected)
            ),
        ),
        Said::Format { format, value } => match *format {
            "date" => pick(
                lang,
                format!(
                    "`{value}` tarix deyil; İİİİ-AA-GG formasında yazın, məsələn `2018-08-17`."
                ),
                format!("`{value}` is not a date; write it as YYYY-MM-DD, e.g. `2018-08-17`."),
                format!("`{value}` — не дата; запишите её как ГГГГ-ММ-ДД, например `2018-08-17`."),
            ),
            "uri" => pick(
                lang,
                format!("`{value}` tam ünvan (URL) deyil; `https://` ilə başlayan ünvan yazın."),
                format!(
                    "`{value}` is not a full address (URL); write one that starts with `https://`."
                ),
                format!(
                    "`{value}` — не полный адрес (URL); укажите адрес, начинающийся с `https://`."
                ),
            ),
            other => pick(
                lang,
                format!("`{value}` `{other}` formatına uyğun deyil."),
                format!("`{value}` is not of the format `{other}`."),
                format!("`{value}` не соответствует формату `{other}`."),
            ),
        },
        Said::MinLength { limit } => pick(
            lang,
            format!("Mətn ən azı {limit} simvol olmalıdır; boş buraxmayın."),
            format!("The text must have at least {limit} character(s); do not leave it empty."),
            format!(
                "Текст должен содержать не менее {limit} символа(ов); не оставляйте его пустым."
            ),
        ),
        Said::MaxLength { limit } => pick(
            lang,
            format!("Mətn ən çoxu {limit} simvol ola bilər; qısaldın."),
            format!("The text may have at most {limit} characters; shorten it."),
            format!("Текст может содержать не более {limit} символов; сократите его."),
        ),
        Said::Minimum { limit } => pick(
            lang,
            format!("Dəyər ən azı {limit} olmalıdır."),
            format!("The value must be at least {limit}."),
            format!("Значение должно быть не меньше {limit}."),
        ),
        Said::Maximum { limit } => pick(
            lang,
            format!("Dəyər ən çoxu {limit} ola bilər."),
            format!("The value must be at most {limit}."),
            format!("Значение должно быть не больше {limit}."),
        ),
        Said::Pattern { value, pattern } if pattern.starts_with("^[a-z0-9]+(-") => pick(
            lang,
            format!("`{value}` identifikator deyil: kiçik hərflər və rəqəmlər, defislə, məsələn `az-nap-2016-2018`."),
            format!("`{value}` is not an id: lower-case letters and digits joined by hyphens, like `az-nap-2016-2018`."),
            format!("`{value}` — не идентификатор: строчные буквы и цифры через дефис, например `az-nap-2016-2018`."),
        ),
        Said::Pattern { value, pattern } if pattern.starts_with("^[0-9]{4}-") => pick(
            lang,
            format!("`{value}` ay deyil; `2017-05` kimi yazın."),
            format!("`{value}` is not a month; write it like `2017-05`."),
            format!("`{value}` — не месяц; запишите его как `2017-05`."),
        ),
        Said::Pattern { value, pattern } if pattern.starts_with("^(0|[1-9]") => pick(
            lang,
            format!("`{value}` versiya deyil; `1.0.0` kimi yazın."),
            format!("`{value}` is not a version; write it like `1.0.0`."),
            format!("`{value}` — не версия; запишите её как `1.0.0`."),
        ),
        Said::Pattern { value, pattern } => pick(
            lang,
            format!("`{value}` tələb olunan formada deyil (`{pattern}`)."),
            format!("`{value}` does not have the required form (`{pattern}`)."),
            format!("`{value}` не имеет требуемой формы (`{pattern}`)."),
        ),
        Said::Const { expected } => pick(
            lang,
            format!("Dəyər {expected} olmalıdır."),
            format!("The value must be {expected}."),
            format!("Значение должно быть {expected}."),
        ),
        Said::NoAlternative { allowed } if !allowed.is_empty() => pick(
            lang,
            format!("Dəyər bunlardan biri olmalıdır: {}.", list(allowed)),
            format!("The value must be one of {}.", list(allowed)),
            format!("Значение должно быть одним из: {}.", list(allowed)),
        ),
        Said::NoAlternative { .. } => pick(
            lang,
            "Dəyər icazə verilən formaların heç birinə uyğun deyil.".to_owned(),
            "The value fits none of the allowed forms.".to_owned(),
            "Значение не соответствует ни одной из допустимых форм.".to_owned(),
        ),
        Said::Other => None,
    }
}
