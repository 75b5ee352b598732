//! `napcheck probe`: the site itself drafts hints for the citizen and a
//! baseline for the NGO. For each site (URLs, a file of URLs, or every body
//! of the register with a known website) it reads robots.txt, the home page
//! and a handful of linked pages, and writes a hints document
//! (`schemas/hints.schema.json`): the pages fetched, the signals found with
//! their evidence, and per criterion of the chosen set a suggested
//! observation with a confidence. `--draft DIR` also writes one assessment
//! draft per site whose answers are marked `suggested_by: probe`. Hints are
//! not answers: the mapping and the draft live in the core
//! (`napcheck_core::hints`); this module only fetches and reads.

mod classify;
mod dates;
mod decode;
mod fetch;
mod guard;
mod html;
mod human;
mod output;
mod robots;
mod site;
mod words;

use crate::args::ProbeArgs;
use crate::failure::Failure;
use fetch::{Fetcher, Limits};
use guard::{is_public, Guard};
use napcheck_core::hints::{self, Generator, HintsDocument, SiteHints};
use napcheck_core::{BodyKind, Catalogue, CriteriaSet, Day, Lang, SetRef};
use output::Output;
use reqwest::Url;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use words::{say, Message};

/// One site to probe.
#[derive(Debug, Clone)]
struct Target {
    url: String,
    name: String,
    kind: BodyKind,
    body: Option<String>,
}

/// Runs `napcheck probe`.
pub(crate) fn run(args: &ProbeArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.lang);
    let fail = |m: Message<'_>| Failure(say(&m, lang));
    let catalogue = Catalogue::bundled();
    let set = match &args.criteria {
        Some(id) => catalogue
            .set(id)
            .ok_or_else(|| fail(Message::UnknownSet(id)))?,
        None => newest_set(catalogue).ok_or_else(|| fail(Message::UnknownSet("")))?,
    };
    let today = match args.today {
        Some(day) => day,
        None => crate::setup::system_today()?,
    };
    let targets = targets(args, catalogue, lang)?;
    if targets.is_empty() {
        return Err(fail(Message::NoSites));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| fail(Message::Client(e.to_string())))?;
    let header = HintsDocument {
        schema: Some(format!(
            "{}hints.schema.json",
            napcheck_core::schema::SCHEMA_BASE
        )),
        generator: Generator {
            name: "napcheck probe".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            url: env!("CARGO_PKG_REPOSITORY").into(),
        },
        criteria_set: SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        },
        checked_on: today,
        language: lang,
        sites: Vec::new(),
    };
    let mut output = Output::open(
        args.output.as_deref(),
        args.format,
        set,
        header,
        args.draft.as_deref(),
    )?;
    runtime.block_on(probe_all(args, &targets, set, today, lang, |site| {
        output.site(&site)
    }))?;
    output.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The bundled set whose plan period ends last.
fn newest_set(catalogue: &Catalogue) -> Option<&CriteriaSet> {
    catalogue.sets().iter().max_by_key(|s| s.source.period.end)
}

/// The sites asked for, in order: URL arguments, then the file, then the
/// register. A URL of a body in the register takes its name and kind.
fn targets(args: &ProbeArgs, catalogue: &Catalogue, lang: Lang) -> Result<Vec<Target>, Failure> {
    let mut urls: Vec<String> = args.urls.clone();
    if let Some(path) = &args.urls_from {
        let shown = path.display().to_string();
        let text = if shown == "-" {
            std::io::read_to_string(std::io::stdin())
        } else {
            std::fs::read_to_string(path)
        }
        .map_err(|e| Failure(say(&Message::Unreadable(&shown, e.to_string()), lang)))?;
        urls.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned),
        );
    }
    let register = &catalogue.bodies().bodies;
    let host_of = |u: &str| {
        Url::parse(u).ok().and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_owned())
        })
    };
    let mut targets: Vec<Target> = urls
        .into_iter()
        .map(|url| {
            let host = host_of(&url);
            let known = register
                .iter()
                .find(|b| host.is_some() && b.website.as_deref().and_then(host_of) == host);
            Target {
                name: known
                    .map(|b| b.name.get(lang).to_owned())
                    .or_else(|| host.clone())
                    .unwrap_or_else(|| url.clone()),
                kind: known.map_or(args.body_kind, |b| b.kind),
                body: known.map(|b| b.id.clone()),
                url,
            }
        })
        .collect();
    if args.register {
        targets.extend(register.iter().filter_map(|b| {
            Some(Target {
                url: b.website.clone()?,
                name: b.name.get(lang).to_owned(),
                kind: b.kind,
                body: Some(b.id.clone()),
            })
        }));
    }
    Ok(targets)
}

/// With `--allow-private`, the non-public addresses the given sites resolve
/// to: exactly those may be reached, and no other.
async fn allowed_private(targets: &[Target]) -> Vec<std::net::IpAddr> {
    let mut allowed = Vec::new();
    for target in targets {
        let Ok(url) = Url::parse(&target.url) else {
            continue;
        };
        let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
            continue;
        };
        let host: String = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        drop(url);
        let resolved = tokio::net::lookup_host((host, port)).await;
        if let Ok(addresses) = resolved {
            allowed.extend(addresses.map(|a| a.ip()).filter(|ip| !is_public(*ip)));
        }
    }
    allowed
}

/// Probes every target, handing each site's hints to `emit` in the order
/// of `targets` as soon as it and those before it are done.
async fn probe_all(
    args: &ProbeArgs,
    targets: &[Target],
    set: &CriteriaSet,
    today: Day,
    lang: Lang,
    mut emit: impl FnMut(SiteHints) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let guard = if args.allow_private {
        Guard::allowing(allowed_private(targets).await)
    } else {
        Guard::default()
    };
    let limits = Limits {
        connect: Duration::from_secs(args.connect_timeout),
        headers: Duration::from_secs(args.header_timeout),
        body: Duration::from_secs(args.body_timeout),
        max_bytes: args.max_page_bytes,
        max_redirects: args.max_redirects,
    };
    let fetcher = Arc::new(
        Fetcher::new(guard, limits, args.concurrency, args.per_host)
            .map_err(|e| Failure(say(&Message::Client(e), lang)))?,
    );
    // Sites in flight at once: enough to keep `concurrency` requests busy,
    // few enough that pages held in memory stay bounded.
    let sites_at_once = Arc::new(tokio::sync::Semaphore::new(args.concurrency.max(1)));
    let max_pages = args.max_pages;
    let mut tasks = tokio::task::JoinSet::new();
    for (index, target) in targets.iter().cloned().enumerate() {
        let fetcher = Arc::clone(&fetcher);
        let permits = Arc::clone(&sites_at_once);
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.ok();
            let probed = match Url::parse(&target.url) {
                Ok(url) => site::probe(&fetcher, &url, max_pages, today).await,
                Err(_) => site::Probed {
                    pages: Vec::new(),
                    signals: napcheck_core::hints::SiteSignals {
                        unchecked: Some(napcheck_core::hints::Unchecked::NotHttp {
                            url: target.url.clone(),
                        }),
                        ..Default::default()
                    },
                },
            };
            (index, target, probed)
        });
    }
    // Sites finished out of order wait here for those before them.
    let mut waiting: std::collections::BTreeMap<usize, SiteHints> = Default::default();
    let mut next = 0;
    while let Some(done) = tasks.join_next().await {
        let Ok((index, target, probed)) = done else {
            continue;
        };
        let hints = hints::hints_for(
            set,
            target.kind,
            target.body.as_deref(),
            &probed.signals,
            today,
            lang,
        );
        waiting.insert(
            index,
            SiteHints {
                url: target.url,
                name: target.name,
                body_kind: target.kind,
                body: target.body,
                pages: probed.pages,
                signals: probed.signals,
                hints,
            },
        );
        while let Some(site) = waiting.remove(&next) {
            emit(site)?;
            next += 1;
        }
    }
    // Only a task that panicked leaves a gap; write what follows it.
    for site in std::mem::take(&mut waiting).into_values() {
        emit(site)?;
    }
    Ok(())
}
