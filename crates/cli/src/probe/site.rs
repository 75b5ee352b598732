//! Probing one site: robots.txt, the home page, then at most a handful of
//! the pages its links point to (the site's search for "ictimai şura", the
//! news list, the procurement section, the contact or appeal page), each
//! only on the same site and only when robots.txt allows. The result is the
//! pages asked for and the signals found, with their evidence.

use super::classify::{self, fold};
use super::dates;
use super::decode::decode;
use super::fetch::{Failed, Fetched, Fetcher};
use super::html::{self, Scan};
use super::robots::Robots;
use napcheck_core::hints::{
    DateFound, Evidence, Page, Reached, Section, SectionFound, SiteSignals, SocialLink, Unchecked,
    Via,
};
use napcheck_core::Day;
use reqwest::Url;

/// The query the probe puts to a site's search (the 2018 monitors' test).
pub(crate) const SEARCH_QUERY: &str = "ictimai şura";

/// What one site gave.
pub(crate) struct Probed {
    /// Every page asked for.
    pub(crate) pages: Vec<Page>,
    /// What was found.
    pub(crate) signals: SiteSignals,
}

/// A page read: where, when, its hash and what it holds.
struct Read {
    url: Url,
    fetched_at: String,
    sha256: String,
    scan: Scan,
}

impl Read {
    fn evidence(&self, found: impl Into<String>, link: Option<&Url>) -> Evidence {
        Evidence {
            url: self.url.to_string(),
            found: found.into(),
            link: link.map(Url::to_string),
            fetched_at: self.fetched_at.clone(),
            sha256: self.sha256.clone(),
        }
    }
}

/// One page of the site, fetched within `budget` pages.
async fn page(
    fetcher: &Fetcher,
    robots: &Robots,
    url: &Url,
    purpose: &str,
    pages: &mut Vec<Page>,
) -> Result<(Fetched, Read), Unchecked> {
    let record = |pages: &mut Vec<Page>, page: Page| pages.push(page);
    if let Err(reason) = robots.check(url) {
        record(
            pages,
            Page {
                url: url.to_string(),
                purpose: purpose.into(),
                final_url: None,
                status: None,
                redirects: 0,
                fetched_at: super::fetch::now(),
                sha256: None,
                bytes: 0,
                unchecked: Some(reason.clone()),
            },
        );
        return Err(reason);
    }
    match fetcher.get(url).await {
        Err(Failed {
            reason,
            url: last,
            at,
        }) => {
            record(
                pages,
                Page {
                    url: url.to_string(),
                    purpose: purpose.into(),
                    final_url: (&last != url).then(|| last.to_string()),
                    status: None,
                    redirects: 0,
                    fetched_at: at,
                    sha256: None,
                    bytes: 0,
                    unchecked: Some(reason.clone()),
                },
            );
            Err(reason)
        }
        Ok(fetched) => {
            let content_type = fetched.content_type.clone().unwrap_or_default();
            let is_html = content_type.is_empty()
                || content_type.contains("html")
                || content_type.contains("xml");
            let unchecked = if !(200..300).contains(&fetched.status) {
                Some(Unchecked::HttpStatus {
                    status: fetched.status,
                })
            } else if !is_html {
                Some(Unchecked::NotHtml { content_type })
            } else {
                None
            };
            record(
                pages,
                Page {
                    url: url.to_string(),
                    purpose: purpose.into(),
                    final_url: (&fetched.final_url != url).then(|| fetched.final_url.to_string()),
                    status: Some(fetched.status),
                    redirects: fetched.redirects,
                    fetched_at: fetched.fetched_at.clone(),
                    sha256: Some(fetched.sha256.clone()),
                    bytes: fetched.body.len() as u64,
                    unchecked: unchecked.clone(),
                },
            );
            if let Some(reason) = unchecked {
                return Err(reason);
            }
            let text = decode(&fetched.body, fetched.content_type.as_deref());
            let scan = html::scan(&text, &fetched.final_url);
            let read = Read {
                url: fetched.final_url.clone(),
                fetched_at: fetched.fetched_at.clone(),
                sha256: fetched.sha256.clone(),
                scan,
            };
            Ok((fetched, read))
        }
    }
}

/// Probes the site at `home`, fetching at most `max_pages` pages besides
/// robots.txt, with `today` as the latest plausible date.
pub(crate) async fn probe(fetcher: &Fetcher, home: &Url, max_pages: usize, today: Day) -> Probed {
    let mut pages = Vec::new();
    let mut signals = SiteSignals::default();
    if !matches!(home.scheme(), "http" | "https") {
        signals.unchecked = Some(Unchecked::NotHttp {
            url: home.to_string(),
        });
        return Probed { pages, signals };
    }
    let robots = Robots::fetch(fetcher, home, &mut pages).await;
    let (fetched, read) = match page(fetcher, &robots, home, "home", &mut pages).await {
        Ok(ok) => ok,
        Err(reason) => {
            signals.unchecked = Some(reason);
            return Probed { pages, signals };
        }
    };
    let final_url = fetched.final_url.clone();
    signals.reached = Some(Reached {
        final_url: final_url.to_string(),
        status: fetched.status,
        https: final_url.scheme() == "https",
        upgraded_to_https: home.scheme() == "http" && final_url.scheme() == "https",
        redirects: fetched.redirects,
        evidence: read.evidence(format!("HTTP {}", fetched.status), None),
    });
    drop(fetched);
    home_signals(&read, &final_url, &mut signals);

    // The few pages worth a request, in order of what they tell.
    let mut budget = max_pages.saturating_sub(1);
    let same_site_link = |section: Section| {
        signals
            .section(section)
            .and_then(|s| s.evidence.link.as_deref())
            .and_then(|l| Url::parse(l).ok())
            .filter(|l| classify::same_site(l, &final_url))
    };
    let news = same_site_link(Section::News);
    let procurement = same_site_link(Section::Procurement);
    let contact = same_site_link(Section::Eappeal).or_else(|| same_site_link(Section::Contact));

    if let Some(form) = read.scan.search.clone().filter(|f| f.get) {
        if budget > 0 && classify::same_site(&form.action, &final_url) {
            budget -= 1;
            let mut url = form.action.clone();
            url.query_pairs_mut().append_pair(&form.field, SEARCH_QUERY);
            let result = page(fetcher, &robots, &url, "search", &mut pages).await;
            signals.search_answered = Some(result.is_ok());
            if let Ok((_, results)) = result {
                if signals.section(Section::Council).is_none() {
                    if let Some(link) = results.scan.links.iter().find(|l| {
                        classify::same_site(&l.href, &final_url)
                            && classify::section(&l.text, &l.href) == Some(Section::Council)
                    }) {
                        signals.sections.push(SectionFound {
                            section: Section::Council,
                            via: Via::Search,
                            evidence: results.evidence(link.text.clone(), Some(&link.href)),
                        });
                    }
                }
            }
        }
    }
    let news_read = match news.filter(|_| budget > 0) {
        Some(url) => {
            budget -= 1;
            page(fetcher, &robots, &url, "news", &mut pages)
                .await
                .ok()
                .map(|(_, r)| r)
        }
        None => None,
    };
    signals.newest_news = newest(news_read.as_ref().unwrap_or(&read), today);
    if let Some(url) = procurement.filter(|_| budget > 0) {
        budget -= 1;
        if let Ok((_, r)) = page(fetcher, &robots, &url, "procurement", &mut pages).await {
            signals.newest_procurement = newest(&r, today);
        }
    }
    if signals.feedback_form.is_none() {
        if let Some(url) = contact.filter(|_| budget > 0) {
            if let Ok((_, r)) = page(fetcher, &robots, &url, "contact", &mut pages).await {
                if let Some(form) = &r.scan.feedback_form {
                    signals.feedback_form = Some(r.evidence(form.clone(), None));
                }
                contact_links(&r, &mut signals);
            }
        }
    }
    Probed { pages, signals }
}

fn newest(read: &Read, today: Day) -> Option<DateFound> {
    dates::newest(&read.scan.text, today).map(|(date, written)| DateFound {
        date,
        evidence: read.evidence(written, None),
    })
}

/// `mailto:` and `tel:` links.
fn contact_links(read: &Read, signals: &mut SiteSignals) {
    for link in &read.scan.links {
        let slot = match link.href.scheme() {
            "mailto" => &mut signals.email,
            "tel" => &mut signals.phone,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(read.evidence(link.text.clone(), None));
        }
    }
}

/// The signals of the home page itself.
fn home_signals(read: &Read, site: &Url, signals: &mut SiteSignals) {
    let scan = &read.scan;
    signals.mobile.viewport = scan
        .viewport
        .as_ref()
        .map(|v| read.evidence(v.clone(), None));
    signals.mobile.responsive_css = scan
        .responsive_css
        .as_ref()
        .map(|c| read.evidence(c.clone(), None));
    signals.search_form = scan
        .search
        .as_ref()
        .map(|f| read.evidence(f.element.clone(), None));
    signals.feedback_form = scan
        .feedback_form
        .as_ref()
        .map(|f| read.evidence(f.clone(), None));
    contact_links(read, signals);
    for link in &scan.links {
        let href = &link.href;
        if !matches!(href.scheme(), "http" | "https") {
            continue;
        }
        let text = if link.text.is_empty() {
            href.to_string()
        } else {
            link.text.clone()
        };
        if let Some(network) = classify::network(href) {
            if !signals.social.iter().any(|s| s.network == network) {
                signals.social.push(SocialLink {
                    network,
                    evidence: read.evidence(text, Some(href)),
                });
            }
            continue;
        }
        if classify::is_portal(href) {
            if !signals
                .portal_links
                .iter()
                .any(|e| e.link.as_deref() == Some(href.as_str()))
            {
                signals.portal_links.push(read.evidence(text, Some(href)));
            }
            continue;
        }
        if classify::is_tender_portal(href) {
            if signals.tender_portal.is_none() {
                signals.tender_portal = Some(read.evidence(text, Some(href)));
            }
            continue;
        }
        // Sections count only on the site itself (a link to another
        // site's council is not this body's section).
        if !classify::same_site(href, site) {
            continue;
        }
        if let Some(section) = classify::section(&link.text, href) {
            // A search results page linked from the menu is not a section.
            if fold(href.query().unwrap_or("")).contains("ictimai") && section == Section::Council {
                continue;
            }
            if signals.section(section).is_none() {
                signals.sections.push(SectionFound {
                    section,
                    via: Via::Home,
                    evidence: read.evidence(text, Some(href)),
                });
            }
        }
    }
}
