//! The tokens of JSON text, each with its byte range: brackets, commas,
//! colons, strings and bare words (numbers, `true`, `false`, `null`, and
//! whatever else stands outside a string). How they are arranged is not
//! checked here, so malformed text never stops the lexer; only a string
//! without its closing quote ends the tokens.

use std::borrow::Cow;

/// The two kinds of container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Container {
    /// `{ ... }`
    Object,
    /// `[ ... ]`
    Array,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `{` or `[`.
    Open(Container),
    /// `}` or `]`.
    Close,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// A string, quotes included.
    String,
    /// A run of other bytes up to the next delimiter: a number or literal.
    Bare,
}

/// One token and its bytes in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    /// The offset of its first byte.
    pub(crate) start: usize,
    /// The offset just past its last byte.
    pub(crate) end: usize,
}

/// The tokens of a text that start before a given offset.
pub(crate) struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
    limit: usize,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text` after a leading byte order mark that start
    /// before `limit` (one that starts before it is read to its end).
    pub(crate) fn until(text: &'a str, limit: usize) -> Self {
        Tokens {
            bytes: text.as_bytes(),
            at: if text.starts_with('\u{feff}') { 3 } else { 0 },
            limit: limit.min(text.len()),
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        while self.at < self.limit && is_whitespace(self.bytes[self.at]) {
            self.at += 1;
        }
        if self.at >= self.limit {
            return None;
        }
        let start = self.at;
        let kind = match self.bytes[start] {
            b'{' => Kind::Open(Container::Object),
            b'[' => Kind::Open(Container::Array),
            b'}' | b']' => Kind::Close,
            b',' => Kind::Comma,
            b':' => Kind::Colon,
            b'"' => Kind::String,
            _ => Kind::Bare,
        };
        self.at = match kind {
            Kind::String => match string_end(self.bytes, start) {
                Some(end) => end,
                None => {
                    self.limit = 0;
                    return None;
                }
            },
            Kind::Bare => bare_end(self.bytes, start),
            _ => start + 1,
        };
        Some(Token {
            kind,
            start,
            end: self.at,
        })
    }
}

fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// With `bytes[start]` a quote, the offset just past the closing quote, or
/// `None` when the string is not closed. It jumps from quote or backslash
/// to the next (`memchr2`) instead of stepping through every byte.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        at += memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
        match bytes[at] {
            b'\\' => at += 2,
            _ => return Some(at + 1),
        }
    }
}

/// The offset of the first delimiter (or whitespace) after `start`.
fn bare_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| {
            is_whitespace(b) || matches!(b, b'{' | b'}' | b'[' | b']' | b',' | b':' | b'"')
        })
        .map_or(bytes.len(), |i| start + i)
}

/// A string's contents (between its quotes) as JSON means them, escapes
/// resolved; the contents as written when the escapes are not valid. A
/// string without escapes, as almost every key is, is borrowed.
pub(crate) fn unescape(contents: &str) -> Cow<'_, str> {
    if !contents.contains('\\') {
        return Cow::Borrowed(contents);
    }
    match serde_json::from_str::<String>(&format!("\"{contents}\"")) {
        Ok(text) => Cow::Owned(text),
        Err(_) => Cow::Borrowed(contents),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        Tokens::until(text, usize::MAX)
            .map(|t| (t.kind, &text[t.start..t.end]))
            .collect()
    }

    #[test]
    fn splits_text_into_tokens_with_their_bytes() {
        use Kind::*;
        assert_eq!(
            kinds("\u{feff} {\"a\\\"b\": [1.5e3, true]}"),
            [
                (Open(Container::Object), "{"),
                (String, "\"a\\\"b\""),
                (Colon, ":"),
                (Open(Container::Array), "["),
                (Bare, "1.5e3"),
                (Comma, ","),
                (Bare, "true"),
                (Close, "]"),
                (Close, "}"),
            ]
        );
    }

    #[test]
    fn an_unclosed_string_ends_the_tokens() {
        assert_eq!(
            kinds("[1, \"ab"),
            [
                (Kind::Open(Container::Array), "["),
                (Kind::Bare, "1"),
                (Kind::Comma, ",")
            ]
        );
        assert_eq!(kinds("\"\\"), []);
    }

    #[test]
    fn stops_before_the_limit_but_reads_a_token_that_crosses_it() {
        let text = "[\"abc\", 2]";
        let read: Vec<&str> = Tokens::until(text, 2)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(read, ["[", "\"abc\""]);
    }

    #[test]
    fn unescapes_keys_and_keeps_invalid_escapes_as_written() {
        assert!(matches!(unescape("plain"), Cow::Borrowed("plain")));
        assert_eq!(unescape("\\u0061\\/"), "a/");
        assert_eq!(unescape("bad\\x"), "bad\\x");
    }
}
