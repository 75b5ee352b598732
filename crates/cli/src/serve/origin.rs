//! The CORS allow-list of the collection endpoint. A browser names the
//! page's origin in `Origin`; a submission is accepted from the server's own
//! origin and from each `--allow-origin`, and refused (403) from any other.
//! A request without `Origin` is not from a page (curl, a script) and is
//! accepted. Allowed origins get `Access-Control-Allow-Origin` back.

use axum::http::header::{HOST, ORIGIN};
use axum::http::{HeaderMap, HeaderValue};

/// The origins whose pages may submit.
#[derive(Debug, Clone)]
pub(crate) struct Origins {
    allowed: Vec<String>,
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
    /// The allow-list (already lowercased, `scheme://host[:port]`).
    pub(crate) fn new(allowed: Vec<String>) -> Origins {
        Origins { allowed }
    }

    /// Judges a request by its headers.
    pub(crate) fn judge(&self, headers: &HeaderMap) -> Verdict {
        let Some(origin) = headers.get(ORIGIN) else {
            return Verdict::Absent;
        };
        let text = origin.to_str().unwrap_or_default().to_ascii_lowercase();
        let own = headers
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .map(|host| format!("http://{}", host.to_ascii_lowercase()));
        if own.as_deref() == Some(text.as_str()) || self.allowed.contains(&text) {
            Verdict::Allowed(origin.clone())
        } else {
            Verdict::Refused(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(origin: Option<&str>, host: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(HOST, HeaderValue::from_str(host).expect("host"));
        if let Some(origin) = origin {
            map.insert(ORIGIN, HeaderValue::from_str(origin).expect("origin"));
        }
        map
    }

    #[test]
    fn own_origin_and_listed_ones_are_allowed_others_refused() {
        let origins = Origins::new(vec!["https://ngo.example".into()]);
        assert_eq!(
            origins.judge(&headers(None, "127.0.0.1:8080")),
            Verdict::Absent
        );
        assert!(matches!(
            origins.judge(&headers(Some("http://127.0.0.1:8080"), "127.0.0.1:8080")),
            Verdict::Allowed(_)
        ));
        assert!(matches!(
            origins.judge(&headers(Some("https://NGO.example"), "127.0.0.1:8080")),
            Verdict::Allowed(_)
        ));
        assert_eq!(
            origins.judge(&headers(Some("https://evil.example"), "127.0.0.1:8080")),
            Verdict::Refused("https://evil.example".into())
        );
        assert_eq!(
            origins.judge(&headers(Some("null"), "127.0.0.1:8080")),
            Verdict::Refused("null".into())
        );
    }
}
