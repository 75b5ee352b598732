//! The published JSON Schemas, derived from the Rust types so that the two
//! cannot drift apart (`schemas/*.schema.json` are these, committed; a test
//! regenerates them and fails on any difference). Only with feature `schema`.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

/// The base of the schemas' `$id`s.
pub const SCHEMA_BASE: &str = "https://napcheck.github.io/schemas/";

/// The schema of an assessment (`assessment.schema.json`).
pub fn assessment() -> Value {
    generate::<crate::Assessment>(
        "assessment",
        "A citizen's assessment of one government website against a napcheck criteria set.",
    )
}

/// The schema of a criteria set (`criteria-set.schema.json`).
pub fn criteria_set() -> Value {
    generate::<crate::CriteriaSet>(
        "criteria-set",
        "A versioned catalogue of website criteria for one Open Government National Action Plan.",
    )
}

/// The schema of the body register (`bodies.schema.json`).
pub fn bodies() -> Value {
    generate::<crate::BodyRegister>(
        "bodies",
        "The register of named public bodies that criteria and assessments refer to.",
    )
}

/// The schema of a crosswalk between two criteria sets
/// (`crosswalk.schema.json`).
pub fn crosswalk() -> Value {
    generate::<crate::crosswalk::Crosswalk>(
        "crosswalk",
        "How the criteria of one napcheck criteria set correspond to those of a newer one, and how answers convert.",
    )
}

/// The schema of a hints document of `napcheck probe` (`hints.schema.json`).
pub fn hints() -> Value {
    generate::<crate::hints::HintsDocument>(
        "hints",
        "What napcheck probe saw on government websites: per site the pages fetched, the signals with their evidence, and per criterion a suggested observation with a confidence. Hints are not answers.",
    )
}

/// The schema of a body's reply to a rating (`reply.schema.json`).
pub fn reply() -> Value {
    generate::<crate::reply::Reply>(
        "reply",
        "A public body's reply to one of its ratings in a napcheck monitoring round: the rating contested, the body's own observation with evidence, its text, and the reviewer's decision.",
    )
}

/// The schema of a round's manifest (`round.schema.json`, the file
/// `round.json` at the root of a round's folder).
pub fn round() -> Value {
    generate::<crate::round::RoundManifest>(
        "round",
        "A napcheck monitoring round's manifest (round.json at the root of the round's folder): the round's name and its comment period, during which bodies may reply to their ratings and the report is provisional.",
    )
}

/// Every published schema with its file name.
pub fn all() -> [(&'static str, Value); 7] {
    [
        ("assessment.schema.json", assessment()),
        ("criteria-set.schema.json", criteria_set()),
        ("bodies.schema.json", bodies()),
        ("crosswalk.schema.json", crosswalk()),
        ("hints.schema.json", hints()),
        ("reply.schema.json", reply()),
        ("round.schema.json", round()),
    ]
}

fn generate<T: JsonSchema>(name: &str, description: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut value = schema.to_value();
    if let Value::Object(map) = &mut value {
        map.insert(
            "$id".into(),
            Value::String(format!("{SCHEMA_BASE}{name}.schema.json")),
        );
        map.insert("description".into(), Value::String(description.into()));
        map.insert("title".into(), Value::String(format!("napcheck {name}")));
    }
    value
}

/// A link in the schema: a string of format `iri` (an internationalised
/// URI, so that `https://az.wikipedia.org/wiki/Bakı` passes). The semantic
/// check `not-http-url` further requires http(s).
pub struct Iri;

impl JsonSchema for Iri {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Iri".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "iri" })
    }
}
