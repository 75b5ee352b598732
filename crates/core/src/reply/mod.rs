//! The right of reply: a body that disagrees with a rating answers with a
//! [`Reply`] document (published as `schemas/reply.schema.json`): the body,
//! the round (its name, optional, and the criteria set the rating was given
//! against), the criterion,
//! the rating it contests, its own observation with evidence, its text, the
//! day it was made, and its status with the reviewer's decision. `check`
//! says what is wrong with one reply; `apply` turns a corrected reply into
//! the observation the body's consensus is scored with, and lists every
//! contested rating for a report; `period` is a round's comment period.
//! Pure: no IO.

mod apply;
mod check;
mod period;

pub(crate) use apply::rating;
pub use apply::{Contest, ContestedRating};
pub use check::check_reply;
pub use period::{CommentPeriod, InvalidPeriod};

use crate::assessment::{Observation, SetRef};
use crate::body::BodyRegister;
use crate::consensus::{BodyId, BodyResolver};
use crate::day::Day;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// A body's reply to one of its ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The body replying: its id in the register, else its website's host
    /// (`example.gov.az`), as `napcheck report` names it.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 200)))]
    pub body: String,
    /// The round: the criteria set (and version) the contested rating was
    /// given against.
    pub criteria_set: SetRef,
    /// The round's name, as its manifest (`round.json`) gives it (e.g.
    /// `2026`); without it, the reply answers the newest round reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 100)))]
    pub round: Option<String>,
    /// The criterion whose rating is contested.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub criterion: String,
    /// The rating contested: a level of the set's scale, `not_applicable`
    /// or `not_assessable`.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub contested: String,
    /// What the body says is on its website, typed like an answer to the
    /// criterion.
    pub observation: Observation,
    /// Links that show it (http or https).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Iri>"))]
    pub evidence: Vec<String>,
    /// The body's reply in its own words.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 5000)))]
    pub text: String,
    /// The language of `text`.
    pub language: Lang,
    /// The day the reply was made.
    pub made_on: Day,
    /// Where the reply stands.
    pub status: ReplyStatus,
    /// The reviewer's decision; required unless the status is `open`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
}

/// Where a reply stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReplyStatus {
    /// Not decided yet.
    Open,
    /// Reviewed: the rating stands.
    Upheld,
    /// Reviewed: the rating is corrected with the body's observation.
    Corrected,
    /// Not considered (e.g. not about the rating, or no evidence).
    Rejected,
}

impl ReplyStatus {
    /// Its id, as written in JSON.
    pub fn id(self) -> &'static str {
        match self {
            ReplyStatus::Open => "open",
            ReplyStatus::Upheld => "upheld",
            ReplyStatus::Corrected => "corrected",
            ReplyStatus::Rejected => "rejected",
        }
    }
}

impl std::fmt::Display for ReplyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A reviewer's decision on a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Why.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 2000)))]
    pub reason: String,
    /// Who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The day of the decision.
    pub decided_on: Day,
}

impl Reply {
    /// The body the reply names, resolved like an assessment's site: a
    /// register id, else the register body with that website host, else
    /// the host.
    pub fn body_id(&self, register: &BodyRegister, resolver: &BodyResolver) -> BodyId {
        let body = self.body.trim();
        if register.get(body).is_some() {
            return BodyId::Register(body.to_owned());
        }
        let site = crate::assessment::Site {
            url: Some(format!("https://{body}")),
            name: body.to_owned(),
            body_kind: crate::body::BodyKind::OtherStateBody,
            body: None,
            region: None,
        };
        resolver.resolve(&site)
    }
}

#[cfg(test)]
mod tests;
