//! The review log of a collect directory: `DIR/.reviews/`, one JSON file
//! per decision (who, when, what, why), never changed once written. A
//! decision is written to a hidden temporary file, synced, then linked to
//! its final name — a hard link fails rather than replace an existing file
//! — and the directory synced, so two reviewers at once each add their own
//! file and a crash leaves either the whole decision or a hidden `.tmp-*`
//! file that readers skip. Names begin with the time in nanoseconds, so
//! the log reads in order; a submission's status is its latest decision.
//! `.reviews` is hidden, so `validate DIR` and `report DIR` never take a
//! decision for an assessment, yet it is committed with the dataset.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The log's directory inside a collect directory.
pub(crate) const LOG_DIR: &str = ".reviews";

/// What a reviewer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Verdict {
    /// The assessment counts.
    Accepted,
    /// It does not.
    Rejected,
}

/// A submission's review status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Status {
    /// No decision yet.
    Pending,
    /// Latest decision: accepted.
    Accepted,
    /// Latest decision: rejected.
    Rejected,
}

/// One decision, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Decision {
    /// The submission's id (its file name without `.json`).
    pub(crate) submission: String,
    /// What was decided.
    pub(crate) decision: Verdict,
    /// Who decided.
    pub(crate) reviewer: String,
    /// Why.
    pub(crate) reason: String,
    /// When, UTC (`YYYY-MM-DDTHH:MM:SSZ`).
    pub(crate) at: String,
}

/// Why the log could not be read.
#[derive(Debug)]
pub(crate) enum LogError {
    /// The directory or a file could not be read.
    Io(PathBuf, io::Error),
    /// A file is not a decision.
    Malformed(PathBuf, serde_json::Error),
}

/// Whether `dir` has a review log.
pub(crate) fn exists(dir: &Path) -> bool {
    dir.join(LOG_DIR).is_dir()
}

/// Every decision of `dir`'s log, oldest first (empty without a log).
pub(crate) fn read(dir: &Path) -> Result<Vec<Decision>, LogError> {
    let log = dir.join(LOG_DIR);
    if !log.is_dir() {
        return Ok(Vec::new());
    }
    let mut names: Vec<PathBuf> = fs::read_dir(&log)
        .map_err(|e| LogError::Io(log.clone(), e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|path| {
            let text = fs::read(&path).map_err(|e| LogError::Io(path.clone(), e))?;
            serde_json::from_slice(&text).map_err(|e| LogError::Malformed(path, e))
        })
        .collect()
}

/// The status of each decided submission (latest decision wins).
pub(crate) fn statuses(decisions: &[Decision]) -> HashMap<String, Status> {
    decisions
        .iter()
        .map(|d| {
            let status = match d.decision {
                Verdict::Accepted => Status::Accepted,
                Verdict::Rejected => Status::Rejected,
            };
            (d.submission.clone(), status)
        })
        .collect()
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Appends `decision` to `dir`'s log (creating it); returns the file.
pub(crate) fn append(dir: &Path, decision: &Decision) -> io::Result<PathBuf> {
    let log = dir.join(LOG_DIR);
    fs::create_dir_all(&log)?;
    let mut text = serde_json::to_vec_pretty(decision)?;
    text.push(b'\n');
    let pid = std::process::id();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = log.join(format!(".tmp-{pid}-{n}"));
    let mut file = File::create_new(&temp)?;
    let written = file.write_all(&text).and_then(|()| file.sync_all());
    drop(file);
    if let Err(error) = written {
        let _ = fs::remove_file(&temp);
        return Err(error);
    }
    let stem: String = decision.submission.chars().take(16).collect();
    let result = loop {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = log.join(format!("{nanos:020}-{pid}-{n}-{stem}.json"));
        match fs::hard_link(&temp, &path) {
            Ok(()) => break Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => break Err(e),
        }
    };
    let _ = fs::remove_file(&temp);
    let path = result?;
    File::open(&log)?.sync_all()?;
    Ok(path)
}

/// Now, UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
pub(crate) fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rest = secs % 86_400;
    let day = napcheck_core::Day::from_ymd(1970, 1, 1)
        .and_then(|epoch| epoch.plus_days(days))
        .map_or_else(|| "1970-01-01".to_owned(), |d| d.to_string());
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
