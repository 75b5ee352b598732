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
    /// A string, quotes included; `escaped` when it has a backslash.
    String { escaped: bool },
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

    // Inlined into the walk's loop: a call per token costs more than the
    // token's own work.
    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        self.at = whitespace_end(&self.bytes[..self.limit], self.at);
        if self.at >= self.limit {
            return None;
        }
        let start = self.at;
        let (kind, end) = match self.bytes[start] {
            b'{' => (Kind::Open(Container::Object), start + 1),
            b'[' => (Kind::Open(Container::Array), start + 1),
            b'}' | b']' => (Kind::Close, start + 1),
            b',' => (Kind::Comma, start + 1),
            b':' => (Kind::Colon, start + 1),
            b'"' => match string_end(self.bytes, start) {
                Some((end, escaped)) => (Kind::String { escaped }, end),
                None => {
                    self.limit = 0;
                    return None;
                }
            },
            _ => (Kind::Bare, bare_end(self.bytes, start)),
        };
        self.at = end;
        Some(Token { kind, start, end })
    }
}

fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// The offset of the first byte at or after `at` that is not whitespace.
/// Indented text is mostly runs of spaces after a line break: after each
/// whitespace byte, the spaces that open the next eight bytes are counted
/// at once, as the trailing zero bytes of those eight bytes XOR eight spaces.
fn whitespace_end(bytes: &[u8], mut at: usize) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    while bytes.get(at).copied().is_some_and(is_whitespace) {
        at += 1;
        let word = bytes
            .get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok());
        if let Some(word) = word {
            at += ((u64::from_le_bytes(word) ^ SPACES).trailing_zeros() / 8) as usize;
        }
    }
    at
}

/// With `bytes[start]` a quote, the offset just past the closing quote and
/// whether the string has escapes, or `None` when it is not closed. It
/// jumps from quote or backslash to the next (`memchr2`) instead of
/// stepping through every byte.
fn string_end(bytes: &[u8], start: usize) -> Option<(usize, bool)> {
    let mut at = start + 1;
    let mut escaped = false;
    loop {
        at += memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
        match bytes[at] {
            b'\\' => {
                escaped = true;
                at += 2;
            }
            _ => return Some((at + 1, escaped)),
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

/// The contents (between its quotes) of a string token as JSON means them:
/// borrowed when it has no escapes, as almost every key; else with its
/// escapes resolved, or as written when they are not valid.
pub(crate) fn contents(text: &str, token: Token) -> Cow<'_, str> {
    let contents = &text[token.start + 1..token.end - 1];
    match token.kind {
        Kind::String { escaped: true } => unescape(contents),
        _ => Cow::Borrowed(contents),
    }
}

fn unescape(contents: &str) -> Cow<'_, str> {
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
                (String { escaped: true }, "\"a\\\"b\""),
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
        let key = |text| {
            let token = Tokens::until(text, usize::MAX).next().expect("a token");
            contents(text, token)
        };
        assert!(matches!(key("\"plain\""), Cow::Borrowed("plain")));
        assert_eq!(key("\"\\u0061\\/\""), "a/");
        assert_eq!(key("\"bad\\x\""), "bad\\x");
    }
}
