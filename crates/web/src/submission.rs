//! Sending an assessment to a collection endpoint (`napcheck serve` or
//! another): the POST and what its answer means. The embedded widget's
//! "Submit" (`ui/submit.rs`) and the outbox (`outbox.rs`) both use it,
//! with the words of its outcome.

use crate::i18n::t;
use napcheck_core::{CitizenFinding, Lang};
use serde::{Deserialize, Serialize};

/// One error the server sent back, by where it is (a JSON pointer). Its
/// words are the core's for citizens, from the widget's own check of what
/// it sent (the server's are the CLI's located form, or a schema
/// validator's text, never shown to a citizen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Refusal {
    /// The JSON pointer.
    pub(crate) pointer: String,
}

/// Where the last submission stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum Sent {
    /// Nothing sent yet.
    Idle,
    /// Waiting for the answer.
    Sending,
    /// No network: queued, sent when it returns.
    Waiting,
    /// Stored under `id` (`duplicate`: it already was).
    Stored {
        /// The server's reference.
        id: String,
        /// Whether the same assessment had been stored before.
        duplicate: bool,
    },
    /// Refused as invalid.
    Refused(Vec<Refusal>),
    /// Not sent or not accepted, with the reason.
    Failed(String),
    /// No submit URL: the host page received the event only.
    Handed,
}

/// What `napcheck serve` (or another collection endpoint) answers, as far
/// as the widget reads it; anything else in the body is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Reply {
    /// The stored assessment's id (2xx).
    id: Option<String>,
    /// Whether it had been stored before.
    duplicate: bool,
    /// The findings of a refusal (422).
    findings: Vec<ReplyFinding>,
    /// Why it was not stored (any other status).
    error: Option<String>,
}

/// One finding of a refusal.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ReplyFinding {
    pointer: String,
    severity: Option<String>,
}

/// What an answer from the collection endpoint means, from its status and
/// the text of its body (which may be anything, or nothing).
pub(crate) fn interpret(status: u16, body: &str) -> Sent {
    let reply: Reply = crate::json::read(body).unwrap_or_default();
    match (status, reply) {
        (
            200..=299,
            Reply {
                id: Some(id),
                duplicate,
                ..
            },
        ) => Sent::Stored { id, duplicate },
        (422, reply) => Sent::Refused(
            reply
                .findings
                .into_iter()
                .filter(|f| f.severity.as_deref() != Some("warning"))
                .map(|f| Refusal { pointer: f.pointer })
                .collect(),
        ),
        (_, reply) => Sent::Failed(match reply.error {
            Some(error) => format!("{status}: {error}"),
            None => format!("HTTP {status}"),
        }),
    }
}

/// POSTs `text` to `url`; a request that never reached an answer (no
/// network) is [`Sent::Waiting`].
pub(crate) async fn post(url: String, text: String, lang: Lang) -> Sent {
    let request = gloo::net::http::Request::post(&url)
        .header("content-type", "application/json")
        .header("accept-language", lang.code())
        .body(text);
    let response = match request {
        Ok(request) => request.send().await,
        Err(error) => return Sent::Failed(unsendable(error)),
    };
    match response {
        Ok(response) => {
            let body = response.text().await.unwrap_or_default();
            interpret(response.status(), &body)
        }
        Err(_) => Sent::Waiting,
    }
}

/// Why the browser would not make the request (it refuses a submit URL
/// with a user name in it, for one): the browser's own words, as before.
/// Matched by variant rather than through `gloo`'s `Display`, which links
/// serde_json's error wording and std's I/O error names into the first wasm
/// for a variant a request's body never gives (-1.3 KB gzip).
fn unsendable(error: gloo::net::Error) -> String {
    match error {
        gloo::net::Error::JsError(error) => error.to_string(),
        gloo::net::Error::GlooError(text) => text,
        gloo::net::Error::SerdeError(_) => "JSON".to_owned(),
    }
}

/// A reference a person can read aloud: the first 8 characters of the
/// server's id, in two groups of four.
pub(crate) fn short_reference(id: &str) -> String {
    let head: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(8)
        .collect();
    let (a, b) = head.split_at(head.len().min(4));
    if b.is_empty() {
        a.to_owned()
    } else {
        format!("{a} {b}")
    }
}

/// The server's refusals in the core's words for citizens: each pointer the
/// server named, with what the widget's own check of the sent assessment
/// says there; a pointer the widget finds nothing at is named with a
/// general "missing or not in the right form". Repeated lines are said once.
pub(crate) fn refusal_lines(
    refusals: &[Refusal],
    local: &[CitizenFinding],
    draft: &crate::draft::Draft,
    known: &crate::catalogue::Known,
    words: &crate::i18n::Words,
    lang: Lang,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for refusal in refusals {
        let here: Vec<String> = local
            .iter()
            .filter(|f| f.error)
            .filter(|f| {
                let p = f.pointer.as_str();
                p == refusal.pointer
                    || refusal.pointer.starts_with(&format!("{p}/"))
                    || p.starts_with(&format!("{}/", refusal.pointer))
            })
            .map(|f| f.message.clone())
            .collect();
        let said = if here.is_empty() {
            vec![crate::plain::located(
                &refusal.pointer,
                t(words, lang, "plain.not_accepted"),
                draft,
                known,
                words,
                lang,
            )]
        } else {
            here
        };
        for line in said {
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_are_read_as_stored_refused_or_failed() {
        assert_eq!(
            interpret(201, &json!({"id": "ab"}).to_string()),
            Sent::Stored {
                id: "ab".into(),
                duplicate: false
            }
        );
        assert_eq!(
            interpret(200, &json!({"id": "ab", "duplicate": true}).to_string()),
            Sent::Stored {
                id: "ab".into(),
                duplicate: true
            }
        );
        let refused = interpret(
            422,
            &json!({"findings": [
                {"pointer": "/site/url", "layer": "schema", "severity": "error", "message": "7:12 `iri` format"},
                {"pointer": "/answers/0/observation", "layer": "semantic", "severity": "error", "message": "Too large."},
                {"pointer": "/answers/1", "layer": "semantic", "severity": "warning", "message": "Unanswered."}
            ]})
            .to_string(),
        );
        assert_eq!(
            refused,
            Sent::Refused(vec![
                Refusal {
                    pointer: "/site/url".into(),
                },
                Refusal {
                    pointer: "/answers/0/observation".into(),
                }
            ])
        );
        assert_eq!(
            interpret(429, &json!({"error": "too many"}).to_string()),
            Sent::Failed("429: too many".into())
        );
        assert_eq!(interpret(502, ""), Sent::Failed("HTTP 502".into()));
        assert_eq!(interpret(201, "null"), Sent::Failed("HTTP 201".into()));
    }

    #[test]
    fn the_reference_is_short_enough_to_read_aloud() {
        assert_eq!(short_reference("3f9a07c2e1b4d5a6"), "3f9a 07c2");
        assert_eq!(short_reference("ab"), "ab");
    }
}
