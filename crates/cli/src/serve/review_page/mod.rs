//! The reviewer page of `napcheck serve --collect DIR --reviewers FILE`, at
//! `/review/`: reviewers sign in with the name and token the operator gave
//! them (`napcheck review add-reviewer`), see the pending submissions beside
//! the disagreements each would create with the body's accepted
//! assessments, and accept or reject one with a reason — the same log as
//! `napcheck review accept|reject` (`crate::review`). Without `--reviewers`
//! every route here answers 404.
//!
//! Protection: sign-in attempts are rate-limited per client; a session is a
//! random id in a cookie that is `HttpOnly`, `SameSite=Strict`, limited to
//! `/review/`, expiring, and `Secure` unless the server listens on a
//! loopback address and was reached over plain http (a browser drops a
//! `Secure` cookie sent over http, and loopback http never leaves the
//! machine). Every change (decide, sign out) needs the session, the
//! session's synchronizer token in a hidden field, and an `Origin` (when a
//! browser sends one) that is this server's own; sign-in needs the origin.
//! Refusals change nothing: 401 without a session, 403 cross-site.

mod html;
pub(crate) mod session;
mod words;

use super::listen::Peer;
use super::Shared;
use crate::review::log::{self, Status, Verdict};
use crate::review::reviewers::Reviewers;
use crate::review::{examine, read_log, record, submissions, Examined};
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::header::{COOKIE, LOCATION, ORIGIN, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use napcheck_cli::check::document;
use napcheck_core::Lang;
use serde::Deserialize;
use session::{Session, Sessions, COOKIE as COOKIE_NAME, LIFETIME};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use words::{say, Word};

/// The most pending submissions one page shows (the oldest by id first).
const SHOWN: usize = 20;

/// Sign-in attempts per client per minute.
const LOGINS_PER_MINUTE: u32 = 10;

/// The reviewer page's state.
pub(crate) struct Page {
    reviewers: Reviewers,
    sessions: Sessions,
    logins: super::rate::Limiter,
    dir: PathBuf,
    /// The server listens on a loopback address.
    loopback: bool,
    /// `--public-url` is https.
    public_https: bool,
}

impl Page {
    /// The page over the collect directory `dir` for `reviewers`.
    pub(crate) fn new(
        reviewers: Reviewers,
        dir: PathBuf,
        loopback: bool,
        public_https: bool,
    ) -> Page {
        Page {
            reviewers,
            sessions: Sessions::default(),
            logins: super::rate::Limiter::new(LOGINS_PER_MINUTE),
            dir,
            loopback,
            public_https,
        }
    }
}

/// The query of every page: the language, and after a decision what was
/// decided.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Params {
    lang: Option<String>,
    done: Option<String>,
    verdict: Option<String>,
}

/// The sign-in form.
#[derive(Debug, Deserialize)]
pub(crate) struct Credentials {
    #[serde(default)]
    name: String,
    #[serde(default)]
    token: String,
}

/// A decision form.
#[derive(Debug, Deserialize)]
pub(crate) struct DecisionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// The sign-out form.
#[derive(Debug, Deserialize)]
pub(crate) struct SignOutForm {
    #[serde(default)]
    csrf: String,
}

type Shared_ = State<Arc<Shared>>;

/// A form that carries the session's CSRF token.
trait CsrfForm {
    fn csrf(&self) -> &str;
}

impl CsrfForm for DecisionForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl CsrfForm for SignOutForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// A state-changing request that passed every guard.
struct SignedChange<'a, F> {
    page: &'a Page,
    lang: Lang,
    session_id: String,
    session: Session,
    form: F,
}

/// The guards every state-changing request passes, in order: the page is
/// on, the request comes from this server's own pages, it carries a live
/// session, and its form's CSRF token is that session's. Any failure is the
/// response that refuses it, in the reader's language (boxed: a response is
/// large and a refusal is the rare path).
fn signed_change<'a, F: CsrfForm>(
    shared: &'a Shared,
    peer: Peer,
    params: Result<Query<Params>, QueryRejection>,
    headers: &HeaderMap,
    form: Result<Form<F>, FormRejection>,
) -> Result<SignedChange<'a, F>, Box<Response>> {
    let page = page_of(shared).ok_or_else(|| Box::new(off()))?;
    let params = params.map(|q| q.0).unwrap_or_default();
    let lang = language(shared, &params, headers);
    if !same_origin(shared, peer, headers) {
        return Err(Box::new(refused(
            lang,
            StatusCode::FORBIDDEN,
            Word::CrossSite,
        )));
    }
    let (session_id, session) = session(page, headers)
        .ok_or_else(|| Box::new(refused(lang, StatusCode::UNAUTHORIZED, Word::SignInFirst)))?;
    match form {
        Ok(Form(form)) if session.csrf_matches(form.csrf()) => Ok(SignedChange {
            page,
            lang,
            session_id,
            session,
            form,
        }),
        _ => Err(Box::new(refused(
            lang,
            StatusCode::FORBIDDEN,
            Word::CrossSite,
        ))),
    }
}

fn language(shared: &Shared, params: &Params, headers: &HeaderMap) -> Lang {
    params
        .lang
        .as_deref()
        .and_then(|l| l.parse::<Lang>().ok())
        .or_else(|| super::submit::language(headers))
        .unwrap_or(shared.lang)
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "az",
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

/// The page, or `None` when it is off (every route answers 404).
fn page_of(shared: &Shared) -> Option<&Page> {
    shared.review.as_ref()
}

fn off() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(
            axum::http::header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

/// The session cookie's value, if the request carries one.
fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_owned())
}

fn session(page: &Page, headers: &HeaderMap) -> Option<(String, Session)> {
    let id = cookie(headers)?;
    let found = page.sessions.find(&id, Instant::now())?;
    Some((id, found))
}

/// Whether a state-changing request comes from this server's own pages:
/// its `Origin`, when present, is the origin it reached (or
/// `--public-url`), and `Sec-Fetch-Site`, when present, is not cross-site.
/// The `--allow-origin` list (pages embedding the widget) does not count.
fn same_origin(shared: &Shared, peer: Peer, headers: &HeaderMap) -> bool {
    let site_ok = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v == "same-origin" || v == "none");
    let Some(origin) = headers.get(ORIGIN) else {
        return site_ok;
    };
    let origin = origin.to_str().unwrap_or_default().to_ascii_lowercase();
    let own = shared.proxies.own_origin(peer.0.ip(), headers);
    site_ok && (own.as_deref() == Some(origin.as_str()) || shared.origins.is_public(&origin))
}

/// Whether the session cookie gets `Secure` (see the module's comment).
fn secure(shared: &Shared, page: &Page, peer: Peer, headers: &HeaderMap) -> bool {
    let https = page.public_https
        || shared
            .proxies
            .own_origin(peer.0.ip(), headers)
            .is_some_and(|o| o.starts_with("https://"));
    https || !page.loopback
}

fn refused(lang: Lang, status: StatusCode, word: Word) -> Response {
    html(status, html::message(lang, say(lang, word), None))
}

/// `GET /review`: to `/review/` (a fixed local path, never another host).
pub(crate) async fn slash(State(shared): Shared_) -> Response {
    if page_of(&shared).is_none() {
        return off();
    }
    see_other("/review/")
}

/// `GET /review/style.css`.
pub(crate) async fn style(State(shared): Shared_) -> Response {
    if page_of(&shared).is_none() {
        return off();
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        )],
        html::STYLE,
    )
        .into_response()
}

/// `GET /review/login`: the form (or the list when signed in).
pub(crate) async fn login_form(
    State(shared): Shared_,
    params: Result<Query<Params>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(page) = page_of(&shared) else {
        return off();
    };
    let params = params.map(|q| q.0).unwrap_or_default();
    let lang = language(&shared, &params, &headers);
    if session(page, &headers).is_some() {
        return see_other(&format!("/review/?lang={}", code(lang)));
    }
    html(StatusCode::OK, html::login(lang, None))
}

/// `POST /review/login`.
pub(crate) async fn login(
    State(shared): Shared_,
    Extension(peer): Extension<Peer>,
    params: Result<Query<Params>, QueryRejection>,
    headers: HeaderMap,
    form: Result<Form<Credentials>, FormRejection>,
) -> Response {
    let Some(page) = page_of(&shared) else {
        return off();
    };
    let params = params.map(|q| q.0).unwrap_or_default();
    let lang = language(&shared, &params, &headers);
    if !same_origin(&shared, peer, &headers) {
        return refused(lang, StatusCode::FORBIDDEN, Word::CrossSite);
    }
    let client = shared.proxies.client(peer.0.ip(), &headers);
    if page.logins.take(client, Instant::now()).is_err() {
        let mut response = html(
            StatusCode::TOO_MANY_REQUESTS,
            html::login(lang, Some(Word::TooManyAttempts)),
        );
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from_static("60"));
        return response;
    }
    let Some(reviewer) = form
        .ok()
        .and_then(|Form(c)| page.reviewers.check(&c.name, &c.token))
    else {
        return html(
            StatusCode::UNAUTHORIZED,
            html::login(lang, Some(Word::WrongCredentials)),
        );
    };
    let Ok(id) = page.sessions.open(reviewer, Instant::now()) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let flags = if secure(&shared, page, peer, &headers) {
        "; Secure"
    } else {
        ""
    };
    let mut response = see_other(&format!("/review/?lang={}", code(lang)));
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{COOKIE_NAME}={id}; Path=/review/; HttpOnly; SameSite=Strict; Max-Age={}{flags}",
        LIFETIME.as_secs()
    )) {
        response.headers_mut().insert(SET_COOKIE, value);
    }
    response
}

/// `POST /review/logout`.
pub(crate) async fn logout(
    State(shared): Shared_,
    Extension(peer): Extension<Peer>,
    params: Result<Query<Params>, QueryRejection>,
    headers: HeaderMap,
    form: Result<Form<SignOutForm>, FormRejection>,
) -> Response {
    let SignedChange {
        page,
        lang,
        session_id,
        ..
    } = match signed_change(&shared, peer, params, &headers, form) {
        Ok(change) => change,
        Err(refusal) => return *refusal,
    };
    page.sessions.close(&session_id);
    let mut response = see_other(&format!("/review/login?lang={}", code(lang)));
    response.headers_mut().insert(
        SET_COOKIE,
        HeaderValue::from_static(
            "napcheck_review=; Path=/review/; HttpOnly; SameSite=Strict; Max-Age=0",
        ),
    );
    response
}

/// `GET /review/`: the pending submissions, each beside its disagreements.
pub(crate) async fn index(
    State(shared): Shared_,
    params: Result<Query<Params>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(page) = page_of(&shared) else {
        return off();
    };
    let params = params.map(|q| q.0).unwrap_or_default();
    let lang = language(&shared, &params, &headers);
    let Some((_, found)) = session(page, &headers) else {
        return see_other(&format!("/review/login?lang={}", code(lang)));
    };
    let worker = Arc::clone(&shared);
    let listed = tokio::task::spawn_blocking(move || pending(&worker, lang)).await;
    let signed = html::Signed {
        reviewer: &found.reviewer,
        csrf: &found.csrf,
    };
    match listed {
        Ok(Ok((shown, more))) => {
            let verdict = match params.verdict.as_deref() {
                Some("accepted") => Some(Word::Accept),
                Some("rejected") => Some(Word::Reject),
                _ => None,
            };
            let notice = params.done.as_deref().zip(verdict);
            html(
                StatusCode::OK,
                html::index(lang, &signed, &shown, more, notice),
            )
        }
        Ok(Err(crate::failure::Failure(text))) => html(
            StatusCode::INTERNAL_SERVER_ERROR,
            html::message(lang, &text, Some(&signed)),
        ),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The first [`SHOWN`] pending submissions, examined, and how many more
/// there are. A file that is not a valid assessment is left out (it never
/// counts in a report anyway).
fn pending(shared: &Shared, lang: Lang) -> Result<(Vec<Examined>, usize), crate::failure::Failure> {
    let Some(page) = shared.review.as_ref() else {
        return Ok((Vec::new(), 0));
    };
    let cx = document::Context {
        warnings: false,
        ..shared.checker.context(lang)?
    };
    let statuses = log::statuses(&read_log(&page.dir, lang)?);
    let waiting: Vec<String> = submissions(&page.dir, lang)?
        .into_iter()
        .filter(|s| statuses.get(&s.id).copied().unwrap_or(Status::Pending) == Status::Pending)
        .map(|s| s.id)
        .collect();
    let mut shown = Vec::new();
    let mut more = 0;
    for id in waiting {
        if shown.len() >= SHOWN {
            more += 1;
            continue;
        }
        if let Ok(examined) = examine(&page.dir, &id, &cx, lang) {
            shown.push(examined);
        }
    }
    Ok((shown, more))
}

/// `POST /review/decide`: accept or reject one submission with a reason.
pub(crate) async fn decide(
    State(shared): Shared_,
    Extension(peer): Extension<Peer>,
    params: Result<Query<Params>, QueryRejection>,
    headers: HeaderMap,
    form: Result<Form<DecisionForm>, FormRejection>,
) -> Response {
    let SignedChange {
        page,
        lang,
        session: found,
        form,
        ..
    } = match signed_change(&shared, peer, params, &headers, form) {
        Ok(change) => change,
        Err(refusal) => return *refusal,
    };
    let signed = html::Signed {
        reviewer: &found.reviewer,
        csrf: &found.csrf,
    };
    let verdict = match form.decision.as_str() {
        "accept" => Verdict::Accepted,
        "reject" => Verdict::Rejected,
        _ => {
            return html(
                StatusCode::BAD_REQUEST,
                html::message(lang, say(lang, Word::NotFound), Some(&signed)),
            )
        }
    };
    if form.reason.trim().is_empty() {
        return html(
            StatusCode::BAD_REQUEST,
            html::message(lang, say(lang, Word::BlankReason), Some(&signed)),
        );
    }
    // Only a full id names a submission here (the CLI also takes a prefix).
    let exact = form.id.len() >= 16 && form.id.chars().all(|c| c.is_ascii_alphanumeric());
    if !exact {
        return html(
            StatusCode::NOT_FOUND,
            html::message(lang, say(lang, Word::NotFound), Some(&signed)),
        );
    }
    let dir = page.dir.clone();
    let reviewer = found.reviewer.clone();
    let id = form.id.clone();
    let written = tokio::task::spawn_blocking(move || {
        let known = submissions(&dir, lang)?.into_iter().any(|s| s.id == id);
        if !known {
            return Ok(None);
        }
        record(&dir, &id, verdict, &reviewer, &form.reason, lang).map(Some)
    })
    .await;
    match written {
        Ok(Ok(Some(id))) => {
            let word = match verdict {
                Verdict::Accepted => "accepted",
                Verdict::Rejected => "rejected",
            };
            see_other(&format!(
                "/review/?lang={}&done={id}&verdict={word}",
                code(lang)
            ))
        }
        Ok(Ok(None)) => html(
            StatusCode::NOT_FOUND,
            html::message(lang, say(lang, Word::NotFound), Some(&signed)),
        ),
        Ok(Err(crate::failure::Failure(text))) => html(
            StatusCode::INTERNAL_SERVER_ERROR,
            html::message(lang, &text, Some(&signed)),
        ),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
