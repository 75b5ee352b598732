//! The rate limits of the collection endpoint: a token bucket per client
//! that holds N submissions and refills N per minute, so a burst over N is
//! refused (429, with the seconds to wait) while a steady client is not; and
//! one bucket for the whole server (`--global-rate`, 503), which holds
//! however many addresses an attacker has. A client is its IPv4 address, or
//! the /64 network of its IPv6 address (one subscriber line gets a whole
//! /64, so per address would be unlimited). Buckets that are full again are
//! forgotten, so memory stays bounded by the clients of the last minute.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Buckets kept before full ones are swept out.
const SWEEP_AT: usize = 4096;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The bucket a client address counts in: IPv4 as it is, IPv6 by its /64
/// (IPv4-mapped IPv6 as IPv4).
pub(crate) fn bucket_of(address: IpAddr) -> IpAddr {
    match super::client::canonical(address) {
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(Ipv6Addr::from(prefix))
        }
        v4 => v4,
    }
}

/// N per minute per client (or per key).
#[derive(Debug)]
pub(crate) struct Limiter {
    per_minute: f64,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl Limiter {
    /// A limiter of `per_minute` (at least 1).
    pub(crate) fn new(per_minute: u32) -> Limiter {
        Limiter {
            per_minute: f64::from(per_minute.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `client` at `now`, or says how long to wait.
    pub(crate) fn take(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let rate = self.per_minute / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= SWEEP_AT {
            let full = self.per_minute;
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < full);
        }
        let bucket = buckets.entry(bucket_of(client)).or_insert(Bucket {
            tokens: self.per_minute,
            at: now,
        });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(self.per_minute);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn a_burst_over_the_limit_is_refused_then_refilled() {
        let limiter = Limiter::new(3);
        let a = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1));
        let b = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 2));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.take(a, t0), Ok(()));
        }
        let wait = limiter.take(a, t0).expect_err("fourth in a burst");
        assert_eq!(wait.as_secs(), 20);
        // Another client is not affected.
        assert_eq!(limiter.take(b, t0), Ok(()));
        // A third of a minute later, one more token.
        assert_eq!(limiter.take(a, t0 + Duration::from_secs(20)), Ok(()));
        assert!(limiter.take(a, t0 + Duration::from_secs(20)).is_err());
    }

    #[test]
    fn an_ipv6_slash_64_is_one_client() {
        let limiter = Limiter::new(2);
        let t0 = Instant::now();
        let ip = |s: &str| s.parse::<IpAddr>().expect("address");
        assert_eq!(limiter.take(ip("2001:db8:1:2::1"), t0), Ok(()));
        assert_eq!(limiter.take(ip("2001:db8:1:2:ffff::9"), t0), Ok(()));
        assert!(limiter.take(ip("2001:db8:1:2:abcd::1"), t0).is_err());
        // The next /64 is another client.
        assert_eq!(limiter.take(ip("2001:db8:1:3::1"), t0), Ok(()));
        assert_eq!(bucket_of(ip("::ffff:10.0.0.1")), ip("10.0.0.1"));
    }
}
