//! Who a request comes from and which origin it reached, behind the
//! operator's reverse proxies. Only when the connecting peer is one of the
//! `--trusted-proxy` networks are its headers believed: the client is the
//! rightmost address of `X-Forwarded-For` (or else `Forwarded: for=`) that
//! is not itself a trusted proxy, and the scheme is its `X-Forwarded-Proto`.
//! From anyone else these headers are ignored, so a client cannot choose
//! its own rate-limit bucket. The server's own origin is `--public-url`
//! when given, else the scheme so learnt and the `Host` header.

use axum::http::header::{FORWARDED, HOST};
use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::IpAddr;

/// The proxies whose forwarding headers are believed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Proxies {
    nets: Vec<IpNet>,
}

impl Proxies {
    /// The named networks (a bare address is a /32 or /128).
    pub(crate) fn new(nets: Vec<IpNet>) -> Proxies {
        Proxies { nets }
    }

    fn trusted(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.nets.iter().any(|net| net.contains(&address))
    }

    /// The client's address: the peer's, or what a trusted peer forwarded.
    pub(crate) fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusted(peer) {
            return peer;
        }
        let forwarded = forwarded_for(headers);
        // Rightmost first: each proxy appends the address it saw.
        forwarded
            .iter()
            .rev()
            .copied()
            .map(canonical)
            .find(|&address| !self.trusted(address))
            .or_else(|| forwarded.first().copied().map(canonical))
            .unwrap_or(peer)
    }

    /// The origin this request reached, as a browser names it in `Origin`.
    pub(crate) fn own_origin(&self, peer: IpAddr, headers: &HeaderMap) -> Option<String> {
        let host = headers.get(HOST)?.to_str().ok()?.to_ascii_lowercase();
        let proto = if self.trusted(peer) {
            headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .map(|v| v.trim().to_ascii_lowercase())
                .filter(|v| v == "https" || v == "http")
        } else {
            None
        };
        Some(format!("{}://{host}", proto.as_deref().unwrap_or("http")))
    }
}

/// An IPv4-mapped IPv6 address as the IPv4 address it is.
pub(crate) fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The addresses of `X-Forwarded-For` (all of its lines, in order), or of
/// `Forwarded`'s `for=` parameters when there is no `X-Forwarded-For`.
/// An entry that is not an address (`unknown`, an obfuscated name) is
/// skipped.
fn forwarded_for(headers: &HeaderMap) -> Vec<IpAddr> {
    let xff: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|item| parse_node(item.trim()))
        .collect();
    if !xff.is_empty() {
        return xff;
    }
    headers
        .get_all(FORWARDED)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .flat_map(|element| element.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("for")
                .then(|| parse_node(value.trim().trim_matches('"')))?
        })
        .collect()
}

/// `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1` or `[2001:db8::1]:4711`.
fn parse_node(text: &str) -> Option<IpAddr> {
    if let Ok(address) = text.parse() {
        return Some(address);
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    let (host, _port) = text.rsplit_once(':')?;
    host.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxies = Proxies::new(vec!["10.0.0.0/8".parse().expect("net")]);
        let xff = headers(&[("x-forwarded-for", "6.6.6.6, 203.0.113.7, 10.0.0.2")]);
        // Behind the proxy: the rightmost address that is not a proxy.
        assert_eq!(proxies.client(ip("10.0.0.1"), &xff), ip("203.0.113.7"));
        // From anyone else the header is ignored.
        assert_eq!(proxies.client(ip("198.51.100.1"), &xff), ip("198.51.100.1"));
        let forwarded = headers(&[(
            "forwarded",
            "for=198.51.100.9;proto=https, for=\"[2001:db8::1]:4711\"",
        )]);
        assert_eq!(
            proxies.client(ip("10.0.0.1"), &forwarded),
            ip("2001:db8::1")
        );
        // A proxy that forwards nothing is the client.
        assert_eq!(
            proxies.client(ip("10.0.0.1"), &headers(&[])),
            ip("10.0.0.1")
        );
        // IPv4-mapped peers are matched as IPv4.
        assert_eq!(
            proxies.client(ip("::ffff:10.0.0.1"), &xff),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn the_scheme_comes_from_a_trusted_proxy_only() {
        let proxies = Proxies::new(vec!["127.0.0.1/32".parse().expect("net")]);
        let h = headers(&[("host", "ngo.example"), ("x-forwarded-proto", "https")]);
        assert_eq!(
            proxies.own_origin(ip("127.0.0.1"), &h).as_deref(),
            Some("https://ngo.example")
        );
        assert_eq!(
            proxies.own_origin(ip("192.0.2.1"), &h).as_deref(),
            Some("http://ngo.example")
        );
    }
}
