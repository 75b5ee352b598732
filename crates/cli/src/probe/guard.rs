//! Which addresses the probe may connect to: public ones only, unless
//! `--allow-private`, which allows exactly the private or loopback addresses
//! the sites named on the command line resolve to. Every host is checked
//! after resolution and before connecting (also after each redirect): a
//! name goes through [`GuardedResolver`], an address literal through
//! [`Guard::check_literal`]. So a hostile page cannot point the probe at
//! another internal service, with or without the flag.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The refusal, carried through reqwest's error chain.
#[derive(Debug, Clone)]
pub(crate) struct Refused {
    /// The host asked for.
    pub(crate) host: String,
    /// The address refused.
    pub(crate) address: IpAddr,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} resolves to the non-public address {}",
            self.host, self.address
        )
    }
}

impl std::error::Error for Refused {}

/// The address policy.
#[derive(Debug, Default)]
pub(crate) struct Guard {
    /// Non-public addresses allowed (those of the sites given, with
    /// `--allow-private`).
    allowed: HashSet<IpAddr>,
}

impl Guard {
    /// Allows the non-public `addresses` (those of the sites named).
    pub(crate) fn allowing(addresses: impl IntoIterator<Item = IpAddr>) -> Guard {
        Guard {
            allowed: addresses.into_iter().collect(),
        }
    }

    /// Whether the probe may connect to `ip`.
    pub(crate) fn permits(&self, ip: IpAddr) -> bool {
        is_public(ip) || self.allowed.contains(&canonical(ip))
    }

    /// The refusal of a host written as an address (`http://10.0.0.1/`),
    /// which no resolver sees.
    pub(crate) fn check_literal(&self, host: &str, ip: IpAddr) -> Result<(), Refused> {
        if self.permits(ip) {
            Ok(())
        } else {
            Err(Refused {
                host: host.to_owned(),
                address: ip,
            })
        }
    }
}

/// An IPv4-mapped IPv6 address as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// Whether `ip` is a public unicast address: not loopback, private,
/// link-local, shared (100.64/10), documentation, benchmarking,
/// multicast, broadcast, unspecified or reserved.
pub(crate) fn is_public(ip: IpAddr) -> bool {
    match canonical(ip) {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            !(v4.is_unspecified()
                || v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (b == 18 || b == 19))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_unspecified()
                || v6.is_loopback()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link-local
                || first == 0x2001 && v6.segments()[1] == 0x0db8 // documentation
                || first == 0x0064 && v6.segments()[1] == 0xff9b) // NAT64
        }
    }
}

/// reqwest's resolver, refusing a name with any non-public address not
/// allowed by the guard, before any connection is tried.
pub(crate) struct GuardedResolver(pub(crate) Arc<Guard>);

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let guard = Arc::clone(&self.0);
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addresses: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some(bad) = addresses.iter().find(|a| !guard.permits(a.ip())) {
                return Err(Box::new(Refused {
                    host,
                    address: bad.ip(),
                })
                    as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addresses.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass_unless_allowed() {
        for private in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            let ip: IpAddr = private.parse().expect("address");
            assert!(!is_public(ip), "{private}");
            assert!(!Guard::default().permits(ip), "{private}");
        }
        for public in ["8.8.8.8", "185.12.1.1", "2a00:1450::1"] {
            assert!(is_public(public.parse().expect("address")), "{public}");
        }
        let guard = Guard::allowing(["127.0.0.1".parse().expect("address")]);
        assert!(guard.permits("127.0.0.1".parse().expect("address")));
        assert!(guard.permits("::ffff:127.0.0.1".parse().expect("address")));
        assert!(!guard.permits("10.0.0.1".parse().expect("address")));
    }
}
