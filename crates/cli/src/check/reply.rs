//! A body's reply (`*.reply.json`, `schemas/reply.schema.json`) through the
//! same layers as an assessment: JSON syntax, duplicate keys, the reply
//! schema (compiled once), then the core's typed parse and
//! [`napcheck_core::reply::check_reply`], each finding located in the text
//! and worded in az/en/ru. A file is a reply by its name, so that replies
//! live in the dataset folder beside the assessments (`replies/`) and one
//! `napcheck validate` checks both.

use super::document::{worded, Context};
use super::outcome::Diagnostic;
use super::schema::{compiled_once, Seam};
use jsonschema::Validator;
use napcheck_core::pipeline;
use napcheck_core::reply::{check_reply, Reply};
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

/// Every diagnostic of one reply text, and the reply: the core's pipeline
/// with the reply schema in its seam and [`check_reply`] as its semantics.
pub fn check(text: &str, cx: &Context<'_>) -> CheckedReply {
    static VALIDATOR: OnceLock<Option<Validator>> = OnceLock::new();
    let seam = Seam {
        validator: compiled_once(&VALIDATOR, napcheck_core::schema::reply),
        lang: cx.lang,
    };
    let checked = pipeline::run(text, &seam, |reply: &Reply| {
        check_reply(reply, cx.catalogue, cx.today)
    });
    let (diagnostics, reply) = worded(checked, cx.lang);
    CheckedReply { diagnostics, reply }
}
