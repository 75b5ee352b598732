//! A body's reply (`*.reply.json`, `schemas/reply.schema.json`) through the
//! same layers as an assessment: JSON syntax, duplicate keys, the reply
//! schema (compiled once), then the core's typed parse and
//! [`napcheck_core::reply::check_reply`], each finding located in the text
//! and worded in az/en/ru. A file is a reply by its name, so that replies
//! live in the dataset folder beside the assessments (`replies/`) and one
//! `napcheck validate` checks both.

use super::document::{worded, Context};
use super::outcome::Diagnostic;
use super::schema;
use jsonschema::Validator;
use napcheck_core::pipeline;
use napcheck_core::reply::{check_reply, Reply};
use napcheck_core::Lang;
use serde_json::Value;
use std::sync::OnceLock;

/// The end of a reply file's name.
pub const REPLY_SUFFIX: &str = ".reply.json";

/// Whether the input called `name` is a reply.
pub fn is_reply(name: &str) -> bool {
    name.ends_with(REPLY_SUFFIX)
}

/// A reply checked: its diagnostics, and the typed reply when it parsed.
pub struct CheckedReply {
    /// Every diagnostic, sorted by position then code.
    pub diagnostics: Vec<Diagnostic>,
    /// The reply, when the typed parse succeeded.
    pub reply: Option<Reply>,
}

fn validator() -> Result<&'static Validator, String> {
    static VALIDATOR: OnceLock<Result<Validator, String>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            jsonschema::options()
                .should_validate_formats(true)
                .build(&napcheck_core::schema::reply())
                .map_err(|e| format!("the reply schema does not compile: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The reply schema in the pipeline's seam. The schema is generated and
/// tested; if it could not compile, the seam says nothing and the typed
/// parse still refuses every malformed reply.
struct ReplySchema {
    validator: Option<&'static Validator>,
    lang: Lang,
}

impl pipeline::Schema for ReplySchema {
    type Finding = Diagnostic;

    fn check(&self, value: &Value, text: &str) -> Vec<Diagnostic> {
        match self.validator {
            Some(validator) if !validator.is_valid(value) => {
                schema::diagnostics(validator, value, text, self.lang)
            }
            _ => Vec::new(),
        }
    }
}

/// Every diagnostic of one reply text, and the reply: the core's pipeline
/// with the reply schema in its seam and [`check_reply`] as its semantics.
pub fn check(text: &str, cx: &Context<'_>) -> CheckedReply {
    let seam = ReplySchema {
        validator: validator().ok(),
        lang: cx.lang,
    };
    let checked = pipeline::run(text, &seam, |reply: &Reply| {
        check_reply(reply, cx.catalogue, cx.today)
    });
    let (diagnostics, reply) = worded(checked, cx.lang);
    CheckedReply { diagnostics, reply }
}
