//! The routes: `GET /health`, `GET /demo.html` (a host page embedding the
//! widget), `POST /api/assessments` (and its preflight), the reviewer page
//! under `/review/` (`review_page/`), and everything
//! else from `--dist` (the standalone page, the embed script, the wasm),
//! precompressed when the browser accepts brotli or gzip, behind the guard
//! of `statics.rs` (no dotfiles, no way out of `--dist`, no redirect to
//! another host). Every answer passes through the security headers.

use super::{demo, headers, review_page, statics, submit, Shared};
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{middleware, Router};
use serde_json::json;
use std::sync::Arc;
use tower_http::services::ServeDir;

/// The application.
pub(crate) fn router(shared: Arc<Shared>, dist: statics::Dist) -> Router {
    let files = ServeDir::new(dist.root())
        .precompressed_br()
        .precompressed_gzip();
    let guarded = tower::Layer::layer(&middleware::from_fn_with_state(dist, statics::guard), files);
    Router::new()
        .route("/health", get(health))
        .route("/demo.html", get(demo::page))
        .route(
            "/api/assessments",
            axum::routing::post(submit::post).options(submit::preflight),
        )
        .merge(review_routes())
        // build-web writes a .br and a .gz beside each file; a browser that
        // accepts one gets it (the wasm: 730 KB raw, about 230 KB brotli).
        .fallback_service(guarded)
        .layer(middleware::from_fn(headers::secure))
        .with_state(shared)
}

/// The reviewer page (`review_page.rs`); 404 without `--reviewers`. Its
/// forms are small: a body over 64 KiB is refused (413).
fn review_routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/review", get(review_page::slash))
        .route("/review/", get(review_page::index))
        .route(
            "/review/login",
            get(review_page::login_form).post(review_page::login),
        )
        .route("/review/logout", axum::routing::post(review_page::logout))
        .route("/review/decide", axum::routing::post(review_page::decide))
        .route("/review/style.css", get(review_page::style))
        .layer(DefaultBodyLimit::max(64 * 1024))
}

async fn health(axum::extract::State(shared): axum::extract::State<Arc<Shared>>) -> Response {
    super::problem::with(
        StatusCode::OK,
        json!({ "status": "ok", "collect": shared.store.is_some() }),
    )
}
