//! The types of a crosswalk between two criteria sets (two NAP editions):
//! for each criterion of the older set, its counterparts in the newer one,
//! the relation between them and how an observation converts. A crosswalk
//! is read from JSON (`schemas/crosswalk.schema.json`) and interpreted by
//! one function ([`super::convert`]); no criterion has Rust code of its own.

use crate::assessment::SetRef;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the criteria of one set correspond to those of a newer one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id, e.g. `az-nap-2016-2018-to-2020-2022`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The older set (and the version whose criteria are mapped).
    pub from: SetRef,
    /// The newer set.
    pub to: SetRef,
    /// What the crosswalk is, for a reader.
    pub title: Text,
    /// One mapping per criterion of the older set, none left out.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub mappings: Vec<Mapping>,
}

/// Where one criterion of the older set went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The criterion of the older set.
    pub from: String,
    /// How its counterparts relate to it.
    pub relation: Relation,
    /// Its counterparts in the newer set; empty exactly when the relation is
    /// `none`. An answer moves to each counterpart that applies to the body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<Target>,
    /// Why there is no counterpart, or what a reader should know about the
    /// conversion; required for `none`. Copied beside every answer that
    /// could not move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    /// Where in the source documents the correspondence comes from.
    pub basis: String,
}

/// How a counterpart relates to the older criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The counterpart asks the same thing (perhaps in other words or
    /// options).
    Same,
    /// The counterpart asks about a part of what the older criterion
    /// covered (fewer bodies, one of several documents, a stricter test).
    Narrower,
    /// The counterpart covers more than the older criterion; the old answer
    /// decides it only in part.
    Broader,
    /// No counterpart: the newer plan has no such commitment on a website.
    None,
}

impl Relation {
    /// The name as written in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Narrower => "narrower",
            Relation::Broader => "broader",
            Relation::None => "none",
        }
    }
}

/// One counterpart and how an observation becomes its observation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The criterion of the newer set.
    pub criterion: String,
    /// How the observation converts.
    pub convert: Conversion,
}

/// A declarative conversion of an observation. "Not applicable" and "could
/// not be assessed" always carry over as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Conversion {
    /// The observation as it is; both criteria have the same type, and for
    /// `choice`/`choices` every option of the older one is an option of the
    /// newer one.
    Copy,
    /// Answer to answer: for `yes_no` (`yes`/`no`), `choice` and `choices`
    /// (each ticked option) to `yes_no` or `choice` (`choices` only to
    /// `choices`). An answer the map leaves out does not move, and is kept
    /// with the reason.
    Options {
        /// Older answer to newer answer.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        map: BTreeMap<String, String>,
    },
    /// A number (a `count`, the ticked `choices`, the `urls` given) to
    /// `yes_no`: yes from `at_least` on, otherwise no.
    AtLeast {
        /// The least number that means yes.
        at_least: u64,
    },
}

impl Conversion {
    /// The name as written in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            Conversion::Copy => "copy",
            Conversion::Options { .. } => "options",
            Conversion::AtLeast { .. } => "at_least",
        }
    }
}
