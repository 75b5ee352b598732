//! The report of one assessment, as data in one language: what the summary
//! view shows of a draft and what the standalone HTML report contains. Every
//! score, rating and explanation comes from the core's evaluation; every
//! label from the catalogue or the translation files. Shared with the
//! on-demand checker (`crates/web-checks` includes this file by path and
//! writes the HTML report from a draft's export), so that the view and the
//! file say the same.

use crate::i18n::{score, t, Words};
use napcheck_core::criteria::Criterion;
use napcheck_core::{Assessment, CriteriaSet, Evaluation, Lang, Observation, Outcome};

/// The widget's words the standalone HTML report reads (its headings and
/// labels, and `score`'s "not rated yet"): the widget sends their texts in
/// the report's language to the checker, which holds no words of its own.
pub(crate) const HTML_WORDS: [&str; 19] = [
    "chart.title",
    "criterion.evidence",
    "criterion.note",
    "details.assessor",
    "details.checked_on",
    "details.region",
    "details.set",
    "details.url",
    "progress.answered",
    "progress.title",
    "report.answered",
    "report.by_commitment",
    "report.commitment",
    "report.criteria",
    "report.file_title",
    "report.generated",
    "report.score",
    "score.none",
    "score.overall",
];

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
    /// What it adds to its commitment's score, in words.
    pub(crate) contribution: String,
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
    /// The region, as given (may be empty).
    pub(crate) region: String,
    /// The assessor: name and organisation, as given (may be empty).
    pub(crate) assessor: String,
    /// The day of the check.
    pub(crate) checked_on: String,
    /// The overall score.
    pub(crate) overall: Option<f64>,
    /// Whether some relevant criterion is unanswered or needs correction.
    pub(crate) provisional: bool,
    /// How the scores are computed, in one sentence.
    pub(crate) formula: &'static str,
    /// Criteria answered.
    pub(crate) answered: usize,
    /// Criteria that apply.
    pub(crate) applicable: usize,
    /// Per commitment.
    pub(crate) commitments: Vec<CommitmentRow>,
    /// Per criterion.
    pub(crate) criteria: Vec<CriterionRow>,
}

impl Report {
    /// The report of `assessment` (a draft's export, or what it is made
    /// of), evaluated on `set` as `evaluation`, in `lang`: the evidence and
    /// notes are the assessment's, as the exported file holds them.
    pub(crate) fn of(
        assessment: &Assessment,
        set: &CriteriaSet,
        evaluation: &Evaluation,
        words: &Words,
        lang: Lang,
    ) -> Report {
        let commitments = evaluation
            .commitments
            .iter()
            .map(|c| CommitmentRow {
                id: c.commitment.clone(),
                title: set
                    .commitment(&c.commitment)
                    .map_or_else(String::new, |x| x.title.get(lang).to_owned()),
                score: c.score,
                score_text: score(words, lang, c.score),
                answered: c.answered,
                applicable: c.coverage.relevant,
            })
            .collect();
        let criteria = evaluation
            .criteria
            .iter()
            .filter_map(|r| {
                let criterion = set.criterion(&r.criterion)?;
                let answer = assessment
                    .answers
                    .iter()
                    .find(|a| a.criterion == r.criterion);
                Some(CriterionRow {
                    id: r.criterion.clone(),
                    commitment: r.commitment.clone(),
                    title: criterion.title.get(lang).to_owned(),
                    rating: rating(&r.outcome, set, lang),
                    explanation: r.explanation.render(lang, criterion, set),
                    contribution: evaluation
                        .commitment(&r.commitment)
                        .map(|c| r.render_contribution(lang, c))
                        .unwrap_or_default(),
                    evidence: answer.map(|a| a.evidence.clone()).unwrap_or_default(),
                    note: answer
                        .and_then(|a| a.note.as_deref())
                        .map(|n| n.trim().to_owned())
                        .unwrap_or_default(),
                })
            })
            .collect();
        let site = &assessment.site;
        Report {
            lang,
            site_name: site.name.trim().to_owned(),
            site_url: site.url.as_deref().unwrap_or("").trim().to_owned(),
            set_title: format!("{} ({})", set.title.get(lang), set.version),
            region: site.region.as_deref().unwrap_or_default().trim().to_owned(),
            assessor: assessment
                .assessor
                .iter()
                .flat_map(|a| [&a.name, &a.organisation])
                .filter_map(|f| f.as_deref().map(str::trim).filter(|f| !f.is_empty()))
                .collect::<Vec<_>>()
                .join(", "),
            checked_on: assessment.checked_on.to_string(),
            overall: evaluation.overall,
            provisional: evaluation.provisional,
            formula: napcheck_core::scoring_formula(lang),
            answered: evaluation.answered,
            applicable: evaluation.coverage.relevant,
            commitments,
            criteria,
        }
    }
}

/// `text`, or a dash when it is empty.
pub(crate) fn or_dash(text: &str) -> &str {
    if text.is_empty() {
        "—"
    } else {
        text
    }
}

/// The label of an outcome, in the set's own wording (the core's words).
pub(crate) fn rating(outcome: &Outcome, set: &napcheck_core::CriteriaSet, lang: Lang) -> String {
    outcome.label(set, lang)
}

/// An observation in words: yes or no, the options' labels, the number, the
/// day, the links, or the set's words for "not applicable" and "could not
/// be checked".
pub(crate) fn observation_text(
    observation: &Observation,
    criterion: &Criterion,
    set: Option<&CriteriaSet>,
    words: &Words,
    lang: Lang,
) -> String {
    let label = |id: &str| {
        criterion
            .observation
            .options()
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.get(lang).to_owned())
    };
    match observation {
        Observation::YesNo(true) => t(words, lang, "answer.yes").to_owned(),
        Observation::YesNo(false) => t(words, lang, "answer.no").to_owned(),
        Observation::Choice(id) => label(id),
        Observation::Choices(ids) => ids.iter().map(|i| label(i)).collect::<Vec<_>>().join(", "),
        Observation::Count(n) => n.to_string(),
        Observation::Date(day) => day.to_string(),
        Observation::Month(month) => month.to_string(),
        Observation::Urls(urls) => urls.join(", "),
        Observation::Accounts(accounts) => accounts
            .iter()
            .map(|a| {
                let name = a
                    .network
                    .brand()
                    .unwrap_or_else(|| t(words, lang, "answer.other_network"));
                match &a.url {
                    Some(url) => format!("{name} ({url})"),
                    None => name.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Observation::NotApplicable => {
            set.map_or_else(String::new, |s| s.scale.not_applicable.get(lang).to_owned())
        }
        Observation::NotAssessable => {
            set.map_or_else(String::new, |s| s.scale.not_assessable.get(lang).to_owned())
        }
    }
}
