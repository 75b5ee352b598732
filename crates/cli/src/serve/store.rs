//! The collect directory: each valid submission is one file named by the
//! SHA-256 of its canonical bytes (keys sorted, no spaces), so resubmitting
//! the same assessment finds the file already there instead of adding a
//! duplicate. A file is written atomically: to a hidden temporary file in
//! the same directory, fsync, hard-linked to its name, fsync the directory.
//! The link fails if the name exists, so of simultaneous identical
//! submissions exactly one creates the file (201) and the others find it
//! (200); a rename would silently replace it and answer 201 to several. A
//! crash leaves at most a hidden `.incoming-*` file, which is neither a
//! `*.json` that `napcheck validate DIR` reads nor a submission, and which
//! the next start removes. The directory has a quota (`--collect-quota`):
//! the bytes of the stored files are counted at start and as files are
//! added, and a submission that would pass it is refused.

use super::startup_words;
use crate::failure::Failure;
use napcheck_core::Lang;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// The prefix of temporary files (hidden, and not `*.json`).
const TEMP_PREFIX: &str = ".incoming-";

/// Where submissions are stored.
#[derive(Debug)]
pub(crate) struct Store {
    dir: PathBuf,
    counter: AtomicU64,
    /// Bytes of the stored files, and of those being written (reserved
    /// first, so two writers cannot both pass the quota).
    used: Mutex<u64>,
    quota: u64,
}

/// Why a submission was not stored.
#[derive(Debug)]
pub(crate) enum NotStored {
    /// Storing it would pass the quota.
    Quota,
    /// The file system refused.
    Io(io::Error),
}

impl From<io::Error> for NotStored {
    fn from(error: io::Error) -> Self {
        NotStored::Io(error)
    }
}

/// The outcome of storing one submission.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Stored {
    /// The content-derived id (the file is `<id>.json`).
    pub(crate) id: String,
    /// False when the same assessment was already stored.
    pub(crate) created: bool,
}

impl Store {
    /// Opens (creating) `dir`, removes temporary files a crash left and
    /// counts the bytes stored against `quota`.
    pub(crate) fn open(dir: &Path, quota: u64, lang: Lang) -> Result<Store, Failure> {
        let fail = |e: io::Error| {
            Failure(startup_words::text(
                lang,
                &startup_words::Startup::CannotCollect(&dir.display(), &e),
            ))
        };
        fs::create_dir_all(dir).map_err(fail)?;
        let mut used = 0;
        for entry in fs::read_dir(dir).map_err(fail)? {
            let entry = entry.map_err(fail)?;
            if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                fs::remove_file(entry.path()).map_err(fail)?;
            } else {
                used += entry.metadata().map_err(fail)?.len();
            }
        }
        Ok(Store {
            dir: dir.to_owned(),
            counter: AtomicU64::new(0),
            used: Mutex::new(used),
            quota,
        })
    }

    /// Stores `value` (a checked assessment) unless it is already there.
    pub(crate) fn put(&self, value: &Value) -> Result<Stored, NotStored> {
        let canonical = canonical(value);
        let compact = serde_json::to_vec(&canonical).map_err(io::Error::from)?;
        let id = hex(&Sha256::digest(&compact));
        let path = self.dir.join(format!("{id}.json"));
        if path.exists() {
            return Ok(Stored { id, created: false });
        }
        let mut text = serde_json::to_vec_pretty(&canonical).map_err(io::Error::from)?;
        text.push(b'\n');
        let size = text.len() as u64;
        self.reserve(size)?;
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let temp = self
            .dir
            .join(format!("{TEMP_PREFIX}{}-{n}.tmp", std::process::id()));
        let linked = write_synced(&temp, &text).and_then(|()| fs::hard_link(&temp, &path));
        let _ = fs::remove_file(&temp);
        if let Err(error) = linked {
            self.release(size);
            // Another request stored the same assessment meanwhile.
            if error.kind() == io::ErrorKind::AlreadyExists {
                return Ok(Stored { id, created: false });
            }
            return Err(error.into());
        }
        File::open(&self.dir)?.sync_all()?;
        Ok(Stored { id, created: true })
    }
}

impl Store {
    /// Counts `size` more bytes, unless that passes the quota.
    fn reserve(&self, size: u64) -> Result<(), NotStored> {
        let mut used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        if used.saturating_add(size) > self.quota {
            return Err(NotStored::Quota);
        }
        *used += size;
        Ok(())
    }

    /// Gives back what [`Store::reserve`] counted for a file not stored.
    fn release(&self, size: u64) {
        let mut used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        *used = used.saturating_sub(size);
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create_new(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// The value with every object's keys in sorted order.
pub(crate) fn canonical(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            let mut out = Map::new();
            for (key, value) in entries {
                out.insert(key.clone(), canonical(value));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_same_content_in_another_key_order_is_one_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(".incoming-1-0.tmp"), "half").expect("stale");
        let store = Store::open(dir.path(), u64::MAX, Lang::En).expect("open");
        assert!(!dir.path().join(".incoming-1-0.tmp").exists());
        let a = store.put(&json!({"a": 1, "b": {"y": 2, "x": [1, {"k": 1, "j": 2}]}}));
        let b = store.put(&json!({"b": {"x": [1, {"j": 2, "k": 1}], "y": 2}, "a": 1}));
        let (a, b) = (a.expect("a"), b.expect("b"));
        assert!(a.created);
        assert!(!b.created);
        assert_eq!(a.id, b.id);
        assert_eq!(a.id.len(), 64);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, [std::ffi::OsString::from(format!("{}.json", a.id))]);
    }

    #[test]
    fn the_quota_counts_what_is_stored_and_refuses_beyond_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("old.json"), "x".repeat(100)).expect("old");
        let store = Store::open(dir.path(), 130, Lang::En).expect("open");
        // {"a": 1} pretty-printed is 13 bytes: 113 <= 130.
        assert!(store.put(&json!({"a": 1})).expect("fits").created);
        assert!(store.put(&json!({"a": 2})).expect("fits").created);
        assert!(matches!(store.put(&json!({"a": 3})), Err(NotStored::Quota)));
        // Already stored is not refused by the quota.
        assert!(!store.put(&json!({"a": 1})).expect("found").created);
    }
}
