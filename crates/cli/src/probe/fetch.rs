//! Fetching one page as a good citizen of the web: a User-Agent naming
//! napcheck and its URL; bounded concurrency overall and per host; timeouts
//! for the connection, the headers and the body; a cap on the declared and
//! the decompressed size; redirects followed by hand, at most a limit, each
//! hop checked to be http(s) and on a permitted address (see `guard.rs`).

use super::guard::{Guard, GuardedResolver, Refused};
use napcheck_core::hints::Unchecked;
use reqwest::{redirect, Url};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::timeout;

/// The User-Agent: who we are and where to read about it.
pub(crate) const USER_AGENT: &str = concat!(
    "napcheck/",
    env!("CARGO_PKG_VERSION"),
    " (+",
    env!("CARGO_PKG_REPOSITORY"),
    "; probe)"
);

/// The limits of one fetch.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// To connect (and the TLS handshake).
    pub(crate) connect: Duration,
    /// From the request to the end of the response headers.
    pub(crate) headers: Duration,
    /// To read the whole body.
    pub(crate) body: Duration,
    /// The largest body, declared or decompressed.
    pub(crate) max_bytes: u64,
    /// Redirects followed.
    pub(crate) max_redirects: u8,
}

/// A page as received.
#[derive(Debug)]
pub(crate) struct Fetched {
    /// The final address.
    pub(crate) final_url: Url,
    /// Its status.
    pub(crate) status: u16,
    /// Redirects followed.
    pub(crate) redirects: u8,
    /// The Content-Type header.
    pub(crate) content_type: Option<String>,
    /// The body, decompressed.
    pub(crate) body: Vec<u8>,
    /// When it was complete (RFC 3339, UTC).
    pub(crate) fetched_at: String,
    /// SHA-256 of the body, hex.
    pub(crate) sha256: String,
}

/// A failed fetch: the reason, and the redirects followed before it.
#[derive(Debug)]
pub(crate) struct Failed {
    /// Why.
    pub(crate) reason: Unchecked,
    /// The last address tried.
    pub(crate) url: Url,
    /// When it was given up (RFC 3339, UTC).
    pub(crate) at: String,
}

/// The HTTP client with its limits and semaphores.
pub(crate) struct Fetcher {
    client: reqwest::Client,
    guard: Arc<Guard>,
    limits: Limits,
    overall: Semaphore,
    per_host: usize,
    hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl Fetcher {
    /// A client for `limits`, at most `concurrency` requests at once and
    /// `per_host` to one host.
    pub(crate) fn new(
        guard: Guard,
        limits: Limits,
        concurrency: usize,
        per_host: usize,
    ) -> Result<Fetcher, String> {
        let guard = Arc::new(guard);
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .redirect(redirect::Policy::none())
            .connect_timeout(limits.connect)
            .read_timeout(limits.body)
            .dns_resolver(Arc::new(GuardedResolver(Arc::clone(&guard))))
            .no_proxy()
            .https_only(false)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Fetcher {
            client,
            guard,
            limits,
            overall: Semaphore::new(concurrency.max(1)),
            per_host: per_host.max(1),
            hosts: Mutex::new(HashMap::new()),
        })
    }

    fn host_permits(&self, host: &str) -> Arc<Semaphore> {
        let mut hosts = self
            .hosts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Arc::clone(
            hosts
                .entry(host.to_owned())
                .or_insert_with(|| Arc::new(Semaphore::new(self.per_host))),
        )
    }

    /// GETs `url`, following redirects by hand.
    pub(crate) async fn get(&self, url: &Url) -> Result<Fetched, Failed> {
        let mut current = url.clone();
        let mut redirects = 0u8;
        loop {
            let failed = |reason: Unchecked, url: &Url| Failed {
                reason,
                url: url.clone(),
                at: now(),
            };
            self.admissible(&current).map_err(|r| failed(r, &current))?;
            let host = current.host_str().unwrap_or_default().to_owned();
            let host_permits = self.host_permits(&host);
            let (_all, _one) = match (self.overall.acquire().await, host_permits.acquire().await) {
                (Ok(a), Ok(b)) => (a, b),
                _ => {
                    return Err(failed(
                        Unchecked::Network {
                            detail: "shutting down".into(),
                        },
                        &current,
                    ))
                }
            };
            let response =
                match timeout(self.limits.headers, self.client.get(current.clone()).send()).await {
                    Err(_) => {
                        return Err(failed(
                            Unchecked::Timeout {
                                phase: "headers".into(),
                                seconds: self.limits.headers.as_secs(),
                            },
                            &current,
                        ))
                    }
                    Ok(Err(error)) => return Err(failed(self.reason(&error), &current)),
                    Ok(Ok(response)) => response,
                };
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| current.join(v).ok());
                if let Some(next) = location {
                    if redirects >= self.limits.max_redirects {
                        return Err(failed(
                            Unchecked::TooManyRedirects {
                                limit: self.limits.max_redirects,
                            },
                            &current,
                        ));
                    }
                    redirects += 1;
                    current = next;
                    continue;
                }
            }
            return self
                .read(response, current.clone(), redirects)
                .await
                .map_err(|r| failed(r, &current));
        }
    }

    /// Whether `url` may be fetched at all: http(s), and an address literal
    /// must be permitted (names are checked by the resolver).
    fn admissible(&self, url: &Url) -> Result<(), Unchecked> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Unchecked::NotHttp {
                url: url.to_string(),
            });
        }
        let literal = match url.host() {
            Some(url::Host::Ipv4(v4)) => Some(std::net::IpAddr::V4(v4)),
            Some(url::Host::Ipv6(v6)) => Some(std::net::IpAddr::V6(v6)),
            Some(url::Host::Domain(_)) => None,
            None => {
                return Err(Unchecked::NotHttp {
                    url: url.to_string(),
                })
            }
        };
        if let Some(ip) = literal {
            self.guard
                .check_literal(url.host_str().unwrap_or_default(), ip)
                .map_err(refusal)?;
        }
        Ok(())
    }

    async fn read(
        &self,
        mut response: reqwest::Response,
        final_url: Url,
        redirects: u8,
    ) -> Result<Fetched, Unchecked> {
        let max = self.limits.max_bytes;
        if response.content_length().is_some_and(|n| n > max) {
            return Err(Unchecked::TooLarge { limit: max });
        }
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let mut body: Vec<u8> = Vec::new();
        let reading = async {
            while let Some(chunk) = response.chunk().await.map_err(|e| self.reason(&e))? {
                if body.len() as u64 + chunk.len() as u64 > max {
                    return Err(Unchecked::TooLarge { limit: max });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(())
        };
        match timeout(self.limits.body, reading).await {
            Err(_) => {
                return Err(Unchecked::Timeout {
                    phase: "body".into(),
                    seconds: self.limits.body.as_secs(),
                })
            }
            Ok(result) => result?,
        }
        let sha256 = hex(&Sha256::digest(&body));
        Ok(Fetched {
            final_url,
            status,
            redirects,
            content_type,
            body,
            fetched_at: now(),
            sha256,
        })
    }

    /// The reason behind a client error.
    fn reason(&self, error: &reqwest::Error) -> Unchecked {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(e) = source {
            if let Some(refused) = e.downcast_ref::<Refused>() {
                return refusal(refused.clone());
            }
            source = e.source();
        }
        if error.is_timeout() {
            let phase = if error.is_connect() {
                "connect"
            } else {
                "body"
            };
            let limit = if error.is_connect() {
                self.limits.connect
            } else {
                self.limits.body
            };
            return Unchecked::Timeout {
                phase: phase.into(),
                seconds: limit.as_secs(),
            };
        }
        Unchecked::Network {
            detail: innermost(error),
        }
    }
}

fn refusal(refused: Refused) -> Unchecked {
    Unchecked::PrivateAddress {
        host: refused.host,
        address: refused.address.to_string(),
    }
}

/// The innermost cause's words (e.g. "Connection refused (os error 111)").
fn innermost(error: &reqwest::Error) -> String {
    let mut last: &(dyn std::error::Error + 'static) = error;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Now, RFC 3339 in UTC to the second.
pub(crate) fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}
