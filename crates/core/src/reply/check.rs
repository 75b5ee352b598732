//! The semantic checks of one reply, beyond its schema: the round's set is
//! known, the body is in the register or is a website's host, the criterion
//! is in the set, the contested rating is one the set can give, the body's
//! observation fits the criterion, links are http(s), the days are not in
//! the future, and a decided reply says why. Whether the body was rated on
//! the criterion at all is known only beside the dataset (`napcheck
//! report`, [`super::Contest`]).

use super::{Reply, ReplyStatus};
use crate::catalogue::Catalogue;
use crate::consensus::normalised_host;
use crate::day::Day;
use crate::field::{check_link, check_observation};
use crate::finding::{Finding, Problem};

/// Every finding of `reply`, resolved against `catalogue`, with `today` as
/// the latest plausible day.
pub fn check_reply(reply: &Reply, catalogue: &Catalogue, today: Day) -> Vec<Finding> {
    let mut out = Vec::new();
    if !is_known_body(&reply.body, catalogue) {
        out.push(Finding::new(
            "/body",
            Problem::ReplyUnknownBody {
                id: reply.body.clone(),
            },
        ));
    }
    for (j, link) in reply.evidence.iter().enumerate() {
        let at = format!("/evidence/{j}");
        out.extend(check_link(link).into_iter().map(|f| f.under(&at)));
    }
    for (at, day) in [
        ("/made_on", Some(reply.made_on)),
        (
            "/decision/decided_on",
            reply.decision.as_ref().map(|d| d.decided_on),
        ),
    ] {
        if let Some(day) = day.filter(|d| *d > today) {
            out.push(Finding::new(at, Problem::DateInFuture { date: day, today }));
        }
    }
    if reply.status != ReplyStatus::Open && reply.decision.is_none() {
        out.push(Finding::new(
            "/status",
            Problem::ReplyDecisionMissing {
                status: reply.status,
            },
        ));
    }
    let set = match catalogue.resolve(&reply.criteria_set) {
        Ok(set) => set,
        Err(problem) => {
            let at = match problem {
                Problem::UnknownCriteriaSet { .. } => "/criteria_set/id",
                _ => "/criteria_set/version",
            };
            out.push(Finding::new(at, problem));
            return out;
        }
    };
    let ratings = set
        .scale
        .levels
        .iter()
        .map(|l| l.id.clone())
        .chain(["not_applicable".to_owned(), "not_assessable".to_owned()])
        .collect::<Vec<_>>();
    if !ratings.contains(&reply.contested) {
        out.push(Finding::new(
            "/contested",
            Problem::ReplyUnknownRating {
                rating: reply.contested.clone(),
                ratings,
            },
        ));
    }
    match set.criterion(&reply.criterion) {
        None => out.push(Finding::new(
            "/criterion",
            Problem::UnknownCriterion {
                id: reply.criterion.clone(),
            },
        )),
        Some(criterion) => out.extend(
            check_observation(criterion, &reply.observation, reply.made_on)
                .into_iter()
                .map(|f| f.under("/observation")),
        ),
    }
    out
}

/// Whether `body` names a body of the register, or is a website's host
/// (`example.gov.az`: letters, digits, hyphens and at least one dot).
fn is_known_body(body: &str, catalogue: &Catalogue) -> bool {
    if catalogue.bodies().get(body).is_some() {
        return true;
    }
    let host_like = body.contains('.')
        && body
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    host_like && normalised_host(&format!("https://{body}")).is_some()
}
