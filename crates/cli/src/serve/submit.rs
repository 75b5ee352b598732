//! `POST /api/assessments` and its CORS preflight. In order: the origin
//! (403), the collect switch (404), the client's rate (429), the content
//! type (415), the size (413), reading the body within the timeout (408;
//! a body cut short is 400), then the checks of `napcheck validate` (422
//! with the located findings, the same records as `--format json`), and
//! only then the store: 201 with the id, or 200 when the same assessment
//! was already stored. Nothing is written for a refused submission.

use super::listen::Peer;
use super::origin::Verdict;
use super::problem::{problem, with};
use super::Shared;
use crate::report::json::finding_record;
use crate::validate::outcome::Diagnostic;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER,
    VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use napcheck_core::{Lang, Severity};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Instant;

/// The name refused submissions carry in their finding records.
const NAME: &str = "submission";

/// The submission handler.
pub(crate) async fn post(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(peer)): Extension<Peer>,
    request: Request,
) -> Response {
    let allowed = match shared.origins.judge(request.headers()) {
        Verdict::Refused(origin) => {
            return problem(
                StatusCode::FORBIDDEN,
                format!("submissions from the origin {origin} are not allowed here"),
            )
        }
        Verdict::Allowed(origin) => Some(origin),
        Verdict::Absent => None,
    };
    let mut response = receive(&shared, peer.ip(), request).await;
    if let Some(origin) = allowed {
        let headers = response.headers_mut();
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(VARY, HeaderValue::from_static("Origin"));
    }
    response
}

/// The CORS preflight of a submission.
pub(crate) async fn preflight(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    match shared.origins.judge(&headers) {
        Verdict::Refused(origin) => problem(
            StatusCode::FORBIDDEN,
            format!("submissions from the origin {origin} are not allowed here"),
        ),
        Verdict::Absent => StatusCode::NO_CONTENT.into_response(),
        Verdict::Allowed(origin) => (
            StatusCode::NO_CONTENT,
            [
                (ACCESS_CONTROL_ALLOW_ORIGIN, origin),
                (
                    ACCESS_CONTROL_ALLOW_METHODS,
                    HeaderValue::from_static("POST"),
                ),
                (
                    ACCESS_CONTROL_ALLOW_HEADERS,
                    HeaderValue::from_static("content-type"),
                ),
                (ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600")),
                (VARY, HeaderValue::from_static("Origin")),
            ],
        )
            .into_response(),
    }
}

async fn receive(shared: &Arc<Shared>, client: std::net::IpAddr, request: Request) -> Response {
    if shared.store.is_none() {
        return problem(
            StatusCode::NOT_FOUND,
            "this server does not collect submissions (start it with --collect DIR)",
        );
    }
    if let Err(wait) = shared.limiter.take(client, Instant::now()) {
        let seconds = wait.as_secs() + 1;
        let mut response = problem(
            StatusCode::TOO_MANY_REQUESTS,
            format!("too many submissions from this address: try again in {seconds} s"),
        );
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(seconds));
        return response;
    }
    let headers = request.headers();
    if !is_json(headers) {
        return problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a submission must be sent as Content-Type: application/json",
        );
    }
    let too_large = || {
        problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the submission is larger than {} bytes", shared.max_body),
        )
    };
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > shared.max_body as u64) {
        return too_large();
    }
    let lang = language(headers).unwrap_or(shared.lang);
    let bytes = match read_body(request.into_body(), shared).await {
        Ok(bytes) => bytes,
        Err(Unread::TooLarge) => return too_large(),
        Err(Unread::Slow) => {
            return problem(
                StatusCode::REQUEST_TIMEOUT,
                "the submission did not arrive in time",
            )
        }
        Err(Unread::Cut) => {
            return problem(
                StatusCode::BAD_REQUEST,
                "the submission was cut off before its end",
            )
        }
    };
    let Ok(text) = String::from_utf8(bytes.to_vec()) else {
        return problem(StatusCode::BAD_REQUEST, "the submission is not UTF-8 text");
    };
    let shared = Arc::clone(shared);
    let decided = tokio::task::spawn_blocking(move || decide(&shared, &text, lang)).await;
    decided.unwrap_or_else(|_| {
        problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the submission could not be checked",
        )
    })
}

/// Checks, then stores a valid submission.
fn decide(shared: &Shared, text: &str, lang: Lang) -> Response {
    let diagnostics = match shared.checker.check(text, lang) {
        Ok(diagnostics) => diagnostics,
        Err(failure) => return problem(StatusCode::INTERNAL_SERVER_ERROR, failure.0),
    };
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if errors > 0 || (shared.deny_warnings && warnings > 0) {
        return refused(&diagnostics, errors, warnings);
    }
    // Valid, so it parses; a failure here would be a bug, answered as such.
    let (Some(store), Ok(value)) = (
        &shared.store,
        serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')),
    ) else {
        return problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the submission could not be stored",
        );
    };
    match store.put(&value) {
        Ok(stored) if stored.created => with(StatusCode::CREATED, json!({ "id": stored.id })),
        Ok(stored) => with(
            StatusCode::OK,
            json!({ "id": stored.id, "duplicate": true }),
        ),
        Err(error) => {
            eprintln!("napcheck: cannot store a submission: {error}");
            problem(
                StatusCode::INSUFFICIENT_STORAGE,
                "the submission is valid but could not be stored; nothing was kept",
            )
        }
    }
}

fn refused(diagnostics: &[Diagnostic], errors: usize, warnings: usize) -> Response {
    let findings: Vec<Value> = diagnostics
        .iter()
        .map(|d| finding_record(NAME, d))
        .collect();
    with(
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({
            "error": format!("the assessment is invalid: {errors} error(s), {warnings} warning(s)"),
            "errors": errors,
            "warnings": warnings,
            "findings": findings,
        }),
    )
}

enum Unread {
    TooLarge,
    Slow,
    Cut,
}

async fn read_body(body: Body, shared: &Shared) -> Result<axum::body::Bytes, Unread> {
    let read = axum::body::to_bytes(body, shared.max_body);
    match tokio::time::timeout(shared.body_timeout, read).await {
        Err(_) => Err(Unread::Slow),
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(error)) => {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&error);
            while let Some(e) = source {
                if e.is::<http_body_util::LengthLimitError>() {
                    return Err(Unread::TooLarge);
                }
                source = e.source();
            }
            Err(Unread::Cut)
        }
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

/// The first of az, en, ru named in `Accept-Language`.
fn language(headers: &HeaderMap) -> Option<Lang> {
    let text = headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
    text.split(',')
        .filter_map(|tag| tag.split(';').next())
        .filter_map(|tag| tag.trim().split('-').next())
        .find_map(|primary| primary.to_ascii_lowercase().parse::<Lang>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_application_json_is_json() {
        assert!(is_json(&headers(&[("content-type", "application/json")])));
        assert!(is_json(&headers(&[(
            "content-type",
            "Application/JSON; charset=utf-8"
        )])));
        assert!(!is_json(&headers(&[("content-type", "text/plain")])));
        assert!(!is_json(&headers(&[(
            "content-type",
            "application/json-patch+json"
        )])));
        assert!(!is_json(&headers(&[])));
    }

    #[test]
    fn the_first_known_language_is_chosen() {
        let lang = |v: &'static str| language(&headers(&[("accept-language", v)]));
        assert_eq!(lang("ru-RU,ru;q=0.9,en;q=0.8"), Some(Lang::Ru));
        assert_eq!(lang("de-DE, en-GB;q=0.5"), Some(Lang::En));
        assert_eq!(lang("AZ"), Some(Lang::Az));
        assert_eq!(lang("fr, de"), None);
        assert_eq!(language(&headers(&[])), None);
    }
}
