//! robots.txt, as RFC 9309 asks: fetched once per site before anything
//! else; a 4xx (none there) allows everything; an answer that cannot be
//! read (5xx, network, timeout) means "assume complete disallow", so the
//! site is not probed and the hint says why. Rules are matched for the
//! product token `napcheck` by texting_robots.

use super::fetch::{Failed, Fetcher};
use napcheck_core::hints::{Page, Unchecked};
use reqwest::Url;
use texting_robots::Robot;

/// The product token robots.txt groups are matched against.
pub(crate) const AGENT: &str = "napcheck";

/// The rules of one site.
pub(crate) enum Robots {
    /// No robots.txt (or an empty one): everything allowed.
    AllowAll,
    /// The rules read.
    Rules(Box<Robot>),
    /// robots.txt could not be read: nothing may be fetched.
    Unreadable(Unchecked),
}

impl Robots {
    /// Fetches and reads the robots.txt of `site`'s origin, recording the
    /// request in `pages`.
    pub(crate) async fn fetch(fetcher: &Fetcher, site: &Url, pages: &mut Vec<Page>) -> Robots {
        let Ok(url) = site.join("/robots.txt") else {
            return Robots::AllowAll;
        };
        match fetcher.get(&url).await {
            Ok(fetched) => {
                pages.push(Page {
                    url: url.to_string(),
                    purpose: "robots".into(),
                    final_url: (fetched.final_url != url).then(|| fetched.final_url.to_string()),
                    status: Some(fetched.status),
                    redirects: fetched.redirects,
                    fetched_at: fetched.fetched_at.clone(),
                    sha256: Some(fetched.sha256.clone()),
                    bytes: fetched.body.len() as u64,
                    unchecked: None,
                });
                match fetched.status {
                    200..=299 => match Robot::new(AGENT, &fetched.body) {
                        Ok(robot) => Robots::Rules(Box::new(robot)),
                        // Unparseable rules read as none, as the RFC's
                        // "parse what you can" allows.
                        Err(_) => Robots::AllowAll,
                    },
                    400..=499 => Robots::AllowAll,
                    status => Robots::Unreadable(Unchecked::HttpStatus { status }),
                }
            }
            Err(Failed {
                reason,
                url: last,
                at,
            }) => {
                pages.push(Page {
                    url: url.to_string(),
                    purpose: "robots".into(),
                    final_url: (last != url).then(|| last.to_string()),
                    status: None,
                    redirects: 0,
                    fetched_at: at,
                    sha256: None,
                    bytes: 0,
                    unchecked: Some(reason.clone()),
                });
                match reason {
                    // A robots.txt too large or not reachable by redirects is
                    // read as none (RFC 9309 2.3.1.2, 2.5).
                    Unchecked::TooLarge { .. } | Unchecked::TooManyRedirects { .. } => {
                        Robots::AllowAll
                    }
                    other => Robots::Unreadable(other),
                }
            }
        }
    }

    /// Whether `url` may be fetched; the reason when not.
    pub(crate) fn check(&self, url: &Url) -> Result<(), Unchecked> {
        match self {
            Robots::AllowAll => Ok(()),
            Robots::Rules(robot) => {
                if robot.allowed(url.as_str()) {
                    Ok(())
                } else {
                    Err(Unchecked::RobotsDisallow {
                        url: url.to_string(),
                    })
                }
            }
            Robots::Unreadable(reason) => Err(reason.clone()),
        }
    }
}
