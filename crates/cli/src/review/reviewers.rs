//! The reviewers file of `serve --reviewers FILE`: who may sign in to the
//! reviewer page. `napcheck review add-reviewer FILE NAME` draws a token of
//! 256 random bits from the operating system, prints it once and stores
//! only its SHA-256, one `NAME<TAB>HEX` line per reviewer. A slow password
//! hash (argon2) protects guessable passwords; a 256-bit random token
//! cannot be guessed, so one SHA-256 is as strong against a stolen file and
//! keeps sign-in cheap (no memory-hard hashing an attacker could make the
//! server do). Hashes are compared in constant time (`subtle`), and an
//! unknown name costs the same comparison as a known one.

use super::words::{fill, msg, Msg};
use napcheck_core::Lang;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;
use subtle::ConstantTimeEq;

/// One reviewer: a name and the SHA-256 of the token.
#[derive(Debug, Clone)]
pub(crate) struct Reviewer {
    name: String,
    hash: [u8; 32],
}

/// The reviewers the page accepts.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reviewers {
    list: Vec<Reviewer>,
}

/// `bytes` random bytes from the operating system, as lowercase hex.
pub(crate) fn random_hex(bytes: usize) -> Result<String, String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| format!("no random source: {e}"))?;
    Ok(hex(&buf))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.trim().as_bytes()).into()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

impl Reviewers {
    /// Reads `path`: `NAME<TAB>SHA256-HEX` lines; blank lines and `#`
    /// comments are skipped. An error names the line.
    pub(crate) fn read(path: &Path, lang: Lang) -> Result<Reviewers, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut list = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = line
                .rsplit_once('\t')
                .and_then(|(name, hash)| Some((name.trim(), unhex(hash.trim())?)))
                .filter(|(name, _)| !name.is_empty());
            let Some((name, hash)) = parsed else {
                return Err(fill(
                    msg(lang, Msg::NotReviewerLine),
                    &[&format!("{}:{}", path.display(), n + 1)],
                ));
            };
            list.push(Reviewer {
                name: name.to_owned(),
                hash,
            });
        }
        Ok(Reviewers { list })
    }

    /// Whether the file names nobody.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The reviewer's name when `name` and `token` match a line; `None`
    /// otherwise, whichever of the two was wrong.
    pub(crate) fn check(&self, name: &str, token: &str) -> Option<String> {
        let given = digest(token);
        let name = name.trim();
        let mut found = None;
        for reviewer in &self.list {
            let same_name = reviewer.name.as_bytes().ct_eq(name.as_bytes());
            let same_hash = reviewer.hash.ct_eq(&given);
            if bool::from(same_name & same_hash) {
                found = Some(reviewer.name.clone());
            }
        }
        found
    }
}

/// Why a reviewer could not be added.
#[derive(Debug)]
pub(crate) enum AddError {
    /// Blank, several lines, a tab, or a leading `#`.
    BadName,
    /// The name is in the file already.
    Duplicate,
    /// The file could not be read, parsed or written (what happened).
    Io(String),
}

/// Adds `name` to the file at `path` (created if absent) with a new token;
/// returns the token, which is stored nowhere.
pub(crate) fn add(path: &Path, name: &str, lang: Lang) -> Result<String, AddError> {
    let name = name.trim();
    if name.is_empty() || name.contains(['\t', '\n', '\r']) || name.starts_with('#') {
        return Err(AddError::BadName);
    }
    if path.exists() {
        let known = Reviewers::read(path, lang).map_err(AddError::Io)?;
        if known.list.iter().any(|r| r.name == name) {
            return Err(AddError::Duplicate);
        }
    }
    let token = random_hex(32).map_err(AddError::Io)?;
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .map_err(|e| AddError::Io(e.to_string()))?;
    writeln!(file, "{name}\t{}", hex(&digest(&token)))
        .and_then(|()| file.sync_all())
        .map_err(|e| AddError::Io(e.to_string()))?;
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_signs_in_only_with_its_name() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("reviewers");
        let token = add(&path, "Aysel", Lang::En).expect("add");
        assert_eq!(token.len(), 64);
        let other = add(&path, "Rauf", Lang::En).expect("add");
        assert!(add(&path, "Aysel", Lang::En).is_err(), "no duplicate names");
        let file = std::fs::read_to_string(&path).expect("file");
        assert!(!file.contains(&token), "only the hash is stored");
        let reviewers = Reviewers::read(&path, Lang::En).expect("read");
        assert_eq!(reviewers.check("Aysel", &token).as_deref(), Some("Aysel"));
        assert_eq!(reviewers.check("Rauf", &token), None);
        assert_eq!(reviewers.check("Aysel", &other), None);
        assert_eq!(reviewers.check("Nobody", &token), None);
        assert_eq!(reviewers.check("Aysel", ""), None);
    }
}
