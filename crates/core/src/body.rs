//! Kinds of public body and the register of named bodies. Criteria apply to
//! kinds of body (every local executive authority) or to named bodies (the
//! Ombudsman); the register lists the bodies a citizen can pick from, such as
//! the 103 the 2018 monitoring checked.

use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A kind of public body, as the action plans name their implementers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// A local executive authority (city, district or city-district; AZ "yerli icra hakimiyyəti").
    LocalExecutive,
    /// A central executive authority (ministry, state committee, agency; AZ "mərkəzi icra hakimiyyəti").
    CentralExecutive,
    /// A municipality (AZ "bələdiyyə").
    Municipality,
    /// Any other state body, e.g. the Ombudsman or the Chamber of Accounts.
    OtherStateBody,
}

impl BodyKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [BodyKind; 4] = [
        BodyKind::LocalExecutive,
        BodyKind::CentralExecutive,
        BodyKind::Municipality,
        BodyKind::OtherStateBody,
    ];

    /// The id, as written in JSON.
    pub fn id(self) -> &'static str {
        match self {
            BodyKind::LocalExecutive => "local_executive",
            BodyKind::CentralExecutive => "central_executive",
            BodyKind::Municipality => "municipality",
            BodyKind::OtherStateBody => "other_state_body",
        }
    }
}

impl fmt::Display for BodyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The register of named bodies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BodyRegister {
    /// The schema this file follows (optional, for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The bodies.
    pub bodies: Vec<Body>,
}

impl BodyRegister {
    /// The body with this id.
    pub fn get(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }
}

/// A named public body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable id, e.g. `binagadi-lec`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// Its kind.
    pub kind: BodyKind,
    /// Its name.
    pub name: Text,
    /// Its official website, as last known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// A finer grouping, e.g. `city`, `district`, `city_district` for local executives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}
