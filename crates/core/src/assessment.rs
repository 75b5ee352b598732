//! The assessment: what a citizen recorded about one website, against one
//! criteria set. This is the published contract (`schemas/assessment.schema.json`
//! is derived from these types, and a test keeps the two identical).

use crate::body::BodyKind;
use crate::criteria::ObservationType;
use crate::day::Day;
use crate::month::Month;
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One citizen's check of one website.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The criteria set the answers refer to.
    pub criteria_set: SetRef,
    /// The website checked.
    pub site: Site,
    /// The day the website was checked; rules count days back from it. When
    /// the day is not known (a historical dataset that gives only the
    /// period of its checks), the first day of that period, and
    /// `checked_until` its last.
    pub checked_on: Day,
    /// The last day of the check period, when the check is known only to
    /// have happened between `checked_on` and this day; rules then count
    /// days back from this day. Not before `checked_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_until: Option<Day>,
    /// The language the notes are written in.
    pub language: Lang,
    /// Who checked; leave out to stay anonymous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Assessor>,
    /// One answer per criterion checked.
    pub answers: Vec<Answer>,
    /// The scores as the submitter computed them. Every checker recomputes
    /// them and reports a difference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<DeclaredResult>,
    /// Present when `napcheck migrate` moved the assessment from another set
    /// or version: where it came from, and every answer that could not move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migration: Option<Migration>,
}

/// Where a migrated assessment came from. The answers that could not move
/// are kept here, unchanged and with the reason, so that nothing a citizen
/// recorded is lost; they are neither checked against the new set nor
/// scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Migration {
    /// The set (and version) the answers were given against.
    pub from: SetRef,
    /// The crosswalk used, when the sets differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crosswalk: Option<String>,
    /// The answers that could not move, in their original form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_migrated: Vec<NotMigrated>,
}

/// An answer that could not move to the new set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NotMigrated {
    /// The answer as it was given against the older set.
    pub answer: Answer,
    /// Why it could not move (a stable code).
    pub reason: NotMigratedReason,
    /// The reason in words, in az, en and ru.
    pub explanation: crate::text::Text,
}

/// Why an answer could not move to the new set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotMigratedReason {
    /// The crosswalk says the newer set has no counterpart.
    NoCounterpart,
    /// The crosswalk does not list the criterion.
    NotInCrosswalk,
    /// No counterpart applies to this kind of body.
    NotForThisBody,
    /// The conversion does not say what this answer becomes.
    NotConverted,
    /// The converted answer fails the newer criterion's checks.
    FailsCheck,
    /// Another answer already moved to the same counterpart.
    AlreadyAnswered,
    /// The counterpart is a follow-up that the other answers rule out.
    NotRelevant,
    /// The answer did not count in its own set: its criterion does not
    /// apply to the body there, or is a follow-up the other answers rule out
    /// (an e-services count under "no e-services section").
    NotAsked,
    /// The newer version of the same set no longer has the criterion.
    UnknownCriterion,
}

impl NotMigratedReason {
    /// The code as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            NotMigratedReason::NoCounterpart => "no_counterpart",
            NotMigratedReason::NotInCrosswalk => "not_in_crosswalk",
            NotMigratedReason::NotForThisBody => "not_for_this_body",
            NotMigratedReason::NotConverted => "not_converted",
            NotMigratedReason::FailsCheck => "fails_check",
            NotMigratedReason::AlreadyAnswered => "already_answered",
            NotMigratedReason::NotRelevant => "not_relevant",
            NotMigratedReason::NotAsked => "not_asked",
            NotMigratedReason::UnknownCriterion => "unknown_criterion",
        }
    }
}

impl Assessment {
    /// The day rules count back from: the last day of the check period, or
    /// the day of the check.
    pub fn check_day(&self) -> Day {
        self.checked_until
            .unwrap_or(self.checked_on)
            .max(self.checked_on)
    }
}

/// A reference to a criteria set by id and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SetRef {
    /// The set's id, e.g. `az-nap-2016-2018`.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub id: String,
    /// The set's version, e.g. `1.0.0`.
    pub version: crate::Version,
}

/// The website and the body it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The address checked (http or https); left out when it is not known
    /// (a historical source that names the body but not its address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Iri>"))]
    pub url: Option<String>,
    /// The body's name as the citizen wrote it.
    pub name: String,
    /// The kind of body; it decides which criteria apply.
    pub body_kind: BodyKind,
    /// The body's id in the register, when it is a listed body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The region or city, free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Who made the assessment. Every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessor {
    /// A name or pseudonym.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An organisation, e.g. the NGO collecting assessments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

/// The answer to one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The criterion's id.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub criterion: String,
    /// What the citizen saw.
    pub observation: Observation,
    /// Links that show it (http or https).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Iri>"))]
    pub evidence: Vec<String>,
    /// A free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The day this was observed, when not the day of the check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_on: Option<Day>,
    /// Set when a program, not the citizen, drafted this answer (`probe`:
    /// `napcheck probe --draft`). A suggestion is never scored as the
    /// citizen's: it counts as unanswered until the citizen confirms or
    /// changes it, which removes the marker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_by: Option<SuggestedBy>,
    /// What a program suggested for this answer, kept when the citizen
    /// confirms or changes it (the marker `suggested_by` goes, this stays),
    /// so that a report can say how often citizens agreed with the program.
    /// Never scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
}

/// A program's suggestion for an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// Who suggested it.
    pub by: SuggestedBy,
    /// The observation suggested.
    pub observation: Observation,
}

/// Who drafted an answer that the citizen has not confirmed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SuggestedBy {
    /// `napcheck probe`, from the website itself.
    Probe,
}

/// An observation, typed by the criterion's observation type, or one of the
/// two outcomes that are never scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "type",
    content = "value",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Observation {
    /// Yes (`true`) or no (`false`).
    YesNo(bool),
    /// The id of one listed option.
    Choice(String),
    /// The ids of the listed options that were found.
    Choices(Vec<String>),
    /// A whole number.
    Count(u64),
    /// A day.
    Date(Day),
    /// A month, for a date known only to the month (`2017-05`); it answers
    /// a date criterion, rated as the month's first day, the oldest the date
    /// can be, so that what the source does not say is never rewarded.
    Month(Month),
    /// Links (http or https).
    Urls(#[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Iri>"))] Vec<String>),
    /// Accounts on social networks, each named by its network, with its
    /// link where it was recorded ("Facebook and Instagram, links not
    /// recorded"); it answers a links criterion, counted by accounts.
    Accounts(Vec<Account>),
    /// The criterion does not concern this body.
    NotApplicable,
    /// It could not be checked, e.g. the website did not work.
    NotAssessable,
}

impl Observation {
    /// The type of observation it gives.
    pub fn observation_type(&self) -> ObservationType {
        match self {
            Observation::YesNo(_) => ObservationType::YesNo,
            Observation::Choice(_) => ObservationType::Choice,
            Observation::Choices(_) => ObservationType::Choices,
            Observation::Count(_) => ObservationType::Count,
            Observation::Date(_) => ObservationType::Date,
            Observation::Month(_) => ObservationType::Month,
            Observation::Urls(_) => ObservationType::Urls,
            Observation::Accounts(_) => ObservationType::Accounts,
            Observation::NotApplicable => ObservationType::NotApplicable,
            Observation::NotAssessable => ObservationType::NotAssessable,
        }
    }

    /// The name of the type, as written in JSON.
    pub fn type_name(&self) -> &'static str {
        self.observation_type().name()
    }
}

/// One account on a social network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The network.
    pub network: Network,
    /// The account's address (http or https), when it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Iri>"))]
    pub url: Option<String>,
}

/// A social network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Network {
    /// Facebook.
    Facebook,
    /// Instagram.
    Instagram,
    /// Twitter (X).
    Twitter,
    /// YouTube.
    Youtube,
    /// Flickr.
    Flickr,
    /// Telegram.
    Telegram,
    /// LinkedIn.
    Linkedin,
    /// Another network.
    Other,
}

impl Network {
    /// The network's own name, the same in every language; `None` for
    /// another network, which the reader words in their language.
    pub fn brand(self) -> Option<&'static str> {
        Some(match self {
            Network::Facebook => "Facebook",
            Network::Instagram => "Instagram",
            Network::Twitter => "Twitter (X)",
            Network::Youtube => "YouTube",
            Network::Flickr => "Flickr",
            Network::Telegram => "Telegram",
            Network::Linkedin => "LinkedIn",
            Network::Other => return None,
        })
    }
}

/// Scores as declared by the submitter, in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeclaredResult {
    /// The overall score, 0 to 100; absent when nothing was rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0, max = 100.0)))]
    pub overall: Option<f64>,
    /// Score per commitment id, 0 to 100.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub commitments: BTreeMap<String, f64>,
}
