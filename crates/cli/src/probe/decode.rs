//! Bytes to text: the encoding declared in the Content-Type header, else a
//! byte-order mark, else a `<meta charset>` (or `http-equiv`) in the first
//! 1024 bytes, else UTF-8; decoded by encoding_rs (windows-1251, KOI8-R,
//! ISO-8859-9, …), malformed bytes replaced.

use encoding_rs::{Encoding, UTF_8};

/// The text of `body`, given the response's Content-Type.
pub(crate) fn decode(body: &[u8], content_type: Option<&str>) -> String {
    let declared = content_type
        .and_then(charset_of)
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    let encoding = declared
        .or_else(|| Encoding::for_bom(body).map(|(e, _)| e))
        .or_else(|| sniff_meta(&body[..body.len().min(1024)]))
        .unwrap_or(UTF_8);
    let (text, _, _) = encoding.decode(body);
    text.into_owned()
}

/// `charset=…` in a Content-Type value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    })
}

/// The charset of a `<meta charset=…>` or `<meta http-equiv … content="…;
/// charset=…">` in the head.
fn sniff_meta(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")?;
    let rest = head[at + "charset=".len()..].trim_start_matches(['"', '\'', ' ']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest.as_bytes()[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_and_sniffed_encodings_are_decoded() {
        // "Новости" in windows-1251.
        let cp1251 = [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8];
        assert_eq!(
            decode(&cp1251, Some("text/html; charset=windows-1251")),
            "Новости"
        );
        let mut page = b"<meta charset=\"windows-1251\"><p>".to_vec();
        page.extend_from_slice(&cp1251);
        assert!(decode(&page, Some("text/html")).ends_with("Новости"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=cp1251\">\xCD";
        assert!(decode(page, None).ends_with('Н'));
        assert_eq!(decode("Xəbərlər".as_bytes(), None), "Xəbərlər");
    }
}
