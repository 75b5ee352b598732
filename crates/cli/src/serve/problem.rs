//! Every refusal as JSON: `{"error": "<message>"}` with its status, plus
//! any extra fields (the located findings of a 422, `Retry-After` of a 429).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

/// A refusal with a message.
pub(crate) fn problem(status: StatusCode, message: impl Into<String>) -> Response {
    with(status, json!({ "error": message.into() }))
}

/// A JSON answer.
pub(crate) fn with(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}
