//! The CORS allow-list of the collection endpoint. A browser names the
//! page's origin in `Origin`; a submission is accepted from the server's own
//! origin (`--public-url`, or the scheme a trusted proxy forwarded and the
//! `Host`, see [`super::client`]) and from each `--allow-origin`, and
//! refused (403) from any other.
//! A request without `Origin` is not from a page (curl, a script) and is
//! accepted. Allowed origins get `Access-Control-Allow-Origin` back.

use axum::http::header::ORIGIN;
use axum::http::{HeaderMap, HeaderValue};

/// The origins whose pages may submit.
#[derive(Debug, Clone)]
pub(crate) struct Origins {
    allowed: Vec<String>,
    public: Option<String>,
}

/// What a request's `Origin` means.
#[derive(Debug, PartialEq)]
pub(crate) enum Verdict {
    /// No `Origin`: not a browser page.
    Absent,
    /// An allowed page; this value goes back in `Access-Control-Allow-Origin`.
    Allowed(HeaderValue),
    /// Another page, named.
    Refused(String),
}

impl Origins {
    /// The allow-list and the public origin (both already lowercased,
    /// `scheme://host[:port]`).
    pub(crate) fn new(allowed: Vec<String>, public: Option<String>) -> Origins {
        Origins { allowed, public }
    }

    /// Whether `origin` (lowercased) is `--public-url`'s.
    pub(crate) fn is_public(&self, origin: &str) -> bool {
        self.public.as_deref() == Some(origin)
    }

    /// Judges a request by its headers; `own` is the origin it reached.
    pub(crate) fn judge(&self, headers: &HeaderMap, own: Option<&str>) -> Verdict {
        let Some(origin) = headers.get(ORIGIN) else {
            return Verdict::Absent;
        };
        let text = origin.to_str().unwrap_or_default().to_ascii_lowercase();
        if own == Some(text.as_str())
            || self.public.as_deref() == Some(text.as_str())
            || self.allowed.contains(&text)
        {
            Verdict::Allowed(origin.clone())
        } else {
            Verdict::Refused(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(origin: Option<&str>) -> HeaderMap {
        let mut map = HeaderMap::new();
        if let Some(origin) = origin {
            map.insert(ORIGIN, HeaderValue::from_str(origin).expect("origin"));
        }
        map
    }

    #[test]
    fn own_origin_and_listed_ones_are_allowed_others_refused() {
        let origins = Origins::new(
            vec!["https://ngo.example".into()],
            Some("https://napcheck.ngo.example".into()),
        );
        let own = Some("http://127.0.0.1:8080");
        let judge = |origin: Option<&str>| origins.judge(&headers(origin), own);
        assert!(matches!(
            judge(Some("https://napcheck.ngo.example")),
            Verdict::Allowed(_)
        ));
        // Under TLS the own origin is https (learnt from a trusted proxy).
        assert!(matches!(
            origins.judge(
                &headers(Some("https://127.0.0.1:8080")),
                Some("https://127.0.0.1:8080")
            ),
            Verdict::Allowed(_)
        ));
        assert!(matches!(
            judge(Some("https://127.0.0.1:8080")),
            Verdict::Refused(_)
        ));
        assert_eq!(judge(None), Verdict::Absent);
        assert!(matches!(
            judge(Some("http://127.0.0.1:8080")),
            Verdict::Allowed(_)
        ));
        assert!(matches!(
            judge(Some("https://NGO.example")),
            Verdict::Allowed(_)
        ));
        assert_eq!(
            judge(Some("https://evil.example")),
            Verdict::Refused("https://evil.example".into())
        );
        assert_eq!(judge(Some("null")), Verdict::Refused("null".into()));
    }
}
