//! The bundled body register: the 80 local and 23 central executive
//! authorities of the 2018 monitoring report come first, in the report's
//! order, with the groups the report counts (10 cities, 56 districts and 14
//! city districts); ids are unique, names are not blank and every website is
//! an http(s) URL.

use napcheck_core::{is_http_url, Body, BodyKind, Catalogue};
use std::collections::BTreeSet;

fn bodies() -> &'static [Body] {
    &Catalogue::bundled().bodies().bodies
}

#[test]
fn the_report_s_103_bodies_come_first() {
    let all = bodies();
    assert!(all.len() >= 103, "only {} bodies", all.len());
    let (locals, centrals) = all[..103].split_at(80);
    assert!(
        locals.iter().all(|b| b.kind == BodyKind::LocalExecutive),
        "the first 80 bodies must be local executive authorities"
    );
    assert!(
        centrals
            .iter()
            .all(|b| b.kind == BodyKind::CentralExecutive),
        "bodies 81-103 must be central executive authorities"
    );
    assert_eq!(
        all.iter()
            .filter(|b| b.kind == BodyKind::LocalExecutive)
            .count(),
        80,
        "the register has local executive authorities beyond the report's 80"
    );
    assert_eq!(all[0].id, "baku-city-executive");
}

#[test]
fn local_groups_follow_the_report() {
    let group = |b: &Body| b.group.clone().unwrap_or_default();
    let locals = &bodies()[..80];
    for (range, expected) in [
        (0..10, "city"),
        (10..66, "district"),
        (66..80, "city_district"),
    ] {
        for b in &locals[range.clone()] {
            assert_eq!(group(b), expected, "{} is in rows {range:?}", b.id);
        }
    }
    let count = |g: &str| locals.iter().filter(|b| group(b) == g).count();
    assert_eq!(
        (count("city"), count("district"), count("city_district")),
        (10, 56, 14)
    );
    assert!(
        bodies()[80..]
            .iter()
            .all(|b| b.kind == BodyKind::LocalExecutive || b.group.is_none()),
        "only local executive authorities have a group"
    );
}

#[test]
fn ids_are_unique_and_the_shared_ones_exist() {
    let mut seen = BTreeSet::new();
    for b in bodies() {
        assert!(seen.insert(b.id.as_str()), "duplicate id {}", b.id);
    }
    let register = Catalogue::bundled().bodies();
    for (id, kind) in [
        ("baku-city-executive", BodyKind::LocalExecutive),
        ("binagadi-lec", BodyKind::LocalExecutive),
        ("sheki-lec", BodyKind::LocalExecutive),
        ("khankendi-lec", BodyKind::LocalExecutive),
        ("ministry-of-justice", BodyKind::CentralExecutive),
        ("ministry-of-finance", BodyKind::CentralExecutive),
        ("ministry-of-economy", BodyKind::CentralExecutive),
        ("ministry-of-education", BodyKind::CentralExecutive),
        (
            "ministry-of-transport-communications-high-technologies",
            BodyKind::CentralExecutive,
        ),
        (
            "state-agency-public-service-social-innovations",
            BodyKind::CentralExecutive,
        ),
        (
            "state-committee-property-issues",
            BodyKind::CentralExecutive,
        ),
        ("ombudsman", BodyKind::OtherStateBody),
        ("chamber-of-accounts", BodyKind::OtherStateBody),
        ("prosecutor-general", BodyKind::OtherStateBody),
        ("anti-corruption-commission", BodyKind::OtherStateBody),
        ("central-bank", BodyKind::OtherStateBody),
        ("council-state-support-ngos", BodyKind::OtherStateBody),
    ] {
        let body = register
            .get(id)
            .unwrap_or_else(|| panic!("no body {id} in the register"));
        assert_eq!(body.kind, kind, "{id}");
    }
}

#[test]
fn names_are_not_blank_and_websites_are_urls() {
    for b in bodies() {
        for (lang, name) in [("az", &b.name.az), ("en", &b.name.en), ("ru", &b.name.ru)] {
            assert!(!name.trim().is_empty(), "{} has a blank {lang} name", b.id);
        }
        if let Some(website) = &b.website {
            assert!(
                is_http_url(website),
                "{} has a website that is not an http(s) URL: {website}",
                b.id
            );
        }
    }
}
