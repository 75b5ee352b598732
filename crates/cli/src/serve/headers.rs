//! Headers on every answer: a strict Content Security Policy (scripts,
//! styles and connections from this origin only, `'wasm-unsafe-eval'` for
//! WebAssembly and nothing `unsafe-inline`), `nosniff`, no referrer, no
//! powerful features; and, on the widget's files (everything outside
//! `/api/`), `Access-Control-Allow-Origin: *` so that a host page on another
//! origin can load the embed script and the wasm (module scripts and wasm
//! are fetched with CORS) and `Vary: accept-encoding`, since a browser that
//! accepts brotli or gzip gets a precompressed file. The API sets its own,
//! allow-listed CORS headers. The reviewer page (`/review/`) gets its own
//! policy instead: no script, forms to this origin only, no framing, no
//! caching, no CORS. The service worker (`/sw.js`, `worker-src 'self'`) gets
//! `Service-Worker-Allowed: /`: its scope is the widget's directory, the root
//! here, and never more.

use axum::extract::Request;
use axum::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, VARY};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// The policy of the pages this server serves.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; \
base-uri 'none'; form-action 'none'; object-src 'none'";

/// The policy of the reviewer page: no script at all, its own style sheet,
/// forms posting only to this origin, never inside a frame.
pub(crate) const REVIEW_CSP: &str = "default-src 'none'; style-src 'self'; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The headers every answer carries (names lowercase), also hyper's own
/// error answers (see `library_errors.rs`).
pub(crate) const ALWAYS: [(&str, &str); 5] = [
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
    ("cache-control", "no-cache"),
];

/// Adds the headers.
pub(crate) async fn secure(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let api = path.starts_with("/api/");
    let review = path.starts_with("/review/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in ALWAYS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    if path == "/sw.js" {
        headers.insert(
            HeaderName::from_static("service-worker-allowed"),
            HeaderValue::from_static("/"),
        );
    }
    if review {
        // Signed-in pages: never cached, never framed, never shared with
        // another origin.
        headers.insert(
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static(REVIEW_CSP),
        );
        headers.insert(
            HeaderName::from_static("cache-control"),
            HeaderValue::from_static("no-store"),
        );
        headers.insert(
            HeaderName::from_static("x-frame-options"),
            HeaderValue::from_static("DENY"),
        );
        // Under `no-referrer` a browser sends `Origin: null` with a form,
        // and the page's own forms would fail the origin check;
        // `same-origin` still sends nothing to another site.
        headers.insert(
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("same-origin"),
        );
    } else if !api {
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        // The body depends on Accept-Encoding (precompressed variants).
        headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
