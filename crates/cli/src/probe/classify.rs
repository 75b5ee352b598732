//! What a link is, by its text and address, in Azerbaijani, Russian and
//! English: a section of the site ("İctimai şura", "Общественный совет",
//! "Public council"; "Satınalmalar", "Tenderlər"; "Elektron xidmətlər" or
//! the `/page/29.html` many local executives' sites share), a social
//! network (by domain), the e-government or the procurement portal.

use napcheck_core::hints::{Network, Section};
use reqwest::Url;

/// Text folded for matching: lowercase, Azerbaijani letters to their Latin
/// base (`İ`, `ı` → `i`, `ə` → `e`, `ş` → `s`, …), `ё` → `е`, so that
/// "İCTİMAİ ŞURA", "ictimai sura" and "İctimai şura" all match.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| *c != '\u{307}')
        .map(|c| match c {
            'ı' => 'i',
            'ə' => 'e',
            'ş' => 's',
            'ç' => 'c',
            'ğ' => 'g',
            'ö' => 'o',
            'ü' => 'u',
            'ё' => 'е',
            other => other,
        })
        .collect()
}

/// Words in a link's text (folded) and in its address that name a section.
const SECTIONS: &[(Section, &[&str], &[&str])] = &[
    (
        Section::Council,
        &[
            "ictimai sura",
            "общественный совет",
            "общественного совета",
            "public council",
        ],
        &[
            "ictimai-sura",
            "ictimai_sura",
            "ictimai-shura",
            "ictimaisura",
            "public-council",
        ],
    ),
    (
        Section::Procurement,
        &["satinalma", "tender", "закупк", "procurement", "тендер"],
        &["satinalma", "tender", "procurement", "zakupk"],
    ),
    (
        Section::Eservices,
        &[
            "elektron xidmet",
            "e-xidmet",
            "электронные услуги",
            "электронных услуг",
            "e-services",
            "electronic services",
            "e-service",
        ],
        &["e-xidmet", "elektron-xidmet", "e-services", "/page/29.html"],
    ),
    (
        Section::Eappeal,
        &[
            "elektron muraciet",
            "e-muraciet",
            "elektron qebul",
            "onlayn muraciet",
            "электронное обращение",
            "электронная приемная",
            "электронная приёмная",
            "e-appeal",
            "electronic appeal",
            "online appeal",
        ],
        &[
            "e-muraciet",
            "emuraciet",
            "e-appeal",
            "elektron-muraciet",
            "e-qebul",
        ],
    ),
    (
        Section::News,
        &["xeberler", "новости", "news"],
        &["xeberler", "/news", "novosti"],
    ),
    (
        Section::Contact,
        &[
            "geri elaqe",
            "elaqe",
            "обратная связь",
            "контакты",
            "feedback",
            "contact",
        ],
        &["elaqe", "contact", "feedback", "kontakt"],
    ),
    (
        Section::OpenData,
        &["aciq melumat", "открытые данные", "open data"],
        &["aciq-melumat", "open-data", "opendata"],
    ),
];

/// The section a link names, if any (the first in the table's order).
pub(crate) fn section(text: &str, href: &Url) -> Option<Section> {
    let text = fold(text);
    let path = fold(&percent_decoded(href));
    SECTIONS
        .iter()
        .find(|(_, words, paths)| {
            words.iter().any(|w| text.contains(w)) || paths.iter().any(|p| path.contains(p))
        })
        .map(|(s, _, _)| *s)
}

fn percent_decoded(href: &Url) -> String {
    let raw = format!("{}?{}", href.path(), href.query().unwrap_or(""));
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&raw[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        } else if bytes[i] == b'+' {
            out.push(b' ');
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `host` is `domain` or one of its subdomains.
fn under(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// The social network a link points to, by its domain.
pub(crate) fn network(href: &Url) -> Option<Network> {
    let host = href.host_str()?.to_ascii_lowercase();
    let table: &[(&str, Network)] = &[
        ("facebook.com", Network::Facebook),
        ("fb.com", Network::Facebook),
        ("fb.me", Network::Facebook),
        ("instagram.com", Network::Instagram),
        ("youtube.com", Network::Youtube),
        ("youtu.be", Network::Youtube),
        ("twitter.com", Network::X),
        ("x.com", Network::X),
        ("t.me", Network::Telegram),
        ("telegram.me", Network::Telegram),
        ("linkedin.com", Network::Linkedin),
        ("tiktok.com", Network::Tiktok),
        ("vk.com", Network::Vk),
        ("ok.ru", Network::Odnoklassniki),
        ("flickr.com", Network::Flickr),
    ];
    table
        .iter()
        .find(|(domain, _)| under(&host, domain))
        .map(|(_, n)| *n)
}

/// Whether a link goes to the e-government portal (e-gov.az, mygov.az,
/// digital.gov.az, asan.gov.az services).
pub(crate) fn is_portal(href: &Url) -> bool {
    href.host_str().is_some_and(|h| {
        let h = h.to_ascii_lowercase();
        ["e-gov.az", "mygov.az", "my.gov.az", "digital.gov.az"]
            .iter()
            .any(|d| under(&h, d))
    })
}

/// Whether a link goes to the procurement portal.
pub(crate) fn is_tender_portal(href: &Url) -> bool {
    href.host_str().is_some_and(|h| {
        let h = h.to_ascii_lowercase();
        ["tender.gov.az", "etender.gov.az"]
            .iter()
            .any(|d| under(&h, d))
    })
}

/// Whether `a` and `b` are the same site: same scheme-independent host
/// (ignoring a leading `www.`) and port.
pub(crate) fn same_site(a: &Url, b: &Url) -> bool {
    let host = |u: &Url| {
        u.host_str()
            .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
    };
    host(a) == host(b) && a.port_or_known_default() == b.port_or_known_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("url")
    }

    #[test]
    fn sections_are_named_in_three_languages_and_by_address() {
        let home = url("http://shirvan-ih.gov.az/");
        let cases = [
            ("İCTİMAİ ŞURA", "/x", Some(Section::Council)),
            ("Общественный совет", "/x", Some(Section::Council)),
            ("Public Council", "/x", Some(Section::Council)),
            ("Satınalmalar", "/x", Some(Section::Procurement)),
            ("Tenderlər", "/x", Some(Section::Procurement)),
            ("Xidmətlər", "/page/29.html", Some(Section::Eservices)),
            ("Elektron xidmətlər", "/y", Some(Section::Eservices)),
            // A link to a search is not the section (site.rs records a
            // council reached through the search as such).
            ("", "/search?data=ictimai+%C5%9Fura", None),
            ("", "/az/ictimai-sura", Some(Section::Council)),
            ("Haqqımızda", "/page/2.html", None),
        ];
        for (text, path, expected) in cases {
            assert_eq!(
                section(text, &home.join(path).expect("url")),
                expected,
                "{text} {path}"
            );
        }
    }

    #[test]
    fn networks_and_portals_are_known_by_domain() {
        assert_eq!(
            network(&url("https://www.facebook.com/x")),
            Some(Network::Facebook)
        );
        assert_eq!(network(&url("https://x.com/x")), Some(Network::X));
        assert_eq!(network(&url("https://t.me/x")), Some(Network::Telegram));
        assert_eq!(network(&url("https://notfacebook.com/x")), None);
        assert!(is_portal(&url("https://www.e-gov.az/az/services/1")));
        assert!(is_tender_portal(&url("https://etender.gov.az/")));
        assert!(same_site(&url("http://www.a.az/"), &url("http://a.az/x")));
        assert!(!same_site(&url("http://a.az/"), &url("http://10.0.0.1/")));
    }
}
