//! The routes: `GET /health`, `GET /demo.html` (a host page embedding the
//! widget), `POST /api/assessments` (and its preflight), and everything
//! else from `--dist` (the standalone page, the embed script, the wasm),
//! precompressed when the browser accepts brotli or gzip.
//! Every answer passes through the security headers.

use super::{demo, headers, submit, Shared};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{middleware, Router};
use serde_json::json;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::ServeDir;

/// The application.
pub(crate) fn router(shared: Arc<Shared>, dist: &Path) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/demo.html", get(demo::page))
        .route(
            "/api/assessments",
            axum::routing::post(submit::post).options(submit::preflight),
        )
        // build-web writes a .br and a .gz beside each file; a browser that
        // accepts one gets it (the wasm: 730 KB raw, about 230 KB brotli).
        .fallback_service(ServeDir::new(dist).precompressed_br().precompressed_gzip())
        .layer(middleware::from_fn(headers::secure))
        .with_state(shared)
}

async fn health(axum::extract::State(shared): axum::extract::State<Arc<Shared>>) -> Response {
    super::problem::with(
        StatusCode::OK,
        json!({ "status": "ok", "collect": shared.store.is_some() }),
    )
}
