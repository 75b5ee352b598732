//! `napcheck serve`: one binary serves the built widget (`--dist`), its
//! embed script, a demo host page and, with `--collect DIR`, a collection
//! endpoint that checks each submission exactly as `napcheck validate`
//! does and stores the valid ones in DIR. This file gathers the options into
//! the shared state, binds the address, prints the URL and runs the loop;
//! each concern (routes, submissions, storage, origins, rate, headers,
//! connections) has its own file.

mod demo;
mod headers;
mod listen;
mod origin;
mod problem;
mod rate;
mod routes;
mod store;
mod submit;

use crate::args::ServeArgs;
use crate::failure::Failure;
use crate::validate::Checker;
use napcheck_core::Lang;
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
    /// Submissions per client per minute.
    pub(crate) limiter: rate::Limiter,
    /// The largest accepted body, in bytes.
    pub(crate) max_body: usize,
    /// How long a client has to send its body.
    pub(crate) body_timeout: Duration,
    /// Whether warnings refuse a submission.
    pub(crate) deny_warnings: bool,
    /// The language of refusals when the request names none.
    pub(crate) lang: Lang,
}

/// Runs the server until Ctrl-C or SIGTERM.
pub(crate) fn run(args: &ServeArgs) -> Result<ExitCode, Failure> {
    if !args.dist.join("index.html").is_file() {
        return Err(Failure(format!(
            "{} has no index.html: build the widget first (scripts/build-web) or pass --dist DIR",
            args.dist.display()
        )));
    }
    let store = args
        .collect
        .as_deref()
        .map(store::Store::open)
        .transpose()?;
    let timeout = Duration::from_secs(args.timeout.max(1));
    let shared = Arc::new(Shared {
        checker: Checker::new(&args.check)?,
        store,
        origins: origin::Origins::new(args.allow_origin.clone()),
        limiter: rate::Limiter::new(args.rate_limit),
        max_body: args.max_body,
        body_timeout: timeout,
        deny_warnings: args.deny_warnings,
        lang: Lang::from(args.check.lang),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure(format!("cannot start the server's runtime: {e}")))?;
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| Failure(format!("cannot listen on {}: {e}", args.addr)))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Failure(format!("cannot read the bound address: {e}")))?;
        println!("napcheck is served at http://{addr}/  (Ctrl-C to stop)");
        println!("  embed script:    http://{addr}/embed.js");
        println!("  demo host page:  http://{addr}/demo.html");
        match &args.collect {
            Some(dir) => println!(
                "  submissions:     POST http://{addr}/api/assessments -> {}",
                dir.display()
            ),
            None => println!("  submissions:     off (start with --collect DIR)"),
        }
        let router = routes::router(shared, &args.dist);
        listen::serve(listener, router, timeout).await;
        Ok(ExitCode::SUCCESS)
    });
    // Stopped: connections still open are dropped rather than waited for.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}
