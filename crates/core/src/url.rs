//! The one URL rule napcheck enforces everywhere: evidence and site
//! addresses are absolute http(s) URLs with a host and no white space. The
//! widget renders a link only when this holds, so `javascript:` and `data:`
//! links can never become clickable.

/// Whether `text` is an absolute http or https URL with a host. Characters
/// that no IRI may contain (white space, controls, `<>"{}|\^` and the
/// backtick) are refused, so that whatever passes here also passes the
/// schema's `iri` format.
pub fn is_http_url(text: &str) -> bool {
    let rest = if has_prefix_ignoring_case(text, "https://") {
        &text[8..]
    } else if has_prefix_ignoring_case(text, "http://") {
        &text[7..]
    } else {
        return false;
    };
    // Searched as bytes: the delimiters are ASCII, so each is a character
    // boundary (validate checks URLs by the thousand).
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let host = &rest[..end];
    let host = host.rfind('@').map_or(host, |at| &host[at + 1..]);
    !host.is_empty()
        && !host.starts_with(':')
        && !has_forbidden_character(text)
        && host.chars().all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_')
            } else {
                c.is_alphanumeric()
            }
        })
}

/// The characters no IRI may contain. URLs are checked by the thousand in
/// `validate`, so ASCII text (the usual case) is scanned as bytes.
fn has_forbidden_character(text: &str) -> bool {
    let forbidden = |b: u8| {
        matches!(
            b,
            b'<' | b'>' | b'"' | b'{' | b'}' | b'|' | b'\\' | b'^' | b'`'
        )
    };
    if text.is_ascii() {
        text.bytes().any(|b| b <= b' ' || b == 0x7f || forbidden(b))
    } else {
        text.chars()
            .any(|c| c.is_whitespace() || c.is_control() || (c.is_ascii() && forbidden(c as u8)))
    }
}

fn has_prefix_ignoring_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::is_http_url;

    #[test]
    fn accepts_http_and_https() {
        for ok in [
            "http://binagadi-ih.gov.az",
            "https://www.tender.gov.az/az/elanlar?page=2#x",
            "HTTPS://Example.az/",
            "http://nizami-ih.gov.az:8080/page/50.html",
            "https://az.wikipedia.org/wiki/Bakı",
        ] {
            assert!(is_http_url(ok), "{ok} refused");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.az",
            "www.example.az",
            "http://",
            "https:///path",
            "http://exa mple.az",
            "http://<script>/",
            "",
            "https://:80/",
            "http://example.az/\u{a0}x",
            "http://example.az/\u{85}x",
            "http://example.az/a\tb",
            "http://example.az/a\u{7f}",
            "http://example.az/{x}",
            "http://example.az/ş`",
            "httpş://example.az",
        ] {
            assert!(!is_http_url(bad), "{bad} accepted");
        }
    }
}
