//! Every problem a check can find, declared once ([`problems!`]): each
//! variant with its typed fields, its stable code, its severity, the code
//! list it belongs to and its located message in az, en and ru. The enum,
//! [`Problem::code`], [`Problem::severity`], the code lists and
//! [`Problem::message`] are generated from the one table, so a new code is
//! one entry (as rust-analyzer declares its diagnostics). A message formats
//! only the language asked for (but `text-length`'s two wordings). The citizen's words stay in `citizen.rs`:
//! they depend on the criteria set, not on the problem alone.

use crate::body::BodyKind;
use crate::criteria::ObservationType;
use crate::day::Day;
use crate::finding::Severity;
use crate::messages::{list, score};
use crate::month::DayOrMonth;
use crate::reply::ReplyStatus;
use crate::text::Lang;
use crate::version::Version;
use std::fmt::Arguments;

/// Which code list a problem belongs to.
#[derive(Clone, Copy)]
enum List {
    Input,
    Assessment,
    Field,
    Set,
    Crosswalk,
    Reply,
    Round,
}

/// Declares [`Problem`] and everything kept per code. Each entry: the
/// variant's doc and fields, `= "code", Severity, List => { az, en, ru }`
/// (the messages are `format_args!` over the fields).
macro_rules! problems {
    ($(
        $(#[$doc:meta])*
        $variant:ident $({ $( $(#[$field_doc:meta])* $field:ident : $ty:ty ),* $(,)? })?
        = $code:literal, $severity:ident, $list:ident => {
            az: $az:expr,
            en: $en:expr,
            ru: $ru:expr $(,)?
        }
    )*) => {
        /// A problem found in an assessment or a criteria set, with what a
        /// reader needs to fix it. Each variant has one stable code (see
        /// [`Problem::code`]).
        #[derive(Debug, Clone, PartialEq)]
        pub enum Problem {
            $(
                $(#[$doc])*
                $variant $({ $( $(#[$field_doc])* $field: $ty ),* })?,
            )*
        }

        /// Every code with its list, in the order of the declaration.
        const TABLE: &[(&str, List)] = &[$(($code, List::$list)),*];

        impl Problem {
            /// The stable code, e.g. `unknown-criterion`. Codes are never
            /// reused for another meaning; tools and people may match on them.
            pub fn code(&self) -> &'static str {
                match self {
                    $(Problem::$variant { .. } => $code,)*
                }
            }

            /// How serious it is.
            pub fn severity(&self) -> Severity {
                match self {
                    $(Problem::$variant { .. } => Severity::$severity,)*
                }
            }

            /// The message in `lang`. Each language's words are only
            /// `format_args!` (nothing is formatted) until [`pick`] formats
            /// the one asked for: one straight line per problem, which keeps
            /// the widget's wasm smaller than a match on the language in each.
            #[allow(unused_variables)]
            pub fn message(&self, lang: Lang) -> String {
                match self {
                    $(Problem::$variant $({ $($field),* })? => pick(lang, $az, $en, $ru),)*
                }
            }
        }
    };
}

/// Formats the words in `lang`.
fn pick(lang: Lang, az: Arguments<'_>, en: Arguments<'_>, ru: Arguments<'_>) -> String {
    std::fmt::format(match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    })
}

/// How many codes `list` has.
const fn count(list: List) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < TABLE.len() {
        if TABLE[i].1 as u8 == list as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The codes of `list`, in the order of the declaration.
const fn codes<const N: usize>(list: List) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < TABLE.len() {
        if TABLE[i].1 as u8 == list as u8 {
            out[n] = TABLE[i].0;
            n += 1;
        }
        i += 1;
    }
    out
}

impl Problem {
    /// The codes a reader gives before any layer of the pipeline runs.
    pub const INPUT_CODES: [&'static str; count(List::Input)] = codes(List::Input);

    /// Every code a check of an assessment can give.
    pub const ASSESSMENT_CODES: [&'static str; count(List::Assessment)] = codes(List::Assessment);

    /// The codes only the check of one field as it is typed can give
    /// ([`crate::read_count`]), never the check of a document.
    pub const FIELD_CODES: [&'static str; count(List::Field)] = codes(List::Field);

    /// Every code a check of a criteria set can give (besides `json-*` and
    /// `duplicate-key`).
    pub const SET_CODES: [&'static str; count(List::Set)] = codes(List::Set);

    /// The codes of a reply's own checks (a reply also gets the
    /// assessment's criterion, observation, link and date codes);
    /// `reply-not-rated`, `reply-contests-other-rating` and
    /// `reply-other-round` are found beside the dataset, by `report`.
    pub const REPLY_CODES: [&'static str; count(List::Reply)] = codes(List::Reply);

    /// The codes of a round manifest's own checks (`round.json`; besides
    /// `json-*` and `duplicate-key`).
    pub const ROUND_CODES: [&'static str; count(List::Round)] = codes(List::Round);

    /// Every code a check of a crosswalk can give (besides `json-*`,
    /// `duplicate-key`, `unknown-criteria-set`,
    /// `unsupported-criteria-version` and `set-blank-text`).
    pub const CROSSWALK_CODES: [&'static str; count(List::Crosswalk)] = codes(List::Crosswalk);
}

problems! {
    /// The input is larger than the reader accepts and was not read (the
    /// CLI's `--max-size`), so no layer of the pipeline ran.
    TooLarge {
        /// The most bytes accepted.
        max: u64,
    } = "too-large", Error, Input => {
        az: format_args!("Fayl çox böyükdür: {max} baytdan artıqdır (--max-size). Qiymətləndirmə bir neçə kilobayt olur; faylı bölün və ya --max-size dəyərini artırın."),
        en: format_args!("The file is too large: more than {max} bytes (--max-size). An assessment is a few kilobytes; split the file or raise --max-size."),
        ru: format_args!("Файл слишком большой: более {max} байт (--max-size). Оценка занимает несколько килобайт; разделите файл или увеличьте --max-size."),
    }
    /// The text is not JSON.
    JsonSyntax {
        /// serde_json's description (English).
        detail: String,
    } = "json-syntax", Error, Assessment => {
        az: format_args!("Fayl düzgün JSON deyil: {detail}. Mötərizələri, vergülləri və dırnaqları yoxlayın."),
        en: format_args!("The file is not valid JSON: {detail}. Check the brackets, commas and quotes here."),
        ru: format_args!("Файл не является корректным JSON: {detail}. Проверьте скобки, запятые и кавычки."),
    }
    /// An object has two members with the same key; a JSON reader would
    /// silently keep only one of them.
    DuplicateKey {
        /// The key.
        key: String,
        /// Where the key first appears.
        first: crate::pointer::Position,
    } = "duplicate-key", Error, Assessment => {
        az: format_args!("`{key}` açarı bu obyektdə ikinci dəfə yazılıb (birincisi: sətir {}, sütun {}). Oxuyan proqram yalnız birini saxlayar; birini silin.", first.line, first.column),
        en: format_args!("The key `{key}` appears twice in this object (first at line {}, column {}). A JSON reader would silently keep only one; remove one of them.", first.line, first.column),
        ru: format_args!("Ключ `{key}` повторяется в этом объекте (впервые в строке {}, столбце {}). Программа прочтёт только одно значение; удалите одно из них.", first.line, first.column),
    }
    /// The JSON does not have the shape of the document (a missing field, a
    /// wrong type, an unknown field).
    JsonShape {
        /// serde's description (English).
        detail: String,
    } = "json-shape", Error, Assessment => {
        az: format_args!("Məlumatın quruluşu sxemə uyğun deyil: {detail}."),
        en: format_args!("The data does not have the expected shape: {detail}."),
        ru: format_args!("Структура данных не соответствует схеме: {detail}."),
    }
    /// The assessment names a criteria set that is not known.
    UnknownCriteriaSet {
        /// The id given.
        id: String,
        /// The ids that are known.
        known: Vec<String>,
    } = "unknown-criteria-set", Error, Assessment => {
        az: format_args!("`{id}` adlı meyar dəsti məlum deyil. Məlum dəstlər: {}.", list(known)),
        en: format_args!("The criteria set `{id}` is not known. Known sets: {}.", list(known)),
        ru: format_args!("Набор критериев `{id}` неизвестен. Известные наборы: {}.", list(known)),
    }
    /// The assessment names a version of the set that is not supported.
    UnsupportedCriteriaVersion {
        /// The set's id.
        id: String,
        /// The version given (boxed, as is the next, so that a `Problem`
        /// stays as small as its other variants).
        version: Box<Version>,
        /// The version known.
        supported: Box<Version>,
    } = "unsupported-criteria-version", Error, Assessment => {
        az: format_args!("`{id}` dəstinin `{version}` versiyası dəstəklənmir; `{supported}` versiyası ilə eyni əsas versiyanı göstərin."),
        en: format_args!("Version `{version}` of the set `{id}` is not supported; use a version with the same major number as `{supported}`, at most `{supported}`."),
        ru: format_args!("Версия `{version}` набора `{id}` не поддерживается; укажите версию с тем же основным номером, что и `{supported}`, не выше `{supported}`."),
    }
    /// An answer names a criterion the set does not have.
    UnknownCriterion {
        /// The id given.
        id: String,
    } = "unknown-criterion", Error, Assessment => {
        az: format_args!("`{id}` meyarı bu dəstdə yoxdur. Meyarın identifikatorunu yoxlayın (`napcheck criteria show`)."),
        en: format_args!("The criterion `{id}` is not in this set. Check its id (`napcheck criteria show`)."),
        ru: format_args!("Критерия `{id}` нет в этом наборе. Проверьте его идентификатор (`napcheck criteria show`)."),
    }
    /// An answer rates a criterion that does not apply to this kind of body.
    CriterionNotApplicable {
        /// The criterion.
        id: String,
        /// The site's kind of body.
        body_kind: BodyKind,
    } = "criterion-not-applicable", Error, Assessment => {
        az: format_args!("`{id}` meyarı `{body_kind}` növlü qurumlara aid deyil. Bu cavabı silin və ya müşahidəni `not_applicable` kimi qeyd edin."),
        en: format_args!("The criterion `{id}` does not apply to a body of kind `{body_kind}`. Remove the answer or record it as `not_applicable`."),
        ru: format_args!("Критерий `{id}` не относится к органам вида `{body_kind}`. Удалите ответ или отметьте его как `not_applicable`."),
    }
    /// An assessment made on an older version of its set answers a
    /// criterion that the set's version no longer asks of this kind of body
    /// (it did not count then either way): the answer is left out of the
    /// score, as `napcheck migrate` would leave it out.
    CriterionNoLongerAsked {
        /// The criterion.
        id: String,
        /// The site's kind of body.
        body_kind: BodyKind,
        /// The set's version, which no longer asks it (boxed, as above).
        version: Box<Version>,
    } = "criterion-no-longer-asked", Warning, Assessment => {
        az: format_args!("Dəstin `{version}` versiyası `{id}` meyarını `{body_kind}` növlü qurumlardan soruşmur; bu cavab qiymətləndirilmir (`napcheck migrate`)."),
        en: format_args!("Version `{version}` of the set no longer asks `{id}` of a body of kind `{body_kind}`; this answer is not scored (`napcheck migrate`)."),
        ru: format_args!("Версия `{version}` набора не спрашивает `{id}` у органов вида `{body_kind}`; этот ответ не оценивается (`napcheck migrate`)."),
    }
    /// The observation's type is not the criterion's.
    WrongObservationType {
        /// The criterion.
        id: String,
        /// The criterion's observation type.
        expected: ObservationType,
        /// The type found.
        found: ObservationType,
    } = "wrong-observation-type", Error, Assessment => {
        az: format_args!("`{id}` meyarı `{expected}` tipli müşahidə gözləyir, `{found}` verilib."),
        en: format_args!("The criterion `{id}` takes an observation of type `{expected}`, not `{found}`."),
        ru: format_args!("Критерий `{id}` ожидает наблюдение типа `{expected}`, а не `{found}`."),
    }
    /// An option that the criterion does not list.
    UnknownOption {
        /// The criterion.
        id: String,
        /// The option given.
        option: String,
        /// The options listed.
        allowed: Vec<String>,
    } = "unknown-option", Error, Assessment => {
        az: format_args!("`{option}` variantı `{id}` meyarında yoxdur. Mümkün variantlar: {}.", list(allowed)),
        en: format_args!("`{option}` is not an option of `{id}`. The options are: {}.", list(allowed)),
        ru: format_args!("`{option}` не является вариантом критерия `{id}`. Варианты: {}.", list(allowed)),
    }
    /// The same option ticked twice.
    RepeatedOption {
        /// The option.
        option: String,
    } = "repeated-option", Error, Assessment => {
        az: format_args!("`{option}` variantı iki dəfə seçilib; birini silin."),
        en: format_args!("The option `{option}` is ticked twice; remove one."),
        ru: format_args!("Вариант `{option}` отмечен дважды; удалите один."),
    }
    /// A count larger than the criterion allows.
    CountAboveMaximum {
        /// The count given.
        value: u64,
        /// The largest allowed.
        max: u64,
    } = "count-above-maximum", Error, Assessment => {
        az: format_args!("{value} bu meyar üçün çox böyükdür (ən çoxu {max}). Yazı xətası olub-olmadığını yoxlayın."),
        en: format_args!("{value} is too large for this criterion (at most {max}). Check for a typo."),
        ru: format_args!("{value} слишком много для этого критерия (не более {max}). Проверьте, нет ли опечатки."),
    }
    /// Two answers for one criterion.
    DuplicateCriterion {
        /// The criterion.
        id: String,
        /// The index of the first answer.
        first: usize,
    } = "duplicate-criterion", Error, Assessment => {
        az: format_args!("`{id}` meyarına ikinci dəfə cavab verilib (birincisi /answers/{first}). Cavabları birləşdirin."),
        en: format_args!("The criterion `{id}` is answered twice (first at /answers/{first}). Merge the two answers."),
        ru: format_args!("На критерий `{id}` дан второй ответ (первый в /answers/{first}). Объедините ответы."),
    }
    /// A link that is not an http(s) URL.
    NotHttpUrl {
        /// The link given.
        url: String,
    } = "not-http-url", Error, Assessment => {
        az: format_args!("`{url}` http(s) ünvanı deyil. Tam ünvanı yazın, məsələn `https://...`."),
        en: format_args!("`{url}` is not an http(s) address. Write the full address, e.g. `https://...`."),
        ru: format_args!("`{url}` не является адресом http(s). Укажите полный адрес, например `https://...`."),
    }
    /// A date after today.
    DateInFuture {
        /// The date given.
        date: Day,
        /// Today.
        today: Day,
    } = "date-in-future", Error, Assessment => {
        az: format_args!("{date} tarixi gələcəkdədir (bu gün {today}). Tarixi yoxlayın."),
        en: format_args!("The date {date} is in the future (today is {today}). Check the date."),
        ru: format_args!("Дата {date} в будущем (сегодня {today}). Проверьте дату."),
    }
    /// A date before the action plan began.
    DateBeforePlan {
        /// The date given.
        date: Day,
        /// The plan's first day.
        start: Day,
    } = "date-before-plan", Error, Assessment => {
        az: format_args!("{date} tarixi fəaliyyət planının başlanğıcından ({start}) əvvəldir."),
        en: format_args!("The date {date} is before the action plan began ({start})."),
        ru: format_args!("Дата {date} раньше начала плана действий ({start})."),
    }
    /// A date after the day of the check.
    DateAfterCheck {
        /// The date given.
        date: DayOrMonth,
        /// The day of the check.
        checked_on: Day,
    } = "date-after-check", Warning, Assessment => {
        az: format_args!("{date} tarixi yoxlama günündən ({checked_on}) sonradır; yoxlama tarixini və ya bu tarixi düzəldin."),
        en: format_args!("The date {date} is after the day of the check ({checked_on}); correct one of them."),
        ru: format_args!("Дата {date} позже дня проверки ({checked_on}); исправьте одну из них."),
    }
    /// The site names a body the register does not have.
    UnknownBody {
        /// The id given.
        id: String,
    } = "unknown-body", Error, Assessment => {
        az: format_args!("`{id}` qurumu reyestrdə yoxdur. Siyahıdan seçin və ya bu sahəni silin."),
        en: format_args!("The body `{id}` is not in the register. Pick one from the list or leave the field out."),
        ru: format_args!("Органа `{id}` нет в реестре. Выберите из списка или удалите это поле."),
    }
    /// The site's kind of body is not the registered body's kind.
    BodyKindMismatch {
        /// The body.
        id: String,
        /// The kind in the register.
        registered: BodyKind,
        /// The kind given.
        declared: BodyKind,
    } = "body-kind-mismatch", Error, Assessment => {
        az: format_args!("`{id}` qurumu reyestrdə `{registered}` növündədir, burada isə `{declared}` yazılıb."),
        en: format_args!("The body `{id}` is of kind `{registered}` in the register, but `{declared}` is given here."),
        ru: format_args!("Орган `{id}` в реестре имеет вид `{registered}`, а здесь указан `{declared}`."),
    }
    /// A declared score that differs from the recomputed one.
    ResultMismatch {
        /// `overall` or the commitment's id.
        subject: String,
        /// The declared score, if any.
        declared: Option<f64>,
        /// The recomputed score, if any.
        computed: Option<f64>,
    } = "result-mismatch", Error, Assessment => {
        az: format_args!("`{subject}` üçün elan edilmiş bal {} hesablanmış baldan {} fərqlənir. Nəticəni silin və ya yenidən hesablayın.", score(*declared), score(*computed)),
        en: format_args!("The declared score for `{subject}` ({}) differs from the recomputed one ({}). Remove the result or recompute it.", score(*declared), score(*computed)),
        ru: format_args!("Заявленная оценка для `{subject}` ({}) отличается от пересчитанной ({}). Удалите результат или пересчитайте его.", score(*declared), score(*computed)),
    }
    /// A text shorter or longer than its field allows.
    TextLength {
        /// Its length in characters.
        length: usize,
        /// The least allowed.
        min: usize,
        /// The most allowed.
        max: usize,
    } = "text-length", Error, Assessment => {
        az: format_args!(
            "{}",
            if length < min {
                format!("Bu sahə boş ola bilməz (ən azı {min} simvol).")
            } else {
                format!("Mətn çox uzundur: {length} simvol, ən çoxu {max}. Qısaldın və ya sübut kimi keçid verin.")
            }
        ),
        en: format_args!(
            "{}",
            if length < min {
                format!("This field may not be empty (at least {min} character(s)).")
            } else {
                format!("The text is too long: {length} characters, at most {max}. Shorten it or link to the evidence instead.")
            }
        ),
        ru: format_args!(
            "{}",
            if length < min {
                format!("Это поле не может быть пустым (не менее {min} симв.).")
            } else {
                format!("Текст слишком длинный: {length} симв., не более {max}. Сократите его или дайте ссылку на доказательство.")
            }
        ),
    }
    /// Relevant criteria without an answer ([`crate::relevance`]), all of
    /// them in one finding (in the set's order).
    UnansweredCriteria {
        /// The criteria.
        ids: Vec<String>,
    } = "unanswered-criteria", Warning, Assessment => {
        az: format_args!("Cavabsız aid meyarlar ({}): {}. Onları qiymətləndirin və ya `not_assessable` kimi qeyd edin.", ids.len(), list(ids)),
        en: format_args!("Relevant criteria without an answer ({}): {}. Assess them, or mark them `not_assessable`.", ids.len(), list(ids)),
        ru: format_args!("Нужные критерии без ответа ({}): {}. Оцените их или отметьте как `not_assessable`.", ids.len(), list(ids)),
    }
    /// An answer to a criterion that the other answers make irrelevant (a
    /// follow-up whose condition is not met); it is neither scored nor asked.
    IrrelevantAnswer {
        /// The criterion.
        id: String,
        /// The criteria its condition names, whose answers rule it out.
        because: Vec<String>,
    } = "irrelevant-answer", Warning, Assessment => {
        az: format_args!("`{id}` meyarı {} cavabına görə aid deyil; bu cavab soruşulmur və qiymətləndirilmir. Cavabı silin və ya həmin cavabı yoxlayın.", list(because)),
        en: format_args!("The criterion `{id}` is not relevant given the answer to {}; this answer is neither asked for nor scored. Remove it or check that answer.", list(because)),
        ru: format_args!("Критерий `{id}` не нужен при данном ответе на {}; этот ответ не запрашивается и не оценивается. Удалите его или проверьте тот ответ.", list(because)),
    }
    /// A text typed into a count field that is not a whole number of 0 or
    /// more (`-5`, `3.7`, `1e3`). Only a field check gives it
    /// ([`crate::read_count`]); in a document the schema refuses such counts.
    NotAWholeNumber {
        /// The text typed.
        text: String,
    } = "not-a-whole-number", Error, Field => {
        az: format_args!("`{text}` tam ədəd deyil. 0 və ya daha böyük tam ədəd yazın, məsələn 12."),
        en: format_args!("`{text}` is not a whole number. Enter a whole number of 0 or more, e.g. 12."),
        ru: format_args!("`{text}` не является целым числом. Введите целое число не меньше 0, например 12."),
    }
    /// An answer only suggested (`suggested_by`, e.g. by `napcheck probe`)
    /// and not confirmed by the citizen: it is not scored.
    SuggestedAnswer {
        /// The criterion.
        id: String,
    } = "suggested-answer", Warning, Assessment => {
        az: format_args!("`{id}` meyarının cavabını proqram təklif edib, vətəndaş təsdiqləməyib: təsdiqlənənə qədər qiymətləndirilmir."),
        en: format_args!("The answer to `{id}` was suggested by a program and not confirmed by the citizen: it is not scored until confirmed."),
        ru: format_args!("Ответ на `{id}` предложен программой и не подтверждён гражданином: он не оценивается до подтверждения."),
    }
    /// A reply names a body that is neither in the register nor a
    /// website's host.
    ReplyUnknownBody {
        /// The body given.
        id: String,
    } = "reply-unknown-body", Error, Reply => {
        az: format_args!("`{id}` nə reyestrdəki qurumun identifikatorudur, nə də saytın ünvanıdır. Reyestr identifikatorunu (`napcheck criteria`) və ya saytın hostunu yazın, məsələn `example.gov.az`."),
        en: format_args!("`{id}` is neither the id of a body in the register nor a website's host. Give the register id or the site's host, e.g. `example.gov.az`."),
        ru: format_args!("`{id}` — не идентификатор органа из реестра и не адрес сайта. Укажите идентификатор из реестра или хост сайта, например `example.gov.az`."),
    }
    /// A reply contests a rating the set cannot give.
    ReplyUnknownRating {
        /// The rating given.
        rating: String,
        /// The ratings the set can give.
        ratings: Vec<String>,
    } = "reply-unknown-rating", Error, Reply => {
        az: format_args!("Bu dəst `{rating}` qiyməti vermir; etiraz edilən qiymət bunlardan biri olmalıdır: {}.", list(ratings)),
        en: format_args!("This set gives no rating `{rating}`; the contested rating must be one of {}.", list(ratings)),
        ru: format_args!("Этот набор не даёт оценки `{rating}`; оспариваемая оценка должна быть одной из: {}.", list(ratings)),
    }
    /// A reply is decided (upheld, corrected or rejected) without the
    /// reviewer's decision and reason.
    ReplyDecisionMissing {
        /// The status given.
        status: ReplyStatus,
    } = "reply-decision-missing", Error, Reply => {
        az: format_args!("Cavabın statusu `{status}`-dır, amma rəyçinin qərarı yoxdur: `decision` sahəsinə səbəbi (`reason`) və tarixi (`decided_on`) yazın və ya statusu `open` edin."),
        en: format_args!("The reply's status is `{status}` but it has no reviewer's decision: add `decision` with its `reason` and `decided_on`, or set the status to `open`."),
        ru: format_args!("Статус ответа — `{status}`, но решения рецензента нет: добавьте `decision` с причиной (`reason`) и датой (`decided_on`) или верните статус `open`."),
    }
    /// A reply answers a rating the dataset does not give: the body was not
    /// rated on the criterion in that round.
    ReplyNotRated {
        /// The body.
        body: String,
        /// The criterion.
        criterion: String,
    } = "reply-not-rated", Error, Reply => {
        az: format_args!("`{body}` qurumu bu raundda `{criterion}` meyarı üzrə qiymətləndirilməyib: cavab heç bir qiymətə aid deyil. Qurumu və meyarı yoxlayın."),
        en: format_args!("The body `{body}` was not rated on `{criterion}` in this round: the reply answers no rating. Check the body and the criterion."),
        ru: format_args!("Орган `{body}` не оценивался по критерию `{criterion}` в этом раунде: ответ не относится ни к одной оценке. Проверьте орган и критерий."),
    }
    /// A reply contests a rating other than the one the report gives
    /// (e.g. the consensus changed since the reply was made).
    ReplyContestsOtherRating {
        /// The criterion.
        criterion: String,
        /// The rating the reply contests.
        contested: String,
        /// The rating the report gives.
        rated: String,
    } = "reply-contests-other-rating", Warning, Reply => {
        az: format_args!("Cavab `{criterion}` üzrə `{contested}` qiymətinə etiraz edir, amma verilən qiymət `{rated}`-dır."),
        en: format_args!("The reply on `{criterion}` contests `{contested}` but the rating given is `{rated}`."),
        ru: format_args!("Ответ по `{criterion}` оспаривает `{contested}`, но дана оценка `{rated}`."),
    }
    /// A reply names a round the report does not cover.
    ReplyOtherRound {
        /// The round the reply names.
        round: String,
        /// The rounds of the report.
        rounds: Vec<String>,
    } = "reply-other-round", Error, Reply => {
        az: format_args!("Cavab `{round}` raunduna aiddir; hesabatın raundları: {}. Cavab tətbiq edilmir.", list(rounds)),
        en: format_args!("The reply is for round `{round}`; the report's rounds are {}. It is not applied.", list(rounds)),
        ru: format_args!("Ответ относится к раунду `{round}`; раунды отчёта: {}. Он не применяется.", list(rounds)),
    }
    /// A round manifest's comment period ends before it begins.
    RoundPeriodReversed {
        /// Its first day.
        from: Day,
        /// Its last day, before the first.
        until: Day,
    } = "round-period-reversed", Error, Round => {
        az: format_args!("Şərh dövrü başlamadan bitir: son gün ({until}) ilk gündən ({from}) əvvəldir. Tarixləri düzəldin."),
        en: format_args!("The comment period ends before it begins: its last day ({until}) is before its first ({from}). Correct the dates."),
        ru: format_args!("Период комментариев заканчивается раньше, чем начинается: последний день ({until}) раньше первого ({from}). Исправьте даты."),
    }
    /// A criteria set defines an id twice.
    SetDuplicateId {
        /// What kind of thing (criterion, commitment, level, option).
        what: &'static str,
        /// The id.
        id: String,
    } = "set-duplicate-id", Error, Set => {
        az: format_args!("`{id}` ({what}) iki dəfə təyin edilib."),
        en: format_args!("The {what} id `{id}` is defined twice."),
        ru: format_args!("Идентификатор `{id}` ({what}) определён дважды."),
    }
    /// A criteria set refers to something it does not define.
    SetUnknownReference {
        /// What kind of thing (commitment, level, option, body).
        what: &'static str,
        /// The id.
        id: String,
    } = "set-unknown-reference", Error, Set => {
        az: format_args!("`{id}` ({what}) təyin edilməyib."),
        en: format_args!("The {what} `{id}` is not defined."),
        ru: format_args!("`{id}` ({what}) не определён."),
    }
    /// A rule that does not fit its criterion's observation type.
    SetRuleMismatch {
        /// The rule type.
        rule: &'static str,
        /// The observation type.
        observation: ObservationType,
    } = "set-rule-mismatch", Error, Set => {
        az: format_args!("`{rule}` qaydası `{observation}` tipli müşahidəyə uyğun deyil."),
        en: format_args!("A `{rule}` rule cannot rate a `{observation}` observation."),
        ru: format_args!("Правило `{rule}` не подходит для наблюдения типа `{observation}`."),
    }
    /// A choice option the rule gives no level to.
    SetUnmappedOption {
        /// The option.
        option: String,
    } = "set-unmapped-option", Error, Set => {
        az: format_args!("`{option}` variantına qaydada səviyyə verilməyib."),
        en: format_args!("The rule gives no level to the option `{option}`."),
        ru: format_args!("Правило не задаёт уровень для варианта `{option}`."),
    }
    /// Thresholds not in the order they are tried.
    SetThresholdOrder = "set-threshold-order", Error, Set => {
        az: format_args!("Hədlər yoxlanma sırası ilə deyil (`at_least` azalan, `at_most_days` artan olmalıdır)."),
        en: format_args!("The thresholds are not in the order they are tried (`at_least` descending, `at_most_days` ascending)."),
        ru: format_args!("Пороги не в порядке проверки (`at_least` по убыванию, `at_most_days` по возрастанию)."),
    }
    /// A criterion id that an earlier version retired.
    SetRetiredIdReused {
        /// The id.
        id: String,
    } = "set-retired-id-reused", Error, Set => {
        az: format_args!("`{id}` identifikatoru əvvəlki versiyada ləğv edilib və yenidən istifadə oluna bilməz."),
        en: format_args!("The id `{id}` was retired by an earlier version and may not be reused."),
        ru: format_args!("Идентификатор `{id}` выведен из употребления ранее и не может использоваться снова."),
    }
    /// A text with a blank translation.
    SetBlankText = "set-blank-text", Error, Set => {
        az: format_args!("Mətnin tərcümələrindən biri boşdur."),
        en: format_args!("A translation of this text is blank."),
        ru: format_args!("Один из переводов этого текста пуст."),
    }
    /// A commitment with no criteria.
    SetEmptyCommitment {
        /// The commitment.
        id: String,
    } = "set-empty-commitment", Warning, Set => {
        az: format_args!("`{id}` öhdəliyinin heç bir meyarı yoxdur."),
        en: format_args!("The commitment `{id}` has no criteria."),
        ru: format_args!("У обязательства `{id}` нет критериев."),
    }
    /// A period that ends before it starts.
    SetPeriodReversed = "set-period-reversed", Error, Set => {
        az: format_args!("Dövr başlamadan bitir."),
        en: format_args!("The period ends before it starts."),
        ru: format_args!("Период заканчивается раньше, чем начинается."),
    }
    /// A relevance condition that cannot be decided by its criterion's
    /// observation type (`answer_in` on a count, `at_least` on a date...).
    SetConditionMismatch {
        /// `answer_in` or `at_least`.
        condition: &'static str,
        /// The observation type of the criterion the condition names.
        observation: ObservationType,
    } = "set-condition-mismatch", Error, Set => {
        az: format_args!("`{condition}` şərti `{observation}` tipli müşahidəyə tətbiq oluna bilməz (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
        en: format_args!("An `{condition}` condition cannot be decided by a `{observation}` observation (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
        ru: format_args!("Условие `{condition}` неприменимо к наблюдению типа `{observation}` (`answer_in`: `yes_no`, `choice`, `choices`; `at_least`: `count`, `choices`, `urls`)."),
    }
    /// Relevance conditions that depend on themselves, through a chain.
    SetRelevanceCycle {
        /// A criterion on the cycle.
        id: String,
    } = "set-relevance-cycle", Error, Set => {
        az: format_args!("`{id}` meyarının aidiyyət şərti özündən asılıdır (şərtlər dairəsi)."),
        en: format_args!("The relevance condition of `{id}` depends on itself (a cycle of conditions)."),
        ru: format_args!("Условие применимости критерия `{id}` зависит от него самого (цикл условий)."),
    }
    /// A crosswalk names a criterion its set does not have.
    CrosswalkUnknownCriterion {
        /// The id given.
        id: String,
        /// The set it was looked up in.
        set: String,
    } = "crosswalk-unknown-criterion", Error, Crosswalk => {
        az: format_args!("`{id}` meyarı `{set}` dəstində yoxdur. Identifikatoru yoxlayın (`napcheck criteria show {set}`)."),
        en: format_args!("The criterion `{id}` is not in the set `{set}`. Check its id (`napcheck criteria show {set}`)."),
        ru: format_args!("Критерия `{id}` нет в наборе `{set}`. Проверьте его идентификатор (`napcheck criteria show {set}`)."),
    }
    /// A crosswalk's conversion names an answer the criterion cannot take.
    CrosswalkUnknownOption {
        /// The criterion.
        id: String,
        /// The answer given.
        option: String,
        /// The answers the criterion can take.
        allowed: Vec<String>,
    } = "crosswalk-unknown-option", Error, Crosswalk => {
        az: format_args!("`{id}` meyarı `{option}` cavabını qəbul etmir. Mümkün cavablar: {}.", list(allowed)),
        en: format_args!("The criterion `{id}` cannot take the answer `{option}`. Its answers: {}.", list(allowed)),
        ru: format_args!("Критерий `{id}` не допускает ответ `{option}`. Допустимые ответы: {}.", list(allowed)),
    }
    /// A conversion that cannot turn the older observation type into the
    /// newer one.
    CrosswalkConversionMismatch {
        /// The conversion (`copy`, `options`, `at_least`).
        conversion: &'static str,
        /// The older criterion's observation type.
        from: ObservationType,
        /// The newer criterion's observation type.
        to: ObservationType,
    } = "crosswalk-conversion-mismatch", Error, Crosswalk => {
        az: format_args!("`{conversion}` çevirməsi `{from}` tipli müşahidəni `{to}` tipinə çevirə bilməz (`copy`: eyni tip; `options`: `yes_no`/`choice` → `yes_no`/`choice`, `choices` → `choices`; `at_least`: `count`/`choices`/`urls` → `yes_no`)."),
        en: format_args!("The conversion `{conversion}` cannot turn a `{from}` observation into a `{to}` one (`copy`: the same type; `options`: `yes_no`/`choice` to `yes_no`/`choice`, `choices` to `choices`; `at_least`: `count`/`choices`/`urls` to `yes_no`)."),
        ru: format_args!("Преобразование `{conversion}` не может превратить наблюдение типа `{from}` в `{to}` (`copy`: тот же тип; `options`: `yes_no`/`choice` в `yes_no`/`choice`, `choices` в `choices`; `at_least`: `count`/`choices`/`urls` в `yes_no`)."),
    }
    /// A mapping whose relation does not fit its counterparts: `none` with
    /// counterparts, or another relation without any.
    CrosswalkRelationMismatch {
        /// The relation.
        relation: &'static str,
    } = "crosswalk-relation-mismatch", Error, Crosswalk => {
        az: format_args!("`{relation}` əlaqəsi qarşılıqlara uyğun deyil: `none` əlaqəsinin `to` siyahısı boş olmalıdır, digərlərinin isə ən azı bir qarşılığı olmalıdır."),
        en: format_args!("The relation `{relation}` does not fit the counterparts: `none` has an empty `to`, every other relation at least one counterpart."),
        ru: format_args!("Отношение `{relation}` не соответствует соответствиям: у `none` список `to` пуст, у остальных отношений есть хотя бы одно соответствие."),
    }
    /// A mapping with relation `none` that does not say why.
    CrosswalkMissingReason = "crosswalk-missing-reason", Error, Crosswalk => {
        az: format_args!("`none` əlaqəsi səbəbsiz ola bilməz: `reason` sahəsində üç dildə izah edin ki, niyə yeni dəstdə qarşılıq yoxdur."),
        en: format_args!("A relation `none` needs a `reason`: say in the three languages why the newer set has no counterpart."),
        ru: format_args!("Отношению `none` нужна причина: в поле `reason` объясните на трёх языках, почему в новом наборе нет соответствия."),
    }
    /// A criterion of the older set that no mapping lists.
    CrosswalkUnmappedCriterion {
        /// The criterion.
        id: String,
    } = "crosswalk-unmapped-criterion", Error, Crosswalk => {
        az: format_args!("Köhnə dəstin `{id}` meyarı heç bir uyğunluqda yoxdur. Onu əlavə edin (qarşılığı yoxdursa, `none` əlaqəsi və səbəb ilə)."),
        en: format_args!("The older set's criterion `{id}` has no mapping. Add one (with relation `none` and a reason if it has no counterpart)."),
        ru: format_args!("Для критерия `{id}` старого набора нет соответствия. Добавьте его (с отношением `none` и причиной, если соответствия нет)."),
    }
    /// Two mappings for one criterion of the older set.
    CrosswalkDuplicateMapping {
        /// The criterion.
        id: String,
    } = "crosswalk-duplicate-mapping", Error, Crosswalk => {
        az: format_args!("`{id}` meyarı üçün ikinci uyğunluq yazılıb. Onları birləşdirin."),
        en: format_args!("The criterion `{id}` is mapped twice. Merge the two mappings."),
        ru: format_args!("Критерий `{id}` сопоставлен дважды. Объедините эти соответствия."),
    }
}
