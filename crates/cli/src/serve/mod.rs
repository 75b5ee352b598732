//! `napcheck serve`: one binary serves the built widget (`--dist`), its
//! embed script, a demo host page and, with `--collect DIR`, a collection
//! endpoint that checks each submission exactly as `napcheck validate`
//! does and stores the valid ones in DIR. This file gathers the options into
//! the shared state, binds the address, prints the URL and runs the loop;
//! each concern (routes, submissions, storage, origins, clients behind
//! proxies, rate, cost, static files, headers, connections, words) has its
//! own file. SECURITY.md states the bounds and what tests them.

mod client;
mod cost;
mod demo;
mod headers;
mod library_errors;
mod listen;
mod log_words;
mod origin;
mod problem;
mod rate;
mod review_page;
mod routes;
mod startup_words;
mod statics;
mod store;
mod submit;
mod words;

use crate::args::ServeArgs;
use crate::checker::Checker;
use crate::failure::Failure;
use crate::review::words as review_words;
use napcheck_core::Lang;
use startup_words::{text as startup, Banner, Startup};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// What every request handler shares.
pub(crate) struct Shared {
    /// The same checker as `napcheck validate`.
    pub(crate) checker: Checker,
    /// Where valid submissions go; `None` without `--collect`.
    pub(crate) store: Option<store::Store>,
    /// Who may submit from a browser.
    pub(crate) origins: origin::Origins,
    /// The proxies whose forwarding headers are believed.
    pub(crate) proxies: client::Proxies,
    /// Submissions per client per minute.
    pub(crate) limiter: rate::Limiter,
    /// Submissions per minute from everyone.
    pub(crate) global: rate::Limiter,
    /// The largest accepted body, in bytes.
    pub(crate) max_body: usize,
    /// The most JSON values a body may hold.
    pub(crate) max_values: usize,
    /// Checks running at once: one per core (each may take tens of MB; the
    /// blocking pool alone would run 512).
    pub(crate) checks: tokio::sync::Semaphore,
    /// How long a client has to send its body.
    pub(crate) body_timeout: Duration,
    /// Whether warnings refuse a submission.
    pub(crate) deny_warnings: bool,
    /// The language of refusals when the request names none.
    pub(crate) lang: Lang,
    /// The reviewer page; `None` without `--reviewers` (404).
    pub(crate) review: Option<review_page::Page>,
}

/// Runs the server until Ctrl-C or SIGTERM.
pub(crate) fn run(args: &ServeArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let shown_dist = args.dist.display();
    if !args.dist.join("index.html").is_file() {
        return Err(Failure(startup(lang, &Startup::NoWidget(&shown_dist))));
    }
    let dist = statics::Dist::new(&args.dist)
        .map_err(|e| Failure(startup(lang, &Startup::CannotResolve(&shown_dist, &e))))?;
    if let Some(dir) = &args.collect {
        statics::check_collect(&dist, dir, lang).map_err(Failure)?;
    }
    let store = args
        .collect
        .as_deref()
        .map(|dir| store::Store::open(dir, args.collect_quota, lang))
        .transpose()?;
    let review = match (&args.reviewers, &args.collect) {
        (Some(file), Some(dir)) => {
            statics::check_reviewers(&dist, dir, file, lang).map_err(Failure)?;
            let reviewers =
                crate::review::reviewers::Reviewers::read(file, lang).map_err(Failure)?;
            if reviewers.is_empty() {
                let file = file.display().to_string();
                return Err(Failure(review_words::fill(
                    review_words::msg(lang, review_words::Msg::NoReviewer),
                    &[&file, &file],
                )));
            }
            Some(review_page::Page::new(
                reviewers,
                dir.clone(),
                args.addr.ip().is_loopback(),
                args.public_url
                    .as_deref()
                    .is_some_and(|u| u.starts_with("https://")),
            ))
        }
        _ => None,
    };
    let timeout = Duration::from_secs(args.timeout.max(1));
    let shared = Arc::new(Shared {
        checker: Checker::new(&args.check)?,
        store,
        origins: origin::Origins::new(args.allow_origin.clone(), args.public_url.clone()),
        proxies: client::Proxies::new(args.trusted_proxy.clone()),
        limiter: rate::Limiter::new(args.rate_limit),
        global: rate::Limiter::new(args.global_rate),
        max_body: args.max_body,
        max_values: args.max_values,
        checks: tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, usize::from),
        ),
        body_timeout: timeout,
        deny_warnings: args.deny_warnings,
        lang,
        review,
    });
    // A blocking thread idle for 2 s ends, so the allocator's cache of a
    // thread that ran a large check is given back after a burst.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_keep_alive(Duration::from_secs(2))
        .build()
        .map_err(|e| Failure(startup(lang, &Startup::Runtime(&e))))?;
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| Failure(startup(lang, &Startup::CannotListen(&args.addr, &e))))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Failure(startup(lang, &Startup::BoundAddress(&e))))?;
        let say = |line| startup_words::banner(lang, line);
        println!(
            "{} http://{addr}/  {}",
            say(Banner::ServedAt),
            say(Banner::HowToStop)
        );
        println!("  {} http://{addr}/embed.js", say(Banner::Embed));
        println!("  {} http://{addr}/demo.html", say(Banner::Demo));
        match &args.collect {
            Some(dir) => println!(
                "  {} POST http://{addr}/api/assessments -> {}",
                say(Banner::Submissions),
                dir.display()
            ),
            None => println!(
                "  {} {}",
                say(Banner::Submissions),
                say(Banner::SubmissionsOff)
            ),
        }
        if args.reviewers.is_some() {
            println!("  {} http://{addr}/review/", say(Banner::ReviewerPage));
        }
        let router = routes::router(shared, dist);
        listen::serve(listener, router, timeout, lang).await;
        Ok(ExitCode::SUCCESS)
    });
    // Stopped: connections still open are dropped rather than waited for.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}
