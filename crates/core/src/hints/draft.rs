//! The assessment draft made from a site's hints: one answer per hint that
//! has a suggestion, marked `suggested_by: probe`, with the links found as
//! evidence and the note. `evaluate` scores none of them until the citizen
//! confirms each one (which removes the marker).

use super::SiteHints;
use crate::assessment::{Answer, Assessment, SetRef, Site, SuggestedBy};
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
            })
        })
        .collect();
    Assessment {
        schema: None,
        criteria_set: set,
        site: Site {
            url: site.url.clone(),
            name: site.name.clone(),
            body_kind: site.body_kind,
            body: site.body.clone(),
            region: None,
        },
        checked_on,
        language,
        assessor: None,
        answers,
        result: None,
    }
}
