//! The types of a criteria set: the data form of one National Action Plan's
//! website-verifiable commitments. A set is read from JSON (see
//! `schemas/criteria-set.schema.json`), never built in Rust code, so that a
//! new NAP or a corrected wording is a data change, not a code change.

use crate::body::BodyKind;
use crate::day::Day;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A versioned catalogue of criteria for one action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CriteriaSet {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id, e.g. `az-nap-2016-2018`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// Semantic version of this catalogue. Criteria ids are never reused
    /// across versions; a retired id goes to `retired`.
    pub version: crate::Version,
    /// Human title.
    pub title: Text,
    /// Where the commitments come from.
    pub source: Source,
    /// The rating scale and the points of each level.
    pub scale: Scale,
    /// The plan's paragraphs that the criteria belong to.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub commitments: Vec<Commitment>,
    /// The criteria a citizen checks.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub criteria: Vec<Criterion>,
    /// Ids used by earlier versions and withdrawn; they may never be reused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<String>,
}

impl CriteriaSet {
    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The commitment with this paragraph number.
    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.id == id)
    }
}

/// The origin of a set: the plan, its legal act and its period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The plan's title.
    pub plan: Text,
    /// The act that adopted it (decree, order).
    pub adopted_by: Text,
    /// The period the plan covers; observations before its start are suspect.
    pub period: Period,
    /// The documents the criteria were drawn from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Text>,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day.
    pub start: Day,
    /// Last day.
    pub end: Day,
}

/// The rating scale: ordered levels with points, plus the two outcomes that
/// are reported but never scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The levels, best first.
    #[cfg_attr(feature = "schema", schemars(length(min = 2)))]
    pub levels: Vec<Level>,
    /// The label of "not applicable" (never scored).
    pub not_applicable: Text,
    /// The label of "could not be assessed", e.g. the site did not work (never scored).
    pub not_assessable: Text,
    /// The label of a criterion with no answer yet (never scored).
    pub unanswered: Text,
}

/// One level of the scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Id that rules refer to, e.g. `full`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[a-z][a-z0-9_]*$")))]
    pub id: String,
    /// The report's wording of the level.
    pub label: Text,
    /// Points, 0 to 100; a score is the mean of the points of rated criteria.
    #[cfg_attr(feature = "schema", schemars(range(max = 100)))]
    pub points: u8,
}

/// A paragraph of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// The plan's paragraph number, e.g. `4.2.1`.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9]+(\.[0-9]+)*$")))]
    pub id: String,
    /// The measure as the plan words it.
    pub title: Text,
    /// The plan's evaluation indicator, where it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Text>,
    /// The implementing bodies as the plan names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementers: Option<Text>,
    /// The deadline as the plan gives it, e.g. `2016-2018`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// One thing a citizen can verify on a website.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, never reused, e.g. `2.4.mobile`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(\.[a-z0-9_]+)+$"))
    )]
    pub id: String,
    /// The id of the commitment (paragraph) it belongs to.
    pub commitment: String,
    /// Which bodies it applies to.
    pub applies_to: AppliesTo,
    /// A short name, e.g. "Mobile version".
    pub title: Text,
    /// The question put to the citizen.
    pub question: Text,
    /// How to check it on the website.
    pub guidance: Text,
    /// What the citizen records.
    #[cfg_attr(
        feature = "lean-read",
        serde(deserialize_with = "super::lean::observation")
    )]
    pub observation: ObservationSpec,
    /// How the observation becomes a rating.
    #[cfg_attr(feature = "lean-read", serde(deserialize_with = "super::lean::rule"))]
    pub rule: Rule,
    /// When the criterion is relevant, in terms of other answers (a
    /// follow-up question); absent means always. An irrelevant criterion is
    /// neither asked nor scored nor reported as unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant_when: Option<Condition>,
    /// Where in the source documents the criterion comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// How several assessors' answers are merged into a consensus, when
    /// this criterion needs another method than its observation type's
    /// (`mode` for yes/no and choice, `median` for the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<crate::consensus::Method>,
}

/// When a criterion is relevant, in terms of the answers to other criteria.
/// The set's check refuses a condition on an unknown criterion, one that
/// its criterion's observation type cannot decide, an answer that criterion
/// cannot take, and a cycle.
///
/// Until the criterion a condition names is answered (with an answer that
/// passes the field checks), the condition counts as met: the follow-up
/// stays relevant, so answering can only remove criteria from a score, never
/// add any. An answer "not
/// applicable" or "could not be assessed" meets no condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged, deny_unknown_fields)]
pub enum Condition {
    /// Every condition holds.
    All {
        /// The conditions.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        all: Vec<Condition>,
    },
    /// At least one condition holds.
    Any {
        /// The conditions.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        any: Vec<Condition>,
    },
    /// The answer to a `yes_no`, `choice` or `choices` criterion is one of
    /// the listed values (`yes`/`no`, or option ids; for `choices`, one of
    /// the ticked options is listed).
    AnswerIn {
        /// The criterion whose answer decides.
        criterion: String,
        /// The answers that make the follow-up relevant.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        answer_in: Vec<String>,
    },
    /// The number of a `count`, `choices` or `urls` answer (the count, the
    /// ticked options, the links) reaches a bound, as in the `at_least` rule.
    AtLeast {
        /// The criterion whose answer decides.
        criterion: String,
        /// The least number that makes the follow-up relevant.
        at_least: u64,
    },
}

/// A condition as written, before its form is known: read field by field so
/// that a misspelt key or a wrong combination gets a message that names
/// the forms, not "did not match any variant".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionFields {
    criterion: Option<String>,
    answer_in: Option<Vec<String>>,
    at_least: Option<u64>,
    all: Option<Vec<Condition>>,
    any: Option<Vec<Condition>>,
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = ConditionFields::deserialize(deserializer)?;
        let condition = match fields {
            ConditionFields {
                all: Some(all),
                criterion: None,
                answer_in: None,
                at_least: None,
                any: None,
            } if !all.is_empty() => Condition::All { all },
            ConditionFields {
                any: Some(any),
                criterion: None,
                answer_in: None,
                at_least: None,
                all: None,
            } if !any.is_empty() => Condition::Any { any },
            ConditionFields {
                criterion: Some(criterion),
                answer_in: Some(answer_in),
                at_least: None,
                all: None,
                any: None,
            } if !answer_in.is_empty() => Condition::AnswerIn {
                criterion,
                answer_in,
            },
            ConditionFields {
                criterion: Some(criterion),
                at_least: Some(at_least),
                answer_in: None,
                all: None,
                any: None,
            } => Condition::AtLeast {
                criterion,
                at_least,
            },
            _ => {
                return Err(serde::de::Error::custom(
                    "a condition is one of {\"criterion\", \"answer_in\": [...]}, {\"criterion\", \"at_least\": N}, {\"all\": [...]} or {\"any\": [...]}, with non-empty lists",
                ))
            }
        };
        Ok(condition)
    }
}

impl Condition {
    /// The criteria this condition names, in order.
    pub fn criteria(&self) -> Vec<&str> {
        match self {
            Condition::All { all: parts } | Condition::Any { any: parts } => {
                parts.iter().flat_map(Condition::criteria).collect()
            }
            Condition::AnswerIn { criterion, .. } | Condition::AtLeast { criterion, .. } => {
                vec![criterion.as_str()]
            }
        }
    }
}

/// The yes/no answers as a condition's `answer_in` names them.
pub const YES: &str = "yes";
/// See [`YES`].
pub const NO: &str = "no";

/// The bodies a criterion applies to: every body of the listed kinds, and
/// the named bodies whatever their kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppliesTo {
    /// Kinds of body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<BodyKind>,
    /// Ids of named bodies from the body register.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
}

impl AppliesTo {
    /// Whether a body of `kind`, named `body` if known, is concerned.
    pub fn includes(&self, kind: BodyKind, body: Option<&str>) -> bool {
        self.kinds.contains(&kind) || body.is_some_and(|b| self.bodies.iter().any(|x| x == b))
    }
}

/// The kind of observation a citizen records for a criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ObservationSpec {
    /// Yes or no.
    YesNo,
    /// Exactly one of the options.
    Choice {
        /// The options.
        #[cfg_attr(feature = "schema", schemars(length(min = 2)))]
        options: Vec<ChoiceOption>,
    },
    /// Any number of the options.
    Choices {
        /// The options.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        options: Vec<ChoiceOption>,
    },
    /// A whole number, e.g. news items in the last 30 days.
    Count {
        /// What is counted, e.g. "news items in the last 30 days".
        unit: Text,
        /// The largest plausible value; larger ones are refused as typos.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u64>,
    },
    /// A calendar day, e.g. the date of the newest news item.
    Date,
    /// Links, e.g. the body's social network pages.
    Urls,
}

/// The type of an observation, as written in JSON (`"type": "yes_no"`):
/// the one a criterion takes ([`ObservationSpec`]) or the one an answer
/// gives ([`crate::Observation`], which adds `month`, `accounts` and the two
/// non-answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObservationType {
    /// `yes_no`.
    YesNo,
    /// `choice`.
    Choice,
    /// `choices`.
    Choices,
    /// `count`.
    Count,
    /// `date`.
    Date,
    /// `month`.
    Month,
    /// `urls`.
    Urls,
    /// `accounts`.
    Accounts,
    /// `not_applicable`.
    NotApplicable,
    /// `not_assessable`.
    NotAssessable,
}

impl ObservationType {
    /// Its name, as written in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ObservationType::YesNo => "yes_no",
            ObservationType::Choice => "choice",
            ObservationType::Choices => "choices",
            ObservationType::Count => "count",
            ObservationType::Date => "date",
            ObservationType::Month => "month",
            ObservationType::Urls => "urls",
            ObservationType::Accounts => "accounts",
            ObservationType::NotApplicable => "not_applicable",
            ObservationType::NotAssessable => "not_assessable",
        }
    }
}

impl std::fmt::Display for ObservationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl ObservationSpec {
    /// The type of observation it takes.
    pub fn observation_type(&self) -> ObservationType {
        match self {
            ObservationSpec::YesNo => ObservationType::YesNo,
            ObservationSpec::Choice { .. } => ObservationType::Choice,
            ObservationSpec::Choices { .. } => ObservationType::Choices,
            ObservationSpec::Count { .. } => ObservationType::Count,
            ObservationSpec::Date => ObservationType::Date,
            ObservationSpec::Urls => ObservationType::Urls,
        }
    }

    /// The name of the type, as written in JSON.
    pub fn type_name(&self) -> &'static str {
        self.observation_type().name()
    }

    /// The listed options of a choice or choices observation.
    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            ObservationSpec::Choice { options } | ObservationSpec::Choices { options } => options,
            _ => &[],
        }
    }
}

/// One listed option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Id recorded in assessments.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[a-z0-9][a-z0-9_]*$")))]
    pub id: String,
    /// What the citizen reads.
    pub label: Text,
}

/// A declarative evaluation rule. The core interprets these; no criterion
/// has Rust code of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// For `yes_no`: the level of each answer.
    YesNo {
        /// Level of "yes".
        yes: String,
        /// Level of "no".
        no: String,
    },
    /// For `choice`: the level of each option.
    OptionLevels {
        /// Option id to level id; every option must be mapped.
        levels: BTreeMap<String, String>,
    },
    /// For `count`, `choices` and `urls`: the number (the count, the ticked
    /// options, the links) reaches a threshold. Thresholds are tried in
    /// order, highest first; `otherwise` applies below all of them.
    AtLeast {
        /// Thresholds, highest first.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        thresholds: Vec<AtLeast>,
        /// Level below every threshold.
        otherwise: String,
    },
    /// For `date`: how many days before the check the date is. Thresholds
    /// are tried in order, most recent first; `otherwise` applies when the
    /// date is older than all of them.
    DaysBeforeCheck {
        /// Thresholds, smallest first.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        thresholds: Vec<AtMostDays>,
        /// Level when older than every threshold.
        otherwise: String,
    },
}

impl Rule {
    /// The name of the rule type, as written in JSON.
    pub fn type_name(&self) -> &'static str {
        match self {
            Rule::YesNo { .. } => "yes_no",
            Rule::OptionLevels { .. } => "option_levels",
            Rule::AtLeast { .. } => "at_least",
            Rule::DaysBeforeCheck { .. } => "days_before_check",
        }
    }

    /// Every level id the rule can give.
    pub fn level_ids(&self) -> Vec<&str> {
        match self {
            Rule::YesNo { yes, no } => vec![yes, no],
            Rule::OptionLevels { levels } => levels.values().map(String::as_str).collect(),
            Rule::AtLeast {
                thresholds,
                otherwise,
            } => thresholds
                .iter()
                .map(|t| t.level.as_str())
                .chain([otherwise.as_str()])
                .collect(),
            Rule::DaysBeforeCheck {
                thresholds,
                otherwise,
            } => thresholds
                .iter()
                .map(|t| t.level.as_str())
                .chain([otherwise.as_str()])
                .collect(),
        }
    }
}

/// A lower bound and the level it earns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AtLeast {
    /// The least number that earns `level`.
    pub at_least: u64,
    /// The level earned.
    pub level: String,
}

/// An age in days and the level it earns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AtMostDays {
    /// The most days before the check that earn `level`.
    pub at_most_days: u64,
    /// The level earned.
    pub level: String,
}
