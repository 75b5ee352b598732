//! Which body an assessment is about: the register's id when the assessment
//! names one (or when its site is a register body's website), else the
//! site's normalised host, so that `https://www.Site.gov.az:443/az` and
//! `http://site.gov.az` are one body.

use crate::assessment::Site;
use crate::body::BodyRegister;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// The identity of an assessed body.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "by", content = "id", rename_all = "snake_case")]
pub enum BodyId {
    /// A body of the register, by its id.
    Register(String),
    /// Any other body, by its site's normalised host.
    Host(String),
    /// A body with neither a register id nor a known address (a historical
    /// source may not give one), by its name as written, trimmed and in
    /// lower case.
    Name(String),
}

impl fmt::Display for BodyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyId::Register(id) | BodyId::Host(id) | BodyId::Name(id) => f.write_str(id),
        }
    }
}

/// The host of an http(s) address, normalised: lower case, without
/// user information, port, trailing dot or a leading `www.`; `None` when
/// the address has no host.
pub fn normalised_host(url: &str) -> Option<String> {
    let rest = url.trim();
    let rest = match rest.find("://") {
        Some(at) => &rest[at + 3..],
        None => rest,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    let host = host.trim_end_matches('.').to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_owned())
}

/// Resolves sites to bodies; knows the register's websites.
#[derive(Debug, Clone, Default)]
pub struct BodyResolver {
    by_host: HashMap<String, String>,
}

impl BodyResolver {
    /// A resolver that also knows the websites of `register`'s bodies.
    pub fn new(register: &BodyRegister) -> BodyResolver {
        let by_host = register
            .bodies
            .iter()
            .filter_map(|b| Some((normalised_host(b.website.as_deref()?)?, b.id.clone())))
            .collect();
        BodyResolver { by_host }
    }

    /// The body `site` belongs to: its register id, else the register body
    /// whose website has the same host, else the host itself (the whole
    /// address, trimmed, when it has no host); with no address at all, the
    /// site's name, so that two unnamed bodies never merge.
    pub fn resolve(&self, site: &Site) -> BodyId {
        if let Some(id) = &site.body {
            return BodyId::Register(id.clone());
        }
        let Some(url) = site.url.as_deref().filter(|u| !u.trim().is_empty()) else {
            return BodyId::Name(site.name.trim().to_lowercase());
        };
        match normalised_host(url) {
            Some(host) => match self.by_host.get(&host) {
                Some(id) => BodyId::Register(id.clone()),
                None => BodyId::Host(host),
            },
            None => BodyId::Host(url.trim().to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_normalised() {
        for (url, host) in [
            ("https://www.Site.gov.az:443/az", "site.gov.az"),
            ("http://site.gov.az", "site.gov.az"),
            ("HTTP://WWW.SITE.GOV.AZ./x?y#z", "site.gov.az"),
            ("https://user:pw@site.gov.az:8443", "site.gov.az"),
            ("https://[::1]:8080/", "::1"),
            ("https://wwwx.gov.az", "wwwx.gov.az"),
        ] {
            assert_eq!(normalised_host(url).as_deref(), Some(host), "{url}");
        }
        assert_eq!(normalised_host("https:///path"), None);
    }

    #[test]
    fn a_site_without_an_address_is_its_name() {
        let site = |name: &str| Site {
            url: None,
            name: name.to_owned(),
            body_kind: crate::BodyKind::LocalExecutive,
            body: None,
            region: None,
        };
        let resolver = BodyResolver::default();
        assert_eq!(
            resolver.resolve(&site(" Xızı ")),
            BodyId::Name("xızı".into())
        );
        assert_ne!(resolver.resolve(&site("A")), resolver.resolve(&site("B")));
    }
}
