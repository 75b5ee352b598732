//! The report of one draft, as data in one language: what the summary view
//! shows and what the standalone HTML report contains. Every score, rating
//! and explanation comes from the core's evaluation; every label from the
//! catalogue or the translation files.

use crate::draft::Draft;
use crate::i18n::score;
use napcheck_core::{Lang, LocatedFinding, Outcome};

/// One commitment's line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CommitmentRow {
    /// The plan's paragraph number.
    pub(crate) id: String,
    /// Its title.
    pub(crate) title: String,
    /// The score, if any criterion is rated.
    pub(crate) score: Option<f64>,
    /// The score as text.
    pub(crate) score_text: String,
    /// Criteria answered.
    pub(crate) answered: usize,
    /// Criteria that apply.
    pub(crate) applicable: usize,
}

/// One criterion's line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CriterionRow {
    /// The criterion's id.
    pub(crate) id: String,
    /// Its commitment's id.
    pub(crate) commitment: String,
    /// Its title.
    pub(crate) title: String,
    /// The rating's label (a level, not applicable, unanswered...).
    pub(crate) rating: String,
    /// The explanation in words.
    pub(crate) explanation: String,
    /// Evidence links, as typed (rendered as links only when http(s)).
    pub(crate) evidence: Vec<String>,
    /// The note.
    pub(crate) note: String,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Report {
    /// Its language.
    pub(crate) lang: Lang,
    /// The body's name.
    pub(crate) site_name: String,
    /// The address checked.
    pub(crate) site_url: String,
    /// The criteria set's title and version.
    pub(crate) set_title: String,
    /// The day of the check.
    pub(crate) checked_on: String,
    /// The overall score.
    pub(crate) overall: Option<f64>,
    /// Criteria answered.
    pub(crate) answered: usize,
    /// Criteria that apply.
    pub(crate) applicable: usize,
    /// Per commitment.
    pub(crate) commitments: Vec<CommitmentRow>,
    /// Per criterion.
    pub(crate) criteria: Vec<CriterionRow>,
    /// What `napcheck validate` would say about the exported file.
    pub(crate) findings: Vec<LocatedFinding>,
}

impl Report {
    /// The report of `draft` in `lang`, checked as of `today`.
    pub(crate) fn build(draft: &Draft, lang: Lang, today: napcheck_core::Day) -> Option<Report> {
        let set = draft.criteria_set(lang)?;
        let evaluation = draft.evaluation(lang)?;
        let exported = draft.export(lang);
        let text = serde_json::to_string_pretty(&exported).ok()?;
        let findings =
            napcheck_core::check_text(&text, &crate::catalogue::for_check(lang), today).findings;
        let commitments = evaluation
            .commitments
            .iter()
            .map(|c| CommitmentRow {
                id: c.commitment.clone(),
                title: set
                    .commitments
                    .iter()
                    .find(|x| x.id == c.commitment)
                    .map_or_else(String::new, |x| x.title.get(lang).to_owned()),
                score: c.score,
                score_text: score(lang, c.score),
                answered: c.answered,
                applicable: c.applicable,
            })
            .collect();
        let criteria = evaluation
            .criteria
            .iter()
            .filter_map(|r| {
                let criterion = set.criterion(&r.criterion)?;
                let answer = draft.answer(&r.criterion);
                Some(CriterionRow {
                    id: r.criterion.clone(),
                    commitment: r.commitment.clone(),
                    title: criterion.title.get(lang).to_owned(),
                    rating: rating(&r.outcome, set, lang),
                    explanation: r.explanation.render(lang, criterion, set),
                    evidence: answer
                        .map(|a| crate::draft::lines(&a.evidence))
                        .unwrap_or_default(),
                    note: answer.map(|a| a.note.trim().to_owned()).unwrap_or_default(),
                })
            })
            .collect();
        Some(Report {
            lang,
            site_name: draft.site.name.trim().to_owned(),
            site_url: draft.site.url.trim().to_owned(),
            set_title: format!("{} ({})", set.title.get(lang), set.version),
            checked_on: draft.checked_on.to_string(),
            overall: evaluation.overall,
            answered: evaluation.answered,
            applicable: evaluation.applicable,
            commitments,
            criteria,
            findings,
        })
    }
}

/// The label of an outcome, in the set's own wording (the core's words).
pub(crate) fn rating(outcome: &Outcome, set: &napcheck_core::CriteriaSet, lang: Lang) -> String {
    outcome.label(set, lang)
}
