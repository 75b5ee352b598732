//! From signals to hints: which criterion each signal speaks to, and what it
//! suggests. The table below is the only place that names criteria; a
//! suggestion is given only when it fits the criterion's observation type
//! and options in the set, so a set that changes a criterion simply loses
//! that hint instead of receiving a wrong one.

use super::words::{self, Note};
use super::{Confidence, Evidence, Hint, Section, SiteSignals, Unchecked, Via};
use crate::assessment::Observation;
use crate::body::BodyKind;
use crate::criteria::{CriteriaSet, Criterion, ObservationSpec};
use crate::day::Day;
use crate::text::Lang;

/// What the probe can say, independent of any set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    /// The site opens (`works`) or not (`down`).
    Reachable,
    /// A municipality's own site.
    OwnSite,
    /// A mobile layout.
    Mobile,
    /// The social network links.
    SocialLinks,
    /// Social links on the home page.
    SocialOnHome,
    /// A working search.
    Search,
    /// A section exists (yes/no).
    SectionExists(Section),
    /// Where the council section is: menu, search only, absent.
    CouncilPlace,
    /// Links to the e-government portal: per service, generic, none.
    PortalLinks,
    /// A link to the procurement portal.
    TenderPortal,
    /// An electronic appeal.
    Eappeal,
    /// The newest news date.
    NewsNewest,
    /// The newest procurement date.
    ProcurementNewest,
    /// Contact channels: form, e-mail, phone.
    Feedback,
}

/// Criterion id → what the probe says about it. Criteria of any set; those
/// absent from the chosen set are skipped.
const TABLE: &[(&str, Probe)] = &[
    ("2.4.site_reachable", Probe::Reachable),
    ("n3.7.3.web_page", Probe::OwnSite),
    ("2.4.mobile", Probe::Mobile),
    ("2.4.social.accounts", Probe::SocialLinks),
    ("2.4.social.home_links", Probe::SocialOnHome),
    ("2.4.search", Probe::Search),
    ("4.2.2.section", Probe::CouncilPlace),
    (
        "n3.5.5.council_section",
        Probe::SectionExists(Section::Council),
    ),
    ("n3.5.5.council_in_menu", Probe::CouncilPlace),
    ("5.6.section", Probe::SectionExists(Section::Procurement)),
    ("5.6.fresh", Probe::ProcurementNewest),
    ("5.6.portal", Probe::TenderPortal),
    (
        "1.1.eservices.section",
        Probe::SectionExists(Section::Eservices),
    ),
    ("1.1.eservices.portal_link", Probe::PortalLinks),
    ("n3.4.1.mygov_links", Probe::PortalLinks),
    ("1.1.eappeal", Probe::Eappeal),
    ("n3.4.3.eappeal", Probe::Eappeal),
    ("2.4.news.last_update", Probe::NewsNewest),
    ("n3.7.3.last_update", Probe::NewsNewest),
    ("2.4.feedback", Probe::Feedback),
];

/// A value before it is fitted to a criterion's observation type.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Yes(bool),
    Option(&'static str),
    Options(Vec<&'static str>),
    Date(Day),
    Urls(Vec<String>),
}

/// What one probe proposes.
struct Proposal {
    value: Value,
    confidence: Confidence,
    note: Note,
    evidence: Vec<Evidence>,
}

/// The hints for the criteria of `set` that apply to `kind` (and `body`),
/// in the set's order, with notes in `lang`. When the home page could not be
/// read, every hint says why ("could not be checked: …"), except that a site
/// that is down is suggested as down.
pub fn hints_for(
    set: &CriteriaSet,
    kind: BodyKind,
    body: Option<&str>,
    signals: &SiteSignals,
    checked_on: Day,
    lang: Lang,
) -> Vec<Hint> {
    set.criteria
        .iter()
        .filter(|c| c.applies_to.includes(kind, body))
        .filter_map(|c| {
            let probe = TABLE.iter().find(|(id, _)| *id == c.id)?.1;
            Some(hint(c, probe, signals, checked_on, lang))
        })
        .collect()
}

fn hint(
    criterion: &Criterion,
    probe: Probe,
    signals: &SiteSignals,
    checked_on: Day,
    lang: Lang,
) -> Hint {
    let unchecked = |reason: Unchecked| Hint {
        criterion: criterion.id.clone(),
        suggestion: None,
        confidence: Confidence::Low,
        note: reason.message(lang),
        evidence: Vec::new(),
        unchecked: Some(reason),
    };
    let proposal = match (&signals.reached, &signals.unchecked) {
        (Some(_), _) => propose(probe, signals, checked_on),
        (None, Some(reason)) => match (probe, reason.means_down()) {
            (Probe::Reachable | Probe::OwnSite, true) => Ok(Proposal {
                value: Value::Option("down"),
                confidence: Confidence::High,
                note: Note::Down(reason.clone()),
                evidence: Vec::new(),
            }),
            (_, true) => return unchecked(Unchecked::SiteUnchecked),
            (_, false) => return unchecked(reason.clone()),
        },
        (None, None) => return unchecked(Unchecked::SiteUnchecked),
    };
    let proposal = match proposal {
        Ok(proposal) => proposal,
        Err(note) => {
            return Hint {
                criterion: criterion.id.clone(),
                suggestion: None,
                confidence: Confidence::Low,
                note: words::note(&note, lang),
                evidence: Vec::new(),
                unchecked: None,
            }
        }
    };
    match fit(&proposal.value, &criterion.observation) {
        Some(observation) => Hint {
            criterion: criterion.id.clone(),
            suggestion: Some(observation),
            confidence: proposal.confidence,
            note: words::note(&proposal.note, lang),
            evidence: proposal.evidence,
            unchecked: None,
        },
        // The set's criterion does not take this value: say nothing wrong.
        None => Hint {
            criterion: criterion.id.clone(),
            suggestion: None,
            confidence: Confidence::Low,
            note: words::note(&proposal.note, lang),
            evidence: proposal.evidence,
            unchecked: None,
        },
    }
}

/// The observation `value` becomes under `spec`, if it fits.
fn fit(value: &Value, spec: &ObservationSpec) -> Option<Observation> {
    let has = |id: &str| spec.options().iter().any(|o| o.id == id);
    match (value, spec) {
        (Value::Yes(yes), ObservationSpec::YesNo) => Some(Observation::YesNo(*yes)),
        (Value::Option(id), ObservationSpec::Choice { .. }) if has(id) => {
            Some(Observation::Choice((*id).to_owned()))
        }
        (Value::Option(id), ObservationSpec::YesNo) => match *id {
            "works" | "own_site" | "menu" | "search_only" | "per_service" | "generic"
            | "working" => Some(Observation::YesNo(true)),
            "down" | "none" | "absent" => Some(Observation::YesNo(false)),
            _ => None,
        },
        (Value::Options(ids), ObservationSpec::Choices { .. }) => Some(Observation::Choices(
            ids.iter()
                .filter(|id| has(id))
                .map(|id| (*id).to_owned())
                .collect(),
        )),
        (Value::Date(day), ObservationSpec::Date) => Some(Observation::Date(*day)),
        (Value::Urls(urls), ObservationSpec::Urls) => Some(Observation::Urls(urls.clone())),
        _ => None,
    }
}

/// The proposal of `probe`, or the note saying why it has none.
fn propose(probe: Probe, s: &SiteSignals, checked_on: Day) -> Result<Proposal, Note> {
    let Some(reached) = s.reached.as_ref() else {
        return Err(Note::NoDate);
    };
    let absent = |note: Note, value: Value| Proposal {
        value,
        confidence: Confidence::Low,
        note,
        evidence: Vec::new(),
    };
    Ok(match probe {
        Probe::Reachable | Probe::OwnSite => Proposal {
            value: Value::Option(if probe == Probe::Reachable {
                "works"
            } else {
                "own_site"
            }),
            confidence: Confidence::High,
            note: Note::Reached {
                status: reached.status,
                https: reached.https,
            },
            evidence: vec![reached.evidence.clone()],
        },
        Probe::Mobile => {
            let m = &s.mobile;
            let evidence: Vec<Evidence> = [&m.viewport, &m.responsive_css]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            let (value, confidence, note) = match (&m.viewport, &m.responsive_css) {
                (Some(_), Some(_)) => (true, Confidence::High, Note::MobileBoth),
                (Some(_), None) => (true, Confidence::Medium, Note::MobileViewport),
                (None, Some(_)) => (true, Confidence::Low, Note::MobileCss),
                (None, None) => (false, Confidence::Medium, Note::MobileNone),
            };
            Proposal {
                value: Value::Yes(value),
                confidence,
                note,
                evidence,
            }
        }
        Probe::SocialLinks | Probe::SocialOnHome => {
            if s.social.is_empty() {
                let value = if probe == Probe::SocialLinks {
                    Value::Urls(Vec::new())
                } else {
                    Value::Yes(false)
                };
                absent(Note::SocialNone, value)
            } else {
                let urls: Vec<String> = s
                    .social
                    .iter()
                    .filter_map(|l| l.evidence.link.clone())
                    .collect();
                Proposal {
                    value: if probe == Probe::SocialLinks {
                        Value::Urls(urls)
                    } else {
                        Value::Yes(true)
                    },
                    confidence: if probe == Probe::SocialLinks {
                        Confidence::Medium
                    } else {
                        Confidence::High
                    },
                    note: Note::Social(s.social.iter().map(|l| l.network).collect()),
                    evidence: s.social.iter().map(|l| l.evidence.clone()).collect(),
                }
            }
        }
        Probe::Search => match (&s.search_form, s.search_answered) {
            (Some(form), Some(true)) => Proposal {
                value: Value::Option("works"),
                confidence: Confidence::Medium,
                note: Note::SearchAnswered,
                evidence: vec![form.clone()],
            },
            (Some(form), Some(false)) => Proposal {
                value: Value::Option("broken"),
                confidence: Confidence::Low,
                note: Note::SearchFailed,
                evidence: vec![form.clone()],
            },
            (Some(form), None) => Proposal {
                value: Value::Option("works"),
                confidence: Confidence::Low,
                note: Note::SearchForm,
                evidence: vec![form.clone()],
            },
            (None, _) => Proposal {
                value: Value::Option("absent"),
                confidence: Confidence::Medium,
                note: Note::SearchNone,
                evidence: Vec::new(),
            },
        },
        Probe::SectionExists(section) => match s.section(section) {
            Some(found) => Proposal {
                value: Value::Yes(true),
                confidence: Confidence::Medium,
                note: Note::Section(section, found.via),
                evidence: vec![found.evidence.clone()],
            },
            None => absent(Note::SectionNone(section), Value::Yes(false)),
        },
        Probe::CouncilPlace => match s.section(Section::Council) {
            Some(found) => Proposal {
                value: Value::Option(match found.via {
                    Via::Home => "menu",
                    Via::Search => "search_only",
                }),
                confidence: Confidence::Medium,
                note: Note::Section(Section::Council, found.via),
                evidence: vec![found.evidence.clone()],
            },
            None => absent(Note::SectionNone(Section::Council), Value::Option("absent")),
        },
        Probe::PortalLinks => match s.portal_links.len() {
            0 => absent(Note::PortalNone, Value::Option("none")),
            n => Proposal {
                value: Value::Option(if n >= 3 { "per_service" } else { "generic" }),
                confidence: Confidence::Low,
                note: Note::Portal(n),
                evidence: s.portal_links.clone(),
            },
        },
        Probe::TenderPortal => match &s.tender_portal {
            Some(link) => Proposal {
                value: Value::Yes(true),
                confidence: Confidence::Medium,
                note: Note::Tender,
                evidence: vec![link.clone()],
            },
            None => absent(Note::TenderNone, Value::Yes(false)),
        },
        Probe::Eappeal => match s.section(Section::Eappeal) {
            Some(found) => Proposal {
                value: Value::Option("working"),
                confidence: Confidence::Low,
                note: Note::Section(Section::Eappeal, found.via),
                evidence: vec![found.evidence.clone()],
            },
            None => absent(Note::SectionNone(Section::Eappeal), Value::Option("absent")),
        },
        Probe::NewsNewest | Probe::ProcurementNewest => {
            let found = if probe == Probe::NewsNewest {
                &s.newest_news
            } else {
                &s.newest_procurement
            };
            match found {
                Some(found) => Proposal {
                    value: Value::Date(found.date),
                    confidence: Confidence::Medium,
                    note: Note::Newest {
                        date: found.date,
                        checked_on,
                    },
                    evidence: vec![found.evidence.clone()],
                },
                None => return Err(Note::NoDate),
            }
        }
        Probe::Feedback => {
            let mut ids = Vec::new();
            let mut evidence = Vec::new();
            for (id, found) in [
                ("form", &s.feedback_form),
                ("email", &s.email),
                ("phone", &s.phone),
            ] {
                if let Some(e) = found {
                    ids.push(id);
                    evidence.push(e.clone());
                }
            }
            if let Some(found) = s.section(Section::Eappeal) {
                ids.push("reception");
                evidence.push(found.evidence.clone());
            }
            Proposal {
                confidence: if ids.is_empty() {
                    Confidence::Low
                } else {
                    Confidence::Medium
                },
                note: Note::Feedback(ids.clone()),
                value: Value::Options(ids),
                evidence,
            }
        }
    })
}
