//! The words of hints in az, en and ru: why something could not be checked,
//! and what each suggestion rests on.

use super::{Network, Section, Unchecked, Via};
use crate::day::Day;
use crate::text::Lang;

/// What a hint's note says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Note {
    Reached { status: u16, https: bool },
    Down(Unchecked),
    MobileBoth,
    MobileViewport,
    MobileCss,
    MobileNone,
    Social(Vec<Network>),
    SocialNone,
    SearchAnswered,
    SearchFailed,
    SearchForm,
    SearchNone,
    Section(Section, Via),
    SectionNone(Section),
    Portal(usize),
    PortalNone,
    Tender,
    TenderNone,
    Newest { date: Day, checked_on: Day },
    NoDate,
    Feedback(Vec<&'static str>),
}

fn pick(lang: Lang, az: &str, en: &str, ru: &str) -> String {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
    .to_owned()
}

/// "could not be checked: …".
pub(super) fn unchecked(reason: &Unchecked, lang: Lang) -> String {
    let head = pick(
        lang,
        "yoxlamaq mümkün olmadı",
        "could not be checked",
        "проверить не удалось",
    );
    let why = match reason {
        Unchecked::RobotsDisallow { url } => match lang {
            Lang::Az => format!("robots.txt napcheck-ə {url} səhifəsini qadağan edir"),
            Lang::En => format!("robots.txt forbids {url} to napcheck"),
            Lang::Ru => format!("robots.txt запрещает napcheck страницу {url}"),
        },
        Unchecked::PrivateAddress { host, address } => match lang {
            Lang::Az => format!(
                "{host} ictimai olmayan ünvana ({address}) yönəlir; qoşulmadan imtina edildi (--allow-private)"
            ),
            Lang::En => format!(
                "{host} resolves to a non-public address ({address}); refused before connecting (--allow-private)"
            ),
            Lang::Ru => format!(
                "{host} указывает на непубличный адрес ({address}); отказано до подключения (--allow-private)"
            ),
        },
        Unchecked::NotHttp { url } => match lang {
            Lang::Az => format!("{url} http(s) ünvanı deyil"),
            Lang::En => format!("{url} is not an http(s) address"),
            Lang::Ru => format!("{url} не является адресом http(s)"),
        },
        Unchecked::TooManyRedirects { limit } => match lang {
            Lang::Az => format!("{limit}-dən çox yönləndirmə (və ya dövr)"),
            Lang::En => format!("more than {limit} redirects (or a loop)"),
            Lang::Ru => format!("больше {limit} перенаправлений (или цикл)"),
        },
        Unchecked::Timeout { phase, seconds } => {
            let phase = match (phase.as_str(), lang) {
                ("connect", Lang::Az) => "qoşulma",
                ("connect", Lang::Ru) => "подключение",
                ("headers", Lang::Az) => "başlıqlar",
                ("headers", Lang::Ru) => "заголовки",
                ("body", Lang::Az) => "səhifənin mətni",
                ("body", Lang::Ru) => "тело страницы",
                (other, _) => other,
            };
            match lang {
                Lang::Az => format!("{seconds} saniyədə cavab gəlmədi ({phase})"),
                Lang::En => format!("no answer within {seconds} s ({phase})"),
                Lang::Ru => format!("нет ответа за {seconds} с ({phase})"),
            }
        }
        Unchecked::TooLarge { limit } => match lang {
            Lang::Az => format!("səhifə {limit} baytdan böyükdür (açılmış halda)"),
            Lang::En => format!("the page is larger than {limit} bytes (decompressed)"),
            Lang::Ru => format!("страница больше {limit} байт (после распаковки)"),
        },
        Unchecked::Network { detail } => match lang {
            Lang::Az => format!("sayta qoşulmaq olmadı: {detail}"),
            Lang::En => format!("the site could not be reached: {detail}"),
            Lang::Ru => format!("сайт недоступен: {detail}"),
        },
        Unchecked::HttpStatus { status } => match lang {
            Lang::Az => format!("server {status} xətası ilə cavab verdi"),
            Lang::En => format!("the server answered with error {status}"),
            Lang::Ru => format!("сервер ответил ошибкой {status}"),
        },
        Unchecked::NotHtml { content_type } => match lang {
            Lang::Az => format!("səhifə HTML deyil ({content_type})"),
            Lang::En => format!("the page is not HTML ({content_type})"),
            Lang::Ru => format!("страница не в HTML ({content_type})"),
        },
        Unchecked::SiteUnchecked => pick(
            lang,
            "ana səhifə oxunmadı",
            "the home page could not be read",
            "главную страницу прочитать не удалось",
        ),
    };
    format!("{head}: {why}")
}

fn network(n: Network) -> &'static str {
    match n {
        Network::Facebook => "Facebook",
        Network::Instagram => "Instagram",
        Network::Youtube => "YouTube",
        Network::X => "X/Twitter",
        Network::Telegram => "Telegram",
        Network::Linkedin => "LinkedIn",
        Network::Tiktok => "TikTok",
        Network::Vk => "VK",
        Network::Odnoklassniki => "Odnoklassniki",
        Network::Flickr => "Flickr",
    }
}

fn section(s: Section, lang: Lang) -> String {
    match s {
        Section::Council => pick(
            lang,
            "“İctimai şura”",
            "“Public council”",
            "«Общественный совет»",
        ),
        Section::Procurement => pick(lang, "“Satınalmalar”", "“Procurement”", "«Закупки»"),
        Section::Eservices => pick(
            lang,
            "“Elektron xidmətlər”",
            "“Electronic services”",
            "«Электронные услуги»",
        ),
        Section::News => pick(lang, "“Xəbərlər”", "“News”", "«Новости»"),
        Section::Eappeal => pick(
            lang,
            "“Elektron müraciət”",
            "“Electronic appeal”",
            "«Электронное обращение»",
        ),
        Section::Contact => pick(lang, "“Əlaqə”", "“Contact”", "«Контакты»"),
        Section::OpenData => pick(
            lang,
            "“Açıq məlumatlar”",
            "“Open data”",
            "«Открытые данные»",
        ),
    }
}

/// The note of a suggestion in `lang`.
pub(super) fn note(note: &Note, lang: Lang) -> String {
    let few = pick(
        lang,
        "yoxlanılan bir neçə səhifədə tapılmadı",
        "not found on the few pages fetched",
        "не найдено на нескольких проверенных страницах",
    );
    match note {
        Note::Reached { status, https } => {
            let https = if *https {
                "HTTPS"
            } else {
                &pick(lang, "HTTPS deyil", "not HTTPS", "не HTTPS")
            };
            match lang {
                Lang::Az => format!("ana səhifə açılır (HTTP {status}, {https})"),
                Lang::En => format!("the home page opens (HTTP {status}, {https})"),
                Lang::Ru => format!("главная страница открывается (HTTP {status}, {https})"),
            }
        }
        Note::Down(reason) => unchecked(reason, lang)
            .split_once(": ")
            .map_or_else(String::new, |(_, why)| why.to_owned()),
        Note::MobileBoth => pick(
            lang,
            "viewport meta teqi və ekran enindən asılı CSS var",
            "a viewport meta tag and width-dependent CSS",
            "мета-тег viewport и CSS, зависящий от ширины экрана",
        ),
        Note::MobileViewport => pick(
            lang,
            "viewport meta teqi var, ekran enindən asılı CSS tapılmadı",
            "a viewport meta tag; no width-dependent CSS found",
            "мета-тег viewport; CSS, зависящий от ширины, не найден",
        ),
        Note::MobileCss => pick(
            lang,
            "ekran enindən asılı CSS var, viewport meta teqi yoxdur",
            "width-dependent CSS but no viewport meta tag",
            "CSS, зависящий от ширины, но без мета-тега viewport",
        ),
        Note::MobileNone => pick(
            lang,
            "nə viewport meta teqi, nə ekran enindən asılı CSS var",
            "neither a viewport meta tag nor width-dependent CSS",
            "нет ни мета-тега viewport, ни CSS, зависящего от ширины",
        ),
        Note::Social(networks) => {
            let list: Vec<&str> = networks.iter().map(|n| network(*n)).collect();
            match lang {
                Lang::Az => format!("ana səhifədə keçidlər: {}", list.join(", ")),
                Lang::En => format!("links on the home page: {}", list.join(", ")),
                Lang::Ru => format!("ссылки на главной странице: {}", list.join(", ")),
            }
        }
        Note::SocialNone => pick(
            lang,
            "ana səhifədə sosial şəbəkə keçidi tapılmadı",
            "no social network link on the home page",
            "на главной странице нет ссылок на соцсети",
        ),
        Note::SearchAnswered => pick(
            lang,
            "axtarış forması var və sorğuya cavab verdi",
            "a search form, which answered a query",
            "форма поиска есть и ответила на запрос",
        ),
        Note::SearchFailed => pick(
            lang,
            "axtarış forması var, amma sorğuya cavab vermədi",
            "a search form, but it did not answer a query",
            "форма поиска есть, но не ответила на запрос",
        ),
        Note::SearchForm => pick(
            lang,
            "axtarış forması var (yoxlanılmayıb)",
            "a search form (not tried)",
            "форма поиска есть (не проверена)",
        ),
        Note::SearchNone => pick(
            lang,
            "ana səhifədə axtarış forması yoxdur",
            "no search form on the home page",
            "на главной странице нет формы поиска",
        ),
        Note::Section(s, via) => {
            let name = section(*s, lang);
            match (via, lang) {
                (Via::Home, Lang::Az) => format!("ana səhifədə {name} keçidi"),
                (Via::Home, Lang::En) => format!("a link {name} on the home page"),
                (Via::Home, Lang::Ru) => format!("ссылка {name} на главной странице"),
                (Via::Search, Lang::Az) => {
                    format!("{name} ana səhifədə yoxdur, yalnız axtarışla tapılır")
                }
                (Via::Search, Lang::En) => {
                    format!("{name} is not on the home page; found only through the search")
                }
                (Via::Search, Lang::Ru) => {
                    format!("{name} нет на главной странице; найдено только поиском")
                }
            }
        }
        Note::SectionNone(s) => format!("{}: {few}", section(*s, lang)),
        Note::Portal(n) => match lang {
            Lang::Az => format!("e-hökumət portalına {n} keçid"),
            Lang::En => format!("{n} link(s) to the e-government portal"),
            Lang::Ru => format!("ссылок на портал электронного правительства: {n}"),
        },
        Note::PortalNone => format!(
            "{}: {few}",
            pick(
                lang,
                "e-hökumət portalına keçid",
                "a link to the e-government portal",
                "ссылка на портал электронного правительства"
            )
        ),
        Note::Tender => pick(
            lang,
            "tender.gov.az portalına keçid var",
            "a link to the procurement portal",
            "есть ссылка на портал закупок",
        ),
        Note::TenderNone => format!(
            "{}: {few}",
            pick(
                lang,
                "satınalma portalına keçid",
                "a link to the procurement portal",
                "ссылка на портал закупок"
            )
        ),
        Note::Newest { date, checked_on } => {
            let days = date.days_until(*checked_on);
            match lang {
                Lang::Az => format!("ən yeni tarix {date}, yoxlama günü {checked_on} ({days} gün)"),
                Lang::En => format!("newest date {date}, checked on {checked_on} ({days} days)"),
                Lang::Ru => format!("самая новая дата {date}, проверено {checked_on} ({days} дн.)"),
            }
        }
        Note::NoDate => format!("{}: {few}", pick(lang, "tarix", "a date", "дата")),
        Note::Feedback(ids) if ids.is_empty() => format!(
            "{}: {few}",
            pick(
                lang,
                "əlaqə forması, e-poçt və ya telefon",
                "a contact form, e-mail or phone",
                "форма связи, e-mail или телефон"
            )
        ),
        Note::Feedback(ids) => match lang {
            Lang::Az => format!("tapıldı: {}", ids.join(", ")),
            Lang::En => format!("found: {}", ids.join(", ")),
            Lang::Ru => format!("найдено: {}", ids.join(", ")),
        },
    }
}
