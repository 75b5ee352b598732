//! When an assessment read straight from its text into the typed model can
//! skip the duplicate-key and schema layers (`pipeline::run_vouched`): the
//! shortcut of `validate`, `report`, `serve` and `review` for the common
//! case, a conforming assessment. A document vouched for here gets exactly
//! the findings the full pipeline would give it; any doubt sends it through
//! the full pipeline.
//!
//! Why a vouched text (a) repeats no key, (b) conforms to the published
//! schema and (c) reads to the same assessment from its JSON value:
//!
//! - The typed read succeeded, with serde's derived visitors and
//!   `deny_unknown_fields` on every struct of the assessment: a struct or
//!   the adjacently tagged `Observation` meeting a field twice fails
//!   ("duplicate field"), an unknown field fails, a missing required field
//!   fails, and each field has the JSON type the schema gives it (string,
//!   boolean, unsigned integer, array, object). The only maps, the declared
//!   result's `commitments`, would keep a repeated key silently, and
//!   `migration` holds the trilingual `Text` with its own reader, so a
//!   document with `result` or `migration` is not vouched for. (a) and the
//!   types of (b) hold.
//! - serde is more lenient than the schema in three ways, each excluded
//!   here: `null` for an absent optional field or a unit variant's content
//!   (`{"type": "not_applicable", "value": null}`, `{"az": null}` for an
//!   enum), which the schema refuses in places, so a text with the bytes
//!   `null` anywhere is not vouched for; and a struct (or the observation)
//!   written as an array of its fields, which the schema refuses: every
//!   JSON array of the text is one `[` byte, and the arrays the typed
//!   assessment must have come from (`answers`, each non-empty `evidence`,
//!   each `choices`, `urls` and `accounts` value) are distinct arrays, so
//!   when the text has no more `[` bytes than those, no struct was read
//!   from an array.
//! - What the schema says beyond the JSON types is checked on the typed
//!   values with the schema's own definitions, compiled from the published
//!   schema by the same jsonschema crate: the `iri` format of every link
//!   (`site.url`, `evidence`, `urls`, an account's `url`), the `date` format
//!   of every day and the month pattern, each on the text the value was
//!   read from (`Day` and `Month` accept only `YYYY-MM-DD` and `YYYY-MM`
//!   and print themselves back exactly so), the version pattern on the
//!   version as semver prints it back, and `minLength: 1` of the set's id
//!   and each answer's criterion. The enums (language, kind of body,
//!   network, observation type, `suggested_by`) are the schema's `const`s
//!   by construction. (b) holds.
//! - The JSON value of such a text has the same members, and serde reads the
//!   same assessment from it (the same derived visitors, strings and
//!   unsigned integers as such). (c) holds.
//!
//! `vouches_exactly_as_the_full_pipeline` (tests) runs both paths over every
//! assessment fixture and example, and over texts that each break one of
//! the conditions above, and compares their outcomes.

use jsonschema::Validator;
use napcheck_core::{Answer, Assessment, Observation};
use serde_json::Value;
use std::sync::OnceLock;

/// The schema's definitions of the values it constrains beyond their JSON
/// type, compiled once.
struct Leaves {
    iri: Validator,
    date: Validator,
    month: Validator,
    version: Validator,
}

/// The leaves of the published assessment schema; `None` when the schema no
/// longer has them where expected (then nothing is vouched for).
fn leaves() -> Option<&'static Leaves> {
    static LEAVES: OnceLock<Option<Leaves>> = OnceLock::new();
    LEAVES
        .get_or_init(|| {
            let schema = napcheck_core::schema::assessment();
            let defs = schema.get("$defs")?;
            let compile = |fragment: &Value| {
                jsonschema::options()
                    .should_validate_formats(true)
                    .build(fragment)
                    .ok()
            };
            Some(Leaves {
                iri: compile(defs.get("Iri")?)?,
                date: compile(defs.get("Day")?)?,
                month: compile(defs.get("Month")?)?,
                version: compile(defs.pointer("/SetRef/properties/version")?)?,
            })
        })
        .as_ref()
}

/// Whether `assessment`, read straight from `text`, is sure to conform to
/// the schema, repeat no key and read the same from its JSON value (see
/// the module's argument).
pub(crate) fn vouches(assessment: &Assessment, text: &str) -> bool {
    let Some(leaves) = leaves() else {
        return false;
    };
    if assessment.result.is_some() || assessment.migration.is_some() {
        return false;
    }
    if memchr::memmem::find(text.as_bytes(), b"null").is_some() {
        return false;
    }
    let arrays = memchr::memchr_iter(b'[', text.as_bytes()).count();
    if arrays != 1 + assessment.answers.iter().map(arrays_of).sum::<usize>() {
        return false;
    }
    let is = |validator: &Validator, text: String| validator.is_valid(&Value::String(text));
    let set = &assessment.criteria_set;
    !set.id.is_empty()
        && is(&leaves.version, set.version.to_string())
        && assessment
            .site
            .url
            .as_ref()
            .is_none_or(|url| is(&leaves.iri, url.clone()))
        && is(&leaves.date, assessment.checked_on.to_string())
        && assessment
            .checked_until
            .is_none_or(|day| is(&leaves.date, day.to_string()))
        && assessment.answers.iter().all(|answer| {
            !answer.criterion.is_empty()
                && answer
                    .evidence
                    .iter()
                    .all(|url| is(&leaves.iri, url.clone()))
                && answer
                    .observed_on
                    .is_none_or(|day| is(&leaves.date, day.to_string()))
                && observation_conforms(&answer.observation, leaves)
                && answer
                    .suggestion
                    .as_ref()
                    .is_none_or(|s| observation_conforms(&s.observation, leaves))
        })
}

/// The arrays an answer's typed value must have been read from.
fn arrays_of(answer: &Answer) -> usize {
    let of = |observation: &Observation| {
        usize::from(matches!(
            observation,
            Observation::Choices(_) | Observation::Urls(_) | Observation::Accounts(_)
        ))
    };
    usize::from(!answer.evidence.is_empty())
        + of(&answer.observation)
        + answer.suggestion.as_ref().map_or(0, |s| of(&s.observation))
}

/// Whether an observation's values meet the schema beyond their JSON types.
fn observation_conforms(observation: &Observation, leaves: &Leaves) -> bool {
    let is = |validator: &Validator, text: String| validator.is_valid(&Value::String(text));
    match observation {
        Observation::Date(day) => is(&leaves.date, day.to_string()),
        Observation::Month(month) => is(&leaves.month, month.to_string()),
        Observation::Urls(urls) => urls.iter().all(|url| is(&leaves.iri, url.clone())),
        Observation::Accounts(accounts) => accounts.iter().all(|a| {
            a.url
                .as_ref()
                .is_none_or(|url| is(&leaves.iri, url.clone()))
        }),
        Observation::YesNo(_)
        | Observation::Choice(_)
        | Observation::Choices(_)
        | Observation::Count(_)
        | Observation::NotApplicable
        | Observation::NotAssessable => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::document::JsonSchema;
    use napcheck_core::pipeline;
    use napcheck_core::{Catalogue, Day, Lang};
    use std::path::{Path, PathBuf};

    /// The fixtures of `tests/fixtures/vouch/` the shortcut takes; every
    /// other one breaks one condition of the argument.
    const VOUCHED: [&str; 5] = [
        "conforming",
        "month",
        "links",
        "version-prerelease",
        "byte-order-mark",
    ];

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                json_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }

    fn vouched(text: &str) -> bool {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        serde_json::from_str::<Assessment>(text).is_ok_and(|a| vouches(&a, text))
    }

    #[test]
    fn vouches_exactly_as_the_full_pipeline() {
        let validator = crate::check::validator().unwrap();
        let schema = JsonSchema {
            validator: &validator,
            lang: Lang::En,
        };
        let today: Day = "2030-01-01".parse().unwrap();
        let semantics = |a: &Assessment| napcheck_core::check(a, Catalogue::bundled(), today);
        let mut files = Vec::new();
        for dir in [
            "tests/fixtures/assessments",
            "tests/fixtures/vouch",
            "examples",
            "crates/cli/tests/cmd/fixtures",
        ] {
            json_files(&root().join(dir), &mut files);
        }
        let mut shortcuts = 0;
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            let full = pipeline::run(&text, &schema, semantics);
            let fast = pipeline::run_vouched(&text, &schema, vouches, semantics);
            assert_eq!(full, fast, "{}", path.display());
            shortcuts += usize::from(vouched(&text));
        }
        assert!(
            shortcuts >= 20,
            "the shortcut ran for {shortcuts} files only"
        );
    }

    #[test]
    fn vouches_only_for_texts_that_meet_every_condition() {
        let mut files = Vec::new();
        json_files(&root().join("tests/fixtures/vouch"), &mut files);
        for path in files {
            let name = path.file_stem().unwrap().to_str().unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(vouched(&text), VOUCHED.contains(&name), "{name}");
        }
    }
}
