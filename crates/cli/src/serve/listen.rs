//! The connection loop: hyper's HTTP/1 server with a timer, so a client
//! that trickles its request headers (slowloris) is cut off after the
//! timeout; each connection runs on its own task, so a slow client never
//! blocks another. Writes have the same deadline: a client that stops
//! reading its answer is dropped after the timeout instead of holding the
//! connection and the buffered reply (hyper has no write timeout; the
//! stream is wrapped in `tokio-io-timeout`). Under hyper, hyper's own error
//! answers get the security headers ([`super::library_errors`]). The peer
//! address is handed to the handlers (rate limit, trusted proxy). Ctrl-C or
//! SIGTERM stops accepting and returns.

use super::library_errors::SecuredErrors;
use super::log_words::{self, Logged};
use axum::extract::Request;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use napcheck_core::Lang;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_io_timeout::TimeoutStream;
use tower::ServiceExt;

/// The address of the client a request came from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer(pub(crate) SocketAddr);

/// Accepts connections until a stop signal.
pub(crate) async fn serve(listener: TcpListener, router: Router, timeout: Duration, lang: Lang) {
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(error) => {
                    // Out of file descriptors and the like: wait, then go on.
                    eprintln!("{}", log_words::text(lang, &Logged::CannotAccept(&error)));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => return,
        };
        let service = router.clone().map_request(move |mut request: Request<_>| {
            request.extensions_mut().insert(Peer(peer));
            request
        });
        tokio::spawn(async move {
            let mut timed = TimeoutStream::new(stream);
            timed.set_write_timeout(Some(timeout));
            let io = TokioIo::new(SecuredErrors::new(Box::pin(timed)));
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(timeout);
            let connection = builder.serve_connection(io, TowerToHyperService::new(service));
            // A client that goes away or times out ends only its connection.
            let _ = connection.await;
        });
    }
}

async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
