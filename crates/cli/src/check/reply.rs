//! A body's reply (`*.reply.json`, `schemas/reply.schema.json`) through the
//! same layers as an assessment: JSON syntax, duplicate keys, the reply
//! schema (compiled once), then the core's typed parse and
//! [`napcheck_core::reply::check_reply`], each finding located in the text
//! and worded in az/en/ru. A file is a reply by its name, so that replies
//! live in the dataset folder beside the assessments (`replies/`) and one
//! `napcheck validate` checks both.

use super::document::{located, Context};
use super::outcome::{Diagnostic, Layer};
use super::schema;
use jsonschema::Validator;
use napcheck_core::reply::{check_reply, Reply};
use napcheck_core::{parse, Position};
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

/// Every diagnostic of one reply text, and the reply.
pub fn check(text: &str, cx: &Context<'_>) -> CheckedReply {
    let text = parse::strip_bom(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let error = parse::syntax_error(text, &error);
            let position = error.position.unwrap_or(Position { line: 1, column: 1 });
            return CheckedReply {
                diagnostics: vec![located(error.finding, position, cx.lang, Layer::Syntax)],
                reply: None,
            };
        }
    };
    let mut out: Vec<Diagnostic> = napcheck_core::duplicate_keys(text)
        .into_iter()
        .map(|d| located(d.finding, d.position, cx.lang, Layer::Syntax))
        .collect();
    // The schema is generated and tested; if it could not compile, the
    // typed parse below still refuses every malformed reply.
    let schema_ok = match validator() {
        Ok(validator) if !validator.is_valid(&value) => {
            out.extend(schema::diagnostics(validator, &value, text, cx.lang));
            false
        }
        _ => true,
    };
    let reply = match parse::from_value::<Reply>(&value) {
        Ok(reply) => {
            let findings = check_reply(&reply, cx.catalogue, cx.today);
            out.extend(
                napcheck_core::locate_all(text, findings)
                    .into_iter()
                    .map(|f| located(f.finding, f.position, cx.lang, Layer::Semantic)),
            );
            Some(reply)
        }
        Err(finding) => {
            if schema_ok {
                let position = napcheck_core::pointer::locate(text, &finding.pointer);
                out.push(located(finding, position, cx.lang, Layer::Semantic));
            }
            None
        }
    };
    out.sort_by(|a, b| (a.position, &a.code).cmp(&(b.position, &b.code)));
    CheckedReply {
        diagnostics: out,
        reply,
    }
}
