//! Hints: what `napcheck probe` saw on a website, kept apart from what a
//! citizen answers. A hints document (`schemas/hints.schema.json`) gives, per
//! site, the pages fetched, the signals found (each with its evidence: the
//! page, the text or element, the time it was fetched and the page's
//! SHA-256) and, per criterion of the chosen set, a suggested observation
//! with a confidence, or the reason it could not be checked.
//!
//! This module is pure: the CLI fetches and parses the pages and fills
//! [`SiteSignals`]; [`hints_for`] maps the signals onto a set's criteria and
//! [`draft`] turns the hints into an assessment whose answers are marked
//! `suggested_by: probe`, which `evaluate` never scores.

mod agreement;
mod draft;
mod map;
mod words;

pub use agreement::{ProbeAgreement, ProbeTally};
pub use draft::draft;
pub use map::hints_for;

use crate::assessment::{Observation, SetRef};
use crate::body::BodyKind;
use crate::day::Day;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// A hints document: one probe run over one or more sites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HintsDocument {
    /// The schema this file follows.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The program that made it.
    pub generator: Generator,
    /// The criteria set the hints refer to.
    pub criteria_set: SetRef,
    /// The day of the check (the probe's "today", UTC).
    pub checked_on: Day,
    /// The language of the notes.
    pub language: Lang,
    /// One entry per site, in the order asked.
    pub sites: Vec<SiteHints>,
}

/// The program that wrote a hints document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Generator {
    /// `napcheck probe`.
    pub name: String,
    /// Its version.
    pub version: String,
    /// Where to read about it (also in its User-Agent).
    pub url: String,
}

/// What the probe found on one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SiteHints {
    /// The address probed, as given.
    pub url: String,
    /// The body's name (from the register, else the host).
    pub name: String,
    /// The kind of body; it decides which criteria apply.
    pub body_kind: BodyKind,
    /// The body's id in the register, when it is a listed body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Every page asked for, in order, with what came back.
    pub pages: Vec<Page>,
    /// What was found, with the evidence.
    pub signals: SiteSignals,
    /// Per applicable criterion the probe can say something about.
    pub hints: Vec<Hint>,
}

/// One page asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The address asked for.
    pub url: String,
    /// Why it was fetched: `robots`, `home`, `council`, `search`, ….
    pub purpose: String,
    /// The final address after redirects, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    /// The HTTP status, when a response came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Redirects followed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub redirects: u8,
    /// When the response was complete (RFC 3339, UTC).
    pub fetched_at: String,
    /// SHA-256 of the body as received (decompressed), hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Bytes of the body (decompressed).
    #[serde(default, skip_serializing_if = "is_zero_u64")]
    pub bytes: u64,
    /// Why it could not be fetched or read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchecked: Option<Unchecked>,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

/// Where something was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The page it was found on.
    pub url: String,
    /// The text or element found, e.g. `<meta name="viewport" …>` or a
    /// link's text.
    pub found: String,
    /// The address a found link points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// When the page was fetched (RFC 3339, UTC).
    pub fetched_at: String,
    /// SHA-256 of the page, hex.
    pub sha256: String,
}

/// How sure a hint is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Seen only indirectly, or absent from the few pages fetched.
    Low,
    /// One clear signal.
    Medium,
    /// Several agreeing signals, or a direct one (an HTTP status).
    High,
}

/// Why something could not be checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "code", rename_all = "snake_case", deny_unknown_fields)]
pub enum Unchecked {
    /// robots.txt forbids this page to napcheck.
    RobotsDisallow {
        /// The page.
        url: String,
    },
    /// The host resolves to a private, loopback or otherwise non-public
    /// address (refused before connecting; `--allow-private`).
    PrivateAddress {
        /// The host.
        host: String,
        /// The address refused.
        address: String,
    },
    /// Not an http(s) address.
    NotHttp {
        /// The address.
        url: String,
    },
    /// More redirects than the limit (or a loop).
    TooManyRedirects {
        /// The limit.
        limit: u8,
    },
    /// No answer in time.
    Timeout {
        /// `connect`, `headers` or `body`.
        phase: String,
        /// The limit, in seconds.
        seconds: u64,
    },
    /// The page is larger than the cap (declared or decompressed).
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
    /// The host name does not resolve, or the connection failed (refused,
    /// reset, TLS).
    Network {
        /// What the client said.
        detail: String,
    },
    /// An HTTP error status.
    HttpStatus {
        /// The status.
        status: u16,
    },
    /// The page is not HTML.
    NotHtml {
        /// Its content type.
        content_type: String,
    },
    /// The home page could not be read, so nothing on the site could.
    SiteUnchecked,
}

impl Unchecked {
    /// Whether this says the site itself does not work (as opposed to the
    /// probe being unable or unwilling to look).
    pub fn means_down(&self) -> bool {
        matches!(
            self,
            Unchecked::TooManyRedirects { .. }
                | Unchecked::Timeout { .. }
                | Unchecked::Network { .. }
                | Unchecked::HttpStatus { .. }
        )
    }

    /// "could not be checked: …" in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        words::unchecked(self, lang)
    }
}

/// A social network recognised by the domain of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Network {
    /// facebook.com, fb.com.
    Facebook,
    /// instagram.com.
    Instagram,
    /// youtube.com, youtu.be.
    Youtube,
    /// x.com, twitter.com.
    X,
    /// t.me, telegram.me.
    Telegram,
    /// linkedin.com.
    Linkedin,
    /// tiktok.com.
    Tiktok,
    /// vk.com.
    Vk,
    /// ok.ru.
    Odnoklassniki,
    /// flickr.com.
    Flickr,
}

/// A section recognised by a link's text or address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// "İctimai şura", "Общественный совет", "Public council".
    Council,
    /// "Satınalmalar", "Tenderlər", "Закупки", "Procurement".
    Procurement,
    /// "Elektron xidmətlər", `/page/29.html`.
    Eservices,
    /// "Xəbərlər", "Новости", "News".
    News,
    /// "Elektron müraciət", "Электронное обращение", "E-appeal".
    Eappeal,
    /// "Əlaqə", "Geri əlaqə", "Обратная связь", "Feedback", "Contact".
    Contact,
    /// "Açıq məlumat", "Открытые данные", "Open data".
    OpenData,
}

/// How a section was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// A link on the home page.
    Home,
    /// Only through the site's search.
    Search,
}

/// A section found, with the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionFound {
    /// Which section.
    pub section: Section,
    /// How it was reached.
    pub via: Via,
    /// The link.
    pub evidence: Evidence,
}

/// A link to a social network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    /// The network.
    pub network: Network,
    /// The link.
    pub evidence: Evidence,
}

/// A date found on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateFound {
    /// The date.
    pub date: Day,
    /// Where, and as written.
    pub evidence: Evidence,
}

/// The viewport and responsive-CSS signals of a mobile layout.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MobileSignals {
    /// `<meta name="viewport" content="width=device-width…">`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub viewport: Option<Evidence>,
    /// A width media query (`@media (max-width: …)`, `<link media=…>`) or a
    /// responsive framework's classes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsive_css: Option<Evidence>,
}

/// The home page as reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reached {
    /// The final address after redirects.
    pub final_url: String,
    /// Its HTTP status.
    pub status: u16,
    /// Whether the final address is https.
    pub https: bool,
    /// Whether a plain http address redirected to https.
    pub upgraded_to_https: bool,
    /// Redirects followed.
    pub redirects: u8,
    /// The page, as evidence.
    pub evidence: Evidence,
}

/// Everything the probe found on one site. Empty lists and absent fields
/// mean "not found on the pages fetched", not "not on the site".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SiteSignals {
    /// The home page, when it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<Reached>,
    /// Why the home page could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchecked: Option<Unchecked>,
    /// The mobile layout.
    #[serde(default)]
    pub mobile: MobileSignals,
    /// Social network links on the home page, one per network.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<SocialLink>,
    /// A search form on the home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_form: Option<Evidence>,
    /// Whether a search submitted by the probe answered with a page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_answered: Option<bool>,
    /// Sections found, one per kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<SectionFound>,
    /// Links to the e-government portals (e-gov.az, mygov.az, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub portal_links: Vec<Evidence>,
    /// A link to the procurement portal (tender.gov.az, etender.gov.az).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tender_portal: Option<Evidence>,
    /// A form with a text area (feedback, appeal) on a page fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_form: Option<Evidence>,
    /// A `mailto:` link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Evidence>,
    /// A `tel:` link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Evidence>,
    /// The newest date on the news list (or the home page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest_news: Option<DateFound>,
    /// The newest date in the procurement section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest_procurement: Option<DateFound>,
}

impl SiteSignals {
    /// The section of kind `section`, if found.
    pub fn section(&self, section: Section) -> Option<&SectionFound> {
        self.sections.iter().find(|s| s.section == section)
    }
}

/// The probe's hint for one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hint {
    /// The criterion's id.
    pub criterion: String,
    /// The observation the probe suggests; absent when it could not check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Observation>,
    /// How sure the suggestion is.
    pub confidence: Confidence,
    /// Why, in the document's language.
    pub note: String,
    /// What it rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Why it could not be checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchecked: Option<Unchecked>,
}
