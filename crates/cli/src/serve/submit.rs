//! `POST /api/assessments` and its CORS preflight, a chain of checks each
//! cheaper than the next, each refusing with a [`Refusal`] in the request's
//! language: the origin (403), the collect switch (404), the client's rate
//! (429) and the server's (503), the content type (415), the size (413),
//! reading the body within the timeout (408; a body cut short is 400), its
//! encoding (not UTF-8: 422 with the core's located `json-syntax` finding,
//! as `validate` says it), its cost in JSON values (413), then the checks of
//! `napcheck validate` (422
//! with the located findings, the same records as `--format json`, at most
//! [`MAX_FINDINGS`] and a count of the rest), and only then the store: 201
//! with the id, 200 when the same assessment was already stored, 507 when
//! the quota is reached. Nothing is written for a refused submission.

use super::cost;
use super::listen::Peer;
use super::log_words::{self, Logged};
use super::origin::Verdict;
use super::problem::{with, Refusal};
use super::store::NotStored;
use super::words::Said;
use super::Shared;
use crate::validate::format::json::finding_record;
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
use napcheck_cli::check::outcome::Diagnostic;
use napcheck_core::{Lang, Severity};
use serde_json::{json, Value};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Instant;

/// The name refused submissions carry in their finding records.
const NAME: &str = "submission";

/// The most findings one 422 answer lists; `omitted` counts the rest.
pub(crate) const MAX_FINDINGS: usize = 100;

/// The submission handler.
pub(crate) async fn post(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(peer)): Extension<Peer>,
    request: Request,
) -> Response {
    let lang = language(request.headers()).unwrap_or(shared.lang);
    let allowed = match judge(&shared, peer.ip(), request.headers(), lang) {
        Ok(allowed) => allowed,
        Err(refusal) => return refusal.into_response(),
    };
    let mut response = receive(&shared, peer.ip(), request, lang)
        .await
        .unwrap_or_else(IntoResponse::into_response);
    if let Some(origin) = allowed {
        let headers = response.headers_mut();
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(VARY, HeaderValue::from_static("Origin"));
    }
    response
}

/// The origin's verdict: the value to echo in CORS headers, if any.
fn judge(
    shared: &Shared,
    peer: IpAddr,
    headers: &HeaderMap,
    lang: Lang,
) -> Result<Option<HeaderValue>, Refusal> {
    let own = shared.proxies.own_origin(peer, headers);
    match shared.origins.judge(headers, own.as_deref()) {
        Verdict::Refused(origin) => Err(Refusal::new(
            StatusCode::FORBIDDEN,
            &Said::OriginRefused(origin),
            lang,
        )),
        Verdict::Allowed(origin) => Ok(Some(origin)),
        Verdict::Absent => Ok(None),
    }
}

/// The CORS preflight of a submission.
pub(crate) async fn preflight(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(peer)): Extension<Peer>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&headers).unwrap_or(shared.lang);
    match judge(&shared, peer.ip(), &headers, lang) {
        Err(refusal) => refusal.into_response(),
        Ok(None) => StatusCode::NO_CONTENT.into_response(),
        Ok(Some(origin)) => (
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

/// The checks in order, each cheaper than the next; the first refusal answers.
async fn receive(
    shared: &Arc<Shared>,
    peer: IpAddr,
    request: Request,
    lang: Lang,
) -> Result<Response, Refusal> {
    if shared.store.is_none() {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            &Said::NotCollecting,
            lang,
        ));
    }
    let client = shared.proxies.client(peer, request.headers());
    take_tokens(shared, client, lang)?;
    let headers = request.headers();
    if !is_json(headers) {
        return Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &Said::NotJson,
            lang,
        ));
    }
    let too_large = || {
        Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            &Said::TooLarge(shared.max_body),
            lang,
        )
    };
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > shared.max_body as u64) {
        return Err(too_large());
    }
    let bytes = read_body(request.into_body(), shared)
        .await
        .map_err(|unread| match unread {
            Unread::TooLarge => too_large(),
            Unread::Slow => Refusal::new(StatusCode::REQUEST_TIMEOUT, &Said::TooSlow, lang),
            Unread::Cut => Refusal::new(StatusCode::BAD_REQUEST, &Said::CutShort, lang),
        })?;
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| not_utf8(&e, lang))?;
    let cannot_check = || Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, &Said::CannotCheck, lang);
    // Waits for a free check slot; the body is already bounded and read.
    let _slot = shared.checks.acquire().await.map_err(|_| cannot_check())?;
    let shared = Arc::clone(shared);
    tokio::task::spawn_blocking(move || decide(&shared, &text, lang))
        .await
        .unwrap_or_else(|_| Err(cannot_check()))
}

/// One token from the client's bucket (429), then one from the server's
/// (503); a client refused by its own limit spends nothing of the other.
fn take_tokens(shared: &Shared, client: IpAddr, lang: Lang) -> Result<(), Refusal> {
    let now = Instant::now();
    let wait = |status, said: fn(u64) -> Said, wait: std::time::Duration| {
        let seconds = wait.as_secs() + 1;
        Refusal::new(status, &said(seconds), lang).header(RETRY_AFTER, HeaderValue::from(seconds))
    };
    shared
        .limiter
        .take(client, now)
        .map_err(|w| wait(StatusCode::TOO_MANY_REQUESTS, Said::TooManyFromClient, w))?;
    shared
        .global
        .take(IpAddr::V4(Ipv4Addr::UNSPECIFIED), now)
        .map_err(|w| wait(StatusCode::SERVICE_UNAVAILABLE, Said::TooManyOverall, w))
}

/// Bounds the cost, checks, then stores a valid submission.
fn decide(shared: &Shared, text: &str, lang: Lang) -> Result<Response, Refusal> {
    if cost::over(text, shared.max_values) {
        return Err(Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            &Said::TooComplex(shared.max_values),
            lang,
        ));
    }
    let cannot_check = || Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, &Said::CannotCheck, lang);
    let diagnostics = shared.checker.check(text, lang).map_err(|failure| {
        eprintln!(
            "{}",
            log_words::text(shared.lang, &Logged::CannotCheck(&failure))
        );
        cannot_check()
    })?;
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if errors > 0 || (shared.deny_warnings && warnings > 0) {
        return Err(refused(&diagnostics, errors, warnings, lang));
    }
    // Valid, so it parses; a failure here would be a bug, answered as such.
    let value = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
        .map_err(|_| cannot_check())?;
    let store = shared.store.as_ref().ok_or_else(cannot_check)?;
    match store.put(&value) {
        Ok(stored) if stored.created => Ok(with(StatusCode::CREATED, json!({ "id": stored.id }))),
        Ok(stored) => Ok(with(
            StatusCode::OK,
            json!({ "id": stored.id, "duplicate": true }),
        )),
        Err(NotStored::Quota) => {
            eprintln!("{}", log_words::text(shared.lang, &Logged::QuotaReached));
            Err(Refusal::new(
                StatusCode::INSUFFICIENT_STORAGE,
                &Said::QuotaReached,
                lang,
            ))
        }
        Err(NotStored::Io(error)) => {
            eprintln!(
                "{}",
                log_words::text(shared.lang, &Logged::CannotStore(&error))
            );
            Err(Refusal::new(
                StatusCode::INSUFFICIENT_STORAGE,
                &Said::CannotStore,
                lang,
            ))
        }
    }
}

/// A body that is not UTF-8: the 422 of `validate`'s finding for such a
/// file (`json-syntax` at the first bad byte).
fn not_utf8(error: &std::string::FromUtf8Error, lang: Lang) -> Refusal {
    let located = napcheck_core::parse::not_utf8(error.as_bytes(), error.utf8_error());
    let diagnostic = napcheck_cli::check::document::diagnostic(located, lang);
    refused(&[diagnostic], 1, 0, lang)
}

/// The 422: the counts of all findings, the first [`MAX_FINDINGS`] of them
/// and how many more were omitted.
fn refused(diagnostics: &[Diagnostic], errors: usize, warnings: usize, lang: Lang) -> Refusal {
    let findings: Vec<Value> = diagnostics
        .iter()
        .take(MAX_FINDINGS)
        .map(|d| finding_record(NAME, d))
        .collect();
    let omitted = diagnostics.len().saturating_sub(MAX_FINDINGS);
    Refusal::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        &Said::Invalid { errors, warnings },
        lang,
    )
    .field("errors", json!(errors))
    .field("warnings", json!(warnings))
    .field("findings", Value::Array(findings))
    .field("omitted", json!(omitted))
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
pub(crate) fn language(headers: &HeaderMap) -> Option<Lang> {
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
