//! The words a citizen reads for a finding, in az, en and ru: they name the
//! question (the criterion's title) or the field, never a JSON pointer, an
//! id or a parser's English. The CLI keeps the located form
//! ([`crate::Problem::message`]); the widget shows these.

use crate::criteria::CriteriaSet;
use crate::finding::{Finding, Problem};
use crate::text::Lang;

impl Finding {
    /// The finding in plain words for a citizen, in `lang`, naming the
    /// question it concerns by its title in `set` (when the set is given and
    /// the finding concerns an answer), else the field (the website's
    /// address, the note...). Findings about a criteria set itself are for
    /// its authors and keep their located words.
    pub fn citizen_message(&self, set: Option<&CriteriaSet>, lang: Lang) -> String {
        self.with_subject(&sentence(&self.problem, set, lang), set, lang)
    }

    /// [`Finding::citizen_message`] for a finding about one answer's fields
    /// (what [`crate::check_observation`], [`crate::read_count`] and
    /// [`crate::check_link`] give: the same words); a finding of another
    /// kind gets a general request to correct the answer. For a reader that
    /// shows only these, such as the widget's question card, which then
    /// does not link the words for every other finding.
    pub fn field_message(&self, set: Option<&CriteriaSet>, lang: Lang) -> String {
        let sentence = field_sentence(&self.problem, lang).unwrap_or_else(|| {
            pick(
                lang,
                "Bu cavab olduğu kimi qiymətləndirilə bilməz; onu düzəldin.".to_owned(),
                "This answer cannot be rated as it is; correct it.".to_owned(),
                "Этот ответ нельзя оценить в таком виде; исправьте его.".to_owned(),
            )
        });
        self.with_subject(&sentence, set, lang)
    }

    /// `sentence` after what the finding is about, when that is known.
    fn with_subject(&self, sentence: &str, set: Option<&CriteriaSet>, lang: Lang) -> String {
        match subject(self, set, lang) {
            Some(subject) => format!("{subject}: {}", decapitalised(sentence)),
            None => capitalised(sentence),
        }
    }
}

/// Picks the translation for `lang`.
fn pick(lang: Lang, az: String, en: String, ru: String) -> String {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// A title in the quotation marks of `lang`.
fn quoted(title: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{title}”"),
        Lang::Az | Lang::Ru => format!("«{title}»"),
    }
}

/// The title of criterion `id` in `set`, quoted.
fn title(set: Option<&CriteriaSet>, id: &str, lang: Lang) -> Option<String> {
    let criterion = set?.criterion(id)?;
    Some(quoted(criterion.title.get(lang), lang))
}

/// What the finding is about: the question (and which part of its answer),
/// or a field of the assessment.
fn subject(finding: &Finding, set: Option<&CriteriaSet>, lang: Lang) -> Option<String> {
    let pointer = finding.pointer.as_str();
    let t = |az: &str, en: &str, ru: &str| -> String {
        match lang {
            Lang::Az => az,
            Lang::En => en,
            Lang::Ru => ru,
        }
        .to_owned()
    };
    let question = finding
        .criterion
        .as_deref()
        .and_then(|id| title(set, id, lang));
    let part = if pointer.contains("/evidence/") {
        Some(t("sübut keçidi", "evidence link", "ссылка-доказательство"))
    } else if pointer.ends_with("/note") {
        Some(t("qeyd", "note", "заметка"))
    } else if pointer.ends_with("/observed_on") {
        Some(t("müşahidə tarixi", "date observed", "дата наблюдения"))
    } else {
        None
    };
    if let Some(question) = question {
        return Some(match part {
            Some(part) => format!("{question}, {part}"),
            None => question,
        });
    }
    if part.is_some() {
        return part.map(|p| capitalised(&p));
    }
    let field = match pointer {
        "/site/url" => t("Saytın ünvanı", "The website's address", "Адрес сайта"),
        "/site/name" => t("Qurumun adı", "The body's name", "Название органа"),
        "/site/region" => t("Region", "Region", "Регион"),
        "/site/body" | "/site/body_kind" => t("Qurum", "The body", "Орган"),
        "/assessor/name" => t("Adınız", "Your name", "Ваше имя"),
        "/assessor/organisation" => t("Təşkilat", "Organisation", "Организация"),
        "/checked_on" => t("Yoxlama günü", "The day of the check", "День проверки"),
        _ => return None,
    };
    Some(field)
}

/// The sentence after a subject and a colon. (No sentence starts with the
/// dotted or dotless I, whose lower case differs in Azerbaijani.)
fn decapitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The sentence for a finding about one answer's fields (what
/// [`crate::check_observation`], [`crate::read_count`] and
/// [`crate::check_link`] give), or `None` for a finding of another kind.
fn field_sentence(problem: &Problem, lang: Lang) -> Option<String> {
    match problem {
        Problem::WrongObservationType { .. } => Some(pick(
            lang,
            "cavab bu sualın formasında deyil; suala yenidən cavab verin.".to_owned(),
            "the answer does not have this question's form; answer the question again.".to_owned(),
            "ответ не соответствует форме этого вопроса; ответьте на вопрос заново.".to_owned(),
        )),
        Problem::UnknownOption { option, .. } => Some(pick(
            lang,
            format!("“{option}” təklif olunan cavablardan biri deyil; təklif olunanlardan birini seçin."),
            format!("“{option}” is not one of the answers offered; choose one of them."),
            format!("«{option}» не входит в предложенные ответы; выберите один из них."),
        )),
        Problem::RepeatedOption { .. } => Some(pick(
            lang,
            "eyni cavab iki dəfə seçilib; birini çıxarın.".to_owned(),
            "the same answer is ticked twice; untick one.".to_owned(),
            "один и тот же ответ отмечен дважды; снимите одну отметку.".to_owned(),
        )),
        Problem::CountAboveMaximum { value, max } => Some(pick(
            lang,
            format!("{value} burada mümkün olandan çoxdur (ən çoxu {max}). Rəqəmi yoxlayın."),
            format!("{value} is more than is possible here (at most {max}). Check the number."),
            format!("{value} — больше, чем здесь возможно (не более {max}). Проверьте число."),
        )),
        Problem::NotAWholeNumber { text } => Some(pick(
            lang,
            format!("“{text}” tam ədəd deyil. 0 və ya daha böyük tam ədəd yazın, məsələn 12."),
            format!("“{text}” is not a whole number. Enter a whole number, 0 or more, e.g. 12."),
            format!("«{text}» — не целое число. Введите целое число, 0 или больше, например 12."),
        )),
        Problem::NotHttpUrl { url } => Some(pick(
            lang,
            format!("“{url}” veb ünvan deyil. Tam ünvanı brauzerdən köçürün; o, https:// ilə başlayır."),
            format!("“{url}” is not a web address. Copy the full address from the browser; it starts with https://."),
            format!("«{url}» — не веб-адрес. Скопируйте полный адрес из браузера; он начинается с https://."),
        )),
        Problem::DateAfterCheck { date, checked_on } => Some(pick(
            lang,
            format!("{date} yoxlama günündən ({checked_on}) sonradır. Yoxlama günü və ya ondan əvvəlki tarixi yazın."),
            format!("{date} is after the day of the check ({checked_on}). Enter a date on or before the day of the check."),
            format!("{date} — позже дня проверки ({checked_on}). Укажите дату не позже дня проверки."),
        )),
        Problem::TextLength { length, min, .. } if length < min => Some(pick(
            lang,
            "bu sahə boş ola bilməz.".to_owned(),
            "this field may not be empty.".to_owned(),
            "это поле не может быть пустым.".to_owned(),
        )),
        Problem::TextLength { length, max, .. } => Some(pick(
            lang,
            format!("mətn çox uzundur ({length} simvol, ən çoxu {max}). Qısaldın və ya sübuta keçid verin."),
            format!("the text is too long ({length} characters, at most {max}). Shorten it, or link to the evidence instead."),
            format!("текст слишком длинный ({length} симв., не более {max}). Сократите его или дайте ссылку на доказательство."),
        )),
        _ => None,
    }
}

/// The sentence itself, without the subject.
fn sentence(problem: &Problem, set: Option<&CriteriaSet>, lang: Lang) -> String {
    if let Some(sentence) = field_sentence(problem, lang) {
        return sentence;
    }
    match problem {
        Problem::TooLarge { .. } => pick(
            lang,
            "Fayl qiymətləndirmə üçün çox böyükdür. Napcheck-dən yüklənmiş faylı seçin.".to_owned(),
            "The file is too large to be an assessment. Choose a file exported from napcheck.".to_owned(),
            "Файл слишком большой для оценки. Выберите файл, выгруженный из napcheck.".to_owned(),
        ),
        Problem::JsonSyntax { detail } => syntax_words(detail, lang),
        Problem::DuplicateKey { .. } => pick(
            lang,
            "Faylda eyni məlumat iki dəfə yazılıb; yəqin ki, fayl əl ilə dəyişdirilib. Onu napcheck-dən yenidən yükləyin.".to_owned(),
            "A value is written twice in the file; it was probably edited by hand. Export it again from napcheck.".to_owned(),
            "В файле одно и то же значение записано дважды; вероятно, файл правили вручную. Выгрузите его из napcheck заново.".to_owned(),
        ),
        Problem::JsonShape { .. } => pick(
            lang,
            "Faylın bir hissəsi qiymətləndirmənin quruluşuna uyğun deyil (nəsə çatışmır və ya səhv yazılıb). Faylı napcheck-dən yenidən yükləyin.".to_owned(),
            "Part of the file does not have the form of an assessment (something is missing or misspelt). Export the file again from napcheck.".to_owned(),
            "Часть файла не имеет формы оценки (чего-то не хватает или что-то написано с ошибкой). Выгрузите файл из napcheck заново.".to_owned(),
        ),
        Problem::UnknownCriteriaSet { id, known } if known.is_empty() => pick(
            lang,
            format!("Fayl «{id}» sual siyahısına aiddir, lakin hələ heç bir sual siyahısı yüklənməyib. Səhifə yükləndikdən sonra yenidən cəhd edin."),
            format!("The file belongs to the list of questions “{id}”, but no list of questions is loaded yet. Try again once the page has loaded."),
            format!("Файл относится к списку вопросов «{id}», но ни один список вопросов ещё не загружен. Попробуйте снова, когда страница загрузится."),
        ),
        Problem::UnknownCriteriaSet { id, known } => pick(
            lang,
            format!("Fayl bu saytın tanımadığı «{id}» sual siyahısına aiddir. Tanınan siyahılar: {}.", known.join(", ")),
            format!("The file belongs to a list of questions this site does not know (“{id}”). The lists it knows: {}.", known.join(", ")),
            format!("Файл относится к списку вопросов, которого этот сайт не знает («{id}»). Известные списки: {}.", known.join(", ")),
        ),
        Problem::UnsupportedCriteriaVersion { version, supported, .. } => pick(
            lang,
            format!("Fayl sualların başqa versiyası ({version}) ilə hazırlanıb; bu saytda {supported} versiyası var. Onu napcheck-in yeni versiyasında açın."),
            format!("The file was made with another version of the questions ({version}); this site has version {supported}. Open it in an up-to-date napcheck."),
            format!("Файл сделан по другой версии вопросов ({version}); на этом сайте версия {supported}. Откройте его в актуальной версии napcheck."),
        ),
        Problem::UnknownCriterion { .. } => pick(
            lang,
            "Fayl bu siyahıda olmayan suala cavab verir; bu cavab istifadə olunmur.".to_owned(),
            "The file answers a question that is not in this list; that answer is not used.".to_owned(),
            "В файле есть ответ на вопрос, которого нет в этом списке; этот ответ не используется.".to_owned(),
        ),
        Problem::CriterionNoLongerAsked { .. } => pick(
            lang,
            "siyahının yeni versiyası bu sualı bu növ qurumdan soruşmur; cavabı sayılmır.".to_owned(),
            "the list's newer version no longer asks this of this kind of body; its answer is not counted.".to_owned(),
            "новая версия списка больше не задаёт этот вопрос такому органу; ответ не учитывается.".to_owned(),
        ),
        Problem::CriterionNotApplicable { .. } => pick(
            lang,
            "bu sual bu növ quruma aid deyil; cavabı istifadə olunmur.".to_owned(),
            "this question does not concern this kind of body; its answer is not used.".to_owned(),
            "этот вопрос не относится к такому органу; ответ не используется.".to_owned(),
        ),
        Problem::DuplicateCriterion { .. } => pick(
            lang,
            "bu suala iki dəfə cavab verilib; bir cavab saxlayın.".to_owned(),
            "this question is answered twice; keep one answer.".to_owned(),
            "на этот вопрос дано два ответа; оставьте один.".to_owned(),
        ),
        Problem::DateInFuture { date, today } => pick(
            lang,
            format!("{date} gələcək tarixdir (bu gün {today}). Tarixi yoxlayın."),
            format!("{date} is in the future (today is {today}). Check the date."),
            format!("{date} — дата в будущем (сегодня {today}). Проверьте дату."),
        ),
        Problem::DateBeforePlan { date, start } => pick(
            lang,
            format!("{date} fəaliyyət planının başlanğıcından ({start}) əvvəldir. Tarixi yoxlayın."),
            format!("{date} is before the action plan began ({start}). Check the date."),
            format!("{date} — раньше начала плана действий ({start}). Проверьте дату."),
        ),
        Problem::UnknownBody { .. } => pick(
            lang,
            "qurumlar siyahısında yoxdur. Qurumu siyahıdan yenidən seçin və ya boş saxlayın.".to_owned(),
            "it is not in the list of bodies. Choose the body again from the list, or leave it empty.".to_owned(),
            "его нет в списке органов. Выберите орган из списка заново или оставьте поле пустым.".to_owned(),
        ),
        Problem::BodyKindMismatch { .. } => pick(
            lang,
            "qurumun növü seçilmiş quruma uyğun deyil. Qurumu siyahıdan yenidən seçin.".to_owned(),
            "the kind of body does not match the body chosen. Choose the body again from the list.".to_owned(),
            "вид органа не совпадает с выбранным органом. Выберите орган из списка заново.".to_owned(),
        ),
        Problem::ResultMismatch { .. } => pick(
            lang,
            "Faylda yazılmış ballar napcheck-in hesabladığı ballardan fərqlənir. Faylı napcheck-dən yenidən yükləyin.".to_owned(),
            "The scores written in the file differ from the ones napcheck computes. Export the file again from napcheck.".to_owned(),
            "Оценки, записанные в файле, отличаются от вычисленных napcheck. Выгрузите файл из napcheck заново.".to_owned(),
        ),
        Problem::UnansweredCriteria { ids } => {
            let titles: Vec<String> = ids
                .iter()
                .map(|id| title(set, id, lang).unwrap_or_else(|| quoted(id, lang)))
                .collect();
            let titles = titles.join(", ");
            pick(
                lang,
                format!("hələ cavab verilməyən suallar: {titles}."),
                format!("questions not answered yet: {titles}."),
                format!("вопросы без ответа: {titles}."),
            )
        }
        Problem::IrrelevantAnswer { because, .. } => {
            let titles: Vec<String> = because
                .iter()
                .map(|id| title(set, id, lang).unwrap_or_else(|| quoted(id, lang)))
                .collect();
            let titles = titles.join(", ");
            pick(
                lang,
                format!("{titles} sualına verdiyiniz cavaba görə bu sual aid deyil; onun cavabı hesablanmır."),
                format!("after your answer to {titles} this question does not apply; its answer is not counted."),
                format!("после вашего ответа на вопрос {titles} этот вопрос не нужен; его ответ не учитывается."),
            )
        }
        // A criteria set's own findings are for its authors.
        other => other.message(lang),
    }
}

/// Plain words for a JSON syntax error. serde_json's English description is
/// sorted into what a citizen can act on; the position is shown apart.
fn syntax_words(detail: &str, lang: Lang) -> String {
    let t = |az: &str, en: &str, ru: &str| -> String {
        match lang {
            Lang::Az => az,
            Lang::En => en,
            Lang::Ru => ru,
        }
        .to_owned()
    };
    if detail.starts_with("EOF while parsing") {
        t(
            "Fayl yarımçıqdır: məlumat tamamlanmadan bitir. Onu napcheck-dən yenidən yükləyin və ya faylın tam nüsxəsini istəyin.",
            "The file is cut off: it ends before its data is complete. Export it again from napcheck, or ask for the whole file.",
            "Файл обрезан: он заканчивается раньше, чем его данные. Выгрузите его из napcheck заново или попросите полный файл.",
        )
    } else if detail.starts_with("byte 0x") {
        t(
            "Fayl UTF-8 mətni kimi saxlanmayıb (başqa kodlaşdırmadadır və ya mətn faylı deyil). Onu UTF-8 kimi saxlayın və yenidən cəhd edin.",
            "The file is not saved as UTF-8 text (it is in another encoding, or not a text file). Save it as UTF-8 and try again.",
            "Файл сохранён не как текст UTF-8 (в другой кодировке или это не текстовый файл). Сохраните его в UTF-8 и попробуйте снова.",
        )
    } else if detail.starts_with("trailing characters") || detail.starts_with("trailing comma") {
        t(
            "Məlumatın sonunda artıq mətn var. Son bağlanan mötərizədən sonrakı hər şeyi silin və ya faylı napcheck-dən yenidən yükləyin.",
            "There is extra text after the end of the data. Remove everything after the last closing brace, or export the file again from napcheck.",
            "После конца данных есть лишний текст. Удалите всё после последней закрывающей скобки или выгрузите файл из napcheck заново.",
        )
    } else if detail.starts_with("recursion limit") || detail.starts_with("number out of range") {
        t(
            "Fayl qiymətləndirmə ola bilməyəcək qədər mürəkkəbdir və ya çox böyük rəqəm daşıyır. napcheck-in saxladığı faylı açın.",
            "The file is too deeply nested, or holds too large a number, to be an assessment. Open the file napcheck saved.",
            "Файл слишком глубоко вложен или содержит слишком большое число, чтобы быть оценкой. Откройте файл, сохранённый napcheck.",
        )
    } else {
        t(
            "Bu fayl qiymətləndirmə deyil: düzgün JSON mətni deyil. napcheck-in saxladığı faylı açın (əl ilə dəyişdirilmiş nüsxəni yox) və ya onu yenidən yükləyin.",
            "This file is not an assessment: it is not valid JSON text. Open the file napcheck saved (not a copy edited by hand), or export it again.",
            "Этот файл не является оценкой: это не корректный текст JSON. Откройте файл, сохранённый napcheck (а не копию, изменённую вручную), или выгрузите его заново.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn syntax_finding(text: &str) -> Finding {
        parse::from_str::<serde_json::Value>(text)
            .expect_err("broken JSON")
            .finding
    }

    /// The words depend on serde_json's description: pinned on real errors,
    /// so a new serde_json wording fails here, not in front of a citizen.
    #[test]
    fn json_syntax_errors_get_plain_words_by_kind() {
        let cases = [
            (r#"{"criteria_set": {"id": "az"#, "cut off"),
            ("{} x", "extra text"),
            ("{,}", "not valid JSON"),
        ];
        for (text, expected) in cases {
            let finding = syntax_finding(text);
            assert_eq!(finding.code(), "json-syntax", "{text}");
            let words = finding.citizen_message(None, Lang::En);
            assert!(words.contains(expected), "{text}: {words}");
        }
        let bytes: Vec<u8> = [&b"{\"a\": \""[..], &[0xff], &b"\"}"[..]].concat();
        let error = std::str::from_utf8(&bytes).expect_err("not UTF-8");
        let finding = parse::not_utf8(&bytes, error).finding;
        assert!(finding
            .citizen_message(None, Lang::En)
            .contains("not saved as UTF-8"));
    }

    /// The question card's words (`field_message`) are the citizen's words
    /// for every finding the field checks give, and a general request in
    /// each language for any other.
    #[test]
    fn field_messages_are_the_citizen_messages_of_the_field_checks() {
        let catalogue = crate::Catalogue::bundled();
        let set = catalogue.set("az-nap-2016-2018").expect("bundled set");
        let mut findings = crate::check_link("ftp://x");
        findings.extend(crate::check_link(&"x".repeat(3000)));
        findings.push(crate::read_count("3.5").expect_err("not whole"));
        let day = crate::Day::from_ymd(2018, 8, 17).expect("a day");
        for criterion in &set.criteria {
            let wrong = match criterion.observation.observation_type() {
                crate::criteria::ObservationType::YesNo => crate::Observation::Count(u64::MAX),
                _ => crate::Observation::YesNo(true),
            };
            findings.extend(crate::check_observation(criterion, &wrong, day));
            let many = crate::Observation::Count(u64::MAX);
            findings.extend(crate::check_observation(criterion, &many, day));
        }
        assert!(findings.len() > 4, "{findings:?}");
        for finding in &findings {
            for lang in Lang::ALL {
                assert_eq!(
                    finding.field_message(Some(set), lang),
                    finding.citizen_message(Some(set), lang),
                    "{finding:?}"
                );
            }
        }
        let other = Finding::new("", Problem::JsonShape { detail: "x".into() });
        let general: Vec<String> = Lang::ALL
            .iter()
            .map(|&lang| other.field_message(None, lang))
            .collect();
        assert!(
            general.iter().all(|w| w.ends_with('.') && w.len() > 20),
            "{general:?}"
        );
        assert_ne!(general[0], general[1]);
        assert_ne!(general[1], general[2]);
    }

    /// Issue 12: "Məlum dəstlər: ." listed no set while none was loaded.
    #[test]
    fn an_unknown_set_with_none_loaded_says_so() {
        let finding = Finding::new(
            "/criteria_set/id",
            Problem::UnknownCriteriaSet {
                id: "az-nap-2016-2018".into(),
                known: vec![],
            },
        );
        for lang in Lang::ALL {
            let words = finding.citizen_message(None, lang);
            assert!(!words.contains(": ."), "{words}");
        }
        assert!(finding
            .citizen_message(None, Lang::Az)
            .contains("hələ heç bir sual siyahısı yüklənməyib"));
    }

    #[test]
    fn citizen_words_carry_no_pointer_no_backtick_and_no_english_elsewhere() {
        let set = crate::Catalogue::bundled()
            .set("az-nap-2016-2018")
            .expect("bundled set");
        let findings = [
            Finding::new(
                "/answers/3/observation/value",
                Problem::CountAboveMaximum { value: 20, max: 10 },
            )
            .about("2.4.content_quality"),
            Finding::new(
                "/answers/1/criterion",
                Problem::IrrelevantAnswer {
                    id: "4.2.1.meetings".into(),
                    because: vec!["4.2.1.council_exists".into()],
                },
            )
            .about("4.2.1.meetings"),
            Finding::new(
                "/site/url",
                Problem::NotHttpUrl {
                    url: "javascript:alert(1)".into(),
                },
            ),
            Finding::new(
                "/answers/0/note",
                Problem::TextLength {
                    length: 62_400,
                    min: 0,
                    max: 10_000,
                },
            )
            .about("2.4.mobile"),
            Finding::new(
                "",
                Problem::JsonSyntax {
                    detail: "EOF while parsing a string".into(),
                },
            ),
        ];
        for finding in &findings {
            for lang in Lang::ALL {
                let words = finding.citizen_message(Some(set), lang);
                assert!(!words.contains('`'), "{words}");
                assert!(!words.contains("/answers"), "{words}");
                assert!(!words.contains("EOF"), "{words}");
            }
        }
        let irrelevant = findings[1].citizen_message(Some(set), Lang::En);
        assert_eq!(
            irrelevant,
            "“Council meetings”: after your answer to “Public council” this question does not apply; its answer is not counted."
        );
        let note = findings[3].citizen_message(Some(set), Lang::Az);
        assert!(
            note.starts_with("«Mobil versiya», qeyd: mətn çox uzundur (62400 simvol"),
            "{note}"
        );
    }
}
