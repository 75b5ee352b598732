//! A draft: one assessment in progress, exactly as the citizen typed it.
//! Text fields keep every character (a half-typed link, a trailing new line)
//! so that nothing typed is lost; [`Draft::assessment`] turns it into the
//! core's [`Assessment`], trimmed and limited to the criteria that apply,
//! which is what is evaluated, checked and exported.

use napcheck_core::criteria::Criterion;
use napcheck_core::{
    evaluate, Answer, Assessment, Assessor, BodyKind, CriteriaSet, Day, DeclaredResult, Evaluation,
    Lang, Observation, SetRef, Site,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the citizen recorded for one criterion.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub(crate) struct DraftAnswer {
    /// The observation; `None` until one is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) observation: Option<Observation>,
    /// Evidence links, one per line, as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) evidence: String,
    /// The note, as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) note: String,
    /// The day it was observed, `YYYY-MM-DD` as the date input gives it;
    /// empty when it is the day of the check.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) observed_on: String,
}

/// One assessment in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Draft {
    /// Stable id, also its storage key's suffix.
    pub(crate) id: String,
    /// Bumped by every change; two tabs compare it before writing.
    pub(crate) revision: u64,
    /// The criteria set (NAP edition).
    pub(crate) set: SetRef,
    /// The website and its body; `url` and `name` as typed.
    pub(crate) site: Site,
    /// The day of the check.
    pub(crate) checked_on: Day,
    /// Answers by criterion id. Answers to criteria that no longer apply
    /// (after changing the kind of body) are kept, not exported.
    #[serde(default)]
    pub(crate) answers: BTreeMap<String, DraftAnswer>,
    /// Who assesses, as typed (both fields optional).
    #[serde(default)]
    pub(crate) assessor: Assessor,
}

impl Draft {
    /// An empty draft against the first set of the index (which the home
    /// page waits for before it offers a new draft).
    pub(crate) fn new(id: String, today: Day) -> Draft {
        let first = crate::catalogue::index(Lang::Az).into_iter().next();
        Draft {
            id,
            revision: 1,
            set: SetRef {
                id: first.as_ref().map(|s| s.id.clone()).unwrap_or_default(),
                version: first.map_or(semver_zero(), |s| s.version),
            },
            site: Site {
                url: String::new(),
                name: String::new(),
                body_kind: BodyKind::LocalExecutive,
                body: None,
                region: None,
            },
            checked_on: today,
            answers: BTreeMap::new(),
            assessor: Assessor::default(),
        }
    }

    /// The draft of an imported assessment.
    pub(crate) fn from_assessment(id: String, assessment: Assessment) -> Draft {
        let answers = assessment
            .answers
            .into_iter()
            .map(|a| {
                (
                    a.criterion,
                    DraftAnswer {
                        observation: Some(a.observation),
                        evidence: a.evidence.join("\n"),
                        note: a.note.unwrap_or_default(),
                        observed_on: a.observed_on.map(|d| d.to_string()).unwrap_or_default(),
                    },
                )
            })
            .collect();
        Draft {
            id,
            revision: 1,
            set: assessment.criteria_set,
            site: assessment.site,
            checked_on: assessment.checked_on,
            answers,
            assessor: assessment.assessor.unwrap_or_default(),
        }
    }

    /// The criteria set with texts in `lang` (or, while that loads, in a
    /// language already here), when it is loaded.
    pub(crate) fn criteria_set(&self, lang: Lang) -> Option<&'static CriteriaSet> {
        crate::catalogue::resolve(&self.set, lang)
    }

    /// The criteria that apply to this body, in the set's order.
    pub(crate) fn applicable(&self, lang: Lang) -> Vec<&'static Criterion> {
        self.criteria_set(lang).map_or_else(Vec::new, |set| {
            set.criteria
                .iter()
                .filter(|c| {
                    c.applies_to
                        .includes(self.site.body_kind, self.site.body.as_deref())
                })
                .collect()
        })
    }

    /// The answer to `criterion`, if anything was recorded.
    pub(crate) fn answer(&self, criterion: &str) -> Option<&DraftAnswer> {
        self.answers.get(criterion)
    }

    /// The assessment as it is evaluated and exported: text trimmed, empty
    /// lines dropped, only answered criteria that apply, in the set's order,
    /// without a declared result.
    pub(crate) fn assessment(&self, lang: Lang) -> Assessment {
        let answers = self
            .applicable(lang)
            .into_iter()
            .filter_map(|c| {
                let answer = self.answers.get(&c.id)?;
                let observation = match answer.observation.clone()? {
                    Observation::Urls(urls) => Observation::Urls(lines(&urls.join("\n"))),
                    other => other,
                };
                let note = answer.note.trim();
                Some(Answer {
                    criterion: c.id.clone(),
                    observation,
                    evidence: lines(&answer.evidence),
                    note: (!note.is_empty()).then(|| note.to_owned()),
                    observed_on: answer.observed_on.trim().parse().ok(),
                    suggested_by: None,
                })
            })
            .collect();
        let region = self.site.region.as_deref().map(str::trim);
        Assessment {
            schema: None,
            criteria_set: self.set.clone(),
            site: Site {
                url: self.site.url.trim().to_owned(),
                name: self.site.name.trim().to_owned(),
                body_kind: self.site.body_kind,
                body: self.site.body.clone(),
                region: region.filter(|r| !r.is_empty()).map(str::to_owned),
            },
            checked_on: self.checked_on,
            language: lang,
            assessor: trimmed(&self.assessor),
            answers,
            result: None,
        }
    }

    /// The evaluation of [`Draft::assessment`], when the set is known.
    pub(crate) fn evaluation(&self, lang: Lang) -> Option<Evaluation> {
        evaluate(&self.assessment(lang), self.criteria_set(lang)?).ok()
    }

    /// The file a citizen downloads: the assessment with its result.
    pub(crate) fn export(&self, lang: Lang) -> Assessment {
        let mut assessment = self.assessment(lang);
        if let Some(evaluation) = self
            .criteria_set(lang)
            .and_then(|set| evaluate(&assessment, set).ok())
        {
            assessment.result = Some(DeclaredResult {
                overall: evaluation.overall,
                commitments: evaluation
                    .commitments
                    .iter()
                    .filter_map(|c| Some((c.commitment.clone(), c.score?)))
                    .collect(),
            });
        }
        assessment
    }
}

/// The assessor with fields trimmed; `None` when nothing was typed.
fn trimmed(assessor: &Assessor) -> Option<Assessor> {
    let field = |f: &Option<String>| {
        let f = f.as_deref().map(str::trim).unwrap_or_default();
        (!f.is_empty()).then(|| f.to_owned())
    };
    let out = Assessor {
        name: field(&assessor.name),
        organisation: field(&assessor.organisation),
    };
    (out != Assessor::default()).then_some(out)
}

/// The non-empty lines of `text`, trimmed.
pub(crate) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn semver_zero() -> semver::Version {
    semver::Version::new(0, 0, 0)
}
