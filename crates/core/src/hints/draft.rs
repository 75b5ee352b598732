//! The assessment draft made from a site's hints: one answer per hint that
//! has a suggestion, marked `suggested_by: probe`, with the links found as
//! evidence and the note. `evaluate` scores none of them until the citizen
//! confirms each one (which removes the marker); each also keeps the
//! probe's observation as its `suggestion`, which stays when the citizen
//! confirms or changes it (see `agreement`).

use super::SiteHints;
use crate::assessment::{Answer, Assessment, SetRef, Site, SuggestedBy, Suggestion};
use crate::day::Day;
use crate::text::Lang;
use crate::url::is_http_url;

/// The draft of `site`'s assessment against `set`, checked on `checked_on`,
/// with notes in `language`.
pub fn draft(site: &SiteHints, set: SetRef, checked_on: Day, language: Lang) -> Assessment {
    let answers = site
        .hints
        .iter()
        .filter_map(|hint| {
            let observation = hint.suggestion.clone()?;
            let suggested = observation.clone();
            let mut evidence: Vec<String> = Vec::new();
            for e in &hint.evidence {
                let url = e.link.as_deref().unwrap_or(&e.url);
                if is_http_url(url) && !evidence.iter().any(|u| u == url) {
                    evidence.push(url.to_owned());
                }
            }
            Some(Answer {
                criterion: hint.criterion.clone(),
                observation,
                evidence,
                note: Some(hint.note.clone()),
                observed_on: None,
                suggested_by: Some(SuggestedBy::Probe),
                suggestion: Some(Suggestion {
                    by: SuggestedBy::Probe,
                    observation: suggested,
                }),
            })
        })
        .collect();
    Assessment {
        schema: None,
        criteria_set: set,
        site: Site {
            url: Some(site.url.clone()),
            name: site.name.clone(),
            body_kind: site.body_kind,
            body: site.body.clone(),
            region: None,
        },
        checked_on,
        checked_until: None,
        language,
        assessor: None,
        answers,
        result: None,
        migration: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hints::{hints_for, Evidence, MobileSignals, Reached, SiteSignals};
    use crate::{evaluate, BodyKind, Catalogue, Explanation, Outcome};

    #[test]
    fn suggestions_are_never_scored_until_confirmed() {
        let set = Catalogue::bundled().set("az-nap-2016-2018").expect("set");
        let evidence = Evidence {
            url: "https://shirvan-ih.gov.az/".into(),
            found: "<meta name=\"viewport\" content=\"width=device-width\">".into(),
            link: None,
            fetched_at: "2018-08-17T10:00:00Z".into(),
            sha256: "0".repeat(64),
        };
        let signals = SiteSignals {
            reached: Some(Reached {
                final_url: evidence.url.clone(),
                status: 200,
                https: true,
                upgraded_to_https: false,
                redirects: 0,
                evidence: evidence.clone(),
            }),
            mobile: MobileSignals {
                viewport: Some(evidence),
                responsive_css: None,
            },
            ..SiteSignals::default()
        };
        let today: Day = "2018-08-17".parse().expect("day");
        let hints = hints_for(
            set,
            BodyKind::LocalExecutive,
            None,
            &signals,
            today,
            Lang::En,
        );
        let site = SiteHints {
            url: "https://shirvan-ih.gov.az/".into(),
            name: "Shirvan".into(),
            body_kind: BodyKind::LocalExecutive,
            body: None,
            pages: Vec::new(),
            signals,
            hints,
        };
        let reference = SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        };
        let mut assessment = draft(&site, reference, today, Lang::En);
        assert!(assessment.answers.len() > 3);
        let evaluation = evaluate(&assessment, set).expect("evaluates");
        assert_eq!(evaluation.overall, None);
        assert_eq!(evaluation.answered, 0);
        let mobile = evaluation.criterion("2.4.mobile").expect("applies");
        assert_eq!(mobile.outcome, Outcome::Unanswered);
        assert_eq!(
            mobile.explanation,
            Explanation::Suggested {
                by: SuggestedBy::Probe
            }
        );
        // Confirming removes the marker: then it is the citizen's answer.
        for answer in &mut assessment.answers {
            answer.suggested_by = None;
        }
        let evaluation = evaluate(&assessment, set).expect("evaluates");
        assert!(matches!(
            evaluation.criterion("2.4.mobile").expect("applies").outcome,
            Outcome::Rated { .. }
        ));
    }
}
