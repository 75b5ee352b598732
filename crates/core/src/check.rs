//! The semantic checks of an assessment: everything the schema cannot say.
//! The set must be known, answers must name its criteria once each, apply to
//! the body, and carry an observation of the criterion's type; links must be
//! http(s); dates must be plausible; a declared result must equal the
//! recomputed one. Findings are data; nothing here panics.

use crate::assessment::{Answer, Assessment, Observation};
use crate::catalogue::Catalogue;
use crate::criteria::{CriteriaSet, Criterion};
use crate::day::Day;
use crate::evaluate::evaluate;
use crate::field::{check_length, check_link, check_note, check_observation, LINK_MAX_CHARS};
use crate::finding::{Finding, Problem};
use crate::month::DayOrMonth;
use crate::ordered::position_from;
use crate::pointer::push;
use crate::relevance::relevance_flags;
use crate::url::is_http_url;

/// Declared and recomputed scores may differ by rounding up to this much.
const SCORE_TOLERANCE: f64 = 0.05;

/// The lengths, in characters, that free texts may have.
const NAME_LENGTH: (usize, usize) = (1, 500);
const SHORT_TEXT_LENGTH: (usize, usize) = (0, 200);
const URL_LENGTH: (usize, usize) = (1, LINK_MAX_CHARS);

/// The first plausible day of a check: the plan's start, or for an
/// assessment migrated from an older set (whose checks were made under the
/// older plan) the older plan's start.
fn plan_start(
    assessment: &Assessment,
    catalogue: &Catalogue,
    set: Option<&CriteriaSet>,
) -> Option<Day> {
    let start = set.map(|s| s.source.period.start)?;
    let older = assessment
        .migration
        .as_ref()
        .and_then(|m| catalogue.set(&m.from.id))
        .map(|s| s.source.period.start);
    Some(older.map_or(start, |older| older.min(start)))
}

/// Every semantic finding of `assessment`, resolved against `catalogue`,
/// with `today` as the latest plausible date.
pub fn check(assessment: &Assessment, catalogue: &Catalogue, today: Day) -> Vec<Finding> {
    let mut out = Vec::new();
    check_site(assessment, catalogue, &mut out);
    check_lengths(assessment, &mut out);
    let set = match catalogue.resolve(&assessment.criteria_set) {
        Ok(set) => Some(set),
        Err(problem) => {
            let at = match problem {
                Problem::UnknownCriteriaSet { .. } => "/criteria_set/id",
                _ => "/criteria_set/version",
            };
            out.push(Finding::new(at, problem));
            None
        }
    };
    let dates = DateRules {
        today,
        checked_on: assessment.check_day(),
        plan_start: plan_start(assessment, catalogue, set),
    };
    dates.check_day(
        assessment.checked_on,
        || "/checked_on".into(),
        false,
        &mut out,
    );
    if let Some(until) = assessment.checked_until {
        dates.check_day(until, || "/checked_until".into(), false, &mut out);
        if until < assessment.checked_on {
            out.push(Finding::new(
                "/checked_on",
                Problem::DateAfterCheck {
                    date: DayOrMonth::Day(assessment.checked_on),
                    checked_on: until,
                },
            ));
        }
    }
    for (i, answer) in assessment.answers.iter().enumerate() {
        let mut found = Vec::new();
        // Pointers are built only for findings: most links and notes have
        // none, and formatting them for every answer was a twentieth of
        // `report`'s time (callgrind).
        for (j, link) in answer.evidence.iter().enumerate() {
            for finding in check_link(link) {
                found.push(finding.under(&format!("/answers/{i}/evidence/{j}")));
            }
        }
        if let Some(note) = &answer.note {
            for finding in check_note(note) {
                found.push(finding.under(&format!("/answers/{i}/note")));
            }
        }
        if let Some(day) = answer.observed_on {
            let at = || format!("/answers/{i}/observed_on");
            dates.check_day(day, at, true, &mut found);
        }
        out.extend(found.into_iter().map(|f| f.about(answer.criterion.clone())));
    }
    match set {
        Some(set) => check_answers(assessment, set, &dates, &mut out),
        None => {
            for (i, answer) in assessment.answers.iter().enumerate() {
                dates.check_value(None, answer, i, &mut out);
            }
        }
    }
    if let Some(set) = set {
        check_declared_result(assessment, set, &mut out);
    }
    out
}

fn check_site(assessment: &Assessment, catalogue: &Catalogue, out: &mut Vec<Finding>) {
    let site = &assessment.site;
    if let Some(url) = site.url.as_ref().filter(|url| !is_http_url(url)) {
        out.push(Finding::new(
            "/site/url",
            Problem::NotHttpUrl { url: url.clone() },
        ));
    }
    if let Some(id) = &site.body {
        match catalogue.bodies().get(id) {
            None => out.push(Finding::new(
                "/site/body",
                Problem::UnknownBody { id: id.clone() },
            )),
            Some(body) if body.kind != site.body_kind => out.push(Finding::new(
                "/site/body_kind",
                Problem::BodyKindMismatch {
                    id: id.clone(),
                    registered: body.kind,
                    declared: site.body_kind,
                },
            )),
            Some(_) => {}
        }
    }
}

fn check_lengths(assessment: &Assessment, out: &mut Vec<Finding>) {
    let site = &assessment.site;
    check_length(&site.name, NAME_LENGTH, || "/site/name".into(), out);
    if let Some(url) = &site.url {
        check_length(url, URL_LENGTH, || "/site/url".into(), out);
    }
    if let Some(region) = &site.region {
        check_length(region, SHORT_TEXT_LENGTH, || "/site/region".into(), out);
    }
    if let Some(assessor) = &assessment.assessor {
        if let Some(name) = &assessor.name {
            check_length(name, SHORT_TEXT_LENGTH, || "/assessor/name".into(), out);
        }
        if let Some(organisation) = &assessor.organisation {
            let at = || "/assessor/organisation".into();
            check_length(organisation, SHORT_TEXT_LENGTH, at, out);
        }
    }
}

/// Every link must be http(s); `at(i)` is the pointer of the i-th.
fn check_links(links: &[String], at: impl Fn(usize) -> String, out: &mut Vec<Finding>) {
    for (i, link) in links.iter().enumerate() {
        if !is_http_url(link) {
            out.push(Finding::new(
                at(i),
                Problem::NotHttpUrl { url: link.clone() },
            ));
        }
    }
}

struct DateRules {
    today: Day,
    checked_on: Day,
    plan_start: Option<Day>,
}

impl DateRules {
    /// The day of the check, or of an observation: not in the future, not
    /// before the plan, and (for observations) not after the check.
    fn check_day(
        &self,
        day: Day,
        at: impl FnOnce() -> String,
        observation: bool,
        out: &mut Vec<Finding>,
    ) {
        if day > self.today {
            out.push(self.future(day, at()));
        } else if let Some(start) = self.plan_start.filter(|&s| day < s) {
            out.push(Finding::new(
                at(),
                Problem::DateBeforePlan { date: day, start },
            ));
        } else if observation && day > self.checked_on {
            out.push(self.after_check(day, at()));
        }
    }

    /// The observation of the answer at `/answers/{i}`: the field checks of
    /// [`check_observation`] against its criterion when it is rated (else,
    /// for an answer that is unknown, repeated, not applicable or not
    /// relevant, only its links and date), with a date after today reported
    /// as in the future rather than after the check.
    fn check_value(
        &self,
        criterion: Option<&Criterion>,
        answer: &Answer,
        i: usize,
        out: &mut Vec<Finding>,
    ) {
        let mut found = match criterion {
            Some(criterion) => check_observation(criterion, &answer.observation, self.checked_on),
            None => {
                let mut found = Vec::new();
                match &answer.observation {
                    Observation::Urls(urls) => {
                        check_links(urls, |j| format!("/value/{j}"), &mut found);
                    }
                    Observation::Date(day) if *day > self.checked_on => {
                        found.push(self.after_check(*day, "/value".into()));
                    }
                    _ => {}
                }
                found
            }
        };
        if let Observation::Date(day) = answer.observation {
            if day > self.today {
                found.retain(|f| f.code() != "date-after-check");
                found.push(self.future(day, "/value".into()));
            }
        }
        if found.is_empty() {
            return;
        }
        let at = format!("/answers/{i}/observation");
        out.extend(
            found
                .into_iter()
                .map(|f| f.under(&at).about(answer.criterion.clone())),
        );
    }

    fn future(&self, day: Day, at: String) -> Finding {
        Finding::new(
            at,
            Problem::DateInFuture {
                date: day,
                today: self.today,
            },
        )
    }

    fn after_check(&self, day: Day, at: String) -> Finding {
        Finding::new(
            at,
            Problem::DateAfterCheck {
                date: DayOrMonth::Day(day),
                checked_on: self.checked_on,
            },
        )
    }
}

fn check_answers(
    assessment: &Assessment,
    set: &CriteriaSet,
    dates: &DateRules,
    out: &mut Vec<Finding>,
) {
    let site = &assessment.site;
    let relevant = relevance_flags(set, assessment);
    let mut index = CriterionIndex::new(set);
    // The first answer to each criterion, by the criterion's position in the
    // set; answers to ids the set lacks are remembered apart.
    let mut first_answer: Vec<Option<usize>> = vec![None; set.criteria.len()];
    let mut unknown_answers: Vec<(&str, usize)> = Vec::new();
    for (i, answer) in assessment.answers.iter().enumerate() {
        let criterion_at = || format!("/answers/{i}/criterion");
        let id = answer.criterion.as_str();
        let position = index.position(id);
        let first = match position {
            Some(p) => first_answer[p],
            None => unknown_answers
                .iter()
                .find(|(seen, _)| *seen == id)
                .map(|&(_, first)| first),
        };
        if let Some(first) = first {
            out.push(
                Finding::new(
                    criterion_at(),
                    Problem::DuplicateCriterion {
                        id: answer.criterion.clone(),
                        first,
                    },
                )
                .about(id),
            );
            dates.check_value(None, answer, i, out);
            continue;
        }
        let Some(position) = position else {
            unknown_answers.push((id, i));
            out.push(Finding::new(
                criterion_at(),
                Problem::UnknownCriterion {
                    id: answer.criterion.clone(),
                },
            ));
            dates.check_value(None, answer, i, out);
            continue;
        };
        first_answer[position] = Some(i);
        let criterion = &set.criteria[position];
        let applies = criterion
            .applies_to
            .includes(site.body_kind, site.body.as_deref());
        let unscored = matches!(
            answer.observation,
            Observation::NotApplicable | Observation::NotAssessable
        );
        if !applies && answer.observation != Observation::NotApplicable {
            // A file made on an older version of the set may answer what
            // that version asked of its body: left out of the score, as
            // the migration to the set's version leaves it out.
            let problem = if assessment.criteria_set.version < set.version {
                Problem::CriterionNoLongerAsked {
                    id: criterion.id.clone(),
                    body_kind: site.body_kind,
                    version: Box::new(set.version.clone()),
                }
            } else {
                Problem::CriterionNotApplicable {
                    id: criterion.id.clone(),
                    body_kind: site.body_kind,
                }
            };
            out.push(Finding::new(criterion_at(), problem).about(id));
            dates.check_value(None, answer, i, out);
            continue;
        }
        if applies && !relevant[position] && !unscored {
            let because = criterion
                .relevant_when
                .as_ref()
                .map(|c| c.criteria().into_iter().map(str::to_owned).collect())
                .unwrap_or_default();
            out.push(
                Finding::new(
                    criterion_at(),
                    Problem::IrrelevantAnswer {
                        id: criterion.id.clone(),
                        because,
                    },
                )
                .about(id),
            );
            dates.check_value(None, answer, i, out);
            continue;
        }
        dates.check_value(Some(criterion), answer, i, out);
        if answer.suggested_by.is_some() {
            out.push(
                Finding::new(
                    format!("/answers/{i}/suggested_by"),
                    Problem::SuggestedAnswer {
                        id: criterion.id.clone(),
                    },
                )
                .about(id),
            );
        }
    }
    // One finding for all the relevant criteria without an answer: a
    // partly answered assessment is common, and thirty warnings per file
    // would drown its errors.
    let mut unanswered = Vec::new();
    for ((criterion, first), relevant) in set.criteria.iter().zip(&first_answer).zip(relevant) {
        if relevant && first.is_none() {
            unanswered.push(criterion.id.clone());
        }
    }
    if !unanswered.is_empty() {
        out.push(Finding::new(
            "/answers",
            Problem::UnansweredCriteria { ids: unanswered },
        ));
    }
}

/// The criteria of `set` that apply to the assessment's site, in the set's
/// order: the one place the semantic checks decide which criteria an
/// assessment should answer (the `unanswered-criteria` warning lists those
/// of them without an answer).
pub fn applicable_criteria<'a>(
    assessment: &'a Assessment,
    set: &'a CriteriaSet,
) -> impl Iterator<Item = &'a Criterion> + 'a {
    let site = &assessment.site;
    set.criteria
        .iter()
        .filter(move |c| c.applies_to.includes(site.body_kind, site.body.as_deref()))
}

/// Finds criteria by id, from just after the previous hit
/// ([`crate::ordered`]): answers usually follow the set's order.
struct CriterionIndex<'a> {
    criteria: &'a [Criterion],
    next: usize,
}

impl<'a> CriterionIndex<'a> {
    fn new(set: &'a CriteriaSet) -> Self {
        CriterionIndex {
            criteria: &set.criteria,
            next: 0,
        }
    }

    fn position(&mut self, id: &str) -> Option<usize> {
        let found = position_from(self.criteria, self.next, |c| c.id == id)?;
        self.next = found + 1;
        Some(found)
    }
}

fn check_declared_result(assessment: &Assessment, set: &CriteriaSet, out: &mut Vec<Finding>) {
    let Some(declared) = &assessment.result else {
        return;
    };
    let Ok(evaluation) = evaluate(assessment, set) else {
        return;
    };
    let differs = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() > SCORE_TOLERANCE,
        (None, None) => false,
        _ => true,
    };
    if differs(declared.overall, evaluation.overall) {
        out.push(Finding::new(
            "/result/overall",
            Problem::ResultMismatch {
                subject: "overall".into(),
                declared: declared.overall,
                computed: evaluation.overall,
            },
        ));
    }
    for (id, &score) in &declared.commitments {
        let computed = evaluation.commitment(id).and_then(|c| c.score);
        if differs(Some(score), computed) {
            out.push(Finding::new(
                push("/result/commitments", id),
                Problem::ResultMismatch {
                    subject: id.clone(),
                    declared: Some(score),
                    computed,
                },
            ));
        }
    }
    for commitment in &evaluation.commitments {
        if commitment.score.is_some()
            && !declared.commitments.contains_key(&commitment.commitment)
            && !declared.commitments.is_empty()
        {
            out.push(Finding::new(
                "/result/commitments",
                Problem::ResultMismatch {
                    subject: commitment.commitment.clone(),
                    declared: None,
                    computed: commitment.score,
                },
            ));
        }
    }
}
