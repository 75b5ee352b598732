//! A draft: one assessment in progress, exactly as the citizen typed it.
//! Text fields keep every character (a half-typed link, a trailing new line)
//! so that nothing typed is lost; [`Draft::assessment`] turns it into the
//! core's [`Assessment`], trimmed and limited to the relevant criteria,
//! which is what is evaluated, checked and exported.

use crate::catalogue::{Known, Shared};
use napcheck_core::criteria::Criterion;
use napcheck_core::{
    evaluate, relevance::relevant_criteria, Answer, Assessment, Assessor, BodyKind, CriteriaSet,
    Day, DeclaredResult, Evaluation, Lang, Migration, Observation, SetRef, Site, SuggestedBy,
    Suggestion, Version,
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
    /// The text of a count field that is not a whole number (e.g. `3.7`),
    /// kept as typed and shown with its error; the observation is then
    /// `None`, so that the field never shows one number and scores another.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) typed: String,
    /// Who suggested this answer (`napcheck probe --draft`), until the
    /// citizen confirms or changes it; kept in the export so that an
    /// unconfirmed suggestion is never counted as the citizen's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) suggested_by: Option<SuggestedBy>,
    /// What the probe suggested, kept when the citizen confirms or changes
    /// it (only the marker above goes), so that the report can say how
    /// often citizens agreed with the probe; never scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) suggestion: Option<Suggestion>,
    /// The draft revision at which this answer last changed (0 in drafts
    /// saved before revisions were stamped): two tabs merge by it.
    #[serde(default)]
    pub(crate) changed: u64,
}

impl DraftAnswer {
    /// Whether nothing is recorded (the stamp aside).
    pub(crate) fn is_empty(&self) -> bool {
        self.same_content(&DraftAnswer::default())
    }

    /// Whether `other` records the same (the stamps aside).
    pub(crate) fn same_content(&self, other: &DraftAnswer) -> bool {
        DraftAnswer {
            changed: 0,
            ..self.clone()
        } == DraftAnswer {
            changed: 0,
            ..other.clone()
        }
    }

    /// Whether the citizen still has to answer this: nothing is recorded,
    /// or only a suggestion they have not confirmed.
    pub(crate) fn awaits_citizen(&self) -> bool {
        self.observation.is_none() || self.suggested_by.is_some()
    }
}

/// One assessment in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Draft {
    /// Stable id, also its storage key's suffix.
    pub(crate) id: String,
    /// Bumped by every change; two tabs compare it before writing.
    pub(crate) revision: u64,
    /// The criteria set (NAP edition).
    pub(crate) set: DraftSet,
    /// The website and its body; `url` and `name` as typed.
    pub(crate) site: Site,
    /// The day of the check.
    pub(crate) checked_on: Day,
    /// The last day of the check period, kept from an imported historical
    /// assessment that gives only the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) checked_until: Option<Day>,
    /// Answers by criterion id. Answers to criteria that no longer apply
    /// (after changing the kind of body) are kept, not exported.
    #[serde(default)]
    pub(crate) answers: BTreeMap<String, DraftAnswer>,
    /// Who assesses, as typed (both fields optional).
    #[serde(default)]
    pub(crate) assessor: Assessor,
    /// The revision at which the details (set, website, day, assessor)
    /// last changed (0 in drafts saved before it was stamped).
    #[serde(default)]
    pub(crate) details_changed: u64,
    /// Where the draft came from when it was carried from an older set
    /// (the answers that could not move, with their reasons); exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) migration: Option<Migration>,
    /// The set the citizen chose to keep this draft on when a newer one
    /// was offered (or an embedding page's preset set); no newer set or
    /// version is offered while the draft stays on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) kept_on: Option<DraftSet>,
}

impl Draft {
    /// An empty draft against the first set of the index (which the home
    /// page waits for before it offers a new draft).
    pub(crate) fn new(id: String, today: Day, known: &Known) -> Draft {
        let first = known.index(Lang::Az).first().cloned();
        Draft {
            id,
            revision: 1,
            set: DraftSet {
                id: first.as_ref().map(|s| s.id.clone()).unwrap_or_default(),
                version: first.map_or(SetVersion::Pending, |s| SetVersion::Known(s.version)),
            },
            site: Site {
                url: Some(String::new()),
                name: String::new(),
                body_kind: BodyKind::LocalExecutive,
                body: None,
                region: None,
            },
            checked_on: today,
            checked_until: None,
            answers: BTreeMap::new(),
            assessor: Assessor::default(),
            details_changed: 0,
            migration: None,
            kept_on: None,
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
                        typed: String::new(),
                        suggested_by: a.suggested_by,
                        suggestion: a.suggestion,
                        changed: 1,
                    },
                )
            })
            .collect();
        Draft {
            id,
            revision: 1,
            set: DraftSet::chosen(assessment.criteria_set),
            site: assessment.site,
            checked_on: assessment.checked_on,
            checked_until: assessment.checked_until,
            answers,
            assessor: assessment.assessor.unwrap_or_default(),
            details_changed: 1,
            migration: assessment.migration,
            kept_on: None,
        }
    }

    /// Whether `other` has the same details (set, website, day, assessor).
    pub(crate) fn same_details(&self, other: &Draft) -> bool {
        (&self.set, &self.site, self.checked_on, &self.assessor)
            == (&other.set, &other.site, other.checked_on, &other.assessor)
    }

    /// Takes the details of `other`.
    pub(crate) fn take_details(&mut self, other: &Draft) {
        self.set = other.set.clone();
        self.site = other.site.clone();
        self.checked_on = other.checked_on;
        self.assessor = other.assessor.clone();
    }

    /// Whether the set's version waits for the index ([`SetVersion::Pending`]).
    pub(crate) fn set_pending(&self) -> bool {
        matches!(self.set.version, SetVersion::Pending)
    }

    /// The criteria set with texts in `lang` (or, while that loads, in a
    /// language already here), when it is loaded and its version known.
    pub(crate) fn shared_set<'k>(
        &self,
        known: &'k Known,
        lang: Lang,
    ) -> Option<&'k Shared<CriteriaSet>> {
        match &self.set.version {
            SetVersion::Known(version) => known.resolve(&self.set.id, version, lang),
            SetVersion::Pending => None,
        }
    }

    /// [`Draft::shared_set`], borrowed.
    pub(crate) fn criteria_set<'k>(&self, known: &'k Known, lang: Lang) -> Option<&'k CriteriaSet> {
        self.shared_set(known, lang).map(|s| &**s)
    }

    /// The criteria that apply to this body, in the set's order.
    pub(crate) fn applicable<'k>(&self, known: &'k Known, lang: Lang) -> Vec<&'k Criterion> {
        self.criteria_set(known, lang).map_or_else(Vec::new, |set| {
            set.criteria
                .iter()
                .filter(|c| {
                    c.applies_to
                        .includes(self.site.body_kind, self.site.body.as_deref())
                })
                .collect()
        })
    }

    /// The questions asked, in the set's order: the criteria that apply
    /// and that the answers so far do not rule out (the core's relevance:
    /// no council, no council follow-ups).
    pub(crate) fn questions<'k>(&self, known: &'k Known, lang: Lang) -> Vec<&'k Criterion> {
        let Some(set) = self.criteria_set(known, lang) else {
            return Vec::new();
        };
        let assessment = self.assessment(known, lang);
        relevant_criteria(set, &assessment).collect()
    }

    /// The answer to `criterion`, if anything was recorded.
    pub(crate) fn answer(&self, criterion: &str) -> Option<&DraftAnswer> {
        self.answers.get(criterion)
    }

    /// The assessment as it is evaluated and exported: text trimmed, empty
    /// lines dropped, only answered criteria that are relevant (they apply,
    /// and the other answers do not rule them out; an answer ruled out stays
    /// in the draft), in the set's order, without a declared result.
    pub(crate) fn assessment(&self, known: &Known, lang: Lang) -> Assessment {
        let mut assessment = self.applicable_assessment(known, lang);
        if let Some(set) = self.criteria_set(known, lang) {
            let relevant: Vec<&str> = relevant_criteria(set, &assessment)
                .map(|c| c.id.as_str())
                .collect();
            assessment
                .answers
                .retain(|a| relevant.contains(&a.criterion.as_str()));
        }
        assessment
    }

    /// The assessment with every answer recorded, whether or not its
    /// criterion applies or is relevant: what a migration carries (an
    /// answer ruled out here may count on the newer set, and one that cannot
    /// move is kept with its reason).
    pub(crate) fn recorded_assessment(&self, known: &Known, lang: Lang) -> Assessment {
        let mut assessment = self.applicable_assessment(known, lang);
        let set = self.criteria_set(known, lang);
        let position = |id: &str| set.and_then(|s| s.criteria.iter().position(|c| c.id == id));
        assessment.answers = self
            .answers
            .iter()
            .filter_map(|(id, answer)| exported_answer(id, answer))
            .collect();
        assessment
            .answers
            .sort_by_key(|a| position(&a.criterion).unwrap_or(usize::MAX));
        assessment
    }

    /// The assessment with the answers to every criterion that applies to
    /// the body, relevant or not.
    fn applicable_assessment(&self, known: &Known, lang: Lang) -> Assessment {
        let answers = self
            .applicable(known, lang)
            .into_iter()
            .filter_map(|c| exported_answer(&c.id, self.answers.get(&c.id)?))
            .collect();
        let region = self.site.region.as_deref().map(str::trim);
        Assessment {
            schema: None,
            criteria_set: self.set.stored(),
            site: Site {
                url: Some(self.site.url.as_deref().unwrap_or("").trim().to_owned()),
                name: self.site.name.trim().to_owned(),
                body_kind: self.site.body_kind,
                body: self.site.body.clone(),
                region: region.filter(|r| !r.is_empty()).map(str::to_owned),
            },
            checked_on: self.checked_on,
            checked_until: self.checked_until.filter(|until| *until > self.checked_on),
            language: lang,
            assessor: trimmed(&self.assessor),
            answers,
            result: None,
            migration: self.migration.clone(),
        }
    }

    /// How many of the answers asked for are suggestions the citizen has
    /// not confirmed yet.
    pub(crate) fn unconfirmed_suggestions(&self, known: &Known, lang: Lang) -> usize {
        self.assessment(known, lang)
            .answers
            .iter()
            .filter(|a| a.suggested_by.is_some())
            .count()
    }

    /// The evaluation of [`Draft::assessment`], when the set is known.
    pub(crate) fn evaluation(&self, known: &Known, lang: Lang) -> Option<Evaluation> {
        evaluate(
            &self.assessment(known, lang),
            self.criteria_set(known, lang)?,
        )
        .ok()
    }

    /// The file a citizen downloads: the assessment with its result.
    pub(crate) fn export(&self, known: &Known, lang: Lang) -> Assessment {
        let mut assessment = self.assessment(known, lang);
        if let Some(evaluation) = self
            .criteria_set(known, lang)
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

/// An answer as exported (links and evidence one per line, trimmed); `None`
/// while nothing is observed.
fn exported_answer(criterion: &str, answer: &DraftAnswer) -> Option<Answer> {
    let observation = match answer.observation.clone()? {
        Observation::Urls(urls) => Observation::Urls(lines(&urls.join("\n"))),
        other => other,
    };
    let note = answer.note.trim();
    Some(Answer {
        criterion: criterion.to_owned(),
        observation,
        evidence: lines(&answer.evidence),
        note: (!note.is_empty()).then(|| note.to_owned()),
        observed_on: answer.observed_on.trim().parse().ok(),
        suggested_by: answer.suggested_by,
        suggestion: answer.suggestion.clone(),
    })
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

/// The criteria set a draft is on: its id, and its version once known.
/// Stored as the core's [`SetRef`] (`{"id", "version"}`), as drafts always
/// were.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DraftSet {
    /// The set's id (empty before the index of sets gives a first one).
    pub(crate) id: String,
    /// Its version, or that it waits for the index.
    pub(crate) version: SetVersion,
}

/// The version of a draft's set.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SetVersion {
    /// The set was chosen before the index of sets arrived (an embedded
    /// widget's preset): `State` gives the draft the set's version once the
    /// index is here.
    Pending,
    /// The version the draft is made against.
    Known(Version),
}

/// How a pending version is stored: `0.0.0`, which no set has, so that a
/// draft saved by this widget is read by an older one in another tab, and a
/// draft saved before [`SetVersion`] existed reads as pending.
const STORED_PENDING: Version = Version::new(0, 0, 0);

impl DraftSet {
    /// A set with a known version, e.g. an imported assessment's.
    pub(crate) fn chosen(reference: SetRef) -> DraftSet {
        DraftSet {
            id: reference.id,
            version: SetVersion::Known(reference.version),
        }
    }

    /// The reference as stored and exported (a pending version as
    /// [`STORED_PENDING`]).
    pub(crate) fn stored(&self) -> SetRef {
        SetRef {
            id: self.id.clone(),
            version: match &self.version {
                SetVersion::Known(version) => version.clone(),
                SetVersion::Pending => STORED_PENDING,
            },
        }
    }
}

impl Serialize for DraftSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.stored().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DraftSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<DraftSet, D::Error> {
        let stored = SetRef::deserialize(deserializer)?;
        Ok(if stored.version == STORED_PENDING {
            DraftSet {
                id: stored.id,
                version: SetVersion::Pending,
            }
        } else {
            DraftSet::chosen(stored)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The export of the fixture draft in each language, as files: the
    /// checker's test writes the HTML report from them and compares it with
    /// the report the widget wrote before it moved there
    /// (`tests/fixtures/web/report/`).
    #[test]
    fn the_fixture_draft_export_matches_its_file() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/web/report");
        let text = std::fs::read_to_string(dir.join("draft.json")).expect("fixture");
        let assessment = serde_json::from_str(&text).expect("an assessment");
        let draft = Draft::from_assessment("fixture".into(), assessment);
        let known = Known::default();
        let bless = std::env::var_os("NAPCHECK_BLESS").is_some();
        for lang in Lang::ALL {
            let export = serde_json::to_string_pretty(&draft.export(&known, lang)).expect("json");
            let path = dir.join(format!("export.{lang}.json"));
            if bless {
                std::fs::write(&path, export.clone() + "\n").expect("write");
            }
            let want = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                export + "\n" == want,
                "export.{lang}.json differs (NAPCHECK_BLESS=1 to rewrite)"
            );
        }
    }
}
