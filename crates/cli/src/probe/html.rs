//! What a page holds, read with an HTML5 parser (scraper, over html5ever:
//! broken markup is repaired as a browser repairs it): the viewport meta
//! tag, width-dependent CSS, the links with their text, a search form, a
//! form with a text area, and the visible text (for dates).

use reqwest::Url;
use scraper::{ElementRef, Html, Selector};
use std::sync::LazyLock;

/// A link on the page.
#[derive(Debug, Clone)]
pub(crate) struct Link {
    /// Its text (or `title`/`aria-label`/an image's `alt`), whitespace collapsed.
    pub(crate) text: String,
    /// Where it points, resolved against the page.
    pub(crate) href: Url,
}

/// A search form.
#[derive(Debug, Clone)]
pub(crate) struct SearchForm {
    /// Where it sends the query.
    pub(crate) action: Url,
    /// The name of the query field.
    pub(crate) field: String,
    /// Whether it uses GET (the probe submits only GET forms).
    pub(crate) get: bool,
    /// The element, abbreviated.
    pub(crate) element: String,
}

/// What one page holds.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The viewport meta element, when it adapts to the device.
    pub(crate) viewport: Option<String>,
    /// A width media query or responsive framework classes, as found.
    pub(crate) responsive_css: Option<String>,
    /// The links, in document order.
    pub(crate) links: Vec<Link>,
    /// The first search form.
    pub(crate) search: Option<SearchForm>,
    /// The first form with a text area, abbreviated.
    pub(crate) feedback_form: Option<String>,
    /// The visible text and `datetime` attributes.
    pub(crate) text: String,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

static META_VIEWPORT: LazyLock<Selector> = LazyLock::new(|| selector("meta[name]"));
static STYLE: LazyLock<Selector> = LazyLock::new(|| selector("style"));
static LINK_MEDIA: LazyLock<Selector> = LazyLock::new(|| selector("link[media]"));
static CLASSED: LazyLock<Selector> = LazyLock::new(|| selector("[class]"));
static ANCHOR: LazyLock<Selector> = LazyLock::new(|| selector("a[href]"));
static FORM: LazyLock<Selector> = LazyLock::new(|| selector("form"));
static INPUT: LazyLock<Selector> = LazyLock::new(|| selector("input"));
static TEXTAREA: LazyLock<Selector> = LazyLock::new(|| selector("textarea"));
static IMG: LazyLock<Selector> = LazyLock::new(|| selector("img[alt]"));
static BASE: LazyLock<Selector> = LazyLock::new(|| selector("base[href]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));

/// Classes of responsive frameworks (Bootstrap, Foundation, Tailwind-like
/// breakpoints) that only make sense with width media queries.
const RESPONSIVE_CLASSES: &[&str] = &[
    "col-xs-",
    "col-sm-",
    "col-md-",
    "col-lg-",
    "navbar-toggle",
    "navbar-toggler",
    "small-12",
    "medium-",
    "hidden-xs",
    "visible-xs",
    "d-md-",
    "md:",
    "sm:",
];

/// Query field names search forms use (`data` on migration.gov.az).
const QUERY_FIELDS: &[&str] = &[
    "q",
    "query",
    "search",
    "s",
    "text",
    "keyword",
    "keywords",
    "data",
    "axtar",
    "word",
    "searchword",
    "search_query",
];

/// An element's start tag, at most 200 characters.
fn abbreviate(element: &ElementRef<'_>) -> String {
    let html = element.html();
    let end = html.find('>').map_or(html.len(), |i| i + 1);
    let start_tag = &html[..end];
    let mut s: String = start_tag.chars().take(200).collect();
    if start_tag.chars().count() > 200 {
        s.push('…');
    }
    s
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the page `html` fetched from `url`.
pub(crate) fn scan(html: &str, url: &Url) -> Scan {
    let document = Html::parse_document(html);
    let base = document
        .select(&BASE)
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| url.join(h).ok())
        .unwrap_or_else(|| url.clone());
    let viewport = document
        .select(&META_VIEWPORT)
        .find(|m| {
            m.value()
                .attr("name")
                .is_some_and(|n| n.eq_ignore_ascii_case("viewport"))
                && m.value().attr("content").is_some_and(|c| {
                    let c = c.to_ascii_lowercase();
                    c.contains("device-width") || c.contains("initial-scale")
                })
        })
        .map(|m| abbreviate(&m));

    let responsive_css = document
        .select(&STYLE)
        .find_map(|s| {
            let css = s.text().collect::<String>();
            let at = css.find("@media")?;
            let rule: String = css[at..].chars().take(80).collect();
            let lower = rule.to_ascii_lowercase();
            (lower.contains("width")).then(|| collapse(&rule))
        })
        .or_else(|| {
            document
                .select(&LINK_MEDIA)
                .find(|l| {
                    l.value()
                        .attr("media")
                        .is_some_and(|m| m.to_ascii_lowercase().contains("width"))
                })
                .map(|l| abbreviate(&l))
        })
        .or_else(|| {
            document.select(&CLASSED).find_map(|e| {
                let class = e.value().attr("class")?;
                RESPONSIVE_CLASSES
                    .iter()
                    .any(|r| class.split_whitespace().any(|c| c.starts_with(r)))
                    .then(|| abbreviate(&e))
            })
        });
    let mut scan = Scan {
        viewport,
        responsive_css,
        ..Scan::default()
    };

    for a in document.select(&ANCHOR) {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        let Ok(href) = base.join(href.trim()) else {
            continue;
        };
        let mut text = collapse(&a.text().collect::<String>());
        if text.is_empty() {
            text = a
                .value()
                .attr("title")
                .or_else(|| a.value().attr("aria-label"))
                .map(collapse)
                .or_else(|| {
                    a.select(&IMG)
                        .next()
                        .and_then(|i| i.value().attr("alt"))
                        .map(collapse)
                })
                .unwrap_or_default();
        }
        scan.links.push(Link { text, href });
    }

    for form in document.select(&FORM) {
        if scan.feedback_form.is_none() && form.select(&TEXTAREA).next().is_some() {
            scan.feedback_form = Some(abbreviate(&form));
        }
        if scan.search.is_none() {
            scan.search = search_form(&form, &base);
        }
    }

    if let Some(body) = document.select(&BODY).next() {
        scan.text = body.text().collect::<Vec<_>>().join(" ");
    }
    for t in document.select(&TIME) {
        if let Some(d) = t.value().attr("datetime") {
            scan.text.push(' ');
            scan.text.push_str(d);
        }
    }
    scan
}

/// The form as a search form: a `type=search` input, or a text input with
/// a query-like name in a form whose action or attributes mention search.
fn search_form(form: &ElementRef<'_>, base: &Url) -> Option<SearchForm> {
    let attrs = form.value();
    let action = attrs.attr("action").unwrap_or("");
    let signature = format!(
        "{} {} {} {}",
        action,
        attrs.attr("id").unwrap_or(""),
        attrs.attr("class").unwrap_or(""),
        attrs.attr("role").unwrap_or("")
    )
    .to_lowercase();
    let looks_like_search = ["search", "axtar", "poisk", "поиск"]
        .iter()
        .any(|w| signature.contains(w));
    let field = form.select(&INPUT).find_map(|input| {
        let v = input.value();
        let kind = v.attr("type").unwrap_or("text").to_ascii_lowercase();
        let name = v.attr("name")?;
        let named_like_query = QUERY_FIELDS.contains(&name.to_ascii_lowercase().as_str());
        ((kind == "search") || (kind == "text" && (named_like_query || looks_like_search)))
            .then(|| name.to_owned())
    })?;
    if !(looks_like_search
        || form.select(&INPUT).any(|i| {
            i.value()
                .attr("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("search"))
        })
        || QUERY_FIELDS.contains(&field.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    let get = attrs
        .attr("method")
        .is_none_or(|m| m.eq_ignore_ascii_case("get"));
    Some(SearchForm {
        action: base.join(action).ok()?,
        field,
        get,
        element: abbreviate(form),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_markup_is_read_as_a_browser_reads_it() {
        let url = Url::parse("http://site.example/a/").expect("url");
        let page = r#"<html><head><meta name=viewport content="width=device-width">
            <style>@media (max-width: 600px) { nav { display: none } }</style>
            <body><p><a href=../page/29.html>Elektron <b>xidmətlər</a>
            <form action=/search><input name=q></form>
            <table><tr><td>13.07.2018<a href="https://facebook.com/x"><img alt=Facebook></a>"#;
        let scan = scan(page, &url);
        assert!(scan.viewport.is_some());
        assert!(scan
            .responsive_css
            .as_deref()
            .is_some_and(|c| c.starts_with("@media")));
        assert_eq!(scan.links[0].text, "Elektron xidmətlər");
        assert_eq!(
            scan.links[0].href.as_str(),
            "http://site.example/page/29.html"
        );
        assert_eq!(scan.links[1].text, "Facebook");
        let search = scan.search.expect("a search form");
        assert_eq!(
            (search.action.as_str(), search.field.as_str()),
            ("http://site.example/search", "q")
        );
        assert!(scan.text.contains("13.07.2018"));
    }
}
