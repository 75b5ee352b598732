//! Every refusal as one value, [`Refusal`]: a status, what it says (in the
//! request's language), and any extra fields (the located findings of a 422)
//! or headers (`Retry-After` of a 429 or 503). It becomes the JSON answer
//! `{"error": "<message>", ...}`, so a handler is a chain of checks joined
//! by `?` (`Result<Response, Refusal>`), and a later check (an
//! authenticated page, say) is one more function returning `Refusal`.

use super::words::Said;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use napcheck_core::Lang;
use serde_json::{json, Map, Value};

/// A refused request.
#[derive(Debug)]
pub(crate) struct Refusal {
    /// The status.
    pub(crate) status: StatusCode,
    /// The message, already in the request's language.
    pub(crate) message: String,
    /// Fields added beside `error`.
    pub(crate) fields: Map<String, Value>,
    /// Headers added to the answer.
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl Refusal {
    /// A refusal saying `said` in `lang`.
    pub(crate) fn new(status: StatusCode, said: &Said, lang: Lang) -> Refusal {
        Refusal {
            status,
            message: said.text(lang),
            fields: Map::new(),
            headers: Vec::new(),
        }
    }

    /// With one more field in the body.
    pub(crate) fn field(mut self, name: &str, value: Value) -> Refusal {
        self.fields.insert(name.to_owned(), value);
        self
    }

    /// With one more header.
    pub(crate) fn header(mut self, name: HeaderName, value: HeaderValue) -> Refusal {
        self.headers.push((name, value));
        self
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let mut body = Map::new();
        body.insert("error".into(), Value::String(self.message));
        body.extend(self.fields);
        let mut response = with(self.status, Value::Object(body));
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

/// A JSON answer.
pub(crate) fn with(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

/// A JSON answer with only a status and message (not a refusal by the
/// rules above: a 404 of a static path, say).
pub(crate) fn status_only(status: StatusCode) -> Response {
    with(
        status,
        json!({ "error": status.canonical_reason().unwrap_or("error") }),
    )
}
